package dev.ackgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ackgen.bench.createcluster.CreateClusterRequest;
import dev.ackgen.bench.createcluster.CreateClusterRequestValidator;
import dev.ackgen.runtime.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the seed's sample CreateCluster request, side by side, in the same JVM and run:
 *
 * <ul>
 *   <li>{@link #ackgenValid}: ackgen's generated {@code CreateClusterRequestValidator.validate}
 *       (plain code, no reflection) on ackgen's model of the request;
 *   <li>{@link #hibernateValidatorValid}: Hibernate Validator 9 ({@code Validator.validate}) on
 *       openapi-generator's model of the same request (generated from the same spec, with
 *       {@code useBeanValidation}, into {@code dev.ackgen.bench.peer}; see bench/pom.xml);
 *   <li>{@link #ackgenInvalid} and {@link #hibernateValidatorInvalid}: the same with a name that
 *       starts with a hyphen, which breaks the name's pattern on both sides: one violation each,
 *       with its message.
 * </ul>
 *
 * <p>Both models are read once, in setup, from the same bytes ({@link
 * SampleRequests#fixedSampleJson()}), and setup checks that both hold the same request (each
 * writes back the same JSON tree). The {@link Validator} is built once, in setup: building the
 * factory (bootstrapping, Expression Language) is not measured; its metadata for the model is
 * built by setup's own validations, before the warm-up. Setup also checks that both sides find
 * the sample valid (no violation) and the invalid variant invalid (at least one violation each),
 * so that both really check something.
 *
 * <p>The two do not check the same amount: openapi-generator's annotations carry the spec's
 * required members, lengths, pattern, bounds and item counts, and {@code @Valid} cascades into
 * the list items and the runtime; ackgen's validator checks those too, and also the enums, the
 * password's character classes and the spec's six cross-field rules (x-ackgen-rules: at least
 * one of, all or none, at most one of, required when flannel is an addon, disjoint CIDR blocks,
 * a value forbidden for Edge), which Bean Validation's annotations do not express.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
    /** Breaks the name's pattern {@code ^[A-Za-z0-9][A-Za-z0-9-]*$} and nothing else. */
    static final String INVALID_NAME = "-ack-edge-demo";

    private CreateClusterRequest ackgenValidRequest;
    private CreateClusterRequest ackgenInvalidRequest;
    private dev.ackgen.bench.peer.CreateClusterRequest peerValidRequest;
    private dev.ackgen.bench.peer.CreateClusterRequest peerInvalidRequest;

    private ValidatorFactory validatorFactory;
    private Validator validator;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        byte[] document = SampleRequests.fixedSampleJson();
        JsonFactory json = JsonFactory.builder().build();
        ObjectMapper peerMapper = SampleRequests.peerMapper();

        ackgenValidRequest = SampleRequests.readAckgen(json, document);
        peerValidRequest = SampleRequests.readPeer(peerMapper, document);
        SampleRequests.checkSameContent(json, ackgenValidRequest, peerMapper, peerValidRequest, document);

        ObjectNode invalid = (ObjectNode) peerMapper.readTree(document);
        invalid.put("name", INVALID_NAME);
        byte[] invalidDocument = peerMapper.writeValueAsBytes(invalid);
        ackgenInvalidRequest = SampleRequests.readAckgen(json, invalidDocument);
        peerInvalidRequest = SampleRequests.readPeer(peerMapper, invalidDocument);
        SampleRequests.checkSameContent(json, ackgenInvalidRequest, peerMapper, peerInvalidRequest, invalidDocument);

        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();

        // Both must accept the sample and reject the invalid variant, or the comparison means nothing.
        List<Violation> ackgenValid = ackgenValid();
        Set<ConstraintViolation<dev.ackgen.bench.peer.CreateClusterRequest>> hvValid = hibernateValidatorValid();
        if (!ackgenValid.isEmpty() || !hvValid.isEmpty()) {
            throw new IllegalStateException("the sample is not valid: ackgen " + ackgenValid + ", Hibernate Validator "
                    + hvValid);
        }
        List<Violation> ackgenInvalid = ackgenInvalid();
        Set<ConstraintViolation<dev.ackgen.bench.peer.CreateClusterRequest>> hvInvalid = hibernateValidatorInvalid();
        if (ackgenInvalid.isEmpty() || hvInvalid.isEmpty()) {
            throw new IllegalStateException("a name starting with a hyphen passed: ackgen " + ackgenInvalid
                    + ", Hibernate Validator " + hvInvalid);
        }
        if (ackgenInvalid.size() != 1 || hvInvalid.size() != 1
                || !ackgenInvalid.get(0).path().equals("/name")
                || !hvInvalid.iterator().next().getPropertyPath().toString().equals("name")) {
            throw new IllegalStateException("expected one violation of the name on each side: ackgen " + ackgenInvalid
                    + ", Hibernate Validator " + hvInvalid);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (validatorFactory != null) {
            validatorFactory.close();
        }
    }

    @Benchmark
    public List<Violation> ackgenValid() {
        return CreateClusterRequestValidator.validate(ackgenValidRequest);
    }

    @Benchmark
    public Set<ConstraintViolation<dev.ackgen.bench.peer.CreateClusterRequest>> hibernateValidatorValid() {
        return validator.validate(peerValidRequest);
    }

    @Benchmark
    public List<Violation> ackgenInvalid() {
        return CreateClusterRequestValidator.validate(ackgenInvalidRequest);
    }

    @Benchmark
    public Set<ConstraintViolation<dev.ackgen.bench.peer.CreateClusterRequest>> hibernateValidatorInvalid() {
        return validator.validate(peerInvalidRequest);
    }
}
