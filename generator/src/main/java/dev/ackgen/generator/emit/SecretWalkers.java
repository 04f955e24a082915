package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The secret walkers of one client implementation: a {@code collectSecrets(Type, Consumer<String>)}
 * overload per object type that holds a secret, handing every secret string it holds, however
 * deep, to the consumer ({@code ApiCall.Builder.secret}), so an error that echoes it has it blanked out.
 */
final class SecretWalkers {
    private static final String NAME = "collectSecrets";
    private final TypeNames names;
    private final TypeIndex types;
    private final DeprecationPolicy deprecation;
    private final SecretPolicy secrets;
    private final ClassName owner;
    private final Set<JavaName> wanted = new LinkedHashSet<>();
    private final List<JavaName> order = new ArrayList<>();

    /** @param owner the client implementation the walkers are private methods of */
    SecretWalkers(EmitContext context, ClassName owner) {
        this.names = context.names();
        this.types = context.types();
        this.deprecation = context.deprecation();
        this.secrets = context.secrets();
        this.owner = owner;
    }

    /** What hands a request property's secrets over: the walker of its class, or a lambda over its lists and maps. */
    CodeBlock walker(Property property) {
        if (property.type() instanceof TypeRef.Named named) {
            need(named.name());
            return CodeBlock.of("$T::$N", owner, NAME);
        }
        return CodeBlock.builder().add("(value, secret) -> {\n").indent()
                .add(walk(property.type(), property.secret(), CodeBlock.of("value"), 0))
                .unindent().add("}").build();
    }

    private void need(JavaName name) {
        if (wanted.add(name)) {
            order.add(name);
        }
    }

    /** Statements handing over every secret in a non-null value of this type. */
    private CodeBlock walk(TypeRef type, boolean secret, CodeBlock value, int depth) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (type instanceof TypeRef.Scalar) {
            code.addStatement("secret.accept($L)", value);
        } else if (type instanceof TypeRef.Named named) {
            need(named.name());
            code.addStatement("$N($L, secret)", NAME, value);
        } else if (type instanceof TypeRef.ListOf list) {
            String item = "item" + depth;
            code.beginControlFlow("for ($T $N : $L)", names.typeName(list.items()), item, value)
                    .beginControlFlow("if ($N != null)", item)
                    .add(walk(list.items(), secret, CodeBlock.of("$N", item), depth + 1))
                    .endControlFlow()
                    .endControlFlow();
        } else if (type instanceof TypeRef.MapOf map) {
            String item = "value" + depth;
            code.beginControlFlow("for ($T $N : $L.values())", names.typeName(map.values()), item, value)
                    .beginControlFlow("if ($N != null)", item)
                    .add(walk(map.values(), secret, CodeBlock.of("$N", item), depth + 1))
                    .endControlFlow()
                    .endControlFlow();
        }
        return code.build();
    }

    /** Adds every walker the calls use, and those they use in turn. */
    void addTo(TypeSpec.Builder spec) {
        for (int i = 0; i < order.size(); i++) { // grows while walking
            ObjectType type = types.object(order.get(i));
            if (type == null) {
                continue;
            }
            MethodSpec.Builder method = MethodSpec.methodBuilder(NAME)
                    .addJavadoc("Hands every secret a {@code $L} holds, however deep, to {@code secret}.\n",
                            type.name().simpleName())
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(names.className(type.name()), "value")
                    .addParameter(ParameterizedTypeName.get(Consumer.class, String.class), "secret");
            boolean suppress = deprecation.isDeprecated(type.name());
            for (Property property : type.properties()) {
                if (!secrets.reachesSecret(property)) {
                    continue;
                }
                suppress |= deprecation.usesDeprecated(property);
                CodeBlock getter = CodeBlock.of("value.$N()", property.getterName());
                method.beginControlFlow("if ($L != null)", getter)
                        .addCode(walk(property.type(), property.secret(), getter, 0))
                        .endControlFlow();
            }
            if (suppress) {
                method.addAnnotation(DeprecationPolicy.suppression());
            }
            spec.addMethod(method.build());
        }
    }
}
