package dev.ackgen.generator.model;

import java.util.List;

/**
 * A cross-field rule from {@code x-ackgen-rules} (see spec/EXTENSIONS.md).
 *
 * @param kind which rule
 * @param properties the wire names it constrains; for the single-property rules, one name
 * @param value for {@link Kind#FORBIDDEN_VALUE_WHEN}, the forbidden value; else null
 * @param when the condition of a conditional rule, or null
 * @param message the spec's message, or null to use the default one
 * @param pointer the rule's JSON pointer in the spec
 */
public record Rule(Kind kind, List<String> properties, Literal value, Condition when, String message, String pointer) {

    public Rule {
        properties = List.copyOf(properties);
    }

    /** The rules ackgen knows, with the name the spec and violations use. */
    public enum Kind {
        AT_LEAST_ONE_OF("atLeastOneOf"),
        AT_MOST_ONE_OF("atMostOneOf"),
        ALL_OR_NONE("allOrNone"),
        REQUIRED_WHEN("requiredWhen"),
        FORBIDDEN_VALUE_WHEN("forbiddenValueWhen"),
        DISJOINT_CIDRS("disjointCidrs");

        private final String specName;

        Kind(String specName) {
            this.specName = specName;
        }

        public String specName() {
            return specName;
        }

        /** The kind with this spec name, or null. */
        public static Kind fromSpecName(String name) {
            for (Kind kind : values()) {
                if (kind.specName.equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * When a conditional rule applies.
     *
     * @param property the wire name of the property the condition reads
     * @param itemProperty for an array of objects, the item member compared; else null
     * @param equals the value compared with
     */
    public record Condition(String property, String itemProperty, Literal equals) {}
}
