package dev.expolu.experiment;

import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document with SnakeYAML's parser into {@link YamlNode}s that remember their lines,
 * aliases resolved by {@link YamlTree}.
 */
final class YamlReader {

    private YamlReader() {
    }

    /**
     * @throws ExperimentException with the line of a syntax error, a duplicate key, an alias that cannot
     *                             stand for a value, or a second document
     */
    static YamlNode read(Path file, String text) throws ExperimentException {
        try {
            Parser parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
            parser.getEvent(); // the stream's start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                throw refused(file, 1, "", "the file is empty; expected a mapping");
            }
            parser.getEvent(); // the document's start
            YamlNode root = new YamlTree(file, parser).root();
            parser.getEvent(); // the document's end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw refused(file, parser.peekEvent().getStartMark().getLine() + 1, "",
                        "holds a second YAML document; expected one document, whose values are read");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw refused(file, at == null ? 1 : at.getLine() + 1, "", "is not valid YAML: " + yamlProblem(e.getMessage()));
        } catch (YAMLException e) {
            throw refused(file, 1, "", "is not valid YAML: " + yamlProblem(e.getMessage()));
        }
    }

    static ExperimentException refused(Path file, int line, String key, String message) {
        return new ExperimentException(List.of(new Problem(file, line, key, message)));
    }

    /**
     * "while parsing a flow mapping; expected ',' or '}', but got <scalar>": SnakeYAML's lines that say
     * what it was doing and what it expected, without the quoted snippet and its positions.
     */
    static String yamlProblem(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).toList());
    }
}
