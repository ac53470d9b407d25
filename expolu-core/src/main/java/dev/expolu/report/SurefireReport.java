package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.Bound;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.lock.LockOutcome;
import dev.expolu.record.AtomicFiles;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-expolu.<experiment>.xml} in Surefire's format, so that CI servers list experiments as
 * tests: a test case per variant, each missed expectation a {@code <failure>}; one per comparison;
 * one per claim {@code across} a sweep's cells ({@link SweepCases}); one per {@code agree} claim, named
 * {@code agree: <claim>}; one for the lock where locks are checked, failed where it failed, skipped
 * with the reason where it gated no run (no lock, or none of its runs comparable); the seeds' figures as
 * the suite's properties ({@code <variant>.seed-<n>.finalLoss}, {@code .minLoss},
 * {@code .fingerprint}, and {@code .divergedAt} for a run whose loss went NaN or infinite).
 */
public final class SurefireReport {

    private SurefireReport() {
    }

    /**
     * {@code TEST-expolu.<experiment>.xml} in {@code directory}.
     *
     * @param lock what the lock came to; empty where locks are off
     */
    public static Path write(Path directory, JudgedExperiment judged, Optional<LockOutcome> lock) throws IOException {
        Experiment experiment = judged.experiment();
        Path target = directory.resolve("TEST-expolu." + experiment.name() + ".xml");
        return AtomicFiles.write(target, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                write(xml, judged, lock);
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + target, e);
            }
        });
    }

    private static void write(XMLStreamWriter xml, JudgedExperiment judged, Optional<LockOutcome> lock)
            throws XMLStreamException {
        String suite = "expolu." + judged.experiment().name();
        List<VariantResult> variants = judged.variants();
        List<ComparisonVerdict> comparisons = judged.comparisons();
        List<AgreementVerdict> agreements = judged.agreements();
        boolean locked = lock.isPresent();
        SweepCases across = new SweepCases(judged.sweeps());
        long failures = variants.stream().filter(v -> !v.passed()).count()
                + comparisons.stream().filter(c -> !c.holds()).count()
                + agreements.stream().filter(a -> !a.holds()).count()
                + (lock.filter(l -> !l.failures().isEmpty()).isPresent() ? 1 : 0) + across.failures();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", String.valueOf(variants.size() + comparisons.size() + agreements.size()
                + (locked ? 1 : 0) + across.tests()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", lock.filter(LockOutcome::gatedNothing).isPresent() ? "1" : "0");
        xml.writeAttribute("time", seconds(variants.stream().mapToDouble(VariantResult::wallSeconds).sum()));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "file", judged.experiment().file().toString());
        property(xml, "sha256", judged.experiment().sha256());
        for (VariantResult v : variants) {
            for (RunRecord r : v.runs()) {
                String prefix = v.variant().id() + ".seed-" + r.seed() + ".";
                property(xml, prefix + "finalLoss", Double.toString(r.finalLoss()));
                property(xml, prefix + "minLoss", Double.toString(r.minLoss()));
                property(xml, prefix + "fingerprint", r.fingerprint());
                if (r.divergedAt().isPresent()) {
                    property(xml, prefix + "divergedAt", String.valueOf(r.divergedAt().getAsInt()));
                }
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (VariantResult v : variants) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", v.variant().id());
            xml.writeAttribute("classname", suite);
            xml.writeAttribute("time", seconds(v.wallSeconds()));
            for (ExpectationVerdict e : v.verdicts()) {
                if (!e.isMet()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", e.describe());
                    xml.writeAttribute("type", "expolu.ExpectationMissed");
                    xml.writeCharacters(e.describe());
                    xml.writeEndElement();
                }
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(seedTable(v));
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        for (ComparisonVerdict c : comparisons) {
            ClaimCase.write(xml, suite, "compare: " + c.comparison(), c.holds(), c.describe(),
                    "expolu.ComparisonNotShown");
        }
        across.write(xml, suite);
        for (AgreementVerdict a : agreements) {
            ClaimCase.write(xml, suite, "agree: " + a.claim(), a.holds(), a.describe(), "expolu.AgreementNotShown");
        }
        if (locked) {
            lockCase(xml, suite, lock.get());
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void lockCase(XMLStreamWriter xml, String suite, LockOutcome lock) throws XMLStreamException {
        List<String> failures = lock.failures();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", "lock");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("time", "0");
        if (!failures.isEmpty()) {
            String text = String.join("\n", failures);
            xml.writeStartElement("failure");
            xml.writeAttribute("message", failures.get(0) + (failures.size() > 1 ? " (and " + (failures.size() - 1)
                    + " more)" : ""));
            xml.writeAttribute("type", "expolu.LockMismatch");
            xml.writeCharacters(text);
            xml.writeEndElement();
        } else if (lock.gatedNothing()) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", String.join("; ", lock.ungated()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String seedTable(VariantResult v) {
        StringBuilder s = new StringBuilder();
        for (RunRecord r : v.runs()) {
            s.append("seed ").append(r.seed()).append(": ").append(r.divergedAt().isPresent()
                    ? "diverged at round " + r.divergedAt().getAsInt() : "final " + Bound.format(r.finalLoss()))
                    .append(", best ").append(Bound.format(r.minLoss())).append('\n');
        }
        return s.toString();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
