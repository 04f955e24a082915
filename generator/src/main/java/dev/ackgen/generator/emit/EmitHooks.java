package dev.ackgen.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ObjectType;

/**
 * Called by the emitters with the builder of each type they generate, just before it is built: the
 * place where extensions change generated code. {@link #NONE} changes nothing.
 */
public interface EmitHooks {
    EmitHooks NONE = new EmitHooks() {};

    /** A model class, top-level or nested. */
    default void model(ObjectType type, TypeSpec.Builder builder) {}

    /** An enum class, top-level or nested. */
    default void enumType(EnumType type, TypeSpec.Builder builder) {}

    /** A validator class. */
    default void validator(ObjectType type, TypeSpec.Builder builder) {}

    /** A client interface. */
    default void clientInterface(ClientGroup client, TypeSpec.Builder builder) {}

    /** A client implementation. */
    default void clientImplementation(ClientGroup client, TypeSpec.Builder builder) {}
}
