package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NVRTC's builtins are found beside the libnvrtc this process mapped, of NVRTC's own version, and loading
 * them by absolute path is what lets a library that opens them by bare name find them without
 * {@code LD_LIBRARY_PATH}. The last two tests show that with the real dynamic loader on stand-ins built
 * by g++ (a "compiler" library that {@code dlopen}s its "builtins" by SONAME, as NVRTC 13 does), since
 * no NVRTC is installed where CI runs.
 */
class NvrtcBuiltinsTest {

    @TempDir
    Path dir;

    private final List<String> loads = new ArrayList<>();

    @Test
    void theMappedLibnvrtcIsFoundAmongTheProcesssMappings() {
        List<String> maps = List.of(
                "7f10a0000000-7f10a0021000 rw-p 00000000 00:00 0 ",
                "7f10a1000000-7f10a1010000 r-xp 00000000 fd:00 11 /root/.javacpp/cache/cuda.jar/org/bytedeco/cuda/"
                        + "linux-x86_64/libjninvrtc.so",
                "7f10a2000000-7f10a2400000 r-xp 00000000 fd:00 12 /usr/local/cuda-13.0/targets/x86_64-linux/lib/"
                        + "libnvrtc-builtins.so.13.0.88",
                "7f10a3000000-7f10a5000000 r-xp 00000000 fd:00 13 /usr/local/cuda-13.0/targets/x86_64-linux/lib/"
                        + "libnvrtc.so.13.0.88",
                "7ffd5f3e0000-7ffd5f401000 rw-p 00000000 00:00 0                          [stack]");
        assertThat(NvrtcBuiltins.mapped(maps, NvrtcBuiltins.LIBRARY))
                .contains(Path.of("/usr/local/cuda-13.0/targets/x86_64-linux/lib/libnvrtc.so.13.0.88"));
        assertThat(NvrtcBuiltins.mapped(maps.subList(0, 3), NvrtcBuiltins.LIBRARY)).isEmpty();
    }

    @Test
    void theBuiltinsOfNvrtcsOwnVersionAreLoadedFromBesideIt() throws Exception {
        Path library = touch("libnvrtc.so.13.0.88");
        touch("libnvrtc-builtins.so.13.0");
        touch("libnvrtc-builtins.so.13.1");

        String note = NvrtcBuiltins.loadBeside(library, NvrtcBuiltins.BUILTINS, "13.0", loads::add);

        assertThat(loads).containsExactly(dir.resolve("libnvrtc-builtins.so.13.0").toAbsolutePath().toString());
        assertThat(note).isEqualTo("libnvrtc-builtins.so.13.0 loaded from " + dir.toAbsolutePath());
    }

    @Test
    void withoutBuiltinsOfItsVersionNothingIsLoadedAndTheNoteNamesThoseThere() throws Exception {
        Path library = touch("libnvrtc.so.13");
        touch("libnvrtc-builtins.so.13.1");
        touch("libnvrtc-builtins.so");

        String note = NvrtcBuiltins.loadBeside(library, NvrtcBuiltins.BUILTINS, "13.0", loads::add);

        assertThat(loads).isEmpty();
        assertThat(note).isEqualTo("no libnvrtc-builtins.so.13.0 beside " + library + " (there: libnvrtc-builtins.so.13.1)");
    }

    @Test
    void aByNameOpenFromALibraryOutsideTheLoadersPathFailsWithoutThePreload() throws Exception {
        Path compiler = standIns("a");

        System.load(compiler.toString());

        assertThat(dir.resolve("opened.txt")).content().startsWith("failed: libexpolu-a-builtins.so.1.0:");
    }

    @Test
    void theBuiltinsLoadedFromBesideTheMappedLibrarySatisfyItsByNameOpen() throws Exception {
        Path compiler = standIns("b");
        System.load(dir.resolve("libexpolu-b-probe.so").toString());
        Path mapped = NvrtcBuiltins.mapped(Files.readAllLines(Path.of("/proc/self/maps")), "libexpolu-b-probe.so")
                .orElseThrow();
        assertThat(mapped.getParent()).isEqualTo(dir.toRealPath());

        String note = NvrtcBuiltins.loadBeside(mapped, "libexpolu-b-builtins.so", "1.0", System::load);
        System.load(compiler.toString());

        assertThat(note).isEqualTo("libexpolu-b-builtins.so.1.0 loaded from " + dir.toRealPath());
        assertThat(dir.resolve("opened.txt")).hasContent("ok 42");
    }

    private Path touch(String name) throws Exception {
        return Files.createFile(dir.resolve(name));
    }

    /**
     * Builds in {@link #dir}: {@code libexpolu-<id>-builtins.so.1.0} (SONAME so), {@code libexpolu-<id>-probe.so}
     * (a library to find in the process's mappings, as libnvrtc is found) and {@code libexpolu-<id>-compiler.so},
     * which on load opens the builtins by bare name and writes what happened to {@code opened.txt}.
     */
    private Path standIns(String id) throws Exception {
        if (System.getenv("EXPOLU_REQUIRE_GPP") != null) {
            assertThat(EmulatedDevice.available()).as("g++ for the stand-in libraries (EXPOLU_REQUIRE_GPP)").isTrue();
        }
        assumeTrue(EmulatedDevice.available(), "skipped: no g++ to build the stand-in libraries");
        String builtins = "libexpolu-" + id + "-builtins.so.1.0";
        Path opened = dir.resolve("opened.txt");
        Files.writeString(dir.resolve("builtins.cpp"), "extern \"C\" int expolu_builtin() { return 42; }\n");
        Files.writeString(dir.resolve("probe.cpp"), "extern \"C\" int expolu_probe_" + id + "() { return 1; }\n");
        Files.writeString(dir.resolve("compiler.cpp"), """
                #include <dlfcn.h>
                #include <cstdio>
                __attribute__((constructor)) static void opens() {
                    FILE *out = std::fopen("%s", "w");
                    void *h = dlopen("%s", RTLD_NOW);
                    if (h == nullptr) { std::fprintf(out, "failed: %%s", dlerror()); }
                    else { std::fprintf(out, "ok %%d", ((int (*)()) dlsym(h, "expolu_builtin"))()); }
                    std::fclose(out);
                }
                """.formatted(opened, builtins));
        gpp("builtins.cpp", builtins, "-Wl,-soname," + builtins);
        gpp("probe.cpp", "libexpolu-" + id + "-probe.so");
        gpp("compiler.cpp", "libexpolu-" + id + "-compiler.so", "-ldl");
        return dir.resolve("libexpolu-" + id + "-compiler.so").toRealPath();
    }

    private void gpp(String source, String library, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of("g++", "-shared", "-fPIC", "-o", dir.resolve(library).toString(),
                dir.resolve(source).toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
    }
}
