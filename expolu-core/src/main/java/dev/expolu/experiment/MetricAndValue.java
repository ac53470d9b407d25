package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import java.util.Optional;
import java.util.Set;

/**
 * {@code {metric: NAME, value: V}}, as {@code roundsTo}, {@code rate}'s {@code reached} and
 * {@code agree} write a value of a named curve: both keys there and nothing else, their nodes for the
 * caller to read.
 */
record MetricAndValue(YamlNode metric, YamlNode value) {

    /**
     * The two nodes of {@code to}; empty, with the problem, where one is missing.
     *
     * @param example what the message offers, such as "{metric: accuracy, value: 0.9}"
     */
    static Optional<MetricAndValue> read(Binder binder, Mapping to, String path, String example) {
        binder.allowOnly(to, path, Set.of("metric", "value"));
        Optional<YamlNode> metric = binder.value(to, "metric");
        Optional<YamlNode> value = binder.value(to, "value");
        if (metric.isEmpty() || value.isEmpty()) {
            binder.problem(to.line(), path + (metric.isEmpty() ? ".metric" : ".value"), "is missing; expected "
                    + example);
            return Optional.empty();
        }
        return Optional.of(new MetricAndValue(metric.get(), value.get()));
    }
}
