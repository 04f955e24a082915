package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.mock.ReceivedRequest;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated client beyond CreateCluster: names that would clash, and every kind of parameter
 * (path, query, JSON-encoded query, header, array body) and response (array, string, none),
 * compiled with {@code -Xlint:all -Werror} and run against the mock ACK server.
 */
class ClientEmitterTest {
    private static final Credentials CREDENTIALS = Credentials.of("wire-id", "wire-secret-never-shown");

    private static final String WIRE_SPEC = """
            openapi: 3.0.3
            info: {title: wire, version: "1"}
            x-ackgen-api-version: "2015-12-15"
            servers:
              - url: "https://cs.{regionId}.aliyuncs.com"
                variables: {regionId: {default: cn-hangzhou}}
            paths:
              /clusters/{ClusterId}/nodepools/:
                get:
                  operationId: DescribeNodePools
                  tags: [Node Pool]
                  parameters:
                    - {name: ClusterId, in: path, required: true, schema: {type: string}}
                    - {name: page_size, in: query, schema: {type: integer, maximum: 100}}
                    - name: instance_ids
                      in: query
                      content: {application/json: {schema: {type: array, items: {type: string}}}}
                    - {name: x-custom-trace, in: header, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pool'}}}}
                post:
                  operationId: AddPools
                  tags: [Node Pool]
                  parameters: [{name: ClusterId, in: path, required: true, schema: {type: string}}]
                  requestBody:
                    required: true
                    content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pool'}}}}
                  responses: {"202": {description: accepted}}
              /version:
                get:
                  operationId: GetVersion
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: string}}}}
            components:
              schemas:
                Pool:
                  type: object
                  properties:
                    name: {type: string}
                    size: {type: integer}
            """;

    @Test
    void clientNamesNeverClash() throws Exception {
        StringBuilder paths = new StringBuilder("paths:\n");
        String[] operationIds = {"close", "builder", "Foo", "FooAsync", "fooCall", "class", "toString", "hashCode"};
        for (int i = 0; i < operationIds.length; i++) {
            paths.append("  /op").append(i).append(":\n    post:\n      operationId: ").append(operationIds[i])
                    .append("\n      tags: [my-tag]\n      responses: {\"200\": {description: ok}}\n");
        }
        paths.append("  /solo:\n    get:\n      operationId: Solo\n      tags: [My Tag]\n      responses: {\"200\": {description: ok}}\n");
        paths.append("  /plain:\n    get:\n      operationId: Plain\n      tags: [Widget]\n      responses: {\"200\": {description: ok}}\n");
        paths.append("  /model:\n    get:\n      operationId: GetModel\n      tags: [Model]\n      responses: {\"200\": {description: ok}}\n");
        paths.append("  /runtime:\n    get:\n      operationId: GetRuntime\n      tags: [Runtime]\n      responses: {\"200\": {description: ok}}\n");
        Path spec = GeneratorFixture.writeSpec("names.yaml", """
                openapi: 3.0.3
                info: {title: "odd names", version: "1"}
                """ + paths + """
                components:
                  schemas:
                    WidgetClient: {type: object, properties: {a: {type: string}}}
                """);
        List<JavaFile> files = GeneratorFixture.generate(spec, "hostile.clients");
        GeneratorFixture.compileStrictly(files);

        assertThat(files).extracting(file -> file.typeSpec().name()).contains("MyTagClient", "DefaultMyTagClient",
                "MyTagClient2", "DefaultMyTagClient2", "WidgetClient", "WidgetClient2", "DefaultWidgetClient2", "ModelClient",
                "RuntimeClient");
        TypeSpec client = files.stream().filter(f -> f.typeSpec().name().equals("MyTagClient")).findFirst().orElseThrow().typeSpec();
        assertThat(client.methodSpecs()).extracting(MethodSpec::name).containsExactly(
                "close2", "close2Async", "builder2", "builder2Async", "foo", "fooAsync", "fooAsync2", "fooAsync2Async",
                "fooCall2", "fooCall2Async", "class_", "class_Async", "toString2", "toString2Async", "hashCode2",
                "hashCode2Async", "close", "builder");
    }

    @Test
    void everyKindOfParameterAndResponseTravelsAsSpecified() throws Exception {
        List<JavaFile> files = GeneratorFixture.generate(GeneratorFixture.writeSpec("wire.yaml", WIRE_SPEC), "wire.client");
        Compilation compilation = GeneratorFixture.compileStrictly(files);
        assertThat(files).extracting(file -> file.typeSpec().name())
                .contains("NodePoolClient", "DefaultNodePoolClient", "CsClient", "DefaultCsClient");
        assertThat(files.stream().filter(f -> f.typeSpec().name().equals("CsClient")).findFirst().orElseThrow().toString())
                .contains("ENDPOINT_TEMPLATE = \"https://cs.{region}.aliyuncs.com\"");

        LoadedClasses loaded = new LoadedClasses(compilation);
        try (MockAckServer server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .respond("DescribeNodePools", MockResponse.json(200, "[{\"name\":\"a\",\"size\":2},{\"name\":\"b\",\"extra\":true}]"))
                .respond("AddPools", MockResponse.empty(202))
                .respond("GetVersion", MockResponse.json(200, "\"1.30.1\""))
                .start()) {
            Object nodePools = client(loaded, "wire.client.NodePoolClient", server);
            Object request = loaded.build("wire.client.DescribeNodePoolsRequest",
                    "clusterId", "c 1", "pageSize", 10L, "instanceIds", List.of("i-1", "i-2"), "xCustomTrace", "trace-7");
            List<?> pools = (List<?>) loaded.call(nodePools, "describeNodePools", request);
            assertThat(pools).hasSize(2);
            assertThat(loaded.call(pools.get(0), "getName")).isEqualTo("a");
            assertThat(loaded.call(pools.get(0), "getSize")).isEqualTo(2L);

            ReceivedRequest describe = server.received("DescribeNodePools").get(0);
            assertThat(describe.signatureCheck().valid()).isTrue();
            assertThat(describe.method()).isEqualTo("GET");
            assertThat(describe.rawPath()).isEqualTo("/clusters/c%201/nodepools/");
            assertThat(describe.query()).isEqualTo(Map.of("page_size", "10", "instance_ids", "[\"i-1\",\"i-2\"]"));
            assertThat(describe.header("x-custom-trace")).contains("trace-7");
            assertThat(describe.bodyLength()).isZero();

            Object pool = loaded.build("wire.client.Pool", "name", "p", "size", 3L);
            Object add = loaded.build("wire.client.AddPoolsRequest", "clusterId", "c-2", "body", List.of(pool));
            assertThat(loaded.call(nodePools, "addPools", add)).isNull();
            ReceivedRequest added = server.received("AddPools").get(0);
            assertThat(added.signatureCheck().valid()).isTrue();
            assertThat(added.path()).isEqualTo("/clusters/c-2/nodepools/");
            assertThat(new String(added.body(), StandardCharsets.UTF_8)).isEqualTo("[{\"name\":\"p\",\"size\":3}]");
            loaded.call(nodePools, "close");

            Object cs = client(loaded, "wire.client.CsClient", server);
            assertThat(loaded.call(cs, "getVersion", loaded.build("wire.client.GetVersionRequest"))).isEqualTo("1.30.1");
            loaded.call(cs, "close");
        }
    }

    @Test
    void withoutValidatorsTheClientSendsAsItIsAndWithoutClientThereIsNone() throws Exception {
        Path spec = GeneratorFixture.writeSpec("wire.yaml", WIRE_SPEC);
        ApiModel model = GeneratorFixture.model(spec);
        List<JavaFile> noValidators = Generator.generate(model, GeneratorOptions.all("wire.novalidators").withValidators(false));
        GeneratorFixture.compileStrictly(noValidators);
        assertThat(noValidators).extracting(file -> file.typeSpec().name())
                .contains("NodePoolClient", "DefaultNodePoolClient")
                .noneMatch(name -> name.endsWith("Validator"));
        String implementation = noValidators.stream().filter(f -> f.typeSpec().name().equals("DefaultNodePoolClient"))
                .findFirst().orElseThrow().toString();
        assertThat(implementation).doesNotContain("validatesBeforeSend", "Validator");

        List<JavaFile> modelsOnly = Generator.generate(model, GeneratorOptions.all("wire.models").withClient(false));
        GeneratorFixture.compileStrictly(modelsOnly);
        assertThat(modelsOnly).extracting(file -> file.typeSpec().name()).noneMatch(name -> name.endsWith("Client"));
    }

    private static Object client(LoadedClasses loaded, String interfaceName, MockAckServer server) throws ReflectiveOperationException {
        Object builder = loaded.call(loaded.load(interfaceName), "builder");
        loaded.call(builder, "endpoint", server.endpoint());
        loaded.call(builder, "credentialsProvider", CredentialsProvider.of(CREDENTIALS));
        return loaded.call(builder, "build");
    }
}
