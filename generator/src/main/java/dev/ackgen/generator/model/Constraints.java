package dev.ackgen.generator.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a validator checks on one value. Null means "no such constraint".
 *
 * @param minLength JSON Schema minLength (code points)
 * @param maxLength JSON Schema maxLength (code points)
 * @param pattern an ECMA-262 regular expression the string must contain a match of
 * @param minimum inclusive or exclusive lower bound, per {@code exclusiveMinimum}
 * @param exclusiveMinimum whether {@code minimum} is exclusive
 * @param maximum inclusive or exclusive upper bound, per {@code exclusiveMaximum}
 * @param exclusiveMaximum whether {@code maximum} is exclusive
 * @param minItems the fewest items an array may hold
 * @param maxItems the most items an array may hold
 * @param uniqueItems whether array items must be distinct
 * @param format a format ackgen validates ({@code cidr}), or null
 * @param minCharacterClasses {@code x-ackgen-min-character-classes}
 * @param allowed the allowed values of a non-string enum, as JSON text, or empty
 * @param items the constraints on each item of an array or each value of a map, or null
 */
public record Constraints(
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal minimum,
        boolean exclusiveMinimum,
        BigDecimal maximum,
        boolean exclusiveMaximum,
        Integer minItems,
        Integer maxItems,
        boolean uniqueItems,
        String format,
        Integer minCharacterClasses,
        List<String> allowed,
        Constraints items) {

    public static final Constraints NONE =
            new Constraints(null, null, null, null, false, null, false, null, null, false, null, null, List.of(), null);

    public Constraints {
        allowed = List.copyOf(allowed);
    }

    /** Whether there is anything to check at all, on the value or on its items. */
    public boolean isEmpty() {
        return minLength == null
                && maxLength == null
                && pattern == null
                && minimum == null
                && maximum == null
                && minItems == null
                && maxItems == null
                && !uniqueItems
                && format == null
                && minCharacterClasses == null
                && allowed.isEmpty()
                && (items == null || items.isEmpty());
    }
}
