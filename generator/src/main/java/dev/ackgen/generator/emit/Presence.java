package dev.ackgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.ackgen.generator.model.Property;

/**
 * How generated code asks whether a property was set. Most accessors return null when the value
 * is absent; a list's or a map's returns an empty one instead, so the validator, the client and
 * anything else that must tell absent from empty asks its {@code hasX()} method. One place decides
 * this, so the model, its validator and the request building cannot drift apart.
 */
final class Presence {
    private Presence() {}

    /** {@code value.hasTags()} or {@code value.getName() != null}. */
    static CodeBlock isSet(Property property, String receiver) {
        return property.isCollection()
                ? CodeBlock.of("$L.$N()", receiver, property.presenceName())
                : CodeBlock.of("$L.$N() != null", receiver, property.getterName());
    }

    /** {@code !value.hasTags()} or {@code value.getName() == null}. */
    static CodeBlock isAbsent(Property property, String receiver) {
        return property.isCollection()
                ? CodeBlock.of("!$L.$N()", receiver, property.presenceName())
                : CodeBlock.of("$L.$N() == null", receiver, property.getterName());
    }

    /**
     * The value, or null when absent: what the request building hands to the runtime, where null
     * means "leave it out" and an empty list is sent as an empty value.
     */
    static CodeBlock valueOrNull(Property property, String receiver) {
        return property.isCollection()
                ? CodeBlock.of("$L.$N() ? $L.$N() : null", receiver, property.presenceName(), receiver, property.getterName())
                : CodeBlock.of("$L.$N()", receiver, property.getterName());
    }
}
