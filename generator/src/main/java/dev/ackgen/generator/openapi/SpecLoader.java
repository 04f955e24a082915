package dev.ackgen.generator.openapi;

import dev.ackgen.generator.spec.ExternalRefs;
import dev.ackgen.generator.spec.HookedText;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.SpecTreeHook;
import dev.ackgen.generator.spec.YamlReading;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OpenAPI 3 spec (YAML or JSON) with swagger-parser and reports everything wrong with it
 * at once, each problem with the file, the line where known, and the JSON pointer.
 */
public final class SpecLoader {
    /** swagger-parser says where with dotted paths: {@code attribute paths.'/x'(post).foo is missing}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute ([^ ]+)");
    /** ... and names components it rejects: {@code components.schemas.Schema name my type doesn't adhere ...}. */
    private static final Pattern COMPONENT_NAME = Pattern.compile("components\\.(\\w+)\\.\\w+ name (.+?) doesn't adhere");
    /** ... or starts with one: {@code paths.'/a'(post).requestBody.content.'application/json'.schema.multipleOf value must be > 0}. */
    private static final Pattern LEADING_PATH = Pattern.compile("^((?:paths|components|webhooks|servers|info|tags|security)[.(][^ ]*) ");
    /** Parse errors carry Jackson's location: {@code [Source: ...; line: 5, column: 1]}. */
    private static final Pattern LINE = Pattern.compile("line: (\\d+)");

    /**
     * swagger-parser's texts that are not about the spec but about its own failure: an exception's
     * message, SnakeYAML's nesting limit. They say neither where nor, in the spec's terms, what.
     */
    private static final Pattern INTERNAL = Pattern.compile(
            "cannot be cast to|is neither a decimal digit|Cannot invoke \"|because \"|Nesting Depth exceeded|Exception");
    /** swagger-parser's word on a non-string {@code $ref}, at the enclosing schema rather than the {@code $ref}. */
    private static final Pattern REF_NOT_STRING = Pattern.compile("\\$ref is not of type `string`");

    /** swagger-parser's word on a server without url, which does not say which server. */
    private static final String SERVER_URL_MISSING = "attribute .servers.url is missing";


    static {
        // swagger-parser reads YAML with SnakeYAML's 3 Mi code point limit unless told otherwise (a
        // process-wide option it reads from system properties once): ackgen's own bound applies.
        DeserializationUtils.getOptions().setMaxYamlCodePoints(YamlReading.MAX_CODE_POINTS);
    }

    private SpecLoader() {}

    public static LoadedSpec load(Path file) throws SpecException {
        return load(SpecSource.read(file), SpecTreeHook.NONE);
    }

    /**
     * Parses the spec, first letting the hook change its tree (when it is not {@link
     * SpecTreeHook#NONE}). Relative {@code $ref}s resolve against the source's location; the
     * files they name are checked first ({@link ExternalRefs}), and a spec whose refs leave its
     * ref roots, or name a URL, is refused before swagger-parser reads any of them.
     */
    public static LoadedSpec load(SpecSource source, SpecTreeHook hook) throws SpecException {
        String name = source.name();
        SourceLocator locator = SourceLocator.of(name, source.text());
        String text = HookedText.of(source, locator, hook);
        // Before swagger-parser reads anything: it reads only the files this let through (and the
        // tree the hooks left, which may have gained $refs from an overlay).
        ExternalRefs.check(source, locator, text);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options, source.location().toString());
        // What swagger-parser cannot read it fails on with internal texts or a wrong place: the
        // locator's own pass found those, located, and they replace its texts.
        List<SpecProblem> problems = new ArrayList<>(locator.unreadable());
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                if (message.equals(SERVER_URL_MISSING)) {
                    continue; // the model builder says which server, at /servers/<index>/url
                }
                if (!locator.unreadable().isEmpty() && (INTERNAL.matcher(message).find() || REF_NOT_STRING.matcher(message).find())) {
                    continue;
                }
                String pointer = pointerOf(message);
                // An internal text names JVM classes, not the spec: say what it means instead.
                String said = INTERNAL.matcher(message).find()
                        ? "swagger-parser cannot read the spec: a member holds a value of the wrong JSON type (a string, number"
                                + " or list where OpenAPI requires an object, or the other way round); check the members changed last"
                        : message;
                problems.add(new SpecProblem(name, lineOf(message, pointer, locator), pointer, said));
            }
        }
        if (!locator.unreadable().isEmpty() && result.getOpenAPI() == null) {
            throw new SpecException(problems); // not "not an OpenAPI 3 document": it is one swagger-parser could not read
        }
        if (result.getOpenAPI() != null && result.getOpenAPI().getOpenapi() != null && result.getOpenAPI().getOpenapi().startsWith("3.")) {
            // swagger-parser could build a model: let the model builder add its own problems to these.
            return new LoadedSpec(result.getOpenAPI(), name, locator, problems);
        }
        if (result.getOpenAPI() == null) {
            problems.add(new SpecProblem(name, 0, "", "not an OpenAPI 3 document"));
        } else if (result.getOpenAPI().getOpenapi() == null || !result.getOpenAPI().getOpenapi().startsWith("3.")) {
            problems.add(new SpecProblem(name, locator.line("/openapi"), "/openapi", "ackgen reads OpenAPI 3.0 and 3.1 documents only"));
        }
        throw new SpecException(problems);
    }

    /** The line of a problem: of its pointer when it has one, else the line the message names, else 0. */
    private static int lineOf(String message, String pointer, SourceLocator locator) {
        if (!pointer.isEmpty()) {
            return locator.line(pointer);
        }
        Matcher line = LINE.matcher(message);
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }

    /** Turns swagger-parser's dotted attribute path into a JSON pointer, or "" when there is none. */
    static String pointerOf(String message) {
        Matcher component = COMPONENT_NAME.matcher(message);
        if (component.find()) {
            return "/components/" + component.group(1) + "/" + SourceLocator.escape(component.group(2));
        }
        Matcher matcher = ATTRIBUTE.matcher(message);
        Matcher leading = LEADING_PATH.matcher(message);
        String path;
        if (matcher.find()) {
            path = matcher.group(1);
        } else if (leading.find()) {
            path = leading.group(1);
        } else {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '\'') {
                int end = path.indexOf('\'', i + 1);
                end = end < 0 ? path.length() : end;
                pointer.append('/').append(SourceLocator.escape(path.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '(') {
                int end = path.indexOf(')', i);
                end = end < 0 ? path.length() : end;
                pointer.append('/').append(path, i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '(' && path.charAt(end) != '\'') {
                    end++;
                }
                pointer.append('/').append(SourceLocator.escape(path.substring(i, end)));
                i = end;
            }
        }
        return pointer.toString();
    }
}
