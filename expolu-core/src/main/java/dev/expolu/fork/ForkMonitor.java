package dev.expolu.fork;

import dev.expolu.execution.TrainingLog;
import dev.expolu.execution.EngineOverrideException;
import dev.expolu.execution.ExecutorException;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.Problem;
import dev.expolu.fork.ForkProtocol.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parent's view of a running fork: each line it writes reaches the build's log as it comes, and
 * its short form the debug log ({@code mvn -X} shows the conversation); the runs it is training are
 * tracked, and its end is made an outcome: done, the child's own error, or a {@link ForkException}
 * naming how it ended and the runs it was training.
 */
final class ForkMonitor {

    /**
     * What a fork prints on stderr as expected, so not passed on: the incubator module's notice at
     * start, and SLF4J's notice that the fork has no logging binding (ND4J's log, which Maven's own
     * binding would show, goes nowhere there), and its notice that MDC has no binding either (Spark's
     * driver uses MDC, with expolu.executor=spark). Also {@link #JAVACPP_VERSIONS}.
     */
    static final Set<String> EXPECTED = Set.of("WARNING: Using incubator modules: jdk.incubator.vector",
            "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".",
            "SLF4J: Defaulting to no-operation (NOP) logger implementation",
            "SLF4J: See http://www.slf4j.org/codes.html#StaticLoggerBinder for further details.",
            "SLF4J: Failed to load class \"org.slf4j.impl.StaticMDCBinder\".",
            "SLF4J: Defaulting to no-operation MDCAdapter implementation.",
            "SLF4J: See http://www.slf4j.org/codes.html#no_static_mdc_binder for further details.");

    /**
     * JavaCPP's notice, when the dl4j engine loads OpenBLAS, that its preset was built with an older
     * JavaCPP: expolu runs one JavaCPP (1.5.13, for the GPU engine's CUDA 13 bindings) under both,
     * and EquivalenceTest shows the DL4J path unchanged under it.
     */
    static final String JAVACPP_VERSIONS = "Warning: Versions of org.bytedeco:javacpp:";

    private static final int TAIL = 8;

    /** The most characters of a protocol line's debug echo. */
    static final int SHORT = 120;

    private final TrainingLog log;
    private final Set<String> training = new LinkedHashSet<>();
    private final List<String> finished = new ArrayList<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final List<Problem> problems = new ArrayList<>();
    private Message error;
    private boolean done;

    ForkMonitor(TrainingLog log) {
        this.log = log;
    }

    synchronized void stdout(String line) {
        Message message = ForkProtocol.decode(line).orElse(null);
        if (message == null) {
            log.info(line); // the JVM's own output: -verbose:gc, or why it cannot start
            keep(line);
            return;
        }
        String first = message.field(0);
        if (log.debugEnabled() && !message.kind().equals(ForkProtocol.DEBUG)) {
            log.debug("fork said: " + shortForm(message));
        }
        switch (message.kind()) {
            case ForkProtocol.DEBUG -> log.debug("fork: " + first);
            case ForkProtocol.INFO -> log.info(first);
            case ForkProtocol.WARN -> log.warn(first);
            case ForkProtocol.STARTED -> {
                training.add(first);
                log.runStarted(first);
            }
            case ForkProtocol.FINISHED -> {
                training.remove(first);
                finished.add(first);
                log.runFinished(first);
            }
            case ForkProtocol.PROBLEM -> problems.add(new Problem(Path.of(first), lineOf(message.field(1)),
                    message.field(2), message.field(3)));
            case ForkProtocol.ERROR -> error = message;
            case ForkProtocol.DONE -> done = true;
            default -> log.warn("The forked JVM said what this build does not know: " + line);
        }
    }

    /** "started e/v/seed-1", its fields clipped to {@value #SHORT} characters in all. */
    static String shortForm(Message message) {
        String text = message.fields().isEmpty() ? message.kind()
                : message.kind() + " " + String.join(" | ", message.fields());
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 3) + "...";
    }

    synchronized void stderr(String line) {
        if (EXPECTED.contains(line) || line.isBlank() || line.startsWith(JAVACPP_VERSIONS)) {
            return;
        }
        log.warn(line);
        keep(line);
    }

    private void keep(String line) {
        tail.addLast(line);
        if (tail.size() > TAIL) {
            tail.removeFirst();
        }
    }

    /**
     * Returns where the fork trained every run; else throws what it came to.
     *
     * @param exit    the fork's exit status
     * @param records where its records are
     * @param cached  whether finished runs are in the run cache
     * @throws ExperimentException where the fork refused the experiment files
     * @throws IOException         where the fork could not read or write a file
     * @throws ExecutorException   where a run failed on its executor, or the executor could not train
     * @throws ForkException       where it was killed, crashed, or ended without finishing
     */
    synchronized void conclude(int exit, Path records, boolean cached)
            throws ExperimentException, IOException, ForkException {
        if (error != null) {
            switch (error.field(0)) {
                case ForkProtocol.EXPERIMENT -> {
                    if (!problems.isEmpty()) {
                        throw new ExperimentException(problems);
                    }
                }
                case ForkProtocol.IO -> throw new IOException(error.field(1));
                case ForkProtocol.ENGINE -> throw new EngineOverrideException(error.field(1));
                case ForkProtocol.EXECUTOR -> throw new ExecutorException(error.field(1));
                default -> throw crash(exit, error.field(1), records, cached);
            }
        }
        if (!done || exit != 0) {
            throw crash(exit, null, records, cached);
        }
    }

    private ForkException crash(int exit, String failure, Path records, boolean cached) {
        String nl = System.lineSeparator();
        StringBuilder message = new StringBuilder("The forked training JVM ").append(ending(exit, failure))
                .append(during());
        message.append(nl).append("  ");
        if (finished.isEmpty()) {
            message.append("No run finished in it; the next build trains again what is not recorded");
        } else {
            message.append(finished.size()).append(" run(s) it finished keep whole records under ").append(records)
                    .append(cached ? ", and the run cache holds them: the next build trains only what is missing"
                            : "; with expolu.cache=false the next build trains them again");
        }
        if (!tail.isEmpty()) {
            message.append(nl).append("  Its last lines of output:");
            tail.forEach(l -> message.append(nl).append("    ").append(l));
        }
        return new ForkException(message.toString());
    }

    /** " while training 1 run(s): e/v/seed-2", or when no run was training. */
    private String during() {
        if (!training.isEmpty()) {
            return " while training " + training.size() + " run(s): " + String.join(", ", training);
        }
        return finished.isEmpty() ? " before it trained a run" : " between runs";
    }

    /** How the fork ended: "was killed (exit status 137, SIGKILL: ...)". */
    static String ending(int exit, String failure) {
        if (failure != null) {
            return "failed with " + failure + " (exit status " + exit + ")";
        }
        if (exit > 128 && exit < 128 + 32) {
            int signal = exit - 128;
            return switch (signal) {
                case 9 -> "was killed (exit status 137, SIGKILL: a kill -9, or the system's out-of-memory killer)";
                case 15 -> "was terminated (exit status 143, SIGTERM)";
                case 6 -> "crashed (exit status 134, SIGABRT: the JVM or native code aborted; see its"
                        + " hs_err_pid file)";
                case 11 -> "crashed (exit status 139, SIGSEGV: a segmentation fault in native code)";
                default -> "was ended by signal " + signal + " (exit status " + exit + ")";
            };
        }
        return exit == 0 ? "ended (exit status 0) before it said every run was recorded"
                : "ended with exit status " + exit;
    }

    private static int lineOf(String field) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
