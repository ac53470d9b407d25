package dev.expolu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.ExperimentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/pytorch.md, "Reproducing a PyTorch result", shows real things: its YAML is a verbatim excerpt of the
 * pinned {@code seed-claim-ci.yaml} (which loads, with its reference runs), and its make-runs.sh
 * commands are those kept beside the runs they made.
 */
class PytorchDocsExamplesTest {

    static final Path ROOT = Path.of("..");
    static final Path EXPERIMENTS = ROOT.resolve("experiments/src/experiments");

    @Test
    void theYamlIsAnExcerptOfThePinnedExperiment() throws Exception {
        String experiment = Files.readString(EXPERIMENTS.resolve("seed-claim-ci.yaml"));
        List<String> blocks = blocks("yaml");
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            assertThat(experiment).as("seed-claim-ci.yaml").contains(block);
        }
        assertThat(ExperimentLoader.load(EXPERIMENTS.resolve("seed-claim-ci.yaml")).references().claims()).hasSize(2);
    }

    @Test
    void theCommandsAreThoseThatMadeTheRuns() throws Exception {
        String kept = Files.readString(EXPERIMENTS.resolve("reference/ci/README.md"));
        List<String> commands = blocks("sh").stream().flatMap(String::lines)
                .filter(l -> l.startsWith("tools/reference/make-runs.sh")).toList();
        assertThat(commands).hasSize(2);
        commands.forEach(c -> assertThat(kept).contains(c));
        assertThat(ROOT.resolve("tools/reference/make-runs.sh")).isExecutable();
    }

    /** The fenced blocks of a language in docs/pytorch.md. */
    private static List<String> blocks(String language) throws Exception {
        String page = Files.readString(ROOT.resolve("docs/pytorch.md"));
        assertThat(page).as("docs/pytorch.md").startsWith("# Reproducing a PyTorch result");
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(page);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
