package dev.ackgen.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Turns a valid spec into a hostile one, reproducibly from a seed: the kinds of input a user's
 * spec (or a vendor's) really holds that once broke generators. Names that are Java keywords or
 * java.lang types, that differ only in case or separator, that start with digits or hold other
 * scripts, or that are very long; constraint keywords on types they do not fit; types changed;
 * {@code allOf} and {@code $ref} cycles and dangling references; text with comment ends, line
 * separators and huge sizes; enum values that collide; nodes removed; external {@code $ref}s to
 * files outside the spec's directory, devices, URLs and missing files. Each mutation edits the
 * tree in place; a case applies one to three.
 */
final class SpecMutator {
    static final List<String> HOSTILE_NAMES = List.of(
            "class", "String", "Object", "getClass", "Builder", "Value", "JsonWriter", "2fa", "_", "$", "ça va", "名字",
            "a".repeat(300), "Name", "NAME", "a b", "a-b", "a_b", "AutoCloseable", "serialVersionUID", "toString",
            "hashCode", "builder", "additionalProperties", "null", "true", "List", "Map", "Objects", "Violation",
            "UNKNOWN", "VALUES", "close", "text", "that", "other", "x".repeat(80) + "Y".repeat(80), "Paging", "Pet", "");
    private static final List<String> HOSTILE_TEXTS = List.of(
            "ends a comment */ and opens one /*", "line\u2028separator\u2029paragraph", "back\\slash \"quoted\" $T $L $S",
            "tab\there\r\nnew line", "x".repeat(70_000), "名字 and ⚠ and \uD83D\uDE00", "<b>html</b> & {@code x}", "\u0000nul");
    private static final List<String> CONSTRAINTS = List.of(
            "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minItems", "maxItems", "uniqueItems", "format", "enum", "default", "multipleOf", "x-ackgen-min-character-classes");
    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "array", "object", "null", "objekt");
    /**
     * External refs a generator must refuse without reading: a file outside the spec's directory
     * (whose lines must never appear in a message), a device that never ends, a walk up out of it,
     * a URL (never fetched: nothing listens on port 9), a file that does not exist.
     */
    static final List<String> HOSTILE_REFS = List.of(
            "/etc/passwd#/x", "/dev/zero", "../../../../etc/hostname", "http://127.0.0.1:9/x.yaml", "missing.yaml#/A");
    /** Members whose values are data, not OpenAPI: a {@code $ref} there is not a reference. */
    private static final java.util.regex.Pattern DATA = java.util.regex.Pattern.compile("^(example|examples|default|enum|const|x-.*)$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    SpecMutator(long seed) {
        this.random = new Random(seed);
    }

    /** The names of the mutations applied so far, for the report of a failing case. */
    List<String> applied() {
        return applied;
    }

    /** Applies one to three mutations to the spec tree. */
    void mutate(ObjectNode spec) {
        int count = 1 + random.nextInt(3);
        List<Map.Entry<String, BiConsumer<SpecMutator, ObjectNode>>> all = List.of(
                Map.entry("renameProperty", SpecMutator::renameProperty),
                Map.entry("renameSchema", SpecMutator::renameSchema),
                Map.entry("addConstraint", SpecMutator::addConstraint),
                Map.entry("changeType", SpecMutator::changeType),
                Map.entry("allOfCycle", SpecMutator::allOfCycle),
                Map.entry("danglingRef", SpecMutator::danglingRef),
                Map.entry("hostileText", SpecMutator::hostileText),
                Map.entry("hostileEnum", SpecMutator::hostileEnum),
                Map.entry("removeNode", SpecMutator::removeNode),
                Map.entry("javaName", SpecMutator::javaName),
                Map.entry("caseTwin", SpecMutator::caseTwin),
                Map.entry("operationId", SpecMutator::operationId),
                Map.entry("scalarForObject", SpecMutator::scalarForObject),
                Map.entry("hostileRef", SpecMutator::hostileRef),
                Map.entry("manyEnumValues", SpecMutator::manyEnumValues),
                Map.entry("manyProperties", SpecMutator::manyProperties));
        for (int i = 0; i < count; i++) {
            Map.Entry<String, BiConsumer<SpecMutator, ObjectNode>> mutation = all.get(random.nextInt(all.size()));
            applied.add(mutation.getKey());
            mutation.getValue().accept(this, spec);
        }
    }

    private void renameProperty(ObjectNode spec) {
        ObjectNode properties = pick(objectsNamed(spec, "properties"));
        String key = pickKey(properties);
        if (key != null) {
            JsonNode value = properties.remove(key);
            properties.set(pick(HOSTILE_NAMES), value);
        }
    }

    private void renameSchema(ObjectNode spec) {
        ObjectNode schemas = componentSchemas(spec);
        String key = pickKey(schemas);
        if (key == null) {
            return;
        }
        String name = pick(HOSTILE_NAMES);
        schemas.set(name, schemas.remove(key));
        // References follow the rename, as they would in a spec written that way.
        replaceText(spec, "#/components/schemas/" + key, "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1"));
    }

    private void addConstraint(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema == null) {
            return;
        }
        String keyword = pick(CONSTRAINTS);
        switch (random.nextInt(6)) {
            case 0 -> schema.put(keyword, random.nextInt(5));
            case 1 -> schema.put(keyword, 3.0);
            case 2 -> schema.put(keyword, pick(List.of("^[a-z]+$", "cidr", "password", "date-time", "(", "")));
            case 3 -> schema.put(keyword, random.nextBoolean());
            case 4 -> schema.put(keyword, random.nextBoolean() ? BigDecimal.valueOf(3_000_000_000L) : new BigDecimal("1e400"));
            default -> schema.set(keyword, NODES.arrayNode().add("a").add(1).add(NODES.nullNode()));
        }
    }

    private void changeType(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema != null) {
            schema.put("type", pick(TYPES));
        }
    }

    private void allOfCycle(ObjectNode spec) {
        ObjectNode schemas = componentSchemas(spec);
        String a = pickKey(schemas);
        String b = pickKey(schemas);
        if (a == null || !(schemas.get(a) instanceof ObjectNode first) || !(schemas.get(b) instanceof ObjectNode second)) {
            return;
        }
        first.set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#/components/schemas/" + b)));
        second.set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#/components/schemas/" + a)));
    }

    private void danglingRef(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema != null) {
            schema.removeAll();
            schema.set("$ref", pick(List.of(NODES.textNode("#/components/schemas/Nope"), NODES.textNode("other.yaml#/X"),
                    NODES.numberNode(5), NODES.textNode("#/paths"), NODES.textNode("#/components/schemas/"))));
        }
    }

    private void hostileText(ObjectNode spec) {
        ObjectNode node = pick(allObjects(spec));
        if (node != null) {
            node.put(pick(List.of("description", "summary", "title", "example", "default", "pattern")), pick(HOSTILE_TEXTS));
        }
    }

    private void hostileEnum(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema == null) {
            return;
        }
        ArrayNode values = NODES.arrayNode();
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            values.add(pick(HOSTILE_NAMES));
        }
        values.add("a-b").add("a_b").add("A_B").add(random.nextInt(3));
        schema.put("type", random.nextBoolean() ? "string" : "integer");
        schema.set("enum", values);
    }

    /**
     * An enum just past the size where generated enums change form (1,000 values), with values that
     * collide once made constants. Larger sizes are ScaleLimitsTest's: the fuzzer compiles every case.
     */
    private void manyEnumValues(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema == null) {
            return;
        }
        ArrayNode values = NODES.arrayNode();
        int count = 1_001 + random.nextInt(500);
        for (int i = 0; i < count; i++) {
            values.add(i % 97 == 0 ? pick(HOSTILE_NAMES) + i : (i % 2 == 0 ? "value-" : "VALUE_") + i);
        }
        schema.put("type", random.nextInt(4) == 0 ? "integer" : "string");
        schema.set("enum", values);
    }

    /** An object just past the size where generated models split their methods (200 properties), some of each kind. */
    private void manyProperties(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema == null) {
            return;
        }
        ObjectNode properties = schema.putObject("properties");
        int count = 201 + random.nextInt(250);
        for (int i = 0; i < count; i++) {
            ObjectNode property = properties.putObject((i % 53 == 0 ? pick(HOSTILE_NAMES) : "member") + i);
            switch (i % 6) {
                case 0 -> property.put("type", "string").put("maxLength", 10);
                case 1 -> property.put("type", "integer").put("minimum", 0);
                case 2 -> property.put("type", "array").putObject("items").put("type", "string");
                case 3 -> property.put("type", "string").put("format", "password");
                case 4 -> property.put("type", "object").putObject("properties").putObject("inner").put("type", "boolean");
                default -> property.put("type", "string").put("format", "date-time");
            }
        }
        schema.put("type", "object");
    }

    private void removeNode(ObjectNode spec) {
        ObjectNode node = pick(allObjects(spec));
        String key = pickKey(node);
        if (key != null && node != spec) {
            node.remove(key);
        }
    }

    private void javaName(ObjectNode spec) {
        ObjectNode schema = pick(schemas(spec));
        if (schema != null) {
            schema.put("x-ackgen-java-name", pick(HOSTILE_NAMES));
        }
    }

    private void caseTwin(ObjectNode spec) {
        ObjectNode properties = pick(objectsNamed(spec, "properties"));
        String key = pickKey(properties);
        if (key != null && !key.isEmpty()) {
            String twin = random.nextBoolean() ? key.toUpperCase(java.util.Locale.ROOT) : key.replace('_', '-') + "_";
            properties.set(twin, properties.get(key).deepCopy());
        }
    }

    private void operationId(ObjectNode spec) {
        ObjectNode operation = pick(objectsWith(spec, "operationId"));
        if (operation != null) {
            operation.put("operationId", pick(HOSTILE_NAMES));
        }
    }

    private void scalarForObject(ObjectNode spec) {
        ObjectNode node = pick(allObjects(spec));
        String key = pickKey(node);
        if (key != null && node.get(key) instanceof ObjectNode) {
            node.set(key, pick(List.of(NODES.booleanNode(true), NODES.numberNode(1), NODES.textNode("x"), NODES.nullNode(), NODES.arrayNode())));
        }
    }

    /** Points an existing {@code $ref}, or a schema (replaced by a {@code $ref}), at a hostile target. */
    private void hostileRef(ObjectNode spec) {
        List<ObjectNode> candidates = new ArrayList<>();
        List<ObjectNode> refs = new ArrayList<>();
        walkOutsideData(spec, node -> {
            if (node.has("$ref")) {
                refs.add(node);
            }
            if (node.has("type") || node.has("properties") || node.has("items") || node.has("allOf")) {
                candidates.add(node);
            }
        });
        ObjectNode target = !refs.isEmpty() && random.nextBoolean() ? pick(refs) : pick(candidates);
        if (target != null) {
            target.removeAll();
            target.put("$ref", pick(HOSTILE_REFS));
        }
    }

    /** Whether the tree holds a {@code $ref} to one of {@link #HOSTILE_REFS} where it is a reference, not data. */
    static boolean hasHostileRef(JsonNode spec) {
        boolean[] found = {false};
        walkOutsideData(spec, node -> {
            if (node.get("$ref") != null && node.get("$ref").isTextual() && HOSTILE_REFS.contains(node.get("$ref").asText())) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Visits the objects that are OpenAPI, not the user's data (examples, defaults, enums, extensions). */
    private static void walkOutsideData(JsonNode node, java.util.function.Consumer<ObjectNode> visit) {
        if (node instanceof ObjectNode object) {
            visit.accept(object);
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (!DATA.matcher(member.getKey()).matches()) {
                    walkOutsideData(member.getValue(), visit);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                walkOutsideData(child, visit);
            }
        }
    }

    // ---------------------------------------------------------------------------- tree helpers

    private static ObjectNode componentSchemas(ObjectNode spec) {
        return spec.path("components").path("schemas") instanceof ObjectNode schemas ? schemas : null;
    }

    /** Every object that looks like a schema: has a type, properties, items, $ref or allOf. */
    private static List<ObjectNode> schemas(JsonNode root) {
        List<ObjectNode> found = new ArrayList<>();
        walk(root, node -> {
            if (node.has("type") || node.has("properties") || node.has("$ref") || node.has("allOf") || node.has("items")) {
                found.add(node);
            }
        });
        return found;
    }

    private static List<ObjectNode> objectsNamed(JsonNode root, String field) {
        List<ObjectNode> found = new ArrayList<>();
        walk(root, node -> {
            if (node.get(field) instanceof ObjectNode child) {
                found.add(child);
            }
        });
        return found;
    }

    private static List<ObjectNode> objectsWith(JsonNode root, String field) {
        List<ObjectNode> found = new ArrayList<>();
        walk(root, node -> {
            if (node.has(field)) {
                found.add(node);
            }
        });
        return found;
    }

    private static List<ObjectNode> allObjects(JsonNode root) {
        List<ObjectNode> found = new ArrayList<>();
        walk(root, found::add);
        return found;
    }

    private static void walk(JsonNode node, java.util.function.Consumer<ObjectNode> visit) {
        if (node instanceof ObjectNode object) {
            visit.accept(object);
        }
        for (JsonNode child : node) {
            walk(child, visit);
        }
    }

    private static void replaceText(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual() && field.getValue().asText().equals(from)) {
                    field.setValue(NODES.textNode(to));
                } else {
                    replaceText(field.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                replaceText(child, from, to);
            }
        }
    }

    private <T> T pick(List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    private String pickKey(ObjectNode node) {
        if (node == null || node.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return pick(keys);
    }
}
