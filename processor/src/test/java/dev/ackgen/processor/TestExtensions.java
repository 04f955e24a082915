package dev.ackgen.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ObjectView;
import java.io.Serializable;
import javax.lang.model.element.Modifier;

/**
 * Extensions the tests enable, registered as users register theirs: with {@code @AutoService}, so
 * the processor finds them on its own class path (in a build: the annotation processor path).
 */
final class TestExtensions {
    private TestExtensions() {}

    /** Every model implements {@link Serializable}, with a {@code serialVersionUID} (for -Xlint:serial). */
    @AutoService(AckgenExtension.class)
    public static final class SerializableModels implements AckgenExtension {
        @Override
        public String id() {
            return "serializable-models";
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addSuperinterface(Serializable.class)
                    .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$LL", context.option("serialVersionUID", "1"))
                            .build());
        }
    }

    /**
     * Misbehaves on the model named by option {@code model} (its Java name, {@code Outer.Nested} when nested): option {@code mode} {@code throw}
     * throws from the hook, {@code warn} reports a warning at the model's pointer.
     */
    @AutoService(AckgenExtension.class)
    public static final class Troublesome implements AckgenExtension {
        @Override
        public String id() {
            return "troublesome";
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            if (!type.javaName().equals(context.option("model", ""))) {
                return;
            }
            if (context.option("mode", "").equals("throw")) {
                throw new IllegalStateException("troublesome cannot stand " + type.javaName());
            }
            context.warning(type.pointer(), "does not like " + type.javaName());
        }
    }
}
