package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types of one model as they are built: which component schemas became classes (named before
 * any is built, so that references between them resolve in any order), every object by name (rules
 * look into the types of other properties), and the top-level types in the order they were made.
 */
final class BuiltTypes {
    private final Map<String, TypeRef.Named> componentClasses = new LinkedHashMap<>();
    private final Map<JavaName, ObjectType> objects = new HashMap<>();
    private final List<ModelType> topLevel = new ArrayList<>();

    /** Records that a component schema becomes this class. */
    void declareComponent(String componentName, TypeRef.Named type) {
        componentClasses.put(componentName, type);
    }

    /** The component schemas that become classes, with their classes, in spec order. */
    Map<String, TypeRef.Named> componentClasses() {
        return componentClasses;
    }

    /** The class a component schema became, or null when it is not a class (an alias, or unknown). */
    TypeRef.Named componentClass(String componentName) {
        return componentClasses.get(componentName);
    }

    boolean isComponentClass(String componentName) {
        return componentClasses.containsKey(componentName);
    }

    /** Records an object type, top-level or nested, so it can be found by name. */
    ObjectType addObject(ObjectType type) {
        objects.put(type.name(), type);
        return type;
    }

    /** The object type with this name, or null. */
    ObjectType object(JavaName name) {
        return objects.get(name);
    }

    /** Adds a top-level type, after those added before it. */
    void addTopLevel(ModelType type) {
        topLevel.add(type);
    }

    List<ModelType> topLevel() {
        return topLevel;
    }
}
