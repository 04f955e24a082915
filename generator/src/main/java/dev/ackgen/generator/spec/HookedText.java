package dev.ackgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec's text as the hooks (overlays, extensions) leave it: what swagger-parser parses, and what
 * a build's incremental check must look for {@code $ref}s in. Reads no swagger-parser type, so the
 * check of an up-to-date build loads no parser.
 */
public final class HookedText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HookedText() {}

    /**
     * The spec's text after the hook changed its tree, as JSON; the original text if the hook is
     * {@link SpecTreeHook#NONE} or changed nothing (then it is parsed exactly as without hooks).
     *
     * @throws SpecException if the text is not an object, or the hook reports problems
     */
    public static String of(SpecSource source, SourceLocator locator, SpecTreeHook hook) throws SpecException {
        if (hook == SpecTreeHook.NONE) {
            return source.text();
        }
        JsonNode tree;
        try {
            tree = (source.text().stripLeading().startsWith("{") ? JSON : YamlReading.mapper()).readTree(source.text());
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(source.name(), 0, "", "not well-formed YAML or JSON: " + e.getMessage())));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new SpecException(List.of(new SpecProblem(source.name(), 1, "", "a spec must be a YAML or JSON object")));
        }
        ObjectNode original = object.deepCopy();
        hook.apply(object, locator);
        if (object.equals(original)) {
            return source.text();
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(source.name(), 0, "", "cannot write the changed spec: " + e.getMessage())));
        }
    }

    /**
     * The files the spec references through {@code $ref}, transitively, as a run with this hook
     * (the overlays, say) reads them, each checked as {@link ExternalRefs} checks them.
     *
     * @throws SpecException if the spec, the hook or a ref is refused, located
     */
    public static List<Path> referencedFiles(SpecSource source, SpecTreeHook hook) throws SpecException {
        SourceLocator locator = SourceLocator.of(source.name(), source.text());
        return ExternalRefs.check(source, locator, of(source, locator, hook));
    }
}
