package dev.ackgen.generator.emit;

import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every type of the model by name, nested ones included: built once per run, so that no emitter
 * walks the model to find what a {@link dev.ackgen.generator.model.TypeRef.Named} refers to.
 */
public final class TypeIndex {
    private final Map<JavaName, ObjectType> objects = new HashMap<>();
    private final Map<JavaName, EnumType> enums = new HashMap<>();

    TypeIndex(List<ModelType> types) {
        add(types);
    }

    private void add(List<ModelType> types) {
        for (ModelType type : types) {
            if (type instanceof ObjectType object) {
                objects.put(object.name(), object);
                add(object.nested());
            } else if (type instanceof EnumType enumType) {
                enums.put(enumType.name(), enumType);
            }
        }
    }

    /** The object type of that name, or null. */
    public ObjectType object(JavaName name) {
        return objects.get(name);
    }

    /** The enum type of that name, or null. */
    public EnumType enumType(JavaName name) {
        return enums.get(name);
    }

    /** The type of that name, object or enum, or null. */
    ModelType type(JavaName name) {
        ObjectType object = objects.get(name);
        return object != null ? object : enums.get(name);
    }

    /** Every object type, nested ones included, in no particular order. */
    Collection<ObjectType> objects() {
        return objects.values();
    }
}
