package dev.expolu.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The log the Mojo tests share with the training threads ({@code expolu.threads = 2}) keeps every
 * line, each thread's in its order. Two threads start together and write at once; a plain list loses
 * lines or throws in most repetitions.
 */
class CapturingLogTest {

    private static final int LINES = 50_000;

    @RepeatedTest(10)
    void twoThreadsWritingAtOnceLoseNoLine() throws Exception {
        CapturingLog log = new CapturingLog();
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < LINES; i++) {
                        log.info(name + i);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            writer.start();
            writers.add(writer);
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(failures).isEmpty();
        assertThat(log.lines.size()).as("lines kept").isEqualTo(2 * LINES);
        List<String> a = log.lines.stream().filter(l -> l.startsWith("[INFO] a")).toList();
        assertThat(a.equals(IntStream.range(0, LINES).mapToObj(i -> "[INFO] a" + i).toList()))
                .as("thread a's lines, in order").isTrue();
    }
}
