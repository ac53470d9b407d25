package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.experiment.YamlNode.Sequence;
import dev.expolu.run.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code sweep}: named axes, each a setting of the setup and the values it takes, and the cells
 * they span. A cell's values are laid over each variant's setup as a mapping of the file's own shape
 * ({@link YamlNode.Mapping#overlay}), so they are checked, and defaults follow from them, exactly as in
 * a file written by hand; a problem with a value names the value's line.
 */
final class SweepReader {

    /** The settings a sweep may vary over the seed's network: every setting of the setup but the data's rows. */
    static final Set<String> KEYS = new java.util.TreeSet<>(NetworkKind.SWEEPABLE);

    /** The most cells a sweep may span: each is a set of runs with records and a lock entry. */
    static final int MAX_CELLS = 10_000;

    /** A value as it may stand in a cell's name: no {@code _}, which joins the axes there. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9.+-]+");

    /**
     * The sweep as read: its axes, its cells, and for each cell the mapping laid over the variants.
     *
     * @param overlays each cell's values in the file's shape ({@code model: {width: 512}}), by cell
     * @param broken   the keys of axes refused (their problems recorded): the cells span the others,
     *                 so that their values are still checked, and a setting "missing" for want of a
     *                 broken axis is not a problem of its own
     */
    record Grid(List<Axis> axes, List<Cell> cells, List<Mapping> overlays, Set<String> broken) {

        Grid {
            broken = Set.copyOf(broken);
        }

        /** Whether the file's sweep was read whole: its claims can be read against it. */
        boolean whole() {
            return broken.isEmpty() && !cells.isEmpty();
        }
    }

    private final Binder binder;
    private final ModelKinds kinds;

    SweepReader(Binder binder, ModelKinds kinds) {
        this.binder = binder;
        this.kinds = kinds;
    }

    /**
     * The sweep of {@code top}; empty where there is none. Where an axis is refused, the grid spans the
     * others and names it {@link Grid#broken()}; where none is left, it has no cells.
     */
    Optional<Grid> read(Mapping top) {
        Optional<YamlNode> node = binder.value(top, "sweep");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mapping> sweep = binder.mapping(node.get(), "sweep");
        if (sweep.isEmpty()) {
            return Optional.of(new Grid(List.of(), List.of(), List.of(), Set.of()));
        }
        if (sweep.get().entries().isEmpty()) {
            binder.problem(sweep.get().line(), "sweep", "is empty; expected at least one axis, such as"
                    + " model.width: [64, 128]");
            return Optional.of(new Grid(List.of(), List.of(), List.of(), Set.of()));
        }
        SweepSettings settings = SweepSettings.of(top, kinds);
        List<Axis> axes = new ArrayList<>();
        List<List<YamlNode>> nodes = new ArrayList<>();
        Set<String> broken = new TreeSet<>();
        sweep.get().entries().forEach((key, entry) -> {
            int before = binder.problems().size();
            Optional<Read> axis = axis(settings, key, entry);
            if (axis.isEmpty() || binder.problems().size() > before) {
                broken.add(key);
            } else {
                axes.add(axis.get().axis());
                nodes.add(axis.get().nodes());
            }
        });
        if (axes.isEmpty()) {
            return Optional.of(new Grid(List.of(), List.of(), List.of(), broken));
        }
        long count = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> Math.min(a * b, MAX_CELLS + 1L));
        if (count > MAX_CELLS) {
            binder.problem(sweep.get().line(), "sweep", "spans " + Axis.sizes(axes) + " cells, but expected at most "
                    + MAX_CELLS);
            return Optional.of(new Grid(List.of(), List.of(), List.of(), sweep.get().entries().keySet()));
        }
        return Optional.of(cells(axes, nodes, sweep.get().line(), broken));
    }

    /** Drops the problems recorded since {@code before} that only say a broken axis's setting is missing. */
    void forgetMissing(int before, Grid grid) {
        List<Problem> problems = binder.problems();
        for (int i = problems.size() - 1; i >= before; i--) {
            Problem p = problems.get(i);
            if (grid.broken().contains(p.key()) && p.message().startsWith("is missing")) {
                problems.remove(i);
            }
        }
    }

    /** A variant's override may not set what the sweep sets: that would leave two values for one setting. */
    void refuseOverrides(Grid grid, String variant, Mapping override) {
        for (Axis axis : grid.axes()) {
            YamlNode.Entry set = null;
            YamlNode at = override;
            for (String part : SweepSettings.path(axis.key())) {
                set = at instanceof Mapping m ? m.entries().get(part) : null;
                if (set == null) {
                    break;
                }
                at = set.value();
            }
            if (set != null) {
                binder.problem(set.keyLine(), "variants." + variant + "." + axis.key(),
                        "is set, but the sweep's axis " + axis.key() + " (line " + axis.line() + ") sets it in every"
                                + " cell; expected one of them to set it");
            }
        }
    }

    private record Read(Axis axis, List<YamlNode> nodes) {
    }

    private Optional<Read> axis(SweepSettings settings, String key, YamlNode.Entry entry) {
        String path = "sweep." + key;
        if (!settings.allows(key)) {
            binder.problem(entry.keyLine(), path, settings.refusal(key));
            return Optional.empty();
        }
        YamlNode value = entry.value();
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<YamlNode> nodes = new ArrayList<>();
        if (value instanceof Sequence s) {
            for (YamlNode item : s.items()) {
                if (!(item instanceof Scalar scalar) || scalar.text() == null) {
                    binder.problem(item.line(), path, "has " + item.kind() + ", but expected a value such as 30 or"
                            + " float32; give a value of several parts a label: {label: value}");
                    continue;
                }
                add(path, scalar.text().trim(), item, valueOf(scalar.text().trim()), labels, values, nodes);
            }
        } else if (value instanceof Mapping m) {
            m.entries().forEach((label, e) -> add(path, label, e.value(), label, labels, values, nodes));
        } else {
            binder.problem(value.line(), path, "is " + value.kind() + ", but expected a list of values, such as"
                    + " [64, 128], or a mapping of labels to values");
            return Optional.empty();
        }
        if (value instanceof Sequence s && s.items().isEmpty() || value instanceof Mapping m && m.entries().isEmpty()) {
            binder.problem(value.line(), path, "is empty; expected at least one value");
            return Optional.empty();
        }
        List<String> parts = SweepSettings.path(key);
        String label = parts.get(parts.size() - 1);
        return Optional.of(new Read(new Axis(key, label, labels, values, entry.keyLine()), nodes));
    }

    private void add(String path, String label, YamlNode node, Object value, List<String> labels,
            List<Object> values, List<YamlNode> nodes) {
        if (!LABEL.matcher(label).matches()) {
            binder.problem(node.line(), path, "has '" + label + "', which cannot stand in a cell's name; expected"
                    + " letters, digits, '.', '+' and '-', or a label: {label: value}");
        } else if (labels.contains(label)) {
            binder.problem(node.line(), path, "has " + label + " twice; expected each value once");
        } else {
            labels.add(label);
            values.add(value);
            nodes.add(node);
        }
    }

    /** A whole number, a number, or the text: how a value stands in records and conditions. */
    static Object valueOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            // not a whole number
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v) && !text.endsWith("d") && !text.endsWith("f")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // a word
        }
        return text;
    }

    /** Every combination of the axes' values, the first axis varying slowest. */
    private Grid cells(List<Axis> axes, List<List<YamlNode>> nodes, int line, Set<String> broken) {
        List<Cell> cells = new ArrayList<>();
        List<Mapping> overlays = new ArrayList<>();
        int[] index = new int[axes.size()];
        while (true) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            Mapping overlay = new Mapping(Map.of(), line);
            for (int a = 0; a < axes.size(); a++) {
                Axis axis = axes.get(a);
                values.put(axis.key(), axis.values().get(index[a]));
                parts.add(axis.label() + "-" + axis.labels().get(index[a]));
                overlay = overlay.overlay(setting(axis, nodes.get(a).get(index[a])));
            }
            String name = String.join("_", parts);
            if (!Names.isPlain(name)) {
                binder.problem(line, "sweep", "makes cell names such as '" + name + "' (" + name.length()
                        + " characters), but expected at most " + Names.MAX_LENGTH + "; give long values short labels:"
                        + " {label: value}");
                Set<String> all = new TreeSet<>(broken);
                axes.forEach(x -> all.add(x.key()));
                return new Grid(List.of(), List.of(), List.of(), all);
            }
            cells.add(new Cell(name, values));
            overlays.add(overlay);
            int a = axes.size() - 1;
            while (a >= 0 && ++index[a] == axes.get(a).values().size()) {
                index[a--] = 0;
            }
            if (a < 0) {
                return new Grid(axes, cells, overlays, broken);
            }
        }
    }

    /**
     * {@code model.width: 512} as {@code model: {width: 512}}, {@code model.parameters.rate: 0.1} as
     * {@code model: {parameters: {rate: 0.1}}}, with the value's line.
     */
    private static Mapping setting(Axis axis, YamlNode value) {
        List<String> parts = SweepSettings.path(axis.key());
        YamlNode node = value;
        int line = value.line();
        for (int i = parts.size() - 1; i >= 0; i--) {
            node = new Mapping(Map.of(parts.get(i), new YamlNode.Entry(line, node)), line);
            line = axis.line();
        }
        return (Mapping) node;
    }
}
