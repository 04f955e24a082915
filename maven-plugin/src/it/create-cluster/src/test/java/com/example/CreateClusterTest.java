package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.ack.createcluster.CreateClusterRequest;
import com.example.ack.createcluster.CreateClusterRequestValidator;
import com.example.ack.createcluster.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses the generated code as an application would: build, validate, send as JSON, read back. */
@SuppressWarnings("deprecation") // num_of_nodes is deprecated in the spec
class CreateClusterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CreateClusterRequest.Builder valid() {
        return CreateClusterRequest.builder()
                .name("demo-edge-cluster")
                .clusterType(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES)
                .regionId("cn-beijing")
                .loginPassword("Hello1234")
                .tags(List.of(Tag.builder().key("env").value("test").build()));
    }

    @Test
    void aValidRequestHasNoViolations() {
        assertEquals(List.of(), CreateClusterRequestValidator.validate(valid().build()));
    }

    @Test
    void everyViolationIsReportedWithItsPointer() {
        List<Violation> violations = CreateClusterRequestValidator.validate(valid().name("has space").numOfNodes(101L).build());

        assertEquals(List.of("/name", "/num_of_nodes"), violations.stream().map(Violation::path).toList());
        assertThrows(ValidationException.class, () -> CreateClusterRequestValidator.requireValid(valid().name("").build()));
    }

    @Test
    void jsonRoundTripKeepsWireNamesAndHidesTheSecret() throws Exception {
        CreateClusterRequest request = valid().numOfNodes(3L).build();

        String json = MAPPER.writeValueAsString(request);
        assertTrue(json.contains("\"cluster_type\":\"ManagedKubernetes\""), json);
        assertTrue(json.contains("\"num_of_nodes\":3"), json);
        assertEquals(request, MAPPER.readValue(json, CreateClusterRequest.class));
        assertFalse(request.toString().contains("Hello1234"), request.toString());
    }

    @Test
    void unknownEnumValuesSurviveARoundTrip() throws Exception {
        CreateClusterRequest request = MAPPER.readValue("{\"cluster_type\":\"FutureKind\"}", CreateClusterRequest.class);

        assertFalse(request.getClusterType().isKnown());
        assertEquals("{\"cluster_type\":\"FutureKind\"}", MAPPER.writeValueAsString(request));
    }
}
