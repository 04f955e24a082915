package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.Literal;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.Rule;
import dev.ackgen.generator.model.TypeRef;

/**
 * Checks, once every type exists, that each cross-field rule names properties of its object, of
 * types the rule can work with, and compares them with literals of the same type: a rule that
 * cannot hold must fail the build, not generate a validator that never fires.
 */
final class RuleChecker {
    private final Problems problems;
    private final BuiltTypes types;

    RuleChecker(Problems problems, BuiltTypes types) {
        this.problems = problems;
        this.types = types;
    }

    /** Checks the rules of the type and of every type nested in it. */
    void check(ModelType type) {
        if (!(type instanceof ObjectType object)) {
            return;
        }
        for (Rule rule : object.rules()) {
            checkProperties(object, rule);
            if (rule.when() != null) {
                checkCondition(object, rule.when(), rule.pointer() + "/when");
            }
        }
        for (ModelType nested : object.nested()) {
            check(nested);
        }
    }

    private void checkProperties(ObjectType object, Rule rule) {
        boolean single = rule.kind() == Rule.Kind.REQUIRED_WHEN || rule.kind() == Rule.Kind.FORBIDDEN_VALUE_WHEN;
        for (int i = 0; i < rule.properties().size(); i++) {
            String name = rule.properties().get(i);
            String at = rule.pointer() + (single ? "/property" : "/properties/" + i);
            Property property = object.property(name);
            if (property == null) {
                problems.add(at, "the rule names " + name + ", which is not a property of this object");
            } else if (rule.kind() == Rule.Kind.DISJOINT_CIDRS && !property.type().equals(TypeRef.string())) {
                problems.add(at, "disjointCidrs compares strings, and " + name + " is not a string");
            } else if (rule.kind() == Rule.Kind.FORBIDDEN_VALUE_WHEN) {
                checkLiteral(property, rule.value(), rule.pointer() + "/value");
            }
        }
    }

    private void checkCondition(ObjectType object, Rule.Condition when, String pointer) {
        Property property = object.property(when.property());
        if (property == null) {
            problems.add(pointer + "/property", "the condition names " + when.property() + ", which is not a property of this object");
            return;
        }
        if (when.itemProperty() == null) {
            checkLiteral(property, when.equals(), pointer + "/equals");
            return;
        }
        ObjectType items = property.type() instanceof TypeRef.ListOf list && list.items() instanceof TypeRef.Named named && !named.isEnum()
                ? types.object(named.name())
                : null;
        Property itemProperty = items == null ? null : items.property(when.itemProperty());
        if (itemProperty == null) {
            problems.add(pointer + "/itemProperty", "itemProperty needs " + when.property()
                    + " to be an array of objects with a property " + when.itemProperty());
            return;
        }
        checkLiteral(itemProperty, when.equals(), pointer + "/equals");
    }

    /** Whether a literal from a rule can be compared with the property's values. */
    private void checkLiteral(Property property, Literal literal, String pointer) {
        boolean fits;
        if (property.type() instanceof TypeRef.Named named && named.isEnum()) {
            fits = literal instanceof Literal.Text;
        } else if (property.type() instanceof TypeRef.Scalar scalar) {
            fits = switch (scalar.kind()) {
                case STRING -> literal instanceof Literal.Text;
                case BOOLEAN -> literal instanceof Literal.Bool;
                case INT32 -> literal instanceof Literal.Decimal number && number.fitsIn(31);
                case INT64 -> literal instanceof Literal.Decimal number && number.fitsIn(63);
                case FLOAT, DOUBLE -> literal instanceof Literal.Decimal;
            };
        } else {
            fits = false;
        }
        if (!fits) {
            problems.add(pointer, "the value " + literal.toJson() + " cannot be compared with " + property.wireName()
                    + ": compare strings, enums, booleans or numbers with a value of the same type");
        }
    }
}
