package dev.ackgen.generator.model;

import java.util.List;

/**
 * An object: a model class with a builder, a JSON codec and a validator.
 *
 * @param name the Java name
 * @param description the spec's description, or empty
 * @param deprecated whether the spec marks the schema deprecated
 * @param properties the properties, in spec order
 * @param rules the cross-field rules ({@code x-ackgen-rules})
 * @param nested the types declared inline in this object's properties, generated as nested classes
 * @param pointer the schema's JSON pointer in the spec
 */
public record ObjectType(
        JavaName name,
        String description,
        boolean deprecated,
        List<Property> properties,
        List<Rule> rules,
        List<ModelType> nested,
        String pointer)
        implements ModelType {

    public ObjectType {
        properties = List.copyOf(properties);
        rules = List.copyOf(rules);
        nested = List.copyOf(nested);
    }

    /** This type under another name (nested types keep theirs: rename them with {@link #withNested}). */
    public ObjectType withName(JavaName name) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    public ObjectType withDescription(String description) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    public ObjectType withDeprecated(boolean deprecated) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    public ObjectType withProperties(List<Property> properties) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    public ObjectType withRules(List<Rule> rules) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    public ObjectType withNested(List<ModelType> nested) {
        return new ObjectType(name, description, deprecated, properties, rules, nested, pointer);
    }

    /** The property with this wire name, or null. */
    public Property property(String wireName) {
        for (Property property : properties) {
            if (property.wireName().equals(wireName)) {
                return property;
            }
        }
        return null;
    }

    /** Whether any property travels in the JSON body (and so the type needs a JSON codec). */
    public boolean hasBodyProperties() {
        return properties.stream().anyMatch(p -> p.location() == Property.Location.BODY);
    }
}
