package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.Literal;
import dev.ackgen.generator.model.TypeRef;
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

    /**
     * The constraints a validator can check on a value of this Java type; the decision, made once
     * here, of which keyword applies to which type. JSON Schema lets any keyword stand on any schema
     * ({@code minLength} on an integer, {@code maxItems} on a string) and ignores the ones that do not
     * fit the instance: ackgen does the same, with a warning at the keyword, rather than generate a
     * string check on a {@code Long}. A mapped type (a java.time type, the user's class) is checked
     * by being read, not by string or number rules: all its constraints are dropped with one warning.
     */
    Constraints applicableTo(TypeRef type, Constraints constraints, String pointer) {
        if (constraints == null || constraints.isEmpty()) {
            return constraints;
        }
        if (type instanceof TypeRef.Mapped mapped) {
            problems.warn(pointer, "the constraints here are not checked: the value is a " + mapped.qualifiedName()
                    + " (a type mapping), which is checked by being read; map the format to String to check them");
            return Constraints.NONE;
        }
        Constraints.Builder kept = constraints.toBuilder();
        boolean string = isString(type);
        boolean number = isNumber(type);
        boolean array = type instanceof TypeRef.ListOf;
        String what = describe(type);
        if (!string) {
            if (constraints.minLength() != null) {
                skip(pointer, "minLength", what);
                kept.minLength(null);
            }
            if (constraints.maxLength() != null) {
                skip(pointer, "maxLength", what);
                kept.maxLength(null);
            }
            if (constraints.pattern() != null) {
                skip(pointer, "pattern", what);
                kept.pattern(null);
            }
            if (constraints.format() != null) {
                skip(pointer, "format", what);
                kept.format(null);
            }
            if (constraints.minCharacterClasses() != null) {
                skip(pointer, ExtensionVocabulary.MIN_CHARACTER_CLASSES, what);
                kept.minCharacterClasses(null);
            }
        }
        if (!number) {
            if (constraints.minimum() != null) {
                skip(pointer, constraints.exclusiveMinimum() ? "exclusiveMinimum" : "minimum", what);
                kept.minimum(null, false);
            }
            if (constraints.maximum() != null) {
                skip(pointer, constraints.exclusiveMaximum() ? "exclusiveMaximum" : "maximum", what);
                kept.maximum(null, false);
            }
        }
        if (!array) {
            if (constraints.minItems() != null) {
                skip(pointer, "minItems", what);
                kept.minItems(null);
            }
            if (constraints.maxItems() != null) {
                skip(pointer, "maxItems", what);
                kept.maxItems(null);
            }
            if (constraints.uniqueItems()) {
                skip(pointer, "uniqueItems", what);
                kept.uniqueItems(false);
            }
        }
        if (constraints.items() != null) {
            if (type instanceof TypeRef.ListOf list) {
                kept.items(applicableTo(list.items(), constraints.items(), pointer + "/items"));
            } else if (type instanceof TypeRef.MapOf map) {
                kept.items(applicableTo(map.values(), constraints.items(), pointer + "/additionalProperties"));
            } else {
                kept.items(null);
            }
        }
        return kept.build();
    }

    /** Whether the Java type is {@code String}, the only type string keywords are checked on. */
    static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING;
    }

    /** Whether the Java type is a boxed number, the only type bounds are checked on. */
    static boolean isNumber(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar
                && scalar.kind() != TypeRef.Scalar.Kind.STRING
                && scalar.kind() != TypeRef.Scalar.Kind.BOOLEAN;
    }

    private void skip(String pointer, String keyword, String what) {
        problems.warn(pointer + "/" + keyword, keyword + " does not apply to " + what + " and is not checked");
    }

    private static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "a string";
                case BOOLEAN -> "a boolean";
                case INT32, INT64 -> "an integer";
                case FLOAT, DOUBLE -> "a number";
            };
        }
        if (type instanceof TypeRef.Named named) {
            return named.isEnum() ? "an enum class (" + named.name() + ")" : "an object class (" + named.name() + ")";
        }
        if (type instanceof TypeRef.ListOf) {
            return "an array";
        }
        if (type instanceof TypeRef.MapOf) {
            return "a map";
        }
        return "a value of any JSON type (the schema has no single type)";
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
