package com.example.csops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cs.CsClient;
import com.example.cs.DeleteClusterRequest.DeleteOption;
import com.example.cs.DescribeClusterDetailResponse;
import com.example.cs.DescribeClustersV1Response;
import com.example.cs.DescribeClustersV1Response.ClusterSummary;
import com.example.cs.ScaleClusterNodePoolRequest;
import com.example.cs.ScaleClusterNodePoolRequestValidator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockHandler;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.mock.ReceivedRequest;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ClusterOperations} and the generated client against the mock ACK server on 127.0.0.1,
 * which checks every request's signature and answers each action with a canned response. Also
 * checks what the overlay and the operation-actions extension changed in the generated code.
 */
class ClusterOperationsTest {
    private static final String CLUSTER_ID = "c82e6987e2961451182edacd74faf1234";
    private static final String NODE_POOL_ID = "np31da1b38983f4511b490fc62108a1234";
    private static final JsonFactory JSON = new JsonFactory();

    /** DescribeClustersV1 has three clusters on two pages (the page size is the client's, not the server's). */
    private static final String PAGE_1 = """
            {"clusters":[
              {"cluster_id":"c82e6987e2961451182edacd74faf1234","name":"prod","state":"running","size":5,
               "tags":[{"key":"env","value":"prod"}]},
              {"cluster_id":"c5cdf7e3938bc4f8eb0e44b21a80f1234","name":"staging","state":"running","size":3}],
             "page_info":{"page_number":1,"page_size":2,"total_count":3}}""";
    private static final String PAGE_2 = """
            {"clusters":[{"cluster_id":"c106f377e16f34eb1808d6b9362c91234","name":"dev","state":"stopped","size":"1"}],
             "page_info":{"page_number":2,"page_size":2,"total_count":3}}""";

    /** The canned answer to each action the client can call. */
    private static final Map<String, MockHandler> HANDLERS = Map.of(
            "DescribeClustersV1", request -> MockResponse.json(200, "2".equals(request.query().get("page_number")) ? PAGE_2 : PAGE_1),
            "DescribeClusterDetail", request -> MockResponse.json(200, """
                    {"cluster_id":"c82e6987e2961451182edacd74faf1234","name":"prod","cluster_type":"ManagedKubernetes",
                     "current_version":"1.31.1-aliyun.1","state":"running","size":5,"deletion_protection":true,
                     "region_id":"cn-hangzhou","tags":[{"key":"env","value":"prod"}],
                     "created":"2019-11-25T15:50:20+08:00","updated":"2020-01-13T23:01:03+08:00"}"""),
            "ScaleClusterNodePool", request -> MockResponse.json(200, "{\"task_id\":\"T-scale-0001\"}"),
            "DeleteCluster", request -> MockResponse.json(200, """
                    {"cluster_id":"c82e6987e2961451182edacd74faf1234","request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1",
                     "task_id":"T-delete-0001"}"""));

    private MockAckServer server;
    private CsClient client;
    private ClusterOperations operations;

    @BeforeEach
    void startMockAck() throws IOException {
        // A throwaway secret: the mock server checks signatures with it, nothing else ever sees it.
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Credentials credentials = Credentials.of("cs-operations-test", HexFormat.of().formatHex(secret));
        MockAckServer.Builder mock = MockAckServer.builder().credentials(credentials);
        HANDLERS.forEach(mock::handler);
        server = mock.start();
        client = CsClient.builder().endpoint(server.endpoint()).credentialsProvider(CredentialsProvider.of(credentials)).build();
        operations = new ClusterOperations(client);
    }

    @AfterEach
    void stopMockAck() {
        client.close();
        server.close();
    }

    @Test
    void listsEveryClusterPageByPage() {
        List<ClusterSummary> clusters = operations.clusters("cn-hangzhou");

        assertEquals(List.of("prod", "staging", "dev"), clusters.stream().map(ClusterSummary::getName).toList());
        assertEquals(5L, clusters.get(0).getSize());
        assertEquals("prod", clusters.get(0).getTags().get(0).getValue());
        assertEquals(1L, clusters.get(2).getSize()); // ACK sometimes writes numbers as strings
        List<ReceivedRequest> received = server.received("DescribeClustersV1");
        assertEquals(List.of("1", "2"), received.stream().map(r -> r.query().get("page_number")).toList());
        assertEquals(String.valueOf(ClusterOperations.PAGE_SIZE), received.get(0).query().get("page_size"));
        assertEquals("cn-hangzhou", received.get(0).query().get("region_id"));
        assertEquals("/api/v1/clusters", received.get(0).path());
        assertTrue(received.stream().allMatch(r -> r.signatureCheck().valid()));
    }

    @Test
    void readsAClustersDetail() {
        DescribeClusterDetailResponse detail = operations.detail(CLUSTER_ID);

        assertEquals(CLUSTER_ID, detail.getClusterId());
        assertEquals("ManagedKubernetes", detail.getClusterType());
        assertEquals("1.31.1-aliyun.1", detail.getCurrentVersion());
        assertEquals(5L, detail.getSize());
        assertEquals(true, detail.getDeletionProtection());
        assertEquals("env", detail.getTags().get(0).getKey());
        // The overlay's format and the pom's type mapping: instants, read from the offset the API sent.
        assertEquals(Instant.parse("2019-11-25T07:50:20Z"), detail.getCreated());
        assertEquals(Instant.parse("2020-01-13T15:01:03Z"), detail.getUpdated());
        ReceivedRequest received = server.received("DescribeClusterDetail").get(0);
        assertEquals("GET", received.method());
        assertEquals("/clusters/" + CLUSTER_ID, received.path());
    }

    @Test
    void scalesOutANodePool() throws IOException {
        assertEquals("T-scale-0001", operations.scaleOut(CLUSTER_ID, NODE_POOL_ID, 3));

        ReceivedRequest received = server.received("ScaleClusterNodePool").get(0);
        assertEquals("POST", received.method());
        assertEquals("/clusters/" + CLUSTER_ID + "/nodepools/" + NODE_POOL_ID, received.path());
        try (JsonParser parser = JSON.createParser(received.body())) {
            parser.nextToken();
            assertEquals(3L, ScaleClusterNodePoolRequest.readJson(parser).getCount());
        }
    }

    @Test
    void overlayLimitsTheScaleCountAndNothingIsSent() {
        ValidationException none = assertThrows(ValidationException.class, () -> operations.scaleOut(CLUSTER_ID, NODE_POOL_ID, 0));
        ValidationException tooMany = assertThrows(ValidationException.class, () -> operations.scaleOut(CLUSTER_ID, NODE_POOL_ID, 501));

        assertEquals(List.of("/count minimum"), pathsAndRules(none.violations()));
        assertEquals(List.of("/count maximum"), pathsAndRules(tooMany.violations()));
        // The overlay also made count required; the vendor spec has it optional.
        assertEquals(List.of("/count required"), pathsAndRules(ScaleClusterNodePoolRequestValidator.validate(
                ScaleClusterNodePoolRequest.builder().clusterId(CLUSTER_ID).nodepoolId(NODE_POOL_ID).build())));
        assertEquals(List.of(), server.received());
    }

    @Test
    void deletesAClusterWithItsOptions() {
        DeleteOption dropLogs = DeleteOption.builder().resourceType("SLS_Data").deleteMode("delete").build();

        assertEquals("T-delete-0001", operations.delete(CLUSTER_ID, List.of(dropLogs)));

        ReceivedRequest received = server.received("DeleteCluster").get(0);
        assertEquals("DELETE", received.method());
        assertEquals("/clusters/" + CLUSTER_ID, received.path());
        assertEquals("[{\"resource_type\":\"SLS_Data\",\"delete_mode\":\"delete\"}]", received.query().get("delete_options"));
    }

    @Test
    void overlayGuardsDeleteClusterAndNothingIsSent() {
        ValidationException nodePoolId = assertThrows(ValidationException.class, () -> operations.delete(NODE_POOL_ID, List.of()));
        ValidationException halfAnOption = assertThrows(ValidationException.class,
                () -> operations.delete(CLUSTER_ID, List.of(DeleteOption.builder().resourceType("SLB").build())));

        assertEquals(List.of("/ClusterId pattern"), pathsAndRules(nodePoolId.violations()));
        assertEquals(List.of("/delete_options/0/resource_type allOrNone"), pathsAndRules(halfAnOption.violations()));
        assertEquals(List.of(), server.received());
    }

    @Test
    void overlayRenamedTheListsItemClass() {
        // ClusterSummary is used throughout this class; without the overlay it would be Cluster.
        Set<String> nested = Arrays.stream(DescribeClustersV1Response.class.getDeclaredClasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toSet());

        assertTrue(nested.contains("ClusterSummary"), nested::toString);
        assertFalse(nested.contains("Cluster"), nested::toString);
    }

    @Test
    void extensionListsTheClientsActions() {
        assertEquals(Set.of("DeleteCluster", "DescribeClusterDetail", "DescribeClustersV1", "ScaleClusterNodePool"), CsClient.ACTIONS);
        // The mock answers exactly what the client can call: an operation added to the pom without
        // a canned answer here fails this test rather than a later one with InvalidAction.NotFound.
        assertEquals(CsClient.ACTIONS, HANDLERS.keySet());
        assertEquals(
                List.of("cs:DeleteCluster", "cs:DescribeClusterDetail", "cs:DescribeClustersV1", "cs:ScaleClusterNodePool"),
                ClusterOperations.ramActions());
    }

    /** Each violation as "path rule". */
    private static List<String> pathsAndRules(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void generatedModelsAndClientsCarryTheConfiguredAnnotation() {
        for (Class<?> generated : List.of(DescribeClusterDetailResponse.class, ClusterSummary.class,
                ScaleClusterNodePoolRequest.class, ScaleClusterNodePoolRequest.Builder.class, CsClient.class)) {
            assertTrue(generated.isAnnotationPresent(GeneratedByAckgen.class), generated.getName());
        }
        // Not on what ackgen generates that no option names: validators.
        assertFalse(ScaleClusterNodePoolRequestValidator.class.isAnnotationPresent(GeneratedByAckgen.class));
    }
}
