package dev.expolu.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.record.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <experiment>.lock.json} beside the experiment file: per variant and seed, the arithmetic it
 * was pinned under, the training code's hash, the settings, the final and best loss, the fingerprint
 * and the curve. Written one run per block, its settings on one line and its curve on another, so
 * that a diff shows which runs moved. A lock of an earlier expolu (a {@code provenance} in place of
 * the arithmetic) reads, and cannot gate until it is pinned again.
 */
public record LockFile(String experiment, Map<String, LockedRun> runs) {

    public LockFile {
        runs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runs));
    }

    /** Where the lock of experiment {@code name} read from {@code experimentFile} lives. */
    public static Path pathFor(Path experimentFile, String name) {
        return experimentFile.toAbsolutePath().getParent().resolve(name + ".lock.json");
    }

    public static LockFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, LockedRun> runs = new LinkedHashMap<>();
        for (JsonNode r : root.path("runs")) {
            List<Double> losses = new ArrayList<>();
            r.path("losses").forEach(v -> losses.add(number(v)));
            Map<String, String> settings = new LinkedHashMap<>();
            r.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
            String arithmetic = r.has("arithmetic") ? r.path("arithmetic").asText() : r.path("provenance").asText();
            LockedRun run = new LockedRun(r.path("run").asText(), arithmetic, r.path("code").asText(), settings,
                    number(r.path("finalLoss")), number(r.path("minLoss")), r.path("fingerprint").asText(),
                    losses.stream().mapToDouble(Double::doubleValue).toArray());
            runs.put(run.run(), run);
        }
        if (runs.isEmpty() && !root.has("runs")) {
            throw new IOException(file + ": not an expolu lock file (no \"runs\")");
        }
        return new LockFile(root.path("experiment").asText(), runs);
    }

    public void write(Path file) throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"experiment\": ").append(quote(experiment)).append(",\n  \"runs\": [");
        String separator = "\n";
        for (LockedRun r : runs.values()) {
            json.append(separator).append("    {\"run\": ").append(quote(r.run()))
                    .append(", \"arithmetic\": ").append(quote(r.arithmetic()))
                    .append(", \"code\": ").append(quote(r.code()))
                    .append(",\n     \"settings\": {");
            String comma = "";
            for (Map.Entry<String, String> setting : r.settings().entrySet()) {
                json.append(comma).append(quote(setting.getKey())).append(": ").append(quote(setting.getValue()));
                comma = ", ";
            }
            json.append("},\n     \"finalLoss\": ").append(number(r.finalLoss()))
                    .append(", \"minLoss\": ").append(number(r.minLoss()))
                    .append(", \"fingerprint\": ").append(quote(r.fingerprint()))
                    .append(",\n     \"losses\": [");
            double[] losses = r.losses();
            for (int i = 0; i < losses.length; i++) {
                json.append(i == 0 ? "" : ", ").append(number(losses[i]));
            }
            json.append("]}");
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        AtomicFiles.write(file, temporary -> Files.writeString(temporary, json, StandardCharsets.UTF_8));
    }

    private static double number(JsonNode v) {
        return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
    }

    /** Shortest text that reads back as the same double; NaN and infinities as strings. */
    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "\"" + v + "\"";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
