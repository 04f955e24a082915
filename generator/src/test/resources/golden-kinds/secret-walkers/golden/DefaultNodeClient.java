package dev.ackgen.golden.kinds.secretwalkers;

import dev.ackgen.runtime.client.ApiCall;
import dev.ackgen.runtime.client.ClientRuntime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The {@link NodeClient} its builder makes: turns each request into an {@link ApiCall} and hands it
 * to the {@link ClientRuntime}, which signs, sends, retries and maps errors.
 */
@Generated("dev.ackgen.generator")
final class DefaultNodeClient implements NodeClient {
    private final ClientRuntime runtime;

    DefaultNodeClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void addNodes(AddNodesRequest request) {
        runtime.call(addNodesCall(request));
    }

    @Override
    public CompletableFuture<Void> addNodesAsync(AddNodesRequest request) {
        return runtime.callAsync(() -> addNodesCall(request));
    }

    private ApiCall<Void> addNodesCall(AddNodesRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            AddNodesRequestValidator.requireValid(request);
        }
        return ApiCall.builder("AddNodes", "POST", "/clusters/{ClusterId}/nodes",
                ApiCall.noContent())
                .pathParameter("ClusterId", request.getClusterId())
                .secret(request.getLoginPassword())
                .secrets(request.getNode(), DefaultNodeClient::collectSecrets)
                .secrets(request.getMembers(), (value, secret) -> {
                    for (AddNodesRequest.Member item0 : value) {
                        if (item0 != null) {
                            collectSecrets(item0, secret);
                        }
                    }
                })
                .secrets(request.getKeys(), (value, secret) -> {
                    for (String item0 : value) {
                        if (item0 != null) {
                            secret.accept(item0);
                        }
                    }
                })
                .secrets(request.getEnv(), (value, secret) -> {
                    for (String value0 : value.values()) {
                        if (value0 != null) {
                            secret.accept(value0);
                        }
                    }
                })
                .secrets(request.getGrid(), (value, secret) -> {
                    for (List<Node> value0 : value.values()) {
                        if (value0 != null) {
                            for (Node item1 : value0) {
                                if (item1 != null) {
                                    collectSecrets(item1, secret);
                                }
                            }
                        }
                    }
                })
                .body(request, AddNodesRequest::writeJson)
                .build();
    }

    @Override
    public void addLabels(AddLabelsRequest request) {
        runtime.call(addLabelsCall(request));
    }

    @Override
    public CompletableFuture<Void> addLabelsAsync(AddLabelsRequest request) {
        return runtime.callAsync(() -> addLabelsCall(request));
    }

    private ApiCall<Void> addLabelsCall(AddLabelsRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            AddLabelsRequestValidator.requireValid(request);
        }
        return ApiCall.builder("AddLabels", "POST", "/clusters/{ClusterId}/labels",
                ApiCall.noContent())
                .pathParameter("ClusterId", request.getClusterId())
                .body(request, AddLabelsRequest::writeJson)
                .build();
    }

    /**
     * Hands every secret a {@code Node} holds, however deep, to {@code secret}.
     *
     * @param value the value
     * @param secret the secret
     */
    private static void collectSecrets(Node value, Consumer<String> secret) {
        if (value.getRootCredential() != null) {
            secret.accept(value.getRootCredential());
        }
        if (value.getChildren() != null) {
            for (Node item0 : value.getChildren()) {
                if (item0 != null) {
                    collectSecrets(item0, secret);
                }
            }
        }
    }

    /**
     * Hands every secret a {@code Member} holds, however deep, to {@code secret}.
     *
     * @param value the value
     * @param secret the secret
     */
    private static void collectSecrets(AddNodesRequest.Member value, Consumer<String> secret) {
        if (value.getPin() != null) {
            secret.accept(value.getPin());
        }
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "NodeClient[" + runtime.settings().endpoint() + "]";
    }
}
