package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the package's {@code JsonModelReaders} classes reads which model: the models with JSON
 * members in model order (nested ones after the type that holds them), {@link #MODELS_PER_CLASS} to
 * a class. A class's constant pool holds at most 65,535 entries and each model takes about ten (its
 * class, its {@code readJson} and the method reference to it): a spec of 10,000 operations has some
 * 20,000 models. The first class is {@code JsonModelReaders}, the next {@code JsonModelReaders2}, ...
 * The model generator names a model's class in its {@code @JsonDeserialize}, the readers' generator
 * writes the classes: both ask this plan.
 */
final class JsonReaderParts {
    /** Models a reader class holds: about 10,000 of its 65,535 constants. */
    static final int MODELS_PER_CLASS = 1_000;

    private final List<List<ObjectType>> parts;
    private final Map<JavaName, Integer> partOf = new HashMap<>();
    private final TypeNames names;

    JsonReaderParts(ApiModel model, TypeNames names) {
        this.names = names;
        List<ObjectType> models = new ArrayList<>();
        model.types().forEach(type -> collect(type, models));
        this.parts = new ArrayList<>();
        for (int i = 0; i < models.size(); i += MODELS_PER_CLASS) {
            List<ObjectType> part = List.copyOf(models.subList(i, Math.min(i + MODELS_PER_CLASS, models.size())));
            part.forEach(type -> partOf.put(type.name(), parts.size()));
            parts.add(part);
        }
    }

    /** The models of each reader class, in order; empty when no model has JSON members. */
    List<List<ObjectType>> parts() {
        return parts;
    }

    /** The reader class of a part. */
    ClassName className(int part) {
        return names.packageClass(GeneratedNames.jsonModelReadersName(part));
    }

    /** The reader class that reads this model (one with JSON members). */
    ClassName readersOf(JavaName model) {
        Integer part = partOf.get(model);
        if (part == null) {
            throw new IllegalArgumentException(model + " has no JSON members");
        }
        return className(part);
    }

    private static void collect(ModelType type, List<ObjectType> models) {
        if (type instanceof ObjectType object) {
            if (object.hasBodyProperties()) {
                models.add(object);
            }
            object.nested().forEach(nested -> collect(nested, models));
        }
    }
}
