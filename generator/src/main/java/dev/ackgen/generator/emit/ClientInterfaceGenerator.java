package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.ACK_CLIENT_EXCEPTION;
import static dev.ackgen.generator.emit.RuntimeTypes.ACK_SERVICE_EXCEPTION;
import static dev.ackgen.generator.emit.RuntimeTypes.CLIENT_BUILDER;
import static dev.ackgen.generator.emit.RuntimeTypes.CLIENT_RUNTIME;
import static dev.ackgen.generator.emit.RuntimeTypes.VALIDATION_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.naming.GeneratedNames;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The public interface of a client per {@link ClientGroup}: a sync and a {@code CompletableFuture}
 * method per operation (and a paging method where it pages), the API version and endpoint, and the
 * nested builder that makes its implementation.
 */
final class ClientInterfaceGenerator {
    private final ApiModel model;
    private final TypeNames names;
    private final DeprecationPolicy deprecation;
    private final boolean validate;
    private final EmitHooks hooks;
    private final ClientSignatures signatures;
    private final PagesMethodGenerator pages;

    ClientInterfaceGenerator(EmitContext context, ClientSignatures signatures, PagesMethodGenerator pages) {
        this.model = context.model();
        this.names = context.names();
        this.deprecation = context.deprecation();
        this.validate = context.validate();
        this.hooks = context.hooks();
        this.signatures = signatures;
        this.pages = pages;
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
    JavaFile createInterface(ClientGroup group) {
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
        if (deprecation.usesDeprecated(group)) {
            spec.addAnnotation(DeprecationPolicy.suppression());
        }
        for (ClientGroup.ClientMethod method : group.methods()) {
            Operation operation = method.operation();
            MethodSpec.Builder sync = signatures.sync(method)
                    .addJavadoc("$L", operationJavadoc(operation))
                    .addJavadoc("\n@param request the request\n")
                    .addJavadoc(operation.response() == null ? "" : "@return the response body\n")
                    .addJavadoc(validate
                            ? CodeBlock.of("@throws $T if the request breaks its constraints; nothing was sent\n", VALIDATION_EXCEPTION)
                            : CodeBlock.of(""))
                    .addJavadoc(pathParameterThrows(operation))
                    .addJavadoc("@throws $T if ACK answers with an error\n", ACK_SERVICE_EXCEPTION)
                    .addJavadoc("@throws $T if no usable answer arrives (connection, timeout)\n", ACK_CLIENT_EXCEPTION)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
            MethodSpec.Builder async = signatures.async(method)
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
            MethodSpec paging = pages.createPagesMethod(method);
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
