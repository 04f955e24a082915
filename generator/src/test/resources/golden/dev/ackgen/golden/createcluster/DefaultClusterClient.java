package dev.ackgen.golden.createcluster;

import dev.ackgen.runtime.client.ApiCall;
import dev.ackgen.runtime.client.ClientRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@link ClusterClient} its builder makes: turns each request into an {@link ApiCall} and hands
 * it to the {@link ClientRuntime}, which signs, sends, retries and maps errors.
 */
@Generated("dev.ackgen.generator")
final class DefaultClusterClient implements ClusterClient {
    private final ClientRuntime runtime;

    DefaultClusterClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CreateClusterResponse createCluster(CreateClusterRequest request) {
        return runtime.call(createClusterCall(request));
    }

    @Override
    public CompletableFuture<CreateClusterResponse> createClusterAsync(
            CreateClusterRequest request) {
        return runtime.callAsync(() -> createClusterCall(request));
    }

    @SuppressWarnings("deprecation")
    private ApiCall<CreateClusterResponse> createClusterCall(CreateClusterRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            CreateClusterRequestValidator.requireValid(request);
        }
        return ApiCall.builder("CreateCluster", "POST", "/clusters",
                CreateClusterResponse::readJson)
                .secret(request.getLoginPassword())
                .body(request, CreateClusterRequest::writeJson)
                .build();
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "ClusterClient[" + runtime.settings().endpoint() + "]";
    }
}
