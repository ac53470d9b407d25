package dev.expolu.maven;

import static dev.expolu.maven.PluginDocsTest.child;
import static dev.expolu.maven.PluginDocsTest.children;
import static dev.expolu.maven.PluginDocsTest.mojo;
import static dev.expolu.maven.PluginDocsTest.xml;

import dev.expolu.execution.TrainRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A Mojo's {@code @Parameter(defaultValue = ...)} must be a constant, so the plugin cannot read its
 * defaults from the core at run time: this holds each default the generated descriptor gives
 * ({@code plugin.xml}, what Maven uses and {@code expolu:help} shows) to the core's own.
 */
class MojoDefaultsTest {

    @Test
    void theTrainGoalsDefaultsAreTheCores() throws Exception {
        Map<String, String> defaults = defaults("train");
        TrainRequest core = TrainRequest.builder(Path.of("src/experiments")).build();
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(defaults.get("threads")).as("expolu.threads").isEqualTo(String.valueOf(core.threads()));
        softly.assertThat(defaults.get("progressSeconds")).as("expolu.progressSeconds")
                .isEqualTo(String.valueOf(core.progressInterval().toSeconds()));
        softly.assertThat(defaults.get("lock")).as("expolu.lock")
                .isEqualTo(core.lockMode().name().toLowerCase(java.util.Locale.ROOT));
        softly.assertThat(defaults.get("executor")).as("expolu.executor").isEqualTo(core.executor().name());
        softly.assertThat(defaults.get("recordsDirectory")).as("expolu.recordsDirectory")
                .isEqualTo(inBuildDirectory(core.recordsDirectory()));
        softly.assertThat(defaults.get("reportsDirectory")).as("expolu.reportsDirectory")
                .isEqualTo(inBuildDirectory(core.reportsDirectory()));
        softly.assertAll();
    }

    /** {@code target/expolu} as the Mojo's default writes it: {@code ${project.build.directory}/expolu}. */
    static String inBuildDirectory(Path path) {
        return "${project.build.directory}/" + path.subpath(1, path.getNameCount()).toString().replace('\\', '/');
    }

    /** Each parameter's default-value in the descriptor, by name; parameters without one left out. */
    static Map<String, String> defaults(String goal) throws Exception {
        Map<String, String> defaults = new TreeMap<>();
        for (Element e : children(child(mojo(xml("META-INF/maven/plugin.xml"), goal), "configuration"))) {
            if (e.hasAttribute("default-value")) {
                defaults.put(e.getTagName(), e.getAttribute("default-value"));
            }
        }
        return defaults;
    }
}
