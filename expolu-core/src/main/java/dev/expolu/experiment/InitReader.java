package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.network.Npy;
import dev.expolu.network.Parameters;
import dev.expolu.network.Shape;
import dev.expolu.run.Init;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/** Reads the seed network's {@code model.init}: {@code normal}, or the seed's six tensors from a folder. */
final class InitReader {

    private final Binder binder;

    InitReader(Binder binder) {
        this.binder = binder;
    }

    Optional<Path> init(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "init");
        if (node.isEmpty() || node.get() instanceof Scalar s && "normal".equals(s.text())) {
            return Optional.empty();
        }
        if (node.get() instanceof Mapping m && m.entries().keySet().equals(Set.of("from"))) {
            YamlNode from = m.entries().get("from").value();
            return binder.string(from, "model.init.from")
                    .flatMap(dir -> binder.inside(dir, dir, from.line(), "model.init.from"));
        }
        binder.problem(node.get().line(), "model.init", "is " + node.get().kind()
                + ", but expected normal or {from: DIR}");
        return Optional.empty();
    }

    /**
     * Each tensor of {@code init: {from: DIR}} present and of the shape the model needs; the six
     * files' hash, for the run's description.
     */
    Optional<Init> checkInit(Path dir, Shape shape, Mapping model) {
        int line = model.entries().get("init").value().line();
        int[][] shapes = Parameters.shapes(shape);
        MessageDigest digest = sha256();
        boolean ok = true;
        for (int i = 0; i < shapes.length; i++) {
            Path file = dir.resolve(Parameters.NAMES.get(i) + ".npy");
            if (!Files.isRegularFile(file)) {
                binder.problem(line, "model.init.from", "has no " + file.getFileName() + " in " + dir
                        + "; expected the seed's six tensors " + Parameters.NAMES);
                ok = false;
                continue;
            }
            try {
                int[] found = Npy.shape(file);
                if (!Arrays.equals(found, shapes[i])) {
                    binder.problem(line, "model.init.from", file.getFileName() + " has shape " + Arrays.toString(found)
                            + ", but expected " + Arrays.toString(shapes[i]));
                    ok = false;
                }
                try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(OutputStream.nullOutputStream()); // in chunks: a file of any size
                }
            } catch (IOException e) {
                binder.problem(line, "model.init.from", e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(new Init.Files(dir, HexFormat.of().formatHex(digest.digest()))) : Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
