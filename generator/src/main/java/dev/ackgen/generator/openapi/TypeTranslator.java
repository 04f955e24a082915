package dev.ackgen.generator.openapi;

import dev.ackgen.generator.customize.TypeMappings;
import dev.ackgen.generator.model.Constraints;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.Rule;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spi.NamingSite;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schemas as IR types: {@code $ref}s to component classes stay references, aliases (a component
 * that is a string, an array...) are replaced by what they stand for, and inline objects and
 * enums become classes nested in the scope of the object that holds them.
 */
// swagger-parser's API hands out raw Schema maps (Map<String, Schema>); we only read them.
@SuppressWarnings("rawtypes")
final class TypeTranslator {
    private final Problems problems;
    private final RefResolver refs;
    private final BuiltTypes types;
    private final Namer namer;
    private final ExtensionVocabulary vocabulary;
    private final ConstraintReader constraints;
    private final RuleParser rules;
    private final EnumTypeReader enums;
    private final TypeMappings mappings;
    /** Aliases being followed, to stop at one that refers to itself. */
    private final Set<String> followingAliases = new HashSet<>();

    TypeTranslator(
            Problems problems,
            RefResolver refs,
            BuiltTypes types,
            Namer namer,
            ExtensionVocabulary vocabulary,
            ConstraintReader constraints,
            RuleParser rules,
            EnumTypeReader enums,
            TypeMappings mappings) {
        this.problems = problems;
        this.refs = refs;
        this.types = types;
        this.namer = namer;
        this.vocabulary = vocabulary;
        this.constraints = constraints;
        this.rules = rules;
        this.enums = enums;
        this.mappings = mappings;
    }

    /** An object schema as a class with this name; recorded so rules can look into it. */
    ObjectType objectType(Schema<?> schema, JavaName name, String pointer) {
        vocabulary.checkKnown(schema.getExtensions(), pointer);
        Scope scope = new Scope(name);
        List<Property> properties = bodyProperties(schema, pointer, scope);
        List<Rule> objectRules = rules.parse(schema.getExtensions(), pointer);
        return types.addObject(new ObjectType(
                name, Schemas.nullToEmpty(schema.getDescription()), Boolean.TRUE.equals(schema.getDeprecated()),
                properties, objectRules, scope.nested, pointer));
    }

    /** A string enum schema as a class with this name. */
    EnumType enumType(Schema<?> schema, JavaName name, String pointer) {
        return enums.enumType(schema, name, pointer);
    }

    /** The members of an object schema as properties of the scope's class, in spec order. */
    List<Property> bodyProperties(Schema<?> schema, String pointer, Scope scope) {
        List<Property> properties = new ArrayList<>();
        Map<String, Schema> declared = schema.getProperties() == null ? Map.of() : schema.getProperties();
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        for (String name : required) {
            if (!declared.containsKey(name)) {
                problems.add(pointer + "/required", "required names " + name + ", which is not a property");
            }
        }
        for (Map.Entry<String, Schema> entry : declared.entrySet()) {
            properties.add(bodyProperty(entry.getKey(), entry.getValue(), required.contains(entry.getKey()),
                    RefResolver.declaredAt(schema, entry.getKey(), pointer + "/properties/" + SourceLocator.escape(entry.getKey())), scope));
        }
        return properties;
    }

    private Property bodyProperty(String wire, Schema<?> schema, boolean required, String pointer, Scope scope) {
        vocabulary.checkKnown(schema.getExtensions(), pointer);
        String field = scope.uniqueMember(namer.named(NamingSite.Kind.PROPERTY, wire, scope.owner, pointer,
                vocabulary.javaMemberName(schema.getExtensions(), pointer, wire)));
        TypeRef type = typeRef(schema, scope, wire, pointer);
        // A $ref'd component lends its description and example when the property has none of its own.
        Schema<?> target = schema.get$ref() != null ? refs.component(schema.get$ref()) : null;
        String description = schema.getDescription() != null || target == null
                ? Schemas.nullToEmpty(schema.getDescription())
                : Schemas.nullToEmpty(target.getDescription());
        // An alias's constraints, default and secrecy are the property's; a class's are its own.
        Schema<?> constrained = target != null && types.componentClass(RefResolver.componentName(schema.get$ref())) == null
                ? target
                : schema;
        return Property.builder()
                .wireName(wire)
                .fieldName(field)
                .getterName(JavaNames.getterName(field))
                .type(type)
                .required(required)
                .description(description)
                .deprecated(Boolean.TRUE.equals(schema.getDeprecated()))
                .secret(Secrets.isSecret(wire, constrained))
                .constraints(checkableOn(type, constraints.constraints(constrained, pointer), pointer))
                .location(Property.Location.BODY)
                .defaultValue(SpecValues.defaultValue(constrained))
                .example(SpecValues.exampleText(schema.getExample() != null || target == null ? schema.getExample() : target.getExample()))
                .pointer(pointer)
                .build();
    }

    /**
     * The type of a value. Inline objects and enums become classes nested in the scope's owner,
     * named after the property ({@code addons} items: {@code Addon}).
     */
    TypeRef typeRef(Schema<?> schema, Scope scope, String propertyName, String pointer) {
        if (schema.get$ref() != null) {
            return refType(schema.get$ref(), scope, propertyName, pointer);
        }
        Schema<?> flat = refs.flattenAllOf(schema, pointer);
        if (flat != schema) {
            return typeRef(flat, scope, propertyName, pointer);
        }
        if (schema.getOneOf() != null || schema.getAnyOf() != null) {
            return new TypeRef.AnyJson();
        }
        if (Schemas.isEnum(schema)) {
            JavaName name = nestedClassName(schema, scope, propertyName, pointer);
            scope.nested.add(enumType(schema, name, pointer));
            return new TypeRef.Named(name, true);
        }
        if (Schemas.isObjectWithProperties(schema)) {
            JavaName name = nestedClassName(schema, scope, propertyName, pointer);
            scope.nested.add(objectType(schema, name, pointer));
            return new TypeRef.Named(name, false);
        }
        return plainType(schema, scope, propertyName, pointer);
    }

    /** The name of an inline class: after the property, unless the schema or an extension says otherwise. */
    private JavaName nestedClassName(Schema<?> schema, Scope scope, String propertyName, String pointer) {
        return scope.nestedName(namer.named(NamingSite.Kind.CLASS, propertyName, scope.owner, pointer,
                JavaNames.nestedClassName(vocabulary.javaName(schema.getExtensions(), pointer, propertyName))));
    }

    /**
     * The constraints a validator can check on a value of this type. A mapped type (a java.time
     * type, the user's class) is checked by being read, not by string or number rules: those are
     * dropped with a warning rather than generated into code that does not compile.
     */
    Constraints checkableOn(TypeRef type, Constraints constraints, String pointer) {
        return this.constraints.applicableTo(type, constraints, pointer);
    }

    /** Scalars, arrays, maps and anything else: no class of its own, though items may have one. */
    private TypeRef plainType(Schema<?> schema, Scope scope, String propertyName, String pointer) {
        String type = Schemas.typeOf(schema);
        if (type == null) {
            return new TypeRef.AnyJson();
        }
        if (!type.equals("array") && !type.equals("object")) {
            String mapped = mappings.forFormat(schema.getFormat());
            if (mapped != null) {
                return new TypeRef.Mapped(mapped);
            }
        }
        switch (type) {
            case "string":
                return TypeRef.string();
            case "boolean":
                return new TypeRef.Scalar(TypeRef.Scalar.Kind.BOOLEAN);
            case "integer":
                return new TypeRef.Scalar("int32".equals(schema.getFormat()) ? TypeRef.Scalar.Kind.INT32 : TypeRef.Scalar.Kind.INT64);
            case "number":
                return new TypeRef.Scalar("float".equals(schema.getFormat()) ? TypeRef.Scalar.Kind.FLOAT : TypeRef.Scalar.Kind.DOUBLE);
            case "array":
                if (schema.getItems() == null) {
                    return new TypeRef.ListOf(new TypeRef.AnyJson());
                }
                String itemName = JavaNames.itemClassName(JavaNames.className(propertyName));
                return new TypeRef.ListOf(typeRef(schema.getItems(), scope, itemName, pointer + "/items"));
            case "object":
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    return new TypeRef.MapOf(typeRef(values, scope, propertyName + " value", pointer + "/additionalProperties"));
                }
                return new TypeRef.AnyJson();
            default:
                problems.add(pointer + "/type", "unknown type " + type);
                return new TypeRef.AnyJson();
        }
    }

    private TypeRef refType(String ref, Scope scope, String propertyName, String pointer) {
        if (!RefResolver.isComponentRef(ref)) {
            problems.add(pointer + "/$ref", "cannot follow $ref " + ref + ": only local #/components/schemas/ references"
                    + " (and files swagger-parser inlines) are supported");
            return new TypeRef.AnyJson();
        }
        String name = RefResolver.componentName(ref);
        String userClass = mappings.forSchema(name);
        if (userClass != null) {
            return new TypeRef.Mapped(userClass);
        }
        TypeRef.Named named = types.componentClass(name);
        if (named != null) {
            return named;
        }
        Schema<?> target = refs.component(ref);
        if (target == null) {
            problems.add(pointer + "/$ref", "$ref " + ref + " points to no schema");
            return new TypeRef.AnyJson();
        }
        // A component that is not a class (a string, an array...) is an alias: use its type here.
        if (!followingAliases.add(name)) {
            problems.add(pointer + "/$ref", "$ref " + ref + " refers to itself through aliases");
            return new TypeRef.AnyJson();
        }
        try {
            return typeRef(target, scope, propertyName, RefResolver.componentPointer(name));
        } finally {
            followingAliases.remove(name);
        }
    }

    /** The component class a schema refers to, directly or through a one-part {@code allOf}; else null. */
    TypeRef.Named classOfRef(Schema<?> schema) {
        if (schema.get$ref() != null) {
            return types.componentClass(RefResolver.componentName(schema.get$ref()));
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getProperties() == null) {
            return classOfRef(schema.getAllOf().get(0));
        }
        return null;
    }
}
