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
 * @param allowed the allowed values of a non-string enum, or empty
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
        List<Literal> allowed,
        Constraints items) {

    /** Nothing to check. */
    public static final Constraints NONE = builder().build();

    public Constraints {
        allowed = List.copyOf(allowed);
    }

    /** A builder with no constraint set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these constraints, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
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

    /** Builds {@link Constraints}; whatever is not set is not checked. */
    public static final class Builder {
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private BigDecimal minimum;
        private boolean exclusiveMinimum;
        private BigDecimal maximum;
        private boolean exclusiveMaximum;
        private Integer minItems;
        private Integer maxItems;
        private boolean uniqueItems;
        private String format;
        private Integer minCharacterClasses;
        private List<Literal> allowed = List.of();
        private Constraints items;

        private Builder() {}

        private Builder(Constraints source) {
            minLength = source.minLength;
            maxLength = source.maxLength;
            pattern = source.pattern;
            minimum = source.minimum;
            exclusiveMinimum = source.exclusiveMinimum;
            maximum = source.maximum;
            exclusiveMaximum = source.exclusiveMaximum;
            minItems = source.minItems;
            maxItems = source.maxItems;
            uniqueItems = source.uniqueItems;
            format = source.format;
            minCharacterClasses = source.minCharacterClasses;
            allowed = source.allowed;
            items = source.items;
        }

        public Builder minLength(Integer minLength) {
            this.minLength = minLength;
            return this;
        }

        public Builder maxLength(Integer maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        /** The lower bound, inclusive or exclusive. */
        public Builder minimum(BigDecimal minimum, boolean exclusive) {
            this.minimum = minimum;
            this.exclusiveMinimum = exclusive;
            return this;
        }

        /** The upper bound, inclusive or exclusive. */
        public Builder maximum(BigDecimal maximum, boolean exclusive) {
            this.maximum = maximum;
            this.exclusiveMaximum = exclusive;
            return this;
        }

        public Builder minItems(Integer minItems) {
            this.minItems = minItems;
            return this;
        }

        public Builder maxItems(Integer maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        public Builder uniqueItems(boolean uniqueItems) {
            this.uniqueItems = uniqueItems;
            return this;
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder minCharacterClasses(Integer minCharacterClasses) {
            this.minCharacterClasses = minCharacterClasses;
            return this;
        }

        public Builder allowed(List<Literal> allowed) {
            this.allowed = allowed;
            return this;
        }

        public Builder items(Constraints items) {
            this.items = items;
            return this;
        }

        public Constraints build() {
            return new Constraints(minLength, maxLength, pattern, minimum, exclusiveMinimum, maximum, exclusiveMaximum,
                    minItems, maxItems, uniqueItems, format, minCharacterClasses, allowed, items);
        }
    }
}
