package dev.ackgen.generator.openapi;

import dev.ackgen.generator.spec.SourceLocator;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows local {@code $ref}s into {@code #/components} and flattens {@code allOf}: after it, a
 * schema is either a reference to a component class or a plain schema of its own. (swagger-parser
 * has already inlined references to other files.)
 */
// swagger-parser's API hands out raw Schema maps and lists (Map<String, Schema>); we only read them.
@SuppressWarnings("rawtypes")
final class RefResolver {
    private static final String SCHEMAS = "#/components/schemas/";

    private final OpenAPI openApi;

    RefResolver(OpenAPI openApi) {
        this.openApi = openApi;
    }

    /** The component schemas, in spec order. */
    Map<String, Schema> componentSchemas() {
        Components components = openApi.getComponents();
        return components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    /** Whether the reference is to a component schema, the only kind of schema reference ackgen follows. */
    static boolean isComponentRef(String ref) {
        return ref.startsWith(SCHEMAS);
    }

    /** The component schema a reference points to, or null. */
    Schema<?> component(String ref) {
        return isComponentRef(ref) ? componentSchemas().get(componentName(ref)) : null;
    }

    /** The component's name in a reference, JSON-pointer escapes undone. */
    static String componentName(String ref) {
        return isComponentRef(ref) ? ref.substring(SCHEMAS.length()).replace("~1", "/").replace("~0", "~") : ref;
    }

    /** Where a component schema is in the spec. */
    static String componentPointer(String name) {
        return "/components/schemas/" + SourceLocator.escape(name);
    }

    /** The component parameter a {@code $ref} names, or null. */
    Parameter parameter(String ref) {
        Components components = openApi.getComponents();
        return components == null || components.getParameters() == null ? null : components.getParameters().get(lastSegment(ref));
    }

    /** The component request body a {@code $ref} names, or null. */
    RequestBody requestBody(String ref) {
        Components components = openApi.getComponents();
        return components == null || components.getRequestBodies() == null ? null : components.getRequestBodies().get(lastSegment(ref));
    }

    /** The response itself, or the component response its {@code $ref} names (null when there is none). */
    ApiResponse response(ApiResponse response) {
        if (response == null || response.get$ref() == null) {
            return response;
        }
        Components components = openApi.getComponents();
        return components == null || components.getResponses() == null ? null : components.getResponses().get(lastSegment(response.get$ref()));
    }

    /** Whether a component schema becomes a class of its own (an object with properties, or a string enum). */
    boolean isClass(Schema<?> schema) {
        Schema<?> flat = schema.get$ref() == null ? flattenAllOf(schema) : schema;
        return flat.get$ref() == null && (Schemas.isObjectWithProperties(flat) || Schemas.isEnum(flat));
    }

    /**
     * {@code allOf: [X]} is how specs attach a description to a {@code $ref}: it is X. Several
     * parts are merged into one object (properties, required, rules).
     */
    Schema<?> flattenAllOf(Schema<?> schema) {
        List<Schema> parts = schema.getAllOf();
        if (parts == null || parts.isEmpty()) {
            return schema;
        }
        if (parts.size() == 1 && schema.getProperties() == null) {
            Schema<?> only = parts.get(0);
            if (only.get$ref() != null) {
                return only;
            }
            return flattenAllOf(only);
        }
        Schema<Object> merged = new Schema<>();
        merged.setType("object");
        merged.setDescription(schema.getDescription());
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Schema> all = new ArrayList<>(parts);
        all.add(schema);
        for (Schema part : all) {
            Schema<?> resolved = part.get$ref() != null ? component(part.get$ref()) : part;
            if (resolved == null) {
                continue;
            }
            resolved = resolved == part ? resolved : flattenAllOf(resolved);
            if (resolved.getProperties() != null) {
                properties.putAll(resolved.getProperties());
            }
            if (resolved.getRequired() != null) {
                required.addAll(resolved.getRequired());
            }
        }
        merged.setProperties(properties);
        merged.setRequired(required.isEmpty() ? null : required);
        merged.setExtensions(schema.getExtensions());
        return merged;
    }

    /**
     * A chain of {@code allOf} references that leads back to where it started, which {@link
     * #flattenAllOf} could never finish merging.
     *
     * @param pointer the {@code $ref} in the first component of the chain that starts it
     * @param names the components in order, the first repeated at the end
     */
    record AllOfCycle(String pointer, List<String> names) {
        String message() {
            return "allOf refers to itself through " + String.join(" -> ", names);
        }
    }

    /**
     * The {@code allOf} cycles among the component schemas, each once (reported at its member that
     * comes first in the spec), following {@code $ref}s the way {@link #flattenAllOf} does,
     * inline {@code allOf} parts included.
     */
    List<AllOfCycle> allOfCycles() {
        List<AllOfCycle> cycles = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Set<String> acyclic = new HashSet<>();
        for (Map.Entry<String, Schema> entry : componentSchemas().entrySet()) {
            if (reported.contains(entry.getKey()) || entry.getValue() == null) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(entry.getKey()));
            Set<String> seen = new HashSet<>(path);
            AllOfCycle cycle = allOfCycle(entry.getValue(), componentPointer(entry.getKey()), path, null, seen, acyclic);
            if (cycle != null) {
                cycles.add(cycle);
                reported.addAll(cycle.names());
            } else {
                acyclic.add(entry.getKey());
            }
        }
        return cycles;
    }

    /** The cycle back to path's first component from this schema, or null; firstRef is the pointer of its first step. */
    private AllOfCycle allOfCycle(Schema<?> schema, String pointer, List<String> path, String firstRef, Set<String> seen, Set<String> acyclic) {
        List<Schema> parts = schema.getAllOf();
        if (parts == null) {
            return null;
        }
        for (int i = 0; i < parts.size(); i++) {
            Schema<?> part = parts.get(i);
            if (part == null) {
                continue;
            }
            String partPointer = pointer + "/allOf/" + i;
            if (part.get$ref() == null) {
                AllOfCycle cycle = allOfCycle(part, partPointer, path, firstRef, seen, acyclic);
                if (cycle != null) {
                    return cycle;
                }
                continue;
            }
            Schema<?> target = component(part.get$ref());
            String name = componentName(part.get$ref());
            if (target == null || acyclic.contains(name)) {
                continue;
            }
            String step = firstRef == null ? partPointer + "/$ref" : firstRef;
            if (name.equals(path.get(0))) {
                List<String> names = new ArrayList<>(path);
                names.add(name);
                return new AllOfCycle(step, names);
            }
            if (!seen.add(name)) {
                continue; // explored already from this start (a cycle not through it is reported from one of its own)
            }
            path.add(name);
            AllOfCycle cycle = allOfCycle(target, componentPointer(name), path, step, seen, acyclic);
            path.remove(path.size() - 1);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
