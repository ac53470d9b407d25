package dev.expolu.spark;

import dev.expolu.execution.PlannedRun;
import dev.expolu.record.Provenance;
import dev.expolu.record.Versions;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the driver makes of a task's result: whether the run can be recorded (trained without error,
 * under an arithmetic its plan admits, its key recomputed there the one expected), the record's
 * provenance, and what a failed job leaves untrained.
 */
final class TaskResults {

    private TaskResults() {
    }

    /** Why the run's result cannot be recorded; null where it can. */
    static String failure(PlannedRun run, TaskResult result) {
        if (result.error() != null) {
            return run.id() + " failed on executor " + result.executor() + ": " + result.error();
        }
        Arithmetic there = arithmetic(result);
        boolean admitted = run.arithmetic().admits(there);
        if (!admitted || !result.cacheKey().equals(run.trainedUnder(there).cacheKey())) {
            return run.id() + " was trained on executor " + result.executor() + " under " + there.key()
                    + " (key " + result.cacheKey().substring(0, 12) + "...), but this build planned it under "
                    + run.arithmetic().key() + (run.arithmetic().deviceWhereTrained() ? ""
                            : " (key " + run.cacheKey().substring(0, 12) + "...)")
                    + (there.code().equals(run.arithmetic().code()) ? ""
                            : run.run().spec() instanceof NetworkSpec
                            ? ": the executor loaded other training code (another expolu-core on the cluster's class"
                            + " path?)"
                            : ": the executor's copy of the project's test class path hashes otherwise (code "
                            + run.arithmetic().code() + " here, " + there.code() + " there)");
        }
        return null;
    }

    static Arithmetic arithmetic(TaskResult result) {
        return new Arithmetic(result.engine(), result.dtype(), result.arithmetic(), result.code(), result.device());
    }

    /** The record's provenance: the arithmetic, and the executor's JVM, OS and arch. */
    static Provenance provenance(TaskResult result) {
        Arithmetic a = arithmetic(result);
        return new Provenance(Versions.expolu(), Versions.dl4j(), a.engine(), a.device(), a.dtype(), a.version(),
                a.code(),
                result.java(), result.os(), result.arch());
    }

    /** "; 3 run(s) not trained: [...]; the records of the runs that came back are kept". */
    static String pending(List<PlannedRun> runs, boolean[] back) {
        List<String> missing = IntStream.range(0, runs.size()).filter(i -> !back[i]).mapToObj(i -> runs.get(i).id())
                .toList();
        return missing.isEmpty() ? "" : "; " + missing.size() + " run(s) not trained: " + missing
                + "; the records of the runs that came back are kept";
    }
}
