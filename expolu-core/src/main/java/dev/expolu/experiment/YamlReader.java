package dev.expolu.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that remember their lines. */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * @throws ExperimentException with the line of a syntax error or a duplicate key
     */
    static YamlNode read(Path file, String text) throws ExperimentException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ExperimentException(List.of(new Problem(file, 1, "", "the file is empty; expected a mapping")));
            }
            return node(file, parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            throw new ExperimentException(List.of(new Problem(file, line, "",
                    "is not valid YAML: " + yamlProblem(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ExperimentException(List.of(new Problem(file, 1, "", "cannot be read: " + e.getMessage())));
        }
    }

    private static YamlNode node(Path file, JsonParser parser) throws IOException, ExperimentException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    YamlNode value = node(file, parser);
                    if (entries.putIfAbsent(key, new YamlNode.Entry(keyLine, value)) != null) {
                        throw new ExperimentException(List.of(new Problem(file, keyLine, key,
                                "appears twice in the same mapping")));
                    }
                }
                return new YamlNode.Mapping(entries, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(file, parser));
                }
                return new YamlNode.Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), line);
            }
        }
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
