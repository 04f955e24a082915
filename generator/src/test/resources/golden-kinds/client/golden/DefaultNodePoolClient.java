package dev.ackgen.golden.kinds.client;

import dev.ackgen.runtime.client.ApiCall;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.json.JsonReading;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@link NodePoolClient} its builder makes: turns each request into an {@link ApiCall} and
 * hands it to the {@link ClientRuntime}, which signs, sends, retries and maps errors.
 */
@Generated("dev.ackgen.generator")
final class DefaultNodePoolClient implements NodePoolClient {
    private final ClientRuntime runtime;

    DefaultNodePoolClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public NodePool modifyNodePool(ModifyNodePoolRequest request) {
        return runtime.call(modifyNodePoolCall(request));
    }

    @Override
    public CompletableFuture<NodePool> modifyNodePoolAsync(ModifyNodePoolRequest request) {
        return runtime.callAsync(() -> modifyNodePoolCall(request));
    }

    private ApiCall<NodePool> modifyNodePoolCall(ModifyNodePoolRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            ModifyNodePoolRequestValidator.requireValid(request);
        }
        return ApiCall.builder("ModifyNodePool", "PUT",
                "/clusters/{ClusterId}/nodepools/{NodepoolId}", NodePool::readJson)
                .pathParameter("ClusterId", request.getClusterId())
                .pathParameter("NodepoolId", request.getNodepoolId())
                .query("force", request.getForce())
                .query("page_size", request.getPageSize())
                .queryJson("instance_ids",
                        request.hasInstanceIds() ? request.getInstanceIds() : null,
                        (value, generator) -> {
                    generator.writeStartArray();
                    for (int i = 0; i < value.size(); i++) {
                        String item = value.get(i);
                        if (item == null) {
                            generator.writeNull();
                        } else {
                            generator.writeString(item);
                        }
                    }
                    generator.writeEndArray();
                })
                .header("x-trace-id", request.getXTraceId())
                .body(request.getBody(), NodePool::writeJson)
                .build();
    }

    @Override
    @Deprecated
    public void deleteNodePool(DeleteNodePoolRequest request) {
        runtime.call(deleteNodePoolCall(request));
    }

    @Override
    @Deprecated
    public CompletableFuture<Void> deleteNodePoolAsync(DeleteNodePoolRequest request) {
        return runtime.callAsync(() -> deleteNodePoolCall(request));
    }

    private ApiCall<Void> deleteNodePoolCall(DeleteNodePoolRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            DeleteNodePoolRequestValidator.requireValid(request);
        }
        return ApiCall.builder("DeleteNodePool", "DELETE",
                "/clusters/{ClusterId}/nodepools/{NodepoolId}", ApiCall.noContent())
                .pathParameter("ClusterId", request.getClusterId())
                .pathParameter("NodepoolId", request.getNodepoolId())
                .build();
    }

    @Override
    public List<NodePool> describeNodePools(DescribeNodePoolsRequest request) {
        return runtime.call(describeNodePoolsCall(request));
    }

    @Override
    public CompletableFuture<List<NodePool>> describeNodePoolsAsync(
            DescribeNodePoolsRequest request) {
        return runtime.callAsync(() -> describeNodePoolsCall(request));
    }

    private ApiCall<List<NodePool>> describeNodePoolsCall(DescribeNodePoolsRequest request) {
        Objects.requireNonNull(request, "request");
        if (runtime.validatesBeforeSend()) {
            DescribeNodePoolsRequestValidator.requireValid(request);
        }
        return ApiCall.builder("DescribeNodePools", "GET", "/clusters/{ClusterId}/nodepools",
                p0 -> JsonReading.readList(p0, NodePool::readJson))
                .pathParameter("ClusterId", request.getClusterId())
                .build();
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "NodePoolClient[" + runtime.settings().endpoint() + "]";
    }
}
