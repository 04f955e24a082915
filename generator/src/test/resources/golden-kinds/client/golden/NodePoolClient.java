package dev.ackgen.golden.kinds.client;

import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.client.ClientBuilder;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@code Node Pool} operations of client kind (API version {@code 2015-12-15}).
 *
 * <p>Thread-safe: build one, share it, close it when done. Each method validates its
 * request first (unless the builder turned that off), signs it, sends it and retries only
 * what is safe to retry.
 *
 * <pre>{@code
 * try (NodePoolClient client = NodePoolClient.builder().region("cn-hangzhou").build()) {
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.ackgen.generator")
public interface NodePoolClient extends AutoCloseable {
    /** The API version sent as {@code x-acs-version}. */
    String API_VERSION = "2015-12-15";

    /** The endpoint; {@code {region}} stands for the region given to the builder. */
    String ENDPOINT_TEMPLATE = "https://cs.{region}.aliyuncs.com";

    /**
     * Changes a node pool.
     *
     * <p>Every kind of parameter (path, query, JSON-encoded query, header) and a body.</p>
     *
     * <p>{@code PUT /clusters/{ClusterId}/nodepools/{NodepoolId}}, action {@code ModifyNodePool}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws IllegalArgumentException if validation before send is off and a path parameter is
     *     null, empty,
     *     {@code .} or {@code ..}, or holds {@code /}; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    NodePool modifyNodePool(ModifyNodePoolRequest request);

    /**
     * Sends {@link #modifyNodePool} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<NodePool> modifyNodePoolAsync(ModifyNodePoolRequest request);

    /**
     * {@code DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}}, action {@code DeleteNodePool}.
     *
     * @param request the request
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws IllegalArgumentException if validation before send is off and a path parameter is
     *     null, empty,
     *     {@code .} or {@code ..}, or holds {@code /}; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     * @deprecated the spec marks this operation deprecated
     */
    @Deprecated
    void deleteNodePool(DeleteNodePoolRequest request);

    /**
     * Sends {@link #deleteNodePool} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return completes when ACK has answered
     * @deprecated the spec marks this operation deprecated
     */
    @Deprecated
    CompletableFuture<Void> deleteNodePoolAsync(DeleteNodePoolRequest request);

    /**
     * {@code GET /clusters/{ClusterId}/nodepools}, action {@code DescribeNodePools}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws IllegalArgumentException if validation before send is off and a path parameter is
     *     null, empty,
     *     {@code .} or {@code ..}, or holds {@code /}; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    List<NodePool> describeNodePools(DescribeNodePoolsRequest request);

    /**
     * Sends {@link #describeNodePools} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<List<NodePool>> describeNodePoolsAsync(DescribeNodePoolsRequest request);

    /**
     * Closes the connections of the transport the client made; a transport given to the
     * builder stays open.
     */
    @Override
    void close();

    /** {@return a builder; set a region or an endpoint, the rest has defaults} */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a {@link NodePoolClient}: see {@link ClientBuilder} for every option and its
     * default.
     */
    final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(ENDPOINT_TEMPLATE);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * {@return the client, as configured}
         *
         * @throws IllegalStateException if neither a region nor an endpoint was set
         */
        public NodePoolClient build() {
            return new DefaultNodePoolClient(new ClientRuntime(settings(), API_VERSION));
        }
    }
}
