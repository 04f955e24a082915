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
     * parts are merged into one object (properties, required, rules). Nothing is reported: see
     * {@link #flattenAllOf(Schema, String)}.
     */
    Schema<?> flattenAllOf(Schema<?> schema) {
        return flattenAllOf(schema, null);
    }

    /**
     * {@link #flattenAllOf(Schema)}, reporting at the pointer of the schema (when not null) a
     * property that two parts give two types: an error naming both declarations, or, where one
     * type refines the other (an enum of strings and a string, a typed and an untyped value), a
     * warning and the narrower of the two. The properties of a merged schema remember where they
     * were declared ({@link #declaredAt}).
     */
    Schema<?> flattenAllOf(Schema<?> schema, String pointer) {
        List<Schema> parts = schema.getAllOf();
        if (parts == null || parts.isEmpty()) {
            return schema;
        }
        if (parts.size() == 1 && schema.getProperties() == null) {
            Schema<?> only = parts.get(0);
            if (only.get$ref() != null) {
                return only;
            }
            return flattenAllOf(only, pointer == null ? null : pointer + "/allOf/0");
        }
        Merge merge = new Merge(pointer);
        merge.add(schema, pointer == null ? "" : pointer, 0);
        MergedSchema merged = new MergedSchema(merge.pointers);
        merged.setType("object");
        merged.setDescription(schema.getDescription());
        merged.setDeprecated(schema.getDeprecated());
        merged.setProperties(merge.properties);
        merged.setRequired(merge.required.isEmpty() ? null : merge.required);
        merged.setExtensions(schema.getExtensions());
        return merged;
    }

    /** Where a property of this schema was declared: in an allOf part for a merged schema; else the fallback. */
    static String declaredAt(Schema<?> schema, String property, String fallback) {
        String at = schema instanceof MergedSchema merged ? merged.pointers.get(property) : null;
        return at == null ? fallback : at;
    }

    /** The object an {@code allOf} merges to, knowing where each of its properties was declared. */
    private static final class MergedSchema extends Schema<Object> {
        private final Map<String, String> pointers;

        MergedSchema(Map<String, String> pointers) {
            this.pointers = pointers; // where, not what: equality stays a Schema's
        }
    }

    /** A property two {@code allOf} parts declare with types that cannot be one. */
    record AllOfConflict(String pointer, String message, boolean error) {}

    /** The conflicts found so far, each once; taken by the model builder. */
    List<AllOfConflict> takeAllOfConflicts() {
        List<AllOfConflict> taken = List.copyOf(conflicts.values());
        conflicts.clear();
        return taken;
    }

    private final Map<String, AllOfConflict> conflicts = new LinkedHashMap<>();
    private final Set<String> reportedConflicts = new HashSet<>();

    /** The parts of one {@code allOf}, merged in order: a later declaration of a property replaces an earlier one. */
    private final class Merge {
        final String pointer;
        final Map<String, Schema> properties = new LinkedHashMap<>();
        final Map<String, String> pointers = new LinkedHashMap<>();
        final List<String> required = new ArrayList<>();

        Merge(String pointer) {
            this.pointer = pointer;
        }

        /** Adds a part's properties (its own allOf parts first, then its own properties). */
        void add(Schema<?> part, String at, int depth) {
            if (depth > 64) {
                return; // only a cycle goes this deep, and allOfCycles stops the run before any merge
            }
            Schema<?> resolved = part;
            String resolvedAt = at;
            if (part.get$ref() != null) {
                resolved = component(part.get$ref());
                resolvedAt = componentPointer(componentName(part.get$ref()));
                if (resolved == null) {
                    return;
                }
            }
            List<Schema> parts = resolved.getAllOf();
            if (parts != null) {
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i) != null) {
                        add(parts.get(i), resolvedAt + "/allOf/" + i, depth + 1);
                    }
                }
            }
            if (resolved.getProperties() != null) {
                for (Map.Entry<String, Schema> entry : resolved.getProperties().entrySet()) {
                    put(entry.getKey(), entry.getValue(), resolvedAt + "/properties/" + SourceLocator.escape(entry.getKey()));
                }
            }
            if (resolved.getRequired() != null) {
                required.addAll(resolved.getRequired());
            }
        }

        private void put(String name, Schema property, String at) {
            Schema earlier = properties.get(name);
            String earlierAt = pointers.get(name);
            if (earlier == null || earlier == property) {
                properties.put(name, property);
                pointers.put(name, at);
                return;
            }
            String before = kindOf(earlier, 0);
            String now = kindOf(property, 0);
            boolean keepEarlier = false;
            if (!before.equals(now)) {
                boolean refines = refines(before, now) || refines(now, before);
                keepEarlier = refines(before, now);
                if (pointer != null && reportedConflicts.add(at + " " + earlierAt)) {
                    String message = "the allOf at " + pointer + " gives the property " + name + " two types: " + describe(before) + " at " + earlierAt
                            + " and " + describe(now) + " at " + at;
                    conflicts.put(at + " " + earlierAt, refines
                            ? new AllOfConflict(at, message + "; the " + describe(keepEarlier ? before : now) + " is used", false)
                            : new AllOfConflict(at, message + ": declare it with one type", true));
                }
            }
            if (!keepEarlier) {
                properties.put(name, property); // where it was first declared, as before
                pointers.put(name, at);
            }
        }
    }

    /**
     * Whether a value of the narrow kind is always one of the wide kind, so that the narrow type
     * can stand for both: an enum of strings for a string, anything for an untyped value, an
     * integer for an int32 one, items and map values likewise.
     */
    private static boolean refines(String narrow, String wide) {
        if (narrow.equals(wide) || wide.equals("any")) {
            return true;
        }
        if (narrow.equals("enum") && wide.equals("string") || narrow.equals("integer") && wide.equals("integer (int32)")
                || narrow.equals("number") && wide.equals("number (float)")) {
            return true;
        }
        for (String container : List.of("array of ", "map of ")) {
            if (narrow.startsWith(container) && wide.startsWith(container)) {
                return refines(narrow.substring(container.length()), wide.substring(container.length()));
            }
        }
        return false;
    }

    private static String describe(String kind) {
        return kind.equals("any") ? "untyped value" : kind;
    }

    /** What Java type a schema becomes, in words: equal words, one type. */
    private String kindOf(Schema<?> schema, int depth) {
        if (schema == null || depth > 32) {
            return "any";
        }
        if (schema.get$ref() != null) {
            Schema<?> target = component(schema.get$ref());
            if (target == null) {
                return "any";
            }
            return isClass(target) ? "$ref " + schema.get$ref() : kindOf(target, depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Schema<?> flat = flattenAllOf(schema);
            return flat == schema ? "object" : kindOf(flat, depth + 1);
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return "any";
        }
        if (Schemas.isEnum(schema)) {
            return "enum";
        }
        if (Schemas.isObjectWithProperties(schema)) {
            return "object";
        }
        String type = Schemas.typeOf(schema);
        if (type == null) {
            return "any";
        }
        return switch (type) {
            case "array" -> "array of " + (schema.getItems() == null ? "any" : kindOf(schema.getItems(), depth + 1));
            case "object" -> schema.getAdditionalProperties() instanceof Schema<?> values ? "map of " + kindOf(values, depth + 1) : "any";
            case "integer" -> "int32".equals(schema.getFormat()) ? "integer (int32)" : "integer";
            case "number" -> "float".equals(schema.getFormat()) ? "number (float)" : "number";
            default -> type;
        };
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
