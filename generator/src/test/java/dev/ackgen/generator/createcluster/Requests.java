package dev.ackgen.generator.createcluster;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.generator.GeneratorFixture;
import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.it.createcluster.CreateClusterRequestValidator;
import dev.ackgen.runtime.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Requests for the tests of the generated CreateCluster code (package dev.ackgen.it.createcluster,
 * generated from spec/ into the test sources by the build).
 */
@SuppressWarnings("deprecation") // key_pair is deprecated in the spec, as in the seed
final class Requests {
    /** Reads JSON as the seed prints it: with // comments and a trailing comma. */
    static final ObjectMapper SEED_READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Requests() {}

    /** The seed's sample request, verbatim from the product document. */
    static String seedSampleText() {
        return GeneratorFixture.text("seed/create-cluster-sample-request.json");
    }

    static CreateClusterRequest seedSample() {
        try {
            return SEED_READER.readValue(seedSampleText(), CreateClusterRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest request that satisfies every constraint and rule. */
    static CreateClusterRequest.Builder valid() {
        return CreateClusterRequest.builder()
                .name("demo-edge-cluster")
                .clusterType(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES)
                .regionId("cn-beijing")
                .keyPair("demo-key");
    }

    static List<Violation> violations(CreateClusterRequest.Builder request) {
        return CreateClusterRequestValidator.validate(request.build());
    }
}
