package dev.expolu.fork;

import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Problem;
import java.io.PrintStream;
import java.util.List;

/** The fork's side of {@link ForkProtocol}: its log and its outcome as lines to the parent. */
final class ProtocolLog implements TrainingLog {

    private final PrintStream out;

    ProtocolLog(PrintStream out) {
        this.out = out;
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

    /** One line, flushed at once: the parent logs it as it comes. Called from the training threads. */
    private synchronized void send(String kind, String... fields) {
        out.println(ForkProtocol.encode(kind, fields));
        out.flush();
    }
}
