package dev.ackgen.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows on which line of a spec file each JSON pointer starts, so problems can name a line.
 * swagger-parser keeps no positions; one extra streaming pass over the file is cheap.
 */
public final class SourceLocator {
    /**
     * How deep collections may nest in YAML: swagger-parser's SnakeYAML refuses deeper documents
     * ("Nesting Depth exceeded max 50") without saying where.
     */
    public static final int YAML_NESTING_LIMIT = 50;
    /** A media type object's place: under a {@code content} map of a response, request body, parameter or header. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^/(paths/[^/]+/[^/]+|components/(responses|requestBodies|parameters|headers)/[^/]+)(/[^/]+)*/content/[^/]+$");
    /** A server's variables map, or one variable: objects, which swagger-parser casts without looking. */
    private static final Pattern SERVER_VARIABLE = Pattern.compile("^/servers/\\d+/variables(/[^/]+)?$");
    /** Segments below which any value is the user's data (examples, extensions), not OpenAPI. */
    private static final Pattern DATA = Pattern.compile("/(example|examples|default|enum|const|x-[^/]*)(/|$)");
    /** A member named by the user, not an OpenAPI keyword: a property named {@code $ref}. */
    private static final Pattern NAMED_MEMBER = Pattern.compile("/(properties|patternProperties)/[^/]+$");
    /** Segments below which a {@code content} member is a schema's property, not a media type map. */
    private static final Pattern IN_SCHEMA = Pattern.compile("/(schema|schemas|properties|items|allOf|anyOf|oneOf|not|additionalProperties)(/|$)");

    private final Map<String, Integer> lines;
    private final List<SpecProblem> unreadable;

    private SourceLocator(Map<String, Integer> lines, List<SpecProblem> unreadable) {
        this.lines = lines;
        this.unreadable = List.copyOf(unreadable);
    }

    /**
     * What swagger-parser cannot read, though the text is well-formed, each located: a {@code $ref}
     * that is not a string, a media type that is not an object, in JSON a number beyond a double's
     * range, in YAML collections nested deeper than {@link #YAML_NESTING_LIMIT}. swagger-parser
     * fails on these with internal texts (a ClassCastException's message, "Character I is neither a
     * decimal digit ...") or a wrong location; the spec loader reports these instead.
     */
    public List<SpecProblem> unreadable() {
        return unreadable;
    }

    /**
     * Reads the text's structure.
     *
     * @throws SpecException if the text is not well-formed YAML or JSON, naming the line
     */
    public static SourceLocator of(String file, String text) throws SpecException {
        Map<String, Integer> lines = new HashMap<>();
        List<SpecProblem> unreadable = new ArrayList<>();
        boolean tooDeep = false;
        // JSON is YAML, but YAML forgives what JSON does not (trailing commas, comments): a document
        // that looks like JSON is read as strict JSON, so its errors get their lines here.
        boolean json = text.stripLeading().startsWith("{");
        try (JsonParser parser = json ? new JsonFactory().createParser(text) : YamlReading.factory().createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            YamlAliases aliases = new YamlAliases();
            JsonToken token;
            int keyLine = 0;
            while ((token = nextToken(parser, file, path)) != null) {
                if (path.isEmpty() && token != JsonToken.START_OBJECT) {
                    // A scalar or a list cannot be a spec; swagger-parser's message would quote it.
                    throw new SpecException(List.of(new SpecProblem(file, line(parser.currentTokenLocation()), "",
                            "the document must be a YAML mapping or a JSON object, not " + kind(token))));
                }
                if (token == JsonToken.FIELD_NAME) {
                    // A member starts on its key's line; in YAML a block value starts lines later.
                    keyLine = line(parser.currentTokenLocation());
                    continue;
                }
                if (token.isStructEnd()) {
                    path.pop();
                    indexes.pop();
                    aliases.end(path.size());
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
                int line = memberLine > 0 ? memberLine : line(parser.currentTokenLocation());
                lines.putIfAbsent(pointer, line);
                if (parser instanceof YAMLParser yaml
                        && !aliases.node(yaml.isCurrentAlias() ? yaml.getText() : yaml.getObjectId(), yaml.isCurrentAlias(),
                                token.isStructStart(), path.size())) {
                    throw new SpecException(List.of(new SpecProblem(file, line, pointer, "YAML aliases here expand the document by more"
                            + " than " + YamlAliases.LIMIT + " nodes (nested anchors and aliases, a \"billion laughs\")")));
                }
                if (pointer.endsWith("/$ref") && token != JsonToken.VALUE_STRING && !DATA.matcher(pointer).find()
                        && !NAMED_MEMBER.matcher(pointer).find()) {
                    unreadable.add(new SpecProblem(file, line, pointer, "$ref must be a string, not " + kind(token)));
                }
                // The cheap tests first: the patterns cannot match a node whose parent is not named so.
                if (token != JsonToken.START_OBJECT && parent != null && parent.endsWith("/content") && MEDIA_TYPE.matcher(pointer).matches()
                        && !IN_SCHEMA.matcher(pointer).find() && !DATA.matcher(pointer).find()) {
                    unreadable.add(new SpecProblem(file, line, pointer, "a media type must be an object, not " + kind(token)));
                }
                if (token != JsonToken.START_OBJECT && parent != null && parent.startsWith("/servers/") && SERVER_VARIABLE.matcher(pointer).matches()) {
                    unreadable.add(new SpecProblem(file, line, pointer,
                            (pointer.endsWith("/variables") ? "a server's variables" : "a server variable") + " must be an object, not " + kind(token)));
                }
                if (json && token == JsonToken.VALUE_NUMBER_FLOAT && Double.isInfinite(parser.getDoubleValue())) {
                    unreadable.add(new SpecProblem(file, line, pointer,
                            "the number " + parser.getText() + " is beyond the range of a double (at most about 1.8e308)"));
                }
                if (token == JsonToken.START_OBJECT) {
                    path.push(pointer);
                    indexes.push(-1);
                } else if (token == JsonToken.START_ARRAY) {
                    path.push(pointer);
                    indexes.push(0);
                }
                if (!json && !tooDeep && path.size() > YAML_NESTING_LIMIT && token.isStructStart()) {
                    tooDeep = true; // once: the first collection too deep says it
                    unreadable.add(new SpecProblem(file, line, pointer,
                            "YAML nested more than " + YAML_NESTING_LIMIT + " levels deep (the most the YAML reader allows)"));
                }
            }
        } catch (StreamReadException e) {
            JsonLocation location = e.getLocation();
            throw new SpecException(List.of(new SpecProblem(
                    file, location == null ? 0 : location.getLineNr(), "", "not well-formed YAML or JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(file, 0, "", "cannot read: " + e.getMessage())));
        }
        if (lines.isEmpty()) {
            throw new SpecException(List.of(new SpecProblem(file, 0, "", "the document is empty")));
        }
        return new SourceLocator(lines, unreadable);
    }

    /** Jackson's words on a read limit: {@code Name length (66975) exceeds the maximum allowed (50000, from ...)}. */
    private static final Pattern READ_LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /**
     * The next token; a read limit of Jackson's (a member name of more than 50,000 characters, a
     * string of more than 20,000,000, nesting deeper than 1,000 levels) is a problem at the line
     * the parser stopped on and the pointer of the object or array it was reading.
     */
    private static JsonToken nextToken(JsonParser parser, String file, Deque<String> path) throws IOException, SpecException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Matcher limit = READ_LIMIT.matcher(original);
            String message;
            if (limit.find()) {
                String what = switch (limit.group(1)) {
                    case "Name length" -> "a member's name is " + limit.group(2) + " characters long or more";
                    case "String value length" -> "a string is " + limit.group(2) + " characters long or more";
                    case "Number value length" -> "a number is " + limit.group(2) + " digits long or more";
                    case "Document nesting depth" -> "the document nests more than " + limit.group(3) + " levels deep";
                    default -> limit.group(1).toLowerCase(Locale.ROOT) + " is " + limit.group(2) + " or more";
                };
                message = what + ", more than the " + limit.group(3) + " the JSON reader allows";
            } else {
                message = "more than the JSON reader allows: " + original;
            }
            String pointer = path.isEmpty() ? "" : path.peek();
            throw new SpecException(List.of(new SpecProblem(file, line(parser.currentLocation()), pointer, message)));
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a string";
        };
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
