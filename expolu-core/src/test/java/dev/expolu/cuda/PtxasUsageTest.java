package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ptxas's verbose log read for the entry function, not for the device functions it calls. */
class PtxasUsageTest {

    /** As nvcc 13.0 printed it for the float32 512-wide kernel, one block a run, on sm_90. */
    private static final String LOG = """
            ptxas info    : 0 bytes gmem
            ptxas info    : Compiling entry function 'expolu_round' for 'sm_90'
            ptxas info    : Function properties for __internal_accurate_pow
                0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
            ptxas info    : Function properties for expolu_round
                24 bytes stack frame, 20 bytes spill stores, 36 bytes spill loads
            ptxas info    : Used 80 registers, used 1 barriers, 24 bytes cumulative stack size
            ptxas info    : Compile time = 796.345 ms
            """;

    @Test
    void readsTheEntryFunctionsRegistersAndSpills() {
        assertThat(PtxasUsage.of(LOG, "expolu_round")).contains(new PtxasUsage(80, 24, 20, 36));
    }

    @Test
    void aLogWithoutTheEntryFunctionHasNoUsage() {
        assertThat(PtxasUsage.of(LOG, "other")).isEmpty();
        assertThat(PtxasUsage.of(LOG, "__internal_accurate_pow")).isEmpty();
    }
}
