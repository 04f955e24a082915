package dev.ackgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.bench.createcluster.CreateClusterRequest;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's sample CreateCluster request written to JSON bytes and read back from them, side by
 * side, in the same JVM and run:
 *
 * <ul>
 *   <li>{@link #ackgenWrite} and {@link #ackgenRead}: ackgen's generated streaming codec ({@code
 *       CreateClusterRequest.writeJson}, {@code readJson}) on jackson-core, exactly as
 *       ackgen's runtime writes a request body and reads a response: one {@link JsonFactory}, a
 *       {@code ByteArrayBuilder} on a buffer from the factory's recycler to write into, a parser over
 *       the byte array to read;
 *   <li>{@link #jacksonWrite} and {@link #jacksonRead}: jackson-databind on openapi-generator's model
 *       of the same spec (Jackson-annotated POJOs, generated into {@code dev.ackgen.bench.peer}),
 *       with the ObjectMapper that generator's native client makes ({@code
 *       ApiClient.createDefaultObjectMapper()}): {@code writeValueAsBytes}, {@code readValue(byte[],
 *       Class)};
 *   <li>{@link #ackgenWriteViaObjectMapper} and {@link #ackgenReadViaObjectMapper}: ackgen's model
 *       through a plain ObjectMapper, which finds the generated codec through the model's {@code
 *       JsonWritable} and {@code @JsonDeserialize(using = JsonModelReaders.class)}: the same generated code behind databind's entry
 *       points, for users who keep an ObjectMapper.
 * </ul>
 *
 * <p>Each side reads the same bytes ({@link SampleRequests#fixedSampleJson()}), and the mappers and
 * the factory are built once, in setup. Setup checks that both models hold the same request and
 * that each side's output parses to the same JSON tree as the document (the same members and
 * values; the order of members may differ), and that each side reads its own output back as an
 * equal object. Both models come from the same spec, so neither lacks a member of the sample. One
 * difference: openapi-generator's model starts with the spec's defaults, so {@link #jacksonRead}
 * also sets {@code is_enterprise_security_group} and {@code cluster_spec}, which the document does
 * not have (see {@link SampleRequests#readPeer}); the object {@link #jacksonWrite} writes has them
 * unset, so that both sides write the same members.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonCodecBenchmark {
    private JsonFactory ackgenJson;
    private ObjectMapper ackgenMapper;
    private ObjectMapper peerMapper;

    /** The document both sides read. */
    private byte[] document;
    private CreateClusterRequest ackgenRequest;
    private dev.ackgen.bench.peer.CreateClusterRequest peerRequest;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ackgenJson = JsonFactory.builder().build();
        ackgenMapper = JsonMapper.builder().build();
        peerMapper = SampleRequests.peerMapper();

        document = SampleRequests.fixedSampleJson();
        ackgenRequest = SampleRequests.readAckgen(ackgenJson, document);
        peerRequest = SampleRequests.readPeer(peerMapper, document);
        // Both write the document's tree (also checked again below, through the benchmarks).
        SampleRequests.checkSameContent(ackgenJson, ackgenRequest, peerMapper, peerRequest, document);

        JsonNode expected = peerMapper.readTree(document);
        check("ackgenWrite", expected, ackgenWrite());
        check("jacksonWrite", expected, jacksonWrite());
        check("ackgenWriteViaObjectMapper", expected, ackgenWriteViaObjectMapper());
        if (!ackgenRequest.equals(ackgenRead()) || !ackgenRequest.equals(ackgenReadViaObjectMapper())
                || !ackgenRequest.equals(SampleRequests.readAckgen(ackgenJson, ackgenWrite()))) {
            throw new IllegalStateException("ackgen does not read back what it read from the document");
        }
        if (!peerRequest.equals(SampleRequests.withoutFilledDefaults(jacksonRead()))
                || !peerRequest.equals(SampleRequests.readPeer(peerMapper, jacksonWrite()))) {
            throw new IllegalStateException("jackson-databind does not read back what it read from the document");
        }
    }

    private void check(String who, JsonNode expected, byte[] written)
            throws IOException {
        JsonNode tree = peerMapper.readTree(written);
        if (!expected.equals(tree)) {
            throw new IllegalStateException(who + " wrote a different document:\n  " + tree + "\nexpected\n  " + expected);
        }
    }

    @Benchmark
    public byte[] ackgenWrite() throws IOException {
        return SampleRequests.writeAckgen(ackgenJson, ackgenRequest);
    }

    @Benchmark
    public byte[] jacksonWrite() throws IOException {
        return peerMapper.writeValueAsBytes(peerRequest);
    }

    @Benchmark
    public byte[] ackgenWriteViaObjectMapper() throws IOException {
        return ackgenMapper.writeValueAsBytes(ackgenRequest);
    }

    @Benchmark
    public CreateClusterRequest ackgenRead() throws IOException {
        return SampleRequests.readAckgen(ackgenJson, document);
    }

    @Benchmark
    public dev.ackgen.bench.peer.CreateClusterRequest jacksonRead() throws IOException {
        return peerMapper.readValue(document, dev.ackgen.bench.peer.CreateClusterRequest.class);
    }

    @Benchmark
    public CreateClusterRequest ackgenReadViaObjectMapper() throws IOException {
        return ackgenMapper.readValue(document, CreateClusterRequest.class);
    }
}
