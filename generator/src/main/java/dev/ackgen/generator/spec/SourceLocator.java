package dev.ackgen.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Knows on which line of a spec file each JSON pointer starts, so problems can name a line.
 * swagger-parser keeps no positions; one extra streaming pass over the file is cheap.
 */
public final class SourceLocator {
    private final Map<String, Integer> lines;

    private SourceLocator(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /**
     * Reads the text's structure.
     *
     * @throws SpecException if the text is not well-formed YAML or JSON, naming the line
     */
    public static SourceLocator of(String file, String text) throws SpecException {
        Map<String, Integer> lines = new HashMap<>();
        // JSON is YAML, but YAML forgives what JSON does not (trailing commas, comments): a document
        // that looks like JSON is read as strict JSON, so its errors get their lines here.
        boolean json = text.stripLeading().startsWith("{");
        try (JsonParser parser = json ? new JsonFactory().createParser(text) : YAMLFactory.builder().build().createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            JsonToken token;
            int keyLine = 0;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    // A member starts on its key's line; in YAML a block value starts lines later.
                    keyLine = line(parser.currentTokenLocation());
                    continue;
                }
                if (token.isStructEnd()) {
                    path.pop();
                    indexes.pop();
                    continue;
                }
                String parent = path.isEmpty() ? null : path.peek();
                String pointer;
                int memberLine = 0;
                if (parent == null) {
                    pointer = "";
                } else if (!indexes.isEmpty() && indexes.peek() >= 0) {
                    int index = indexes.pop();
                    indexes.push(index + 1);
                    pointer = parent + "/" + index;
                } else {
                    pointer = parent + "/" + escape(parser.currentName());
                    memberLine = keyLine;
                }
                lines.putIfAbsent(pointer, memberLine > 0 ? memberLine : line(parser.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT) {
                    path.push(pointer);
                    indexes.push(-1);
                } else if (token == JsonToken.START_ARRAY) {
                    path.push(pointer);
                    indexes.push(0);
                }
            }
        } catch (StreamReadException e) {
            JsonLocation location = e.getLocation();
            throw new SpecException(List.of(new SpecProblem(
                    file, location == null ? 0 : location.getLineNr(), "", "not well-formed YAML or JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(file, 0, "", "cannot read: " + e.getMessage())));
        }
        return new SourceLocator(lines);
    }

    /**
     * The line on which the node at this pointer starts; for a pointer to a node that does not
     * exist (a missing member), the line of its nearest existing ancestor; 0 if none is known.
     */
    public int line(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int slash = current.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            current = current.substring(0, slash);
        }
    }

    /** Escapes one pointer segment (RFC 6901). */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
