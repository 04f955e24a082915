package dev.ackgen.generator.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecTreeHook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies overlays to a spec's raw tree, in order, each overlay's actions in order, each action to
 * the tree as the actions before it left it. For each node an action's target selects:
 *
 * <ul>
 *   <li>{@code remove: true} removes the node from the object or array that holds it;
 *   <li>an {@code update} is merged into an object (see {@link TreeMerge}); into an array, an
 *       array update's entries are appended, any other update is appended as one entry; a
 *       primitive node cannot be updated;
 *   <li>a {@code copy} (Overlay 1.1) merges the one node its path selects as an update would.
 * </ul>
 *
 * <p>A target that selects nothing is a warning (see {@link #warnings()}), or an error when strict.
 * Errors are collected over every action of every overlay and thrown together, each with the
 * overlay file, the action's line and pointer, and its target. The spec's text is never touched:
 * only the tree in memory changes.
 */
public final class OverlayApplier implements SpecTreeHook {
    /**
     * JSONPath's configuration, made on first use: a run without overlays (most runs) then never
     * loads JSONPath, whose start-up costs a cold JVM about a twentieth of a CS API generation.
     */
    private static final class Paths {
        static final Configuration CONFIGURATION = Configuration.builder()
                .jsonProvider(new JacksonJsonNodeJsonProvider())
                .mappingProvider(new JacksonMappingProvider())
                .options(Option.AS_PATH_LIST)
                .build();
    }

    private final List<Overlay> overlays;
    private final boolean strict;
    private final List<SpecProblem> warnings = new ArrayList<>();

    /**
     * @param overlays the overlays, applied in this order
     * @param strict whether a target that selects nothing is an error rather than a warning
     */
    public OverlayApplier(List<Overlay> overlays, boolean strict) {
        this.overlays = List.copyOf(overlays);
        this.strict = strict;
    }

    /** Whether there is no overlay to apply. */
    public boolean isEmpty() {
        return overlays.isEmpty();
    }

    /** The warnings of the last {@link #apply}: actions whose target selected nothing. */
    public List<SpecProblem> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void apply(ObjectNode tree, SourceLocator locator) throws SpecException {
        warnings.clear();
        List<SpecProblem> errors = new ArrayList<>();
        for (Overlay overlay : overlays) {
            for (Overlay.Action action : overlay.actions()) {
                String prefix = "target " + action.target() + ": ";
                try {
                    List<TreePath> targets = select(tree, action.path());
                    if (targets.isEmpty()) {
                        (strict ? errors : warnings).add(problem(overlay, action, prefix + "selects nothing, the action changes nothing"));
                    } else if (action.remove()) {
                        remove(targets, overlay, action, errors);
                    } else {
                        JsonNode update = action.copy() == null ? action.update() : copied(tree, action, errors, overlay);
                        if (update != null) {
                            for (TreePath target : targets) {
                                update(target, update, overlay, action, errors);
                            }
                        }
                    }
                } catch (JsonPathException e) {
                    errors.add(problem(overlay, action, prefix + "cannot evaluate the JSONPath: " + e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new SpecException(errors);
        }
    }

    /** The nodes a path selects in the tree, in the order JSONPath gives them. */
    private static List<TreePath> select(JsonNode tree, JsonPath path) {
        JsonNode paths;
        try {
            paths = JsonPath.using(Paths.CONFIGURATION).parse(tree).read(path);
        } catch (PathNotFoundException e) {
            return List.of();
        }
        List<TreePath> selected = new ArrayList<>(paths.size());
        for (JsonNode normalized : paths) {
            selected.add(TreePath.resolve(tree, normalized.asText()));
        }
        return selected;
    }

    /** The one node a copy's path selects, deep-copied; null (with an error) when it is not one node. */
    private static JsonNode copied(JsonNode tree, Overlay.Action action, List<SpecProblem> errors, Overlay overlay) {
        List<TreePath> sources = select(tree, action.copy());
        if (sources.size() != 1) {
            errors.add(problem(overlay, action, "target " + action.target() + ": copy " + action.copy().getPath()
                    + " must select one node, it selects " + sources.size()));
            return null;
        }
        return sources.get(0).node().deepCopy();
    }

    private static void remove(List<TreePath> targets, Overlay overlay, Overlay.Action action, List<SpecProblem> errors) {
        // Array entries go by index, the highest first, so that removing one does not move the others.
        Map<ArrayNode, TreeSet<Integer>> entries = new IdentityHashMap<>();
        for (TreePath target : targets) {
            if (target.parent() == null) {
                errors.add(problem(overlay, action, "target " + action.target() + ": the document itself cannot be removed"));
            } else if (target.parent() instanceof ObjectNode object) {
                object.remove(target.key());
            } else {
                entries.computeIfAbsent((ArrayNode) target.parent(), array -> new TreeSet<>(Comparator.reverseOrder())).add(target.index());
            }
        }
        entries.forEach((array, indexes) -> indexes.forEach(array::remove));
    }

    private static void update(TreePath target, JsonNode update, Overlay overlay, Overlay.Action action, List<SpecProblem> errors) {
        String prefix = "target " + action.target() + ": ";
        JsonNode node = target.node();
        if (node instanceof ObjectNode object) {
            if (update instanceof ObjectNode fields) {
                TreeMerge.merge(object, fields);
            } else {
                errors.add(problem(overlay, action, prefix + "selects an object at #" + target.pointer()
                        + ", so the update must be an object, not " + Overlay.kind(update)));
            }
        } else if (node instanceof ArrayNode array) {
            if (update instanceof ArrayNode entries) {
                array.addAll(entries.deepCopy());
            } else {
                array.add(update.deepCopy());
            }
        } else {
            errors.add(problem(overlay, action, prefix + "selects " + Overlay.kind(node) + " at #" + target.pointer()
                    + "; only objects and arrays can be updated (target the object that holds it)"));
        }
    }

    private static SpecProblem problem(Overlay overlay, Overlay.Action action, String message) {
        return new SpecProblem(overlay.name(), action.line(), action.pointer(), message);
    }
}
