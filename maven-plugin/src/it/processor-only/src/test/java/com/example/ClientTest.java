package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.ack.ClusterClient;
import com.example.ack.CreateClusterRequest;
import com.example.ack.CreateClusterRequestValidator;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockFault;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.validation.ValidationException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client the annotation processor generated, against ackgen-mock's mock ACK server. */
@SuppressWarnings("deprecation") // key_pair is deprecated in the spec, as in the product document
class ClientTest {
    private static final Credentials CREDENTIALS = Credentials.of("it-key", "it-secret");

    private MockAckServer server;
    private ClusterClient client;

    @BeforeEach
    void start() throws IOException {
        server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .respond("CreateCluster", MockResponse.json(200,
                        "{\"cluster_id\":\"c-1\",\"request_id\":\"r-1\",\"task_id\":\"T-1\"}"))
                .start();
        client = ClusterClient.builder()
                .endpoint(server.endpoint())
                .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static CreateClusterRequest.Builder request() {
        return CreateClusterRequest.builder()
                .name("demo-edge-cluster")
                .clusterType(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES)
                .regionId("cn-beijing")
                .keyPair("demo-key");
    }

    @Test
    void createClusterIsSignedAndAnswered() {
        assertEquals("T-1", client.createCluster(request().build()).getTaskId());
        assertEquals(1, server.received("CreateCluster").size());
        assertTrue(server.received("CreateCluster").get(0).signatureCheck().valid());
    }

    @Test
    void anInvalidRequestNeverReachesTheServer() {
        CreateClusterRequest invalid = request().name("has space").build();

        assertEquals(List.of("/name"), CreateClusterRequestValidator.validate(invalid).stream().map(v -> v.path()).toList());
        assertThrows(ValidationException.class, () -> client.createCluster(invalid));
        assertEquals(0, server.received("CreateCluster").size());
    }

    @Test
    void aDroppedCreateClusterIsNotSentTwice() {
        server.enqueue("CreateCluster", MockFault.dropConnection());
        AckClientException e = assertThrows(AckClientException.class, () -> client.createCluster(request().build()));
        assertTrue(e.mayHaveReachedServer());
        assertEquals(1, server.received("CreateCluster").size());
        assertFalse(e.getMessage().contains("it-secret"));
    }
}
