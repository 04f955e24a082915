package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.Literal;
import dev.ackgen.generator.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an object's {@code x-ackgen-rules} into {@link Rule}s, checking each rule's shape: its
 * kind, its members, and that it names properties and a condition. Whether the names fit the
 * object is for {@link RuleChecker}, once every type exists.
 */
final class RuleParser {
    private static final Set<String> CONDITION_KEYS = Set.of("property", "itemProperty", "equals");

    private final Problems problems;

    RuleParser(Problems problems) {
        this.problems = problems;
    }

    /** The rules of the schema at this pointer, given its extensions; bad ones are reported and left out. */
    List<Rule> parse(Map<String, Object> extensions, String pointer) {
        Object declared = extensions == null ? null : extensions.get(ExtensionVocabulary.RULES);
        if (declared == null) {
            return List.of();
        }
        String rulesPointer = pointer + "/" + ExtensionVocabulary.RULES;
        if (!(declared instanceof List<?> list)) {
            problems.add(rulesPointer, "x-ackgen-rules must be a list of rules");
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String rulePointer = rulesPointer + "/" + i;
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(rulePointer, "a rule must be an object with a 'rule' member");
                continue;
            }
            Rule rule = rule(map, rulePointer);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule rule(Map<?, ?> map, String pointer) {
        Rule.Kind kind = Rule.Kind.fromSpecName(String.valueOf(map.get("rule")));
        if (kind == null) {
            problems.add(pointer + "/rule", "unknown rule " + map.get("rule") + "; known rules: atLeastOneOf, atMostOneOf,"
                    + " allOrNone, requiredWhen, forbiddenValueWhen, disjointCidrs");
            return null;
        }
        checkMembers(map, kind, pointer);
        Object message = map.get("message");
        List<String> properties = new ArrayList<>();
        Rule.Condition when = null;
        Literal value = null;
        switch (kind) {
            case AT_LEAST_ONE_OF, AT_MOST_ONE_OF, ALL_OR_NONE, DISJOINT_CIDRS -> {
                if (!(map.get("properties") instanceof List<?> names) || names.size() < 2) {
                    problems.add(pointer + "/properties", "a " + kind.specName() + " rule needs a list of two or more properties");
                    return null;
                }
                names.forEach(name -> properties.add(String.valueOf(name)));
            }
            case REQUIRED_WHEN, FORBIDDEN_VALUE_WHEN -> {
                if (!(map.get("property") instanceof String name)) {
                    problems.add(pointer + "/property", "a " + kind.specName() + " rule needs a property name");
                    return null;
                }
                properties.add(name);
                when = condition(map.get("when"), pointer + "/when");
                if (when == null) {
                    return null;
                }
                if (kind == Rule.Kind.FORBIDDEN_VALUE_WHEN) {
                    if (!map.containsKey("value") || map.get("value") == null) {
                        problems.add(pointer + "/value", "a forbiddenValueWhen rule needs a value");
                        return null;
                    }
                    value = SpecValues.literal(map.get("value"));
                }
            }
        }
        return new Rule(kind, properties, value, when, message == null ? null : String.valueOf(message), pointer);
    }

    /** Reports members the rule's kind does not take (a misspelt {@code when} must not be ignored). */
    private void checkMembers(Map<?, ?> map, Rule.Kind kind, String pointer) {
        Set<String> allowedKeys = switch (kind) {
            case AT_LEAST_ONE_OF, AT_MOST_ONE_OF, ALL_OR_NONE, DISJOINT_CIDRS -> Set.of("rule", "properties", "message");
            case REQUIRED_WHEN -> Set.of("rule", "property", "when", "message");
            case FORBIDDEN_VALUE_WHEN -> Set.of("rule", "property", "value", "when", "message");
        };
        for (Object key : map.keySet()) {
            if (!allowedKeys.contains(String.valueOf(key))) {
                problems.add(pointer + "/" + key, "a " + kind.specName() + " rule has no member " + key
                        + "; it takes " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
        }
    }

    private Rule.Condition condition(Object declared, String pointer) {
        if (!(declared instanceof Map<?, ?> map)) {
            problems.add(pointer, "the rule needs a condition: {property: p, equals: v} or {property: p, itemProperty: q, equals: v}");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!CONDITION_KEYS.contains(String.valueOf(key))) {
                problems.add(pointer + "/" + key, "a condition has no member " + key + "; it takes property, itemProperty, equals");
            }
        }
        if (!(map.get("property") instanceof String property) || !map.containsKey("equals") || map.get("equals") == null) {
            problems.add(pointer, "a condition needs property and equals");
            return null;
        }
        Object itemProperty = map.get("itemProperty");
        return new Rule.Condition(property, itemProperty == null ? null : String.valueOf(itemProperty), SpecValues.literal(map.get("equals")));
    }
}
