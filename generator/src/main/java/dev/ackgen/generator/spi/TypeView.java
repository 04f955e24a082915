package dev.ackgen.generator.spi;

/**
 * The type of a property's value, a list's items or a map's values. {@link
 * ExtensionContext#typeName(TypeView)} gives the Java type generated code declares for it.
 */
public interface TypeView {

    /** What kind of type this is; the other methods say more about some kinds. */
    Kind kind();

    /** For a {@link Kind#SCALAR}, which scalar; else null. */
    Scalar scalar();

    /** For a {@link Kind#LIST}, the items' type; for a {@link Kind#MAP}, the values' type; else null. */
    TypeView elementType();

    /**
     * For a {@link Kind#NAMED} type, the Java name of the generated class it refers to, as {@link
     * TypeDeclarationView#javaName()} gives it ({@code Pet.Kind}); else null.
     */
    String javaName();

    /** For a {@link Kind#NAMED} type, whether the class it refers to is an enum; else false. */
    boolean isEnum();

    /**
     * For a {@link Kind#MAPPED} type, the canonical name of the Java class a type mapping put in its
     * place ({@code java.time.OffsetDateTime}); else null.
     */
    String mappedClassName();

    /** This type with every list and map taken off: {@code X} for {@code List<Map<String, X>>}; itself otherwise. */
    default TypeView innermost() {
        TypeView type = this;
        while (type.kind() == Kind.LIST || type.kind() == Kind.MAP) {
            type = type.elementType();
        }
        return type;
    }

    /** The kinds of type. */
    enum Kind {
        /** A JSON string, boolean or number: see {@link #scalar()}. */
        SCALAR,
        /** A JSON array: see {@link #elementType()}. */
        LIST,
        /** A JSON object with arbitrary keys (string keys): see {@link #elementType()}. */
        MAP,
        /** A class ackgen generates, an object or an enum: see {@link #javaName()}. */
        NAMED,
        /** A Java class a type mapping puts in place of a format or schema: see {@link #mappedClassName()}. */
        MAPPED,
        /** Any JSON at all, kept as a tree. */
        ANY
    }

    /** The JSON scalars, with the Java class generated code uses for each. */
    enum Scalar {
        /** {@code String}. */
        STRING,
        /** {@code Boolean}. */
        BOOLEAN,
        /** {@code Integer}. */
        INT32,
        /** {@code Long}. */
        INT64,
        /** {@code Float}. */
        FLOAT,
        /** {@code Double}. */
        DOUBLE
    }
}
