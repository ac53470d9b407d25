package dev.expolu.fork;

import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Problem;
import java.io.PrintStream;
import java.util.List;

/**
 * The fork's side of {@link ForkProtocol}: its log and its outcome as lines to the parent; debug
 * lines only where the parent asked for them ({@link ForkRequest#debug()}).
 */
final class ProtocolLog implements TrainingLog {

    private final PrintStream out;
    private final boolean debug;

    ProtocolLog(PrintStream out) {
        this(out, false);
    }

    private ProtocolLog(PrintStream out, boolean debug) {
        this.out = out;
        this.debug = debug;
    }

    /** This log on the same stream, sending debug lines where {@code value}. */
    ProtocolLog withDebug(boolean value) {
        return new ProtocolLog(out, value);
    }

    @Override
    public void debug(String line) {
        if (debug) {
            send(ForkProtocol.DEBUG, line);
        }
    }

    @Override
    public boolean debugEnabled() {
        return debug;
    }

    @Override
    public void info(String line) {
        send(ForkProtocol.INFO, line);
    }

    @Override
    public void warn(String line) {
        send(ForkProtocol.WARN, line);
    }

    @Override
    public void runStarted(String run) {
        send(ForkProtocol.STARTED, run);
    }

    @Override
    public void runFinished(String run) {
        send(ForkProtocol.FINISHED, run);
    }

    void problems(List<Problem> problems) {
        for (Problem p : problems) {
            send(ForkProtocol.PROBLEM, p.file().toString(), String.valueOf(p.line()), p.key(), p.message());
        }
        error(ForkProtocol.EXPERIMENT, problems.size() + " problem(s)");
    }

    void error(String kind, String text) {
        send(ForkProtocol.ERROR, kind, text);
    }

    void done() {
        send(ForkProtocol.DONE);
    }

    /**
     * One line, flushed at once: the parent logs it as it comes. Called from the training threads, and
     * by each log on the stream ({@link #withDebug}): one line at a time on it.
     */
    private void send(String kind, String... fields) {
        synchronized (out) {
            out.println(ForkProtocol.encode(kind, fields));
            out.flush();
        }
    }
}
