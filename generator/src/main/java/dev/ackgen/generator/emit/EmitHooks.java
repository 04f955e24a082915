package dev.ackgen.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ObjectType;
import java.util.ArrayList;
import java.util.List;

/**
 * Called by the emitters with the builder of each type they generate, just before it is built: the
 * place where extensions change generated code. {@link #NONE} changes nothing.
 */
public interface EmitHooks {
    EmitHooks NONE = new EmitHooks() {};

    /** A model class, top-level or nested. */
    default void model(ObjectType type, TypeSpec.Builder builder) {}

    /**
     * Warnings the hook's changes to a model class cause that the class must suppress (javac's
     * names: {@code serial}); the emitter puts them in the one {@code @SuppressWarnings} it may have.
     */
    default List<String> suppressedWarnings(ObjectType type) {
        return List.of();
    }

    /**
     * A class every model nests (its {@code Builder}), built,
     * before it is added to the model: the part as it should be added.
     */
    default TypeSpec modelPart(ObjectType type, TypeSpec part) {
        return part;
    }

    /** An enum class, top-level or nested. */
    default void enumType(EnumType type, TypeSpec.Builder builder) {}

    /** A validator class. */
    default void validator(ObjectType type, TypeSpec.Builder builder) {}

    /** A client interface. */
    default void clientInterface(ClientGroup client, TypeSpec.Builder builder) {}

    /** A client implementation. */
    default void clientImplementation(ClientGroup client, TypeSpec.Builder builder) {}

    /** These hooks, then {@code next}, at every place. */
    default EmitHooks then(EmitHooks next) {
        EmitHooks first = this;
        return new EmitHooks() {
            @Override
            public void model(ObjectType type, TypeSpec.Builder builder) {
                first.model(type, builder);
                next.model(type, builder);
            }

            @Override
            public List<String> suppressedWarnings(ObjectType type) {
                List<String> both = new ArrayList<>(first.suppressedWarnings(type));
                next.suppressedWarnings(type).stream().filter(warning -> !both.contains(warning)).forEach(both::add);
                return both;
            }

            @Override
            public TypeSpec modelPart(ObjectType type, TypeSpec part) {
                return next.modelPart(type, first.modelPart(type, part));
            }

            @Override
            public void enumType(EnumType type, TypeSpec.Builder builder) {
                first.enumType(type, builder);
                next.enumType(type, builder);
            }

            @Override
            public void validator(ObjectType type, TypeSpec.Builder builder) {
                first.validator(type, builder);
                next.validator(type, builder);
            }

            @Override
            public void clientInterface(ClientGroup client, TypeSpec.Builder builder) {
                first.clientInterface(client, builder);
                next.clientInterface(client, builder);
            }

            @Override
            public void clientImplementation(ClientGroup client, TypeSpec.Builder builder) {
                first.clientImplementation(client, builder);
                next.clientImplementation(client, builder);
            }
        };
    }
}
