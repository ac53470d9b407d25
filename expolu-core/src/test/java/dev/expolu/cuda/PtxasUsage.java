package dev.expolu.cuda;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ptxas says one entry function uses ({@code nvcc -Xptxas -v}): registers, and the bytes of its
 * stack frame and of its spills to local memory. Spills are what the register budget of the kernel costs
 * on a GPU; the table per shape and architecture shows where a change of the kernel moved them.
 *
 * @param registers   registers per thread
 * @param stackFrame  bytes of stack frame per thread
 * @param spillStores bytes of spill stores per thread
 * @param spillLoads  bytes of spill loads per thread
 */
record PtxasUsage(int registers, int stackFrame, int spillStores, int spillLoads) {

    private static final Pattern FRAME =
            Pattern.compile("(\\d+) bytes stack frame, (\\d+) bytes spill stores, (\\d+) bytes spill loads");
    private static final Pattern REGISTERS = Pattern.compile("Used (\\d+) registers");

    /** The usage of {@code entry} in ptxas's verbose log, where the log reports it. */
    static Optional<PtxasUsage> of(String log, String entry) {
        List<String> lines = log.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().endsWith("Function properties for " + entry)) {
                continue;
            }
            Matcher frame = i + 1 < lines.size() ? FRAME.matcher(lines.get(i + 1)) : null;
            Matcher registers = i + 2 < lines.size() ? REGISTERS.matcher(lines.get(i + 2)) : null;
            if (frame != null && frame.find() && registers != null && registers.find()) {
                return Optional.of(new PtxasUsage(Integer.parseInt(registers.group(1)),
                        Integer.parseInt(frame.group(1)), Integer.parseInt(frame.group(2)),
                        Integer.parseInt(frame.group(3))));
            }
        }
        return Optional.empty();
    }
}
