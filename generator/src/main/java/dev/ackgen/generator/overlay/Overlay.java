package dev.ackgen.generator.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.YamlReading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One overlay document (OpenAPI Overlay Specification 1.0; 1.1 with its {@code copy}), read and
 * checked: an {@code overlay} version, an {@code info} with {@code title} and {@code version}, and a
 * non-empty list of {@code actions}, each with a JSONPath {@code target} and an {@code update}, a
 * {@code copy} (1.1) or {@code remove: true}. Every problem of the document is reported at once,
 * each with the overlay file, the line and the pointer of the action.
 */
public final class Overlay {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = YamlReading.mapper();
    private static final Set<String> FIELDS = Set.of("overlay", "info", "extends", "actions");
    private static final Set<String> ACTION_FIELDS_1_0 = Set.of("target", "description", "update", "remove");
    private static final Set<String> ACTION_FIELDS_1_1 = Set.of("target", "description", "update", "copy", "remove");

    /**
     * One action of the overlay.
     *
     * @param index its index in {@code actions}
     * @param line the line the action starts on in the overlay file
     * @param target the target as written
     * @param path the target, compiled
     * @param update what is merged into each target; null when the action removes or copies
     * @param copy the node to copy into each target (Overlay 1.1), compiled; null when there is none
     * @param remove whether the action removes its targets
     */
    record Action(int index, int line, String target, JsonPath path, JsonNode update, JsonPath copy, boolean remove) {
        /** The action's JSON pointer in the overlay document. */
        String pointer() {
            return "/actions/" + index;
        }
    }

    private final String name;
    private final List<Action> actions;

    private Overlay(String name, List<Action> actions) {
        this.name = name;
        this.actions = List.copyOf(actions);
    }

    /** The name the overlay's problems are reported with. */
    public String name() {
        return name;
    }

    List<Action> actions() {
        return actions;
    }

    /**
     * Reads and checks an overlay document.
     *
     * @throws SpecException with every problem of the document, located in the overlay file
     */
    public static Overlay parse(OverlaySource source) throws SpecException {
        String name = source.name();
        SourceLocator locator = SourceLocator.of(name, source.text());
        JsonNode root;
        try {
            root = (source.text().stripLeading().startsWith("{") ? JSON : YAML).readTree(source.text());
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "not well-formed YAML or JSON: " + e.getMessage())));
        }
        if (!(root instanceof ObjectNode document)) {
            throw new SpecException(List.of(new SpecProblem(name, 1, "",
                    "not an overlay: an overlay is an object with overlay, info and actions")));
        }
        Problems problems = new Problems(name, locator);
        boolean version11 = checkVersion(document, problems);
        checkInfo(document, problems);
        if (document.has("extends") && !document.get("extends").isTextual()) {
            problems.add("/extends", "extends must be a string (the URL of the document the overlay is for), not " + kind(document.get("extends")));
        }
        checkFields(document, FIELDS, "", "", "an overlay has overlay, info, extends, actions and x- extensions", problems);
        List<Action> actions = new ArrayList<>();
        JsonNode list = document.get("actions");
        if (list == null) {
            problems.add("", "not an overlay: it has no actions");
        } else if (!list.isArray()) {
            problems.add("/actions", "actions must be a list of actions, not " + kind(list));
        } else if (list.isEmpty()) {
            problems.add("/actions", "actions must list at least one action");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Action action = action(i, list.get(i), version11, problems);
                if (action != null) {
                    actions.add(action);
                }
            }
        }
        problems.throwIfAny();
        return new Overlay(name, actions);
    }

    /** Checks {@code overlay}; whether the document is an Overlay 1.1 document. */
    private static boolean checkVersion(ObjectNode document, Problems problems) {
        JsonNode version = document.get("overlay");
        if (version == null) {
            problems.add("", "not an overlay: it has no overlay field (the Overlay Specification version, overlay: 1.0.0)");
            return false;
        }
        if (!version.isTextual() || !version.asText().matches("1\\.[01]\\.\\d+")) {
            problems.add("/overlay", "overlay must be the Overlay Specification version 1.0.x or 1.1.x as a string, not "
                    + (version.isTextual() ? version.asText() : kind(version)));
            return false;
        }
        return version.asText().startsWith("1.1.");
    }

    private static void checkInfo(ObjectNode document, Problems problems) {
        JsonNode info = document.get("info");
        if (info == null) {
            problems.add("", "an overlay must have an info with title and version");
        } else if (!info.isObject()) {
            problems.add("/info", "info must be an object with title and version, not " + kind(info));
        } else {
            for (String field : List.of("title", "version")) {
                if (!info.path(field).isTextual()) {
                    problems.add("/info" + (info.has(field) ? "/" + field : ""), "info." + field + " must be a string");
                }
            }
        }
    }

    /** The action at this index, or null (with problems) when it is not one. */
    private static Action action(int index, JsonNode node, boolean version11, Problems problems) {
        String pointer = "/actions/" + index;
        if (!node.isObject()) {
            problems.add(pointer, "an action must be an object with a target and an update or remove: true, not " + kind(node));
            return null;
        }
        JsonNode targetNode = node.get("target");
        if (targetNode == null || !targetNode.isTextual()) {
            problems.add(pointer, targetNode == null ? "the action has no target" : "target must be a JSONPath string, not " + kind(targetNode));
            return null;
        }
        String target = targetNode.asText();
        String prefix = "target " + target + ": ";
        int before = problems.count();
        JsonPath path = compile(target, prefix, pointer, problems);
        checkFields(node, version11 ? ACTION_FIELDS_1_1 : ACTION_FIELDS_1_0, pointer, prefix,
                "an action has " + (version11 ? "target, description, update, copy, remove" : "target, description, update, remove")
                        + " and x- extensions", problems);
        if (node.has("description") && !node.get("description").isTextual()) {
            problems.add(pointer, prefix + "description must be a string, not " + kind(node.get("description")));
        }
        JsonNode removeNode = node.get("remove");
        if (removeNode != null && !removeNode.isBoolean()) {
            problems.add(pointer, prefix + "remove must be true or false, not " + kind(removeNode));
        }
        boolean remove = removeNode != null && removeNode.asBoolean();
        JsonNode update = node.get("update");
        JsonPath copy = null;
        boolean hasCopy = version11 && node.has("copy");
        if (hasCopy) {
            JsonNode copyNode = node.get("copy");
            if (!copyNode.isTextual()) {
                problems.add(pointer, prefix + "copy must be a JSONPath string, not " + kind(copyNode));
            } else {
                copy = compile(copyNode.asText(), prefix + "copy " + copyNode.asText() + ": ", pointer, problems);
            }
        }
        if (!remove && update == null && !hasCopy) {
            problems.add(pointer, prefix + "the action has neither an update nor remove: true" + (version11 ? " nor a copy" : ""));
        }
        if (update != null && hasCopy) {
            problems.add(pointer, prefix + "an action has an update or a copy, not both");
        }
        if (problems.count() > before) {
            return null;
        }
        return new Action(index, problems.line(pointer), target, path, remove ? null : update, remove ? null : copy, remove);
    }

    /** The compiled JSONPath, or null (with a problem) when the text is not one. */
    private static JsonPath compile(String text, String prefix, String pointer, Problems problems) {
        if (!text.startsWith("$")) {
            problems.add(pointer, prefix + "not a valid JSONPath: it must start with $");
            return null;
        }
        try {
            return JsonPath.compile(text);
        } catch (InvalidPathException e) {
            problems.add(pointer, prefix + "not a valid JSONPath: " + e.getMessage());
            return null;
        }
    }

    private static void checkFields(
            JsonNode object, Set<String> known, String pointer, String prefix, String expected, Problems problems) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String field = property.getKey();
            if (!known.contains(field) && !field.startsWith("x-")) {
                problems.add(pointer, prefix + "unknown field " + field + " (" + expected + ")");
            }
        }
    }

    /** The kind of a node, for messages: "an object", "a string", ... */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
        };
    }

    /** The problems of one overlay document, located by its locator. */
    private static final class Problems {
        private final String file;
        private final SourceLocator locator;
        private final List<SpecProblem> list = new ArrayList<>();

        Problems(String file, SourceLocator locator) {
            this.file = file;
            this.locator = locator;
        }

        void add(String pointer, String message) {
            list.add(new SpecProblem(file, line(pointer), pointer, message));
        }

        int line(String pointer) {
            return Math.max(locator.line(pointer), 1);
        }

        int count() {
            return list.size();
        }

        void throwIfAny() throws SpecException {
            if (!list.isEmpty()) {
                throw new SpecException(list);
            }
        }
    }
}
