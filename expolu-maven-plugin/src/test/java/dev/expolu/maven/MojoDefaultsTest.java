package dev.expolu.maven;

import static dev.expolu.maven.PluginDocsTest.child;
import static dev.expolu.maven.PluginDocsTest.children;
import static dev.expolu.maven.PluginDocsTest.mojo;
import static dev.expolu.maven.PluginDocsTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.TrainRequest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A Mojo's {@code @Parameter(defaultValue = ...)} must be a constant, so the plugin cannot ask the
 * core for its defaults at run time: the Mojos name the core's {@link Defaults} constants, and this
 * holds what the generated descriptor gives ({@code plugin.xml}: what Maven injects and
 * {@code expolu:help} shows) to the core's request and to those constants, so that no settable
 * parameter keeps a default of its own.
 */
class MojoDefaultsTest {

    /** Each settable parameter with a default, and the core's text of it. */
    static final Map<String, String> CORE = Map.ofEntries(
            Map.entry("experimentsDirectory", "${project.basedir}/" + Defaults.EXPERIMENTS_FOLDER),
            Map.entry("recordsDirectory", "${project.build.directory}/" + Defaults.RECORDS_FOLDER),
            Map.entry("reportsDirectory", "${project.build.directory}/" + Defaults.REPORTS_FOLDER),
            Map.entry("skip", Defaults.SKIP),
            Map.entry("haltOnFailure", Defaults.HALT_ON_FAILURE),
            Map.entry("threads", Defaults.THREADS),
            Map.entry("progressSeconds", Defaults.PROGRESS_SECONDS),
            Map.entry("lock", Defaults.LOCK),
            Map.entry("cache", Defaults.CACHE),
            Map.entry("fork", Defaults.FORK),
            Map.entry("executor", Defaults.EXECUTOR),
            Map.entry("sparkTimeoutSeconds", Defaults.SPARK_TIMEOUT_SECONDS),
            Map.entry("sparkGpuBatch", Defaults.SPARK_GPU_BATCH));

    @Test
    void theTrainGoalsDefaultsAreTheCoresRequest() throws Exception {
        Map<String, String> defaults = defaults("train");
        TrainRequest core = TrainRequest.builder(Path.of("src/experiments")).build();
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(defaults.get("threads")).as("expolu.threads").isEqualTo(String.valueOf(core.threads()));
        softly.assertThat(defaults.get("progressSeconds")).as("expolu.progressSeconds")
                .isEqualTo(String.valueOf(core.progressInterval().toSeconds()));
        softly.assertThat(defaults.get("lock")).as("expolu.lock")
                .isEqualTo(core.lockMode().name().toLowerCase(Locale.ROOT));
        softly.assertThat(defaults.get("executor")).as("expolu.executor").isEqualTo(core.executor().name());
        softly.assertThat(defaults.get("recordsDirectory")).as("expolu.recordsDirectory")
                .isEqualTo(inBuildDirectory(core.recordsDirectory()));
        softly.assertThat(defaults.get("reportsDirectory")).as("expolu.reportsDirectory")
                .isEqualTo(inBuildDirectory(core.reportsDirectory()));
        softly.assertThat(defaults.get("cache")).as("expolu.cache")
                .isEqualTo(String.valueOf(Defaults.cacheDirectory().isPresent()));
        softly.assertAll();
    }

    @Test
    void everySettableParametersDefaultIsTheCores() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Class<? extends AbstractExpoluMojo> type : PluginDocsTest.GOALS) {
            String goal = PluginDocsTest.goal(type);
            Map<String, String> defaults = defaults(goal);
            PluginDocsTest.parameters(type).values().stream().filter(p -> !p.readonly() && p.defaultValue() != null)
                    .forEach(p -> softly.assertThat(defaults.get(p.name())).as("expolu:%s %s's default in plugin.xml"
                            + " against the core's (MojoDefaultsTest.CORE)", goal, p.name())
                            .isNotNull().isEqualTo(CORE.get(p.name())));
        }
        softly.assertAll();
    }

    /** {@code target/expolu} as the Mojo's default writes it: {@code ${project.build.directory}/expolu}. */
    static String inBuildDirectory(Path path) {
        assertThat(path.getName(0).toString()).isEqualTo(Defaults.BUILD_FOLDER);
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
