package dev.ackgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits a client per {@link ClientGroup}: a public interface with a sync and a {@code
 * CompletableFuture} method per operation and a nested builder, and a package-private
 * implementation that turns each request into an {@code ApiCall} (path, query, headers, JSON body)
 * for the runtime's {@code ClientRuntime}, which signs, sends, retries and maps errors.
 */
public final class ClientEmitter {
    private static final String CLIENT = "dev.ackgen.runtime.client";
    private static final ClassName API_CALL = ClassName.get(CLIENT, "ApiCall");
    private static final ClassName CLIENT_BUILDER = ClassName.get(CLIENT, "ClientBuilder");
    private static final ClassName CLIENT_RUNTIME = ClassName.get(CLIENT, "ClientRuntime");
    private static final ClassName SERVICE_EXCEPTION = ClassName.get(CLIENT, "AckServiceException");
    private static final ClassName CLIENT_EXCEPTION = ClassName.get(CLIENT, "AckClientException");
    private static final ClassName VALIDATION_EXCEPTION = ClassName.get("dev.ackgen.runtime.validation", "ValidationException");
    private static final ClassName VOID = ClassName.get(Void.class);

    private final ApiModel model;
    private final TypeNames names;
    private final Set<JavaName> deprecatedTypes;
    private final boolean validate;
    private final EmitHooks hooks;
    /** Every object type, nested ones included, by name. */
    private final Map<JavaName, ObjectType> objects;
    /** The object types that hold a secret, however deep: those need a secret walker. */
    private final Set<JavaName> holdingSecrets;
    private final PagesMethodEmitter pages;

    /**
     * @param model the IR
     * @param names Java types for IR types
     * @param deprecatedTypes the top-level types the spec marks deprecated
     * @param validate whether validators were generated, so the client validates before sending
     * @param hooks what changes each client interface and implementation before it is built
     */
    public ClientEmitter(ApiModel model, TypeNames names, Set<JavaName> deprecatedTypes, boolean validate, EmitHooks hooks) {
        this.model = model;
        this.hooks = hooks;
        this.names = names;
        this.deprecatedTypes = Set.copyOf(deprecatedTypes);
        this.validate = validate;
        this.objects = ValidatorEmitter.index(model.types(), ObjectType.class);
        this.holdingSecrets = holdingSecrets(objects);
        this.pages = new PagesMethodEmitter(names, objects, this.deprecatedTypes);
    }

    /** The object types with a secret member, or a member that holds such a type, to any depth (cycles included). */
    private static Set<JavaName> holdingSecrets(Map<JavaName, ObjectType> objects) {
        Set<JavaName> holding = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ObjectType type : objects.values()) {
                if (!holding.contains(type.name())
                        && type.properties().stream().anyMatch(p -> reachesSecret(p.type(), p.secret(), holding))) {
                    holding.add(type.name());
                    changed = true;
                }
            }
        }
        return Set.copyOf(holding);
    }

    /** Whether a value of this type holds a secret string: itself (or its items) when secret, or an object that does. */
    private static boolean reachesSecret(TypeRef type, boolean secret, Set<JavaName> holding) {
        TypeRef inner = type.innermost();
        return secret && inner instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING
                || inner instanceof TypeRef.Named named && !named.isEnum() && holding.contains(named.name());
    }

    /**
     * Which part of its tag's operations a client holds, when there were too many for one client
     * (", part 2 of 3"); nothing for a client that holds them all.
     */
    private String partOf(ClientGroup group) {
        List<ClientGroup> parts = model.clients().stream().filter(client -> client.tag().equals(group.tag())).toList();
        return parts.size() < 2 ? "" : ", part " + (parts.indexOf(group) + 1) + " of " + parts.size() + " in spec order";
    }

    /** The public interface of a client, with its builder. */
    public JavaFile generateInterface(ClientGroup group) {
        ClassName self = ClassName.get(names.packageName(), group.interfaceName());
        ClassName builder = self.nestedClass(GeneratedNames.BUILDER);
        ClassName implementation = ClassName.get(names.packageName(), group.implementationName());
        String subject = group.tag().isEmpty() ? "The operations" : "The " + Javadocs.code(group.tag()) + " operations";
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addJavadoc("$L of $L (API version $L)$L.\n", subject,
                        model.title().isBlank() ? "this API" : Javadocs.of(model.title()).strip(), Javadocs.code(model.apiVersion()),
                        partOf(group))
                .addJavadoc("\n<p>Thread-safe: build one, share it, close it when done. Each method validates its\n"
                        + "request first (unless the builder turned that off), signs it, sends it and retries only\n"
                        + "what is safe to retry.\n")
                .addJavadoc("\n<pre>{@code\ntry ($L client = $L.$N().region(\"cn-hangzhou\").$N()) {\n    ...\n}\n}</pre>\n",
                        group.interfaceName(), group.interfaceName(), GeneratedNames.BUILDER_METHOD, GeneratedNames.BUILD)
                .addAnnotation(TypeNames.generated())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(String.class, "API_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The API version sent as {@code x-acs-version}.\n")
                        .initializer("$L", Literals.string(model.apiVersion()))
                        .build())
                .addField(FieldSpec.builder(String.class, "ENDPOINT_TEMPLATE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The endpoint; {@code {region}} stands for the region given to the builder.\n")
                        .initializer("$L", Literals.string(model.serverUrl()))
                        .build());
        if (usesDeprecated(group)) {
            spec.addAnnotation(suppressDeprecation());
        }
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            MethodSpec.Builder sync = syncSignature(method)
                    .addJavadoc("$L", operationJavadoc(operation))
                    .addJavadoc("\n@param request the request\n")
                    .addJavadoc(operation.response() == null ? "" : "@return the response body\n")
                    .addJavadoc(validate
                            ? CodeBlock.of("@throws $T if the request breaks its constraints; nothing was sent\n", VALIDATION_EXCEPTION)
                            : CodeBlock.of(""))
                    .addJavadoc(pathParameterThrows(operation))
                    .addJavadoc("@throws $T if ACK answers with an error\n", SERVICE_EXCEPTION)
                    .addJavadoc("@throws $T if no usable answer arrives (connection, timeout)\n", CLIENT_EXCEPTION)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
            MethodSpec.Builder async = asyncSignature(method)
                    .addJavadoc("Sends {@link #$L} without blocking; the future fails with what it would throw.\n",
                            method.name())
                    .addJavadoc("\n@param request the request\n@return $L\n", operation.response() == null
                            ? "completes when ACK has answered" : "the response body, when it arrives")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
            if (operation.deprecated()) {
                sync.addAnnotation(Deprecated.class).addJavadoc("@deprecated the spec marks this operation deprecated\n");
                async.addAnnotation(Deprecated.class).addJavadoc("@deprecated the spec marks this operation deprecated\n");
            }
            spec.addMethod(sync.build()).addMethod(async.build());
            MethodSpec paging = pages.pagesMethod(method);
            if (paging != null) {
                spec.addMethod(paging);
            }
        }
        spec.addMethod(MethodSpec.methodBuilder(GeneratedNames.CLOSE)
                        .addJavadoc("Closes the connections of the transport the client made; a transport given to the\n"
                                + "builder stays open.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .build())
                .addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER_METHOD)
                        .addJavadoc("A builder; set a region or an endpoint, the rest has defaults.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addType(TypeSpec.classBuilder(builder)
                        .addJavadoc("Configures a {@link $T}: see {@link $T} for every option and its default.\n",
                                self, CLIENT_BUILDER)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, builder))
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PRIVATE)
                                .addStatement("super(ENDPOINT_TEMPLATE)")
                                .build())
                        .addMethod(MethodSpec.methodBuilder("self")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PROTECTED)
                                .returns(builder)
                                .addStatement("return this")
                                .build())
                        .addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILD)
                                .addJavadoc("The client, as configured.\n\n"
                                        + "@throws IllegalStateException if neither a region nor an endpoint was set\n")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(self)
                                .addStatement("return new $T(new $T(settings(), API_VERSION))", implementation, CLIENT_RUNTIME)
                                .build())
                        .build());
        hooks.clientInterface(group, spec);
        return JavaFiles.of(names.packageName(), spec.build());
    }

    /** The package-private implementation: a call per operation, built and handed to the runtime. */
    public JavaFile generateImplementation(ClientGroup group) {
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
        if (usesDeprecated(group)) {
            spec.addAnnotation(suppressDeprecation());
        }
        SecretWalkers walkers = new SecretWalkers(self);
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            TypeName request = names.className(operation.request().name());
            TypeName response = responseType(operation);
            MethodSpec.Builder sync = syncSignature(method)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement(operation.response() == null ? "runtime.call($L(request))" : "return runtime.call($L(request))",
                            method.callName());
            MethodSpec.Builder async = asyncSignature(method)
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

    /** The sync method's name, return type and parameter: the same in the interface and the implementation. */
    private MethodSpec.Builder syncSignature(ClientGroup.ClientMethod method) {
        return MethodSpec.methodBuilder(method.name())
                .returns(syncType(method.operation()))
                .addParameter(names.className(method.operation().request().name()), "request");
    }

    /** The async method's name, return type and parameter. */
    private MethodSpec.Builder asyncSignature(ClientGroup.ClientMethod method) {
        return MethodSpec.methodBuilder(method.asyncName())
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), responseType(method.operation())))
                .addParameter(names.className(method.operation().request().name()), "request");
    }

    /** Validates the request (when asked) and builds the operation's call from it. */
    private MethodSpec callMethod(ClientGroup.ClientMethod method, TypeName request, TypeName response, SecretWalkers walkers) {
        Operation operation = method.operation();
        MethodSpec.Builder call = MethodSpec.methodBuilder(method.callName())
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(API_CALL, response))
                .addParameter(request, "request")
                .addStatement("$T.requireNonNull(request, $S)", Objects.class, "request");
        boolean deprecation = operation.request().properties().stream().anyMatch(property -> property.deprecated()
                // A value written here as JSON (a JSON-encoded parameter, the whole body) names its class: its writer, its items.
                || (property.jsonEncoded() || property == operation.bodyProperty()) && walkers.namesDeprecated(property.type()));
        if (deprecation) {
            // A deprecated parameter the caller set is still sent: reading it is the point.
            call.addAnnotation(suppressDeprecation());
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
            if (property.secret() && property.type() instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Scalar.Kind.STRING) {
                steps.add(CodeBlock.of("secret(request.$L())", property.getterName()));
            } else if (reachesSecret(property.type(), property.secret(), holdingSecrets)) {
                // A secret deeper down (a nested password, a list of them): a generated walker hands each one over.
                steps.add(CodeBlock.of("secrets(request.$L(), $L)", property.getterName(), walkers.walker(property)));
                if (!deprecation && walkers.namesDeprecated(property.type())) {
                    deprecation = true;
                    call.addAnnotation(suppressDeprecation());
                }
            }
        }
        if (operation.bodyProperty() != null) {
            steps.add(CodeBlock.of("body($L, $L)", Presence.valueOrNull(operation.bodyProperty(), "request"), writer(operation.bodyProperty().type())));
        } else if (operation.request().hasBodyProperties()) {
            steps.add(CodeBlock.of("body(request, $T.$N::write)", names.className(operation.request().name()), GeneratedNames.JSON_WRITER));
        }
        if (steps.size() > ModelEmitter.PROPERTIES_PER_METHOD) {
            // javac's stack overflows on a chain of thousands of calls: a statement each.
            call.addStatement("$T call = $L", ParameterizedTypeName.get(API_CALL.nestedClass("Builder"), response), builder);
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
            return CodeBlock.of("$T.$N::write", names.className(named.name()), GeneratedNames.JSON_WRITER);
        }
        return CodeBlock.builder()
                .add("(value, generator) -> {\n").indent()
                .add(JsonCodecEmitter.writeValue(type, "value", names, 0))
                .unindent().add("}")
                .build();
    }

    private CodeBlock responseReader(Operation operation) {
        return operation.response() == null
                ? CodeBlock.of("$T.noContent()", API_CALL)
                : JsonCodecEmitter.reader(operation.response(), names, 0);
    }

    /** What the sync method returns: nothing for an operation that answers with no body. */
    private TypeName syncType(Operation operation) {
        return operation.response() == null ? TypeName.VOID : names.typeName(operation.response());
    }

    /** The response type as a type argument. */
    private TypeName responseType(Operation operation) {
        return operation.response() == null ? VOID : names.typeName(operation.response());
    }

    /**
     * The secret walkers of one client implementation: a {@code collectSecrets(Type, Consumer<String>)}
     * overload per object type that holds a secret, handing every secret string it holds, however
     * deep, to the consumer ({@code ApiCall.Builder.secret}), so an error that echoes it has it blanked out.
     */
    private final class SecretWalkers {
        private static final String NAME = "collectSecrets";
        private final ClassName owner;
        private final Set<JavaName> wanted = new LinkedHashSet<>();
        private final List<JavaName> order = new ArrayList<>();

        SecretWalkers(ClassName owner) {
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

        /** Whether code walking this type names a deprecated class (a variable or parameter of that type). */
        boolean namesDeprecated(TypeRef type) {
            return type.namedType().map(named -> deprecatedTypes.contains(JavaName.topLevel(named.name().topLevelName()))
                    || objects.containsKey(named.name()) && objects.get(named.name()).deprecated()).orElse(false);
        }

        /** Adds every walker the calls use, and those they use in turn. */
        void addTo(TypeSpec.Builder spec) {
            for (int i = 0; i < order.size(); i++) { // grows while walking
                ObjectType type = objects.get(order.get(i));
                if (type == null) {
                    continue;
                }
                MethodSpec.Builder method = MethodSpec.methodBuilder(NAME)
                        .addJavadoc("Hands every secret a {@code $L} holds, however deep, to {@code secret}.\n",
                                type.name().simpleName())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(names.className(type.name()), "value")
                        .addParameter(ParameterizedTypeName.get(Consumer.class, String.class), "secret");
                boolean deprecation = type.deprecated() || namesDeprecated(new TypeRef.Named(type.name(), false));
                for (Property property : type.properties()) {
                    if (!reachesSecret(property.type(), property.secret(), holdingSecrets)) {
                        continue;
                    }
                    deprecation |= property.deprecated() || namesDeprecated(property.type());
                    CodeBlock getter = CodeBlock.of("value.$N()", property.getterName());
                    method.beginControlFlow("if ($L != null)", getter)
                            .addCode(walk(property.type(), property.secret(), getter, 0))
                            .endControlFlow();
                }
                if (deprecation) {
                    method.addAnnotation(suppressDeprecation());
                }
                spec.addMethod(method.build());
            }
        }
    }

    private boolean usesDeprecated(ClientGroup group) {
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            if (deprecatedTypes.contains(operation.request().name()) || namesDeprecated(operation.response())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a response type is or holds a deprecated top-level type; false for no response. */
    private boolean namesDeprecated(TypeRef type) {
        return type != null && type.namedType()
                .map(named -> deprecatedTypes.contains(JavaName.topLevel(named.name().topLevelName())))
                .orElse(false);
    }

    /**
     * The client's own refusal of a path parameter that is not one path segment: the validator
     * reports it first (rule {@code pathSegment}), so it is thrown only without validation.
     */
    private CodeBlock pathParameterThrows(Operation operation) {
        if (operation.request().properties().stream().noneMatch(p -> p.location() == Property.Location.PATH)) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("@throws $T if $La path parameter is null, empty,\n"
                        + "    {@code .} or {@code ..}, or holds {@code /}; nothing was sent\n", IllegalArgumentException.class,
                validate ? "validation before send is off and " : "");
    }

    private static AnnotationSpec suppressDeprecation() {
        return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
    }

    private static String operationJavadoc(Operation operation) {
        StringBuilder doc = new StringBuilder();
        doc.append(Javadocs.of(operation.summary()));
        if (!operation.description().isBlank() && !operation.description().strip().equals(operation.summary().strip())) {
            doc.append(doc.length() == 0 ? Javadocs.of(operation.description()) : "\n" + Javadocs.blocks(operation.description()));
        }
        doc.append(doc.length() == 0 ? "" : "\n<p>").append(Javadocs.code(operation.method() + " " + operation.path()))
                .append(", action ").append(Javadocs.code(operation.action())).append(".\n");
        return doc.toString();
    }
}
