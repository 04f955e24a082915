package dev.ackgen.generator.openapi;

import dev.ackgen.generator.spec.SourceLocator;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
