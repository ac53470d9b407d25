package dev.expolu.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads loss curves from the files of other tools. A loss must be a finite number of at least 0: a
 * NaN, an infinity (Python's json writes both) or a negative number is refused with its round.
 *
 * <ul>
 *   <li>JSON: one curve a file, an object whose {@code curve} holds the losses as {@code ref_fast.py}
 *       writes it with {@code OUT=...} (or whose {@code losses} does, as an expolu run record); its
 *       {@code n} and {@code layers}, where present, say the size it was made at.
 *   <li>CSV: several curves a file, numbers separated by commas; blank lines and lines starting with
 *       {@code #} are skipped. With {@link Orientation#COLUMNS} each column is a curve and each row a
 *       round, a first row of names a header; with {@link Orientation#ROWS} each row is a curve, a
 *       first cell that is not a number its name.
 * </ul>
 */
public final class CurveFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** How a CSV file holds its curves. */
    public enum Orientation {
        COLUMNS("columns"),
        ROWS("rows");

        private final String id;

        Orientation(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * A JSON file's curve and the size it says it was made at.
     *
     * @param width  its {@code n}, where present
     * @param layers its {@code layers}, where present
     */
    public record JsonCurve(ReferenceRun run, OptionalLong width, OptionalLong layers) {
    }

    private CurveFiles() {
    }

    public static JsonCurve json(Path file) throws CurveFileException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new CurveFileException("is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new CurveFileException("cannot be read (" + e + ")");
        }
        if (root == null || !root.isObject()) {
            throw new CurveFileException("holds no JSON object; expected {\"curve\": [...]} as ref_fast.py writes it");
        }
        JsonNode curve = root.has("curve") ? root.get("curve") : root.get("losses");
        if (curve == null || !curve.isArray()) {
            throw new CurveFileException("has no \"curve\" list; expected {\"curve\": [...]} as ref_fast.py writes it");
        }
        double[] losses = new double[curve.size()];
        for (int i = 0; i < losses.length; i++) {
            JsonNode v = curve.get(i);
            if (!v.isNumber()) {
                throw new CurveFileException("round " + (i + 1) + " is " + v + ", but expected a number");
            }
            losses[i] = loss(v.doubleValue(), "round " + (i + 1));
        }
        return new JsonCurve(run(file.getFileName().toString(), losses), size(root, "n"), size(root, "layers"));
    }

    public static List<ReferenceRun> csv(Path file, Orientation orientation) throws CurveFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CurveFileException("cannot be read (" + e + ")");
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                rows.add(text.split(",", -1));
                lineNumbers.add(i + 1);
            }
        }
        if (rows.isEmpty()) {
            throw new CurveFileException("has no rows; expected curves of losses separated by commas");
        }
        return orientation == Orientation.COLUMNS ? columns(file, rows, lineNumbers) : rows(file, rows, lineNumbers);
    }

    private static List<ReferenceRun> columns(Path file, List<String[]> rows, List<Integer> lineNumbers)
            throws CurveFileException {
        String[] names = null;
        if (!isNumber(rows.get(0)[0])) {
            names = rows.remove(0);
            lineNumbers.remove(0);
        }
        int width = names != null ? names.length : rows.isEmpty() ? 0 : rows.get(0).length;
        if (rows.isEmpty()) {
            throw new CurveFileException("has a header but no rounds; expected a row of losses a round");
        }
        double[][] curves = new double[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            if (cells.length != width) {
                throw new CurveFileException("line " + lineNumbers.get(r) + " has " + cells.length + " values, but"
                        + " expected " + width + ", one a curve");
            }
            for (int c = 0; c < width; c++) {
                String where = "line " + lineNumbers.get(r) + " column " + (c + 1);
                curves[c][r] = loss(number(cells[c], where), where);
            }
        }
        List<ReferenceRun> runs = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String name = names != null && !names[c].isBlank() ? names[c].strip() : "column " + (c + 1);
            runs.add(run(file.getFileName() + " " + name, curves[c]));
        }
        return runs;
    }

    private static List<ReferenceRun> rows(Path file, List<String[]> rows, List<Integer> lineNumbers)
            throws CurveFileException {
        List<ReferenceRun> runs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            int first = isNumber(cells[0]) ? 0 : 1;
            String name = first == 1 ? cells[0].strip() : "line " + lineNumbers.get(r);
            double[] losses = new double[cells.length - first];
            if (losses.length == 0) {
                throw new CurveFileException("line " + lineNumbers.get(r) + " has a name but no losses");
            }
            for (int c = first; c < cells.length; c++) {
                String where = "line " + lineNumbers.get(r) + " column " + (c + 1);
                losses[c - first] = loss(number(cells[c], where), where);
            }
            runs.add(run(file.getFileName() + " " + name, losses));
        }
        return runs;
    }

    private static ReferenceRun run(String name, double[] losses) throws CurveFileException {
        if (losses.length == 0) {
            throw new CurveFileException("holds an empty curve; expected a loss a round");
        }
        return new ReferenceRun(name, new LossCurve(losses));
    }

    private static double loss(double value, String where) throws CurveFileException {
        if (!Double.isFinite(value) || value < 0) {
            throw new CurveFileException(where + " is " + value + ", but expected a loss: a finite"
                    + " number of at least 0 (a run that diverged cannot be a reference)");
        }
        return value;
    }

    private static double number(String cell, String where) throws CurveFileException {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw new CurveFileException(where + " is '" + cell.strip() + "', but expected a number");
        }
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static OptionalLong size(JsonNode root, String key) {
        JsonNode v = root.get(key);
        return v != null && v.canConvertToLong() && v.isIntegralNumber() ? OptionalLong.of(v.longValue())
                : OptionalLong.empty();
    }
}
