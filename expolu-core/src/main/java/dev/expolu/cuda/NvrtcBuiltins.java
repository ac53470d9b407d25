package dev.expolu.cuda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * NVRTC's builtins library ({@code libnvrtc-builtins.so.13.0}), loaded from beside the libnvrtc this
 * JVM actually loaded, before the first compilation.
 *
 * <p>Why: NVRTC 13 opens its builtins with {@code dlopen} by bare name, which searches only the dynamic
 * loader's path ({@code LD_LIBRARY_PATH}, ldconfig's cache). JavaCPP finds libnvrtc itself in
 * {@code /usr/local/cuda/lib64} without that path, and preloads the builtins of the version its bindings
 * were built for (13.1), not those of the NVRTC found (13.0 on a CUDA 13.0 machine). So without
 * {@code LD_LIBRARY_PATH} the version call works and the first compilation fails with "failed to open
 * libnvrtc-builtins.so.13.0". A library already loaded by absolute path satisfies a later
 * {@code dlopen} of its SONAME, so loading the right file here fixes every JVM that compiles (Maven's,
 * the fork, a Spark executor, the command line) without changing how it is started; an environment
 * variable could not, since the loader reads it only when a process starts.
 */
final class NvrtcBuiltins {

    static final String LIBRARY = "libnvrtc.so";
    static final String BUILTINS = "libnvrtc-builtins.so";

    private NvrtcBuiltins() {
    }

    /**
     * The file of the first library mapped into this process whose name starts with {@code stem}
     * ("libnvrtc.so" matches {@code libnvrtc.so.13.0.88}, not {@code libjninvrtc.so}), from the lines of
     * {@code /proc/self/maps}.
     */
    static Optional<Path> mapped(List<String> maps, String stem) {
        for (String line : maps) {
            int slash = line.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String file = line.substring(slash).replace(" (deleted)", "").strip();
            Path path = Path.of(file);
            if (path.getFileName().toString().startsWith(stem)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** This process's mapped libnvrtc, where the platform tells (Linux's {@code /proc/self/maps}). */
    static Optional<Path> loadedNvrtc() {
        try {
            return mapped(Files.readAllLines(Path.of("/proc/self/maps")), LIBRARY);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Loads {@code <stem>.<version>} from the folder of {@code library} through {@code load} (such as
     * {@link System#load}), where it is there.
     *
     * @return what was done, for the probe's reason where compilation still fails: "libnvrtc-builtins.so.13.0
     *         loaded from /usr/local/cuda/lib64", or why nothing was loaded, naming the versions that are there
     */
    static String loadBeside(Path library, String stem, String version, Consumer<String> load) {
        Path folder = library.toAbsolutePath().getParent();
        String name = stem + "." + version;
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return "no " + name + " beside " + library + " (there: " + others(folder, stem) + ")";
        }
        try {
            load.accept(file.toString());
        } catch (UnsatisfiedLinkError e) {
            return name + " in " + folder + " does not load: " + e.getMessage();
        }
        return name + " loaded from " + folder;
    }

    /** {@link #loadBeside} for the NVRTC of {@code version} ("13.0") this JVM loaded, by {@link System#load}. */
    static String load(String version) {
        return loadedNvrtc().map(library -> loadBeside(library, BUILTINS, version, System::load))
                .orElse("where libnvrtc was loaded from is unknown here; its builtins are left to the loader's path");
    }

    private static String others(Path folder, String stem) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(stem + "."))
                    .sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
