package dev.expolu.fork;

import dev.expolu.execution.EngineOverrideException;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.Training;
import dev.expolu.experiment.ExperimentException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The forked JVM's entry point: {@code ForkMain <request.json>}. Loads the experiment files the
 * parent validated (refusing any changed since), trains them with {@link Training#train}, and tells
 * the parent over its standard output in {@link ForkProtocol}'s lines. Exits 0 when every run is
 * recorded, 1 after an error it could name, and at once when its standard input closes: the parent
 * is gone.
 */
public final class ForkMain {

    /** The exit status when the parent is gone. */
    static final int ORPHANED = 3;

    private ForkMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err); // stray prints of libraries must not break the protocol
        watchParent(System.in);
        ProtocolLog log = new ProtocolLog(protocol);
        int status = args.length == 1 ? run(Path.of(args[0]), log) : usage(log);
        protocol.flush();
        System.exit(status); // ND4J's threads must not keep the fork alive
    }

    /** Trains what the request file asks; 0 when every run is recorded, else 1 after an error line. */
    static int run(Path requestFile, ProtocolLog log) {
        try {
            ForkRequest request = ForkRequest.read(requestFile);
            ProtocolLog training = log.withDebug(request.debug());
            training.debug("started: pid " + ProcessHandle.current().pid() + ", java " + Runtime.version() + ", "
                    + Runtime.getRuntime().availableProcessors() + " processor(s), max heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; request " + requestFile + ": "
                    + request.describe());
            Training.train(request.load(), request.trainRequest(), training);
            log.done();
            return 0;
        } catch (ExperimentException e) {
            log.problems(e.problems());
        } catch (IOException e) {
            log.error(ForkProtocol.IO, e.getMessage());
        } catch (EngineOverrideException e) {
            log.error(ForkProtocol.ENGINE, e.getMessage());
        } catch (ExecutorException e) {
            log.error(ForkProtocol.EXECUTOR, e.getMessage());
        } catch (Throwable e) { // an OutOfMemoryError too: the parent names the runs it was training
            e.printStackTrace();
            log.error(ForkProtocol.CRASH, e.toString());
        }
        return 1;
    }

    private static int usage(ProtocolLog log) {
        log.error(ForkProtocol.CRASH, "expected one argument, the request file; got none or several");
        return 1;
    }

    /** Halts this JVM when the parent closes its end of standard input, or dies. */
    private static void watchParent(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // the parent sends nothing; end of input is all this waits for
                }
            } catch (IOException e) {
                // a broken pipe: the parent is gone all the same
            }
            Runtime.getRuntime().halt(ORPHANED); // records are written atomically: nothing to finish
        }, "expolu-fork-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
