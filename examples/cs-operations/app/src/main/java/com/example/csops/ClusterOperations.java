package com.example.csops;

import com.example.cs.CsClient;
import com.example.cs.DeleteClusterRequest;
import com.example.cs.DescribeClusterDetailRequest;
import com.example.cs.DescribeClusterDetailResponse;
import com.example.cs.DescribeClustersV1Request;
import com.example.cs.DescribeClustersV1Response.ClusterSummary;
import com.example.cs.ScaleClusterNodePoolRequest;
import dev.ackgen.runtime.client.AckException;
import dev.ackgen.runtime.validation.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * What a small operations tool does with ACK clusters, written against the client ackgen generates
 * from the CS API (only the four operations this class calls are generated: see the pom).
 *
 * <pre>{@code
 * try (CsClient client = CsClient.builder().region("cn-hangzhou").build()) { // ALIBABA_CLOUD_* credentials
 *     ClusterOperations operations = new ClusterOperations(client);
 *     for (ClusterSummary cluster : operations.clusters("cn-hangzhou")) {
 *         System.out.println(cluster.getName() + " " + cluster.getState());
 *     }
 * }
 * }</pre>
 *
 * <p>Every call validates its request before sending it, with the constraints of the spec and of
 * {@code src/main/openapi/ack-customizations.overlay.yaml}: a request that breaks one throws
 * {@link ValidationException} and never reaches ACK. Errors from ACK are {@link AckException}s.
 */
public final class ClusterOperations {
    /** Clusters asked for per DescribeClustersV1 page. */
    static final long PAGE_SIZE = 50;

    /** RAM, Alibaba Cloud's access control, names the CS API's actions {@code cs:<action>}. */
    private static final String RAM_ACTION_PREFIX = "cs:";

    private final CsClient client;

    /** Operations through this client; the caller keeps it and closes it. */
    public ClusterOperations(CsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The RAM policy actions this tool needs, sorted: one per ACK action the generated client can
     * send ({@code CsClient.ACTIONS}, added by the operation-actions extension), so a least-privilege
     * policy follows the operations the build generates.
     */
    public static List<String> ramActions() {
        return CsClient.ACTIONS.stream().map(action -> RAM_ACTION_PREFIX + action).sorted().toList();
    }

    /**
     * Every cluster in the region: DescribeClustersV1 page by page, each page fetched as the stream
     * reaches it, until the pages reach the total count the response gives.
     */
    public List<ClusterSummary> clusters(String regionId) {
        return client.describeClustersV1Pages(DescribeClustersV1Request.builder()
                        .regionId(regionId)
                        .pageSize(PAGE_SIZE)
                        .build())
                .items()
                .toList();
    }

    /** One cluster's details. */
    public DescribeClusterDetailResponse detail(String clusterId) {
        return client.describeClusterDetail(DescribeClusterDetailRequest.builder().clusterId(clusterId).build());
    }

    /**
     * Adds nodes to a node pool.
     *
     * @return the ID of ACK's task that adds them
     * @throws ValidationException if {@code nodes} is not within 1..500 (the overlay's constraint); nothing is sent
     */
    public String scaleOut(String clusterId, String nodePoolId, long nodes) {
        return client.scaleClusterNodePool(ScaleClusterNodePoolRequest.builder()
                        .clusterId(clusterId)
                        .nodepoolId(nodePoolId)
                        .count(nodes)
                        .build())
                .getTaskId();
    }

    /**
     * Deletes a cluster; each option says what to do with one kind of its resources ({@code SLB},
     * {@code SLS_Data}, ...), the others keep ACK's defaults.
     *
     * @return the ID of ACK's task that deletes it
     * @throws ValidationException if the ID cannot be a cluster's or an option lacks its type or
     *     mode (the overlay's pattern and rule); nothing is sent
     */
    public String delete(String clusterId, List<DeleteClusterRequest.DeleteOption> options) {
        return client.deleteCluster(DeleteClusterRequest.builder()
                        .clusterId(clusterId)
                        .deleteOptions(options.isEmpty() ? null : options)
                        .build())
                .getTaskId();
    }
}
