package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code mvn -X} shows of the executor: its options by name, never their values. */
class ExecutorSettingsTest {

    @Test
    void itsTextNamesTheOptionsAndLeavesTheirValuesOut() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("master", "spark://host:7077");
        options.put("conf", "spark.authenticate.secret=hunter2");

        String text = new ExecutorSettings("spark", options).toString();

        assertThat(text).isEqualTo("spark {master=(17 characters), conf=(33 characters)}").doesNotContain("hunter2");
        assertThat(ExecutorSettings.LOCAL.toString()).isEqualTo("local");
    }
}
