package dev.expolu.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.expolu.experiment.Run;
import dev.expolu.network.Parameters;
import dev.expolu.record.AtomicFiles;
import dev.expolu.record.RunRecord;
import dev.expolu.record.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Finished runs by content: the key hashes everything that decides a curve (the resolved setup, the
 * init tensors' bytes, the seed, the provenance key and expolu's build), never the experiment's or
 * the variant's name. A changed setting is a new key; an entry that cannot be read back whole is a
 * miss, never an error.
 */
public final class RunCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public RunCache(Path directory) {
        this.directory = directory;
    }

    /** The default place: {@code ~/.expolu/cache}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".expolu", "cache");
    }

    public String key(Run run, Map<String, Object> setup, String provenanceKey) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("expolu-run-v1\n").append(Versions.build()).append('\n').append(provenanceKey).append('\n')
                .append(run.seed()).append('\n');
        setup.forEach((k, v) -> text.append(k).append('=').append(k.equals("init") ? "" : v).append('\n'));
        MessageDigest digest = sha256();
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        if (run.setup().initFrom().isPresent()) {
            for (String name : Parameters.NAMES) {
                digest.update(Files.readAllBytes(run.setup().initFrom().get().resolve(name + ".npy")));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The cached record of {@code key}, relabelled for {@code run}; empty on a miss or a bad entry. */
    public Optional<RunRecord> get(String key, Run run) {
        Path file = pathOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunRecord cached = JSON.readValue(file.toFile(), RunRecord.class);
            if (cached.losses().length != run.setup().rounds()
                    || !cached.curve().fingerprint().equals(cached.fingerprint())) {
                return Optional.empty();
            }
            return Optional.of(new RunRecord(run.experiment(), run.variant(), run.seed(), cached.losses(),
                    cached.finalLoss(), cached.minLoss(), cached.fingerprint(), cached.wallSeconds(),
                    run.file().toString(), run.experimentSha256(), cached.setup(), cached.provenance()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated or garbage: retrain, and overwrite it
        }
    }

    public void put(String key, RunRecord record) throws IOException {
        AtomicFiles.write(pathOf(key), temporary -> JSON.writeValue(temporary.toFile(), record));
    }

    Path pathOf(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
