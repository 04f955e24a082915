package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.API_CALL;
import static dev.ackgen.generator.emit.RuntimeTypes.API_CALL_BUILDER;
import static dev.ackgen.generator.emit.RuntimeTypes.CLIENT_RUNTIME;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The package-private implementation of a client interface: turns each request into an
 * {@code ApiCall} (path, query, headers, JSON body, the secrets to blank out of errors) for the
 * runtime's {@code ClientRuntime}, which signs, sends, retries and maps errors.
 */
final class ClientImplementationGenerator {
    private final EmitContext context;
    private final ApiModel model;
    private final TypeNames names;
    private final DeprecationPolicy deprecation;
    private final SecretPolicy secrets;
    private final boolean validate;
    private final EmitHooks hooks;
    private final ClientSignatures signatures;

    ClientImplementationGenerator(EmitContext context, ClientSignatures signatures) {
        this.context = context;
        this.model = context.model();
        this.names = context.names();
        this.deprecation = context.deprecation();
        this.secrets = context.secrets();
        this.validate = context.validate();
        this.hooks = context.hooks();
        this.signatures = signatures;
    }

    /** The package-private implementation: a call per operation, built and handed to the runtime. */
    JavaFile createImplementation(ClientGroup group) {
        ClassName self = ClassName.get(names.packageName(), group.implementationName());
        ClassName client = ClassName.get(names.packageName(), group.interfaceName());
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addJavadoc("The {@link $T} its builder makes: turns each request into an {@link $T} and hands it\n"
                        + "to the {@link $T}, which signs, sends, retries and maps errors.\n", client, API_CALL, CLIENT_RUNTIME)
                .addAnnotation(TypeNames.generated())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(client)
                .addField(CLIENT_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(CLIENT_RUNTIME, "runtime")
                        .addStatement("this.runtime = runtime")
                        .build());
        if (deprecation.usesDeprecated(group)) {
            spec.addAnnotation(DeprecationPolicy.suppression());
        }
        SecretWalkers walkers = new SecretWalkers(context, self);
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            TypeName request = names.className(operation.request().name());
            TypeName response = signatures.responseType(operation);
            MethodSpec.Builder sync = signatures.sync(method)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement(operation.response() == null ? "runtime.call($L(request))" : "return runtime.call($L(request))",
                            method.callName());
            MethodSpec.Builder async = signatures.async(method)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("return runtime.callAsync(() -> $L(request))", method.callName());
            if (operation.deprecated()) {
                sync.addAnnotation(Deprecated.class);
                async.addAnnotation(Deprecated.class);
            }
            spec.addMethod(sync.build()).addMethod(async.build()).addMethod(callMethod(method, request, response, walkers));
        }
        walkers.addTo(spec);
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.CLOSE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("runtime.close()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S + runtime.settings().endpoint() + $S", group.interfaceName() + "[", "]")
                        .build());
        hooks.clientImplementation(group, spec);
        return JavaFiles.of(names.packageName(), spec.build());
    }

    /** Validates the request (when asked) and builds the operation's call from it. */
    private MethodSpec callMethod(ClientGroup.ClientMethod method, TypeName request, TypeName response, SecretWalkers walkers) {
        Operation operation = method.operation();
        MethodSpec.Builder call = MethodSpec.methodBuilder(method.callName())
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(API_CALL, response))
                .addParameter(request, "request")
                .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request");
        boolean suppress = operation.request().properties().stream().anyMatch(property -> property.deprecated()
                // A value written here as JSON (a JSON-encoded parameter, the whole body) names its class: its writer, its items.
                || (property.jsonEncoded() || property == operation.bodyProperty()) && deprecation.namesDeprecated(property.type()));
        if (suppress) {
            // A deprecated parameter the caller set is still sent: reading it is the point.
            call.addAnnotation(DeprecationPolicy.suppression());
        }
        if (validate) {
            ClassName validator = ClassName.get(names.packageName(),
                    model.validatorNames().get(operation.request().name().topLevelName()));
            call.beginControlFlow("if (runtime.validatesBeforeSend())")
                    .addStatement("$T.$N(request)", validator, GeneratedNames.REQUIRE_VALID)
                    .endControlFlow();
        }
        CodeBlock builder = CodeBlock.of("$T.builder($L,$W$L,$W$L,$W$L)", API_CALL, Literals.string(operation.action()),
                Literals.string(operation.method()), Literals.string(operation.path()), responseReader(operation));
        List<CodeBlock> steps = new ArrayList<>();
        for (Property property : operation.request().properties()) {
            String getter = "request." + property.getterName() + "()";
            CodeBlock value = property.type() instanceof TypeRef.Mapped mapped && !property.jsonEncoded()
                    ? MappedTypes.text(mapped, getter)
                    : Presence.valueOrNull(property, "request");
            CodeBlock wire = Literals.string(property.wireName());
            switch (property.location()) {
                case PATH -> steps.add(CodeBlock.of("pathParameter($L, $L)", wire, value));
                case QUERY -> steps.add(property.jsonEncoded()
                        ? CodeBlock.of("queryJson($L,$W$L,$W$L)", wire, value, writer(property.type()))
                        : CodeBlock.of("query($L, $L)", wire, value));
                case HEADER -> steps.add(property.jsonEncoded()
                        ? CodeBlock.of("headerJson($L,$W$L,$W$L)", wire, value, writer(property.type()))
                        : CodeBlock.of("header($L, $L)", wire, value));
                case BODY -> { } // below: the body is the request itself or its one body property
            }
        }
        for (Property property : operation.request().properties()) {
            if (secrets.isSecretString(property)) {
                steps.add(CodeBlock.of("secret(request.$L())", property.getterName()));
            } else if (secrets.reachesSecret(property)) {
                // A secret deeper down (a nested password, a list of them): a generated walker hands each one over.
                steps.add(CodeBlock.of("secrets(request.$L(), $L)", property.getterName(), walkers.walker(property)));
                if (!suppress && deprecation.namesDeprecated(property.type())) {
                    suppress = true;
                    call.addAnnotation(DeprecationPolicy.suppression());
                }
            }
        }
        if (operation.bodyProperty() != null) {
            steps.add(CodeBlock.of("body($L, $L)", Presence.valueOrNull(operation.bodyProperty(), "request"), writer(operation.bodyProperty().type())));
        } else if (operation.request().hasBodyProperties()) {
            steps.add(CodeBlock.of("body(request, $T::$N)", names.className(operation.request().name()), GeneratedNames.WRITE_JSON));
        }
        if (Splitting.isSplit(steps)) {
            // javac's stack overflows on a chain of thousands of calls: a statement each.
            call.addStatement("$T call = $L", ParameterizedTypeName.get(API_CALL_BUILDER, response), builder);
            steps.forEach(step -> call.addStatement("call.$L", step));
            return call.addStatement("return call.build()").build();
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("return $L", builder).indent().indent();
        steps.forEach(step -> chain.add("\n.$L", step));
        chain.add("\n.build();\n").unindent().unindent();
        return call.addCode(chain.build()).build();
    }

    /** A {@code BodyWriter} for a value of this type: a method reference where one fits. */
    private CodeBlock writer(TypeRef type) {
        if (type instanceof TypeRef.Named named && !named.isEnum()) {
            return CodeBlock.of("$T::$N", names.className(named.name()), GeneratedNames.WRITE_JSON);
        }
        return CodeBlock.builder()
                .add("(value, generator) -> {\n").indent()
                .add(JsonValues.writeValue(type, "value", names, 0))
                .unindent().add("}")
                .build();
    }

    private CodeBlock responseReader(Operation operation) {
        return operation.response() == null
                ? CodeBlock.of("$T.noContent()", API_CALL)
                : JsonValues.reader(operation.response(), names, 0);
    }
}
