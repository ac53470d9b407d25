package dev.expolu.report;

import dev.expolu.record.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Each experiment's own page, {@code experiments/<name>.html} beside the index: what a build leaves
 * of an experiment for the builds after it. A build that includes only some experiments
 * ({@code -Dexpolu.include}) rewrites only their pages; the index lists the others from their pages as
 * they were written, verdict and section, and judges nothing again (their records and files may have
 * changed since). The pages sit in a folder of their own so that no experiment's name (one may be
 * called {@code index}) can stand for another file of the reports.
 */
final class ExperimentPages {

    static final String FOLDER = "experiments";

    /**
     * An experiment as the index lists it.
     *
     * @param name    the experiment's name
     * @param verdict its verdict
     * @param section its section's markup
     * @param earlier when its page was written, for one not in this build; empty for one in it
     */
    record Entry(String name, Verdict verdict, String section, Optional<Instant> earlier) {
    }

    private ExperimentPages() {
    }

    static Path write(Path directory, String name, String html) throws IOException {
        return AtomicFiles.write(directory.resolve(FOLDER).resolve(name + ".html"),
                temporary -> Files.writeString(temporary, html, StandardCharsets.UTF_8));
    }

    /** The pages of experiments not in {@code built}, each as its page states it; none that states no verdict. */
    static List<Entry> earlier(Path directory, Set<String> built) throws IOException {
        Path folder = directory.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> pages;
        try (Stream<Path> list = Files.list(folder)) {
            pages = list.filter(p -> p.getFileName().toString().endsWith(".html")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path page : pages) {
            String file = page.getFileName().toString();
            String name = file.substring(0, file.length() - ".html".length());
            if (built.contains(name)) {
                continue;
            }
            String html = Files.readString(page, StandardCharsets.UTF_8);
            int start = html.indexOf("<section class=\"experiment\"");
            int end = html.lastIndexOf("</section>");
            Optional<Verdict> verdict = Verdict.read(html);
            if (start >= 0 && end > start && verdict.isPresent()) {
                entries.add(new Entry(name, verdict.get(), html.substring(start, end + "</section>".length()) + "\n",
                        Optional.of(Files.getLastModifiedTime(page).toInstant())));
            }
        }
        return entries;
    }
}
