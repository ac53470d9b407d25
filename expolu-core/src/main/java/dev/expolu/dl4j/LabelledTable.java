package dev.expolu.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV table of numbers with a header row, read for classification: every column but the label a
 * feature, the label whole numbers 0 to classes - 1.
 *
 * @param features the feature columns' names, in the file's order
 * @param x        each row's features
 * @param y        each row's class
 * @param classes  how many classes: the largest label + 1
 */
public record LabelledTable(List<String> features, double[][] x, int[] y, int classes) {

    /**
     * @throws IllegalArgumentException saying what is wrong, with the table's line: no such label
     *                                  column, a row of another length, a value that is not a number,
     *                                  a label that is not a class
     */
    public static LabelledTable read(Path file, String label) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("is empty; expected a header row, then rows of numbers");
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
        int at = header.indexOf(label);
        if (at < 0) {
            throw new IllegalArgumentException("has no column '" + label + "' in its header (line 1: "
                    + abbreviate(lines.get(0)) + "); expected data.label to name one");
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + cells.length + " values, but the header"
                        + " names " + header.size() + " columns");
            }
            double[] row = new double[header.size() - 1];
            for (int c = 0, f = 0; c < cells.length; c++) {
                double value = number(cells[c], i + 1, header.get(c));
                if (c == at) {
                    if (value != Math.rint(value) || value < 0 || value > 100_000) {
                        throw new IllegalArgumentException("line " + (i + 1) + " has label " + cells[c].trim()
                                + ", but expected a class: a whole number from 0");
                    }
                    labels.add((int) value);
                } else {
                    row[f++] = value;
                }
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("has " + rows.size() + " row(s) of data; expected at least 2");
        }
        int classes = labels.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> features = new ArrayList<>(header);
        features.remove(at);
        return new LabelledTable(List.copyOf(features), rows.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), classes);
    }

    private static double number(String cell, int line, String column) {
        try {
            double v = Double.parseDouble(cell.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("line " + line + " has '" + cell.trim() + "' in column " + column
                + "; expected a number");
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
