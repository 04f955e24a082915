package com.example.actions;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ClientView;
import dev.ackgen.generator.spi.ExtensionContext;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Gives every generated client interface a constant {@code ACTIONS}: the names of the ACK actions
 * (the {@code x-acs-action} values) its methods send, e.g. {@code CsClient.ACTIONS} is {@code
 * Set.of("DeleteCluster", "DescribeClusterDetail", ...)}. Code can then derive from the client
 * itself what it may call: the actions a RAM policy must allow ({@code cs:DeleteCluster}, ...),
 * or the actions a test server needs answers for. The set follows the spec and the operations
 * the build includes, so it never drifts from the methods. No generator option can add a member
 * to a client, hence an extension.
 *
 * <p>Enabled with the id {@code operation-actions}; it has no options.
 */
@AutoService(AckgenExtension.class)
public final class OperationActionsExtension implements AckgenExtension {

    @Override
    public String id() {
        return "operation-actions";
    }

    @Override
    public void customizeClientInterface(ClientView client, TypeSpec.Builder builder, ExtensionContext context) {
        // Sorted and without duplicates: two operations may share an action (x-ackgen-action), which
        // Set.of rejects at class initialisation, and sorted names keep the output deterministic.
        Set<String> actions = new TreeSet<>();
        for (ClientView.Method method : client.methods()) {
            actions.add(method.operation().action());
        }
        CodeBlock names = actions.stream().map(action -> CodeBlock.of("$S", action)).collect(CodeBlock.joining(", "));
        builder.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)),
                        "ACTIONS",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The ACK actions ({@code x-acs-action}) this client's methods send; unmodifiable.\n")
                .initializer("$T.of($L)", Set.class, names)
                .build());
    }
}
