package dev.expolu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a front page, not the manual: it stays short, and every page it and the docs link to
 * exists. Links are Markdown's {@code [text](target)} and {@code ![alt](target)} outside code; a
 * target's {@code #anchor} is not checked, nor are links off the repository ({@code https:}).
 */
class DocsLinksTest {

    static final Path ROOT = Path.of("..");

    /** About a Maven plugin's front page: a quick start, two commands, the modules, the links. */
    static final int README_MOST_LINES = 250;

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");

    @Test
    void theReadmeIsAFrontPage() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md")).size()).as("README.md's lines")
                .isLessThanOrEqualTo(README_MOST_LINES);
    }

    @Test
    void everyRelativeLinkOfTheDocsNamesAFileThatExists() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/experiment-file.md"),
                ROOT.resolve("benchmarks/README.md"));
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            for (Link link : links(page)) {
                links++;
                if (!Files.exists(page.getParent().resolve(link.path()))) {
                    broken.add(ROOT.relativize(page) + ":" + link.line() + ": " + link.target()
                            + " names no file of the repository");
                }
            }
        }
        assertThat(links).as("links read").isGreaterThan(40);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void aLinkIsReadWithItsLineAndWithoutItsAnchorAndNotInCode() {
        String page = "intro\nsee [the file](docs/a.md#keys) and ![a picture](b.png)\n"
                + "`[not](code.md)`\n```\n[nor](fenced.md)\n```\n[off](https://example.org) [here](#top)\n"
                + "[text over\ntwo lines](c.md)\n";
        assertThat(links(page)).containsExactly(new Link(2, "docs/a.md#keys"), new Link(2, "b.png"),
                new Link(8, "c.md"));
        assertThat(new Link(2, "docs/a.md#keys").path()).isEqualTo("docs/a.md");
    }

    /** The README, the CHANGELOG, every page under docs/ and benchmarks/README.md. */
    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("benchmarks/README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static List<Link> links(Path page) throws IOException {
        return links(Files.readString(page));
    }

    /** The relative links of a page, code blanked out first (keeping its lines, so lines count true). */
    static List<Link> links(String page) {
        String text = blank(INLINE_CODE, blank(FENCED, page));
        List<Link> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (!target.startsWith("#") && !target.matches("[a-z]+:.*")) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                links.add(new Link(line, target));
            }
        }
        return links;
    }

    private static String blank(Pattern code, String text) {
        Matcher m = code.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        return m.appendTail(out).toString();
    }

    /** A link's target as written, and the line it stands on. */
    record Link(int line, String target) {

        /** The file it names: the target without its anchor. */
        String path() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }
    }
}
