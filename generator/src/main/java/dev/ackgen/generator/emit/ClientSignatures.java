package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.Operation;
import java.util.concurrent.CompletableFuture;

/**
 * The sync and async method of an operation as the client interface declares them and its
 * implementation overrides them: name, return type and request parameter, made in one place so
 * that the two always match.
 */
final class ClientSignatures {
    private static final ClassName VOID = ClassName.get(Void.class);

    private final TypeNames names;

    ClientSignatures(EmitContext context) {
        this.names = context.names();
    }

    /** The sync method's name, return type and parameter: the same in the interface and the implementation. */
    MethodSpec.Builder sync(ClientGroup.ClientMethod method) {
        return MethodSpec.methodBuilder(method.name())
                .returns(syncType(method.operation()))
                .addParameter(names.className(method.operation().request().name()), "request");
    }

    /** The async method's name, return type and parameter. */
    MethodSpec.Builder async(ClientGroup.ClientMethod method) {
        return MethodSpec.methodBuilder(method.asyncName())
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), responseType(method.operation())))
                .addParameter(names.className(method.operation().request().name()), "request");
    }

    /** What the sync method returns: nothing for an operation that answers with no body. */
    TypeName syncType(Operation operation) {
        return operation.response() == null ? TypeName.VOID : names.typeName(operation.response());
    }

    /** The response type as a type argument. */
    TypeName responseType(Operation operation) {
        return operation.response() == null ? VOID : names.typeName(operation.response());
    }
}
