package dev.ackgen.generator.spi;

import java.util.List;

/**
 * A string enum schema, generated as a class that keeps values it does not know (so a server that
 * adds a value does not break old clients).
 */
public interface EnumView extends TypeDeclarationView {

    /** The documented values, in spec order. */
    List<Value> values();

    /** One documented value of an enum. */
    interface Value {
        /** The value as it travels on the wire, e.g. {@code cat}. */
        String wireValue();

        /** The name of its Java constant, e.g. {@code CAT}. */
        String constantName();

        /** Its description ({@code x-enum-descriptions}), or empty. */
        String description();
    }
}
