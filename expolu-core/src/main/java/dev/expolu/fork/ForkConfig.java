package dev.expolu.fork;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the training JVM is started: which {@code java}, the user's JVM options, the class path that
 * holds the core, and the working directory. Every fork gets {@code --add-modules
 * jdk.incubator.vector}, so float32 training runs on the vector kernels with no configuration.
 *
 * @param java             the java executable
 * @param argLine          the user's JVM options, one option an element ({@link #splitArgLine})
 * @param classPath        expolu-core and its dependencies
 * @param workingDirectory where the fork runs (the project's directory)
 */
public record ForkConfig(Path java, List<String> argLine, List<Path> classPath, Path workingDirectory) {

    /** The module of the vector kernels, given to every fork. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    public ForkConfig {
        argLine = List.copyOf(argLine);
        classPath = List.copyOf(classPath);
    }

    /** The java of this JVM. */
    public static Path currentJava() {
        return executableIn(Path.of(System.getProperty("java.home")));
    }

    /**
     * The java executable {@code jvm} names: the executable itself, or a JDK or JRE home holding
     * {@code bin/java}.
     *
     * @throws IllegalArgumentException naming {@code jvm} and what was expected
     */
    public static Path javaOf(Path jvm) {
        Path java = Files.isDirectory(jvm) ? executableIn(jvm) : jvm;
        if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
            throw new IllegalArgumentException("expolu.jvm is " + jvm + ", but expected a java executable or a"
                    + " JDK home with bin/java; " + java + " is not " + (Files.exists(java) ? "executable" : "there"));
        }
        return java;
    }

    private static Path executableIn(Path home) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /**
     * JVM options as a shell would split them: at spaces, except inside single or double quotes,
     * which are removed. {@code "-Xmx2g -Dname='a b'"} is {@code [-Xmx2g, -Dname=a b]}.
     *
     * @throws IllegalArgumentException where a quote is not closed
     */
    public static List<String> splitArgLine(String argLine) {
        List<String> options = new ArrayList<>();
        if (argLine == null) {
            return options;
        }
        StringBuilder option = new StringBuilder();
        boolean inOption = false;
        char quote = 0;
        for (char c : argLine.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    option.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inOption = true;
            } else if (Character.isWhitespace(c)) {
                if (inOption) {
                    options.add(option.toString());
                    option.setLength(0);
                    inOption = false;
                }
            } else {
                option.append(c);
                inOption = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("expolu.argLine is " + argLine + ", but its " + quote
                    + " is not closed");
        }
        if (inOption) {
            options.add(option.toString());
        }
        return options;
    }

    /**
     * "java 17": the release of the fork's java, from its home's {@code release} file, or this JVM's
     * where it is this JVM's java; else its path.
     */
    String describeJava() {
        if (java.equals(currentJava())) {
            return "java " + Runtime.version().feature();
        }
        try {
            Path home = java.toRealPath().getParent().getParent();
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String[] parts = version.split("[._+-]");
                    return "java " + (parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK's layout: its path says which java
        }
        return "java " + java;
    }

    /**
     * The fork's command line, training what {@code requestFile} asks. The class path goes in the
     * environment ({@link #classPathVariable}): a command line stays short enough for {@code ps}
     * (and {@link ProcessHandle.Info}, which keeps 4096 characters of it) to show the main class and
     * the request, and for Windows' limit on its length.
     */
    List<String> command(Path requestFile) {
        List<String> command = new ArrayList<>(options());
        command.add(0, java.toString());
        command.addAll(List.of(ForkMain.class.getName(), requestFile.toString()));
        return command;
    }

    /** The {@code CLASSPATH} the fork starts with. */
    String classPathVariable() {
        return classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** The fork's JVM options: the vector module, then the user's, which may override it. */
    List<String> options() {
        List<String> options = new ArrayList<>(List.of("--add-modules", VECTOR_MODULE));
        options.addAll(argLine);
        return options;
    }
}
