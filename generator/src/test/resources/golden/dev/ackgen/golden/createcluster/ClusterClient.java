package dev.ackgen.golden.createcluster;

import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.client.ClientBuilder;
import dev.ackgen.runtime.client.ClientRuntime;
import dev.ackgen.runtime.validation.ValidationException;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The {@code Cluster} operations of Container Service for Kubernetes (ACK) - CreateCluster for ACK
 * Edge (API version {@code 2015-12-15}).
 *
 * <p>Thread-safe: build one, share it, close it when done. Each method validates its
 * request first (unless the builder turned that off), signs it, sends it and retries only
 * what is safe to retry.
 *
 * <pre>{@code
 * try (ClusterClient client = ClusterClient.builder().region("cn-hangzhou").build()) {
 *     ...
 * }
 * }</pre>
 */
@Generated("dev.ackgen.generator")
public interface ClusterClient extends AutoCloseable {
    /** The API version sent as {@code x-acs-version}. */
    String API_VERSION = "2015-12-15";

    /** The endpoint; {@code {region}} stands for the region given to the builder. */
    String ENDPOINT_TEMPLATE = "https://cs.{region}.aliyuncs.com";

    /**
     * Create an ACK Edge cluster
     *
     * <p>Creates an ACK Edge cluster by calling the CreateCluster operation.</p>
     *
     * <p>{@code POST /clusters}, action {@code CreateCluster}.
     *
     * @param request the request
     * @return the response body
     * @throws ValidationException if the request breaks its constraints; nothing was sent
     * @throws AckServiceException if ACK answers with an error
     * @throws AckClientException if no usable answer arrives (connection, timeout)
     */
    CreateClusterResponse createCluster(CreateClusterRequest request);

    /**
     * Sends {@link #createCluster} without blocking; the future fails with what it would throw.
     *
     * @param request the request
     * @return the response body, when it arrives
     */
    CompletableFuture<CreateClusterResponse> createClusterAsync(CreateClusterRequest request);

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
     * Configures a {@link ClusterClient}: see {@link ClientBuilder} for every option and its
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
        public ClusterClient build() {
            return new DefaultClusterClient(new ClientRuntime(settings(), API_VERSION));
        }
    }
}
