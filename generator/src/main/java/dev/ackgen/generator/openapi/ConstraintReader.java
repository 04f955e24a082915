package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.Literal;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a validator checks on one value, from its schema: lengths, pattern, bounds (3.0's boolean
 * and 3.1's numeric exclusive bounds alike), item counts, formats ackgen checks, non-string enums
 * and {@code x-ackgen-min-character-classes}; for arrays and maps, the same for each item.
 */
final class ConstraintReader {
    private final Problems problems;
    private final RefResolver refs;
    private final BuiltTypes types;
    private final ExtensionVocabulary vocabulary;
    /** Aliases being followed, to stop at one that refers to itself. */
    private final Set<String> followingAliases = new HashSet<>();

    ConstraintReader(Problems problems, RefResolver refs, BuiltTypes types, ExtensionVocabulary vocabulary) {
        this.problems = problems;
        this.refs = refs;
        this.types = types;
        this.vocabulary = vocabulary;
    }

    Constraints constraints(Schema<?> schema, String pointer) {
        if (schema.get$ref() != null) {
            return aliasConstraints(schema.get$ref());
        }
        String type = Schemas.typeOf(schema);
        BigDecimal minimum = schema.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(schema.getExclusiveMinimum());
        if (schema.getExclusiveMinimumValue() != null) {
            minimum = schema.getExclusiveMinimumValue();
            exclusiveMinimum = true;
        }
        BigDecimal maximum = schema.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(schema.getExclusiveMaximum());
        if (schema.getExclusiveMaximumValue() != null) {
            maximum = schema.getExclusiveMaximumValue();
            exclusiveMaximum = true;
        }
        String pattern = pattern(schema, pointer);
        Integer classes = vocabulary.minCharacterClasses(schema.getExtensions(), pointer);
        Constraints items = null;
        if ("array".equals(type) && schema.getItems() != null) {
            items = constraints(schema.getItems(), pointer + "/items");
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values && !Schemas.isObjectWithProperties(schema)) {
            items = constraints(values, pointer + "/additionalProperties");
        }
        return Constraints.builder()
                .minLength(schema.getMinLength())
                .maxLength(schema.getMaxLength())
                .pattern(pattern)
                .minimum(minimum, exclusiveMinimum)
                .maximum(maximum, exclusiveMaximum)
                .minItems(schema.getMinItems())
                .maxItems(schema.getMaxItems())
                .uniqueItems(Boolean.TRUE.equals(schema.getUniqueItems()))
                .format("cidr".equals(schema.getFormat()) ? "cidr" : null)
                .minCharacterClasses(classes)
                .allowed(allowed(schema, type))
                .items(items == null || items.isEmpty() ? null : items)
                .build();
    }

    /** A class checks itself; an alias (a $ref'd string, number or array) brings its constraints. */
    private Constraints aliasConstraints(String ref) {
        String name = RefResolver.componentName(ref);
        Schema<?> target = refs.component(ref);
        if (target == null || types.isComponentClass(name) || !followingAliases.add(name)) {
            return Constraints.NONE;
        }
        try {
            return constraints(target, RefResolver.componentPointer(name));
        } finally {
            followingAliases.remove(name);
        }
    }

    /** The schema's pattern, or null when it has none or one Java cannot compile (reported). */
    private String pattern(Schema<?> schema, String pointer) {
        String pattern = schema.getPattern();
        if (pattern == null) {
            return null;
        }
        try {
            Pattern.compile(pattern);
            return pattern;
        } catch (PatternSyntaxException e) {
            problems.add(pointer + "/pattern", "the pattern is not a valid regular expression: " + e.getDescription());
            return null;
        }
    }

    /** The values of a non-string enum (string enums are classes, which check themselves). */
    private static List<Literal> allowed(Schema<?> schema, String type) {
        // By text: the validator compares a value's canonical text, so values with the same text are one.
        Map<String, Literal> allowed = new LinkedHashMap<>();
        if (schema.getEnum() != null && !"string".equals(type)) {
            for (Object value : schema.getEnum()) {
                // 1 and 1.0 are one value to a validator: numbers are kept in their shortest form.
                Literal literal = SpecValues.literal(value);
                Literal canonical = literal instanceof Literal.Decimal number ? Literal.number(number.value().stripTrailingZeros()) : literal;
                allowed.putIfAbsent(canonical.text(), canonical);
            }
        }
        return List.copyOf(allowed.values());
    }
}
