package dev.ackgen.generator.emit;

import com.palantir.javapoet.MethodSpec;
import dev.ackgen.generator.model.Property;

/**
 * What a property's accessor and builder methods say about it, the same on both: its javadoc
 * (where it goes on the wire, whether it is required, its default and example, unless a secret)
 * and its deprecation.
 */
final class PropertyDocs {
    private final SecretPolicy secrets;

    PropertyDocs(SecretPolicy secrets) {
        this.secrets = secrets;
    }

    /** The javadoc of a property's accessor and builder method. */
    String propertyDoc(Property property) {
        StringBuilder doc = new StringBuilder(Javadocs.of(property.description()));
        doc.append(doc.length() == 0 ? "" : "\n")
                .append("<p>")
                .append(switch (property.location()) {
                    case BODY -> "JSON member ";
                    case PATH -> "Path parameter ";
                    case QUERY -> "Query parameter ";
                    case HEADER -> "Header ";
                })
                .append(Javadocs.code(property.wireName()))
                .append(property.required() ? ", required" : property.isCollection()
                        ? ", optional; read as empty when absent (" + Javadocs.code(property.presenceName() + "()") + " tells absent from empty)"
                        : ", optional; null when absent")
                .append(property.defaultValue() != null ? " (the server's default: " + Javadocs.code(property.defaultValue().toJson()) + ")" : "")
                .append(secrets.isSecret(property) ? ". A secret: never shown by {@code toString}" : "")
                .append(".\n");
        if (property.example() != null && !property.example().isBlank() && !secrets.isSecret(property)) {
            doc.append("<p>Example: ").append(Javadocs.code(property.example())).append(".\n");
        }
        return doc.toString();
    }

    /** Marks an accessor or builder method of a deprecated property deprecated. */
    static void deprecate(MethodSpec.Builder method, Property property) {
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class).addJavadoc("@deprecated the spec marks $L deprecated\n", Javadocs.code(property.wireName()));
        }
    }
}
