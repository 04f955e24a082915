package dev.ackgen.generator.spi;

import java.util.List;

/** An object schema: a generated model class with a builder, a JSON codec and a validator. */
public interface ObjectView extends TypeDeclarationView {

    /** The properties, in spec order (body members and, for a request, its parameters). */
    List<PropertyView> properties();

    /** The property with this wire name, or null when the object has none. */
    default PropertyView property(String wireName) {
        for (PropertyView property : properties()) {
            if (property.wireName().equals(wireName)) {
                return property;
            }
        }
        return null;
    }

    /** The classes declared inline in this object's properties, generated as nested classes. */
    List<TypeDeclarationView> nestedTypes();
}
