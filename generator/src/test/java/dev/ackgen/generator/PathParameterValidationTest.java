package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.runtime.client.ClientBuilder;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path parameter must fill one path segment: empty, {@code .}, {@code ..} or a value holding
 * {@code /} is a violation of the generated validator (rule pathSegment, at the parameter's
 * pointer), so nothing is sent; without validation the client refuses it, as its javadoc says.
 */
class PathParameterValidationTest {
    private static final Credentials CREDENTIALS = Credentials.of("path-id", "path-secret-never-shown");

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: paths, version: "1"}
            x-ackgen-api-version: "2015-12-15"
            paths:
              /clusters/{ClusterId}/nodepools/{NodepoolId}:
                get:
                  operationId: DescribeNodePool
                  parameters:
                    - {name: ClusterId, in: path, required: true, schema: {type: string}}
                    - {name: NodepoolId, in: path, required: true, schema: {type: string, maxLength: 64}}
                    - {name: verbose, in: query, schema: {type: boolean}}
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: string}}}}
            """;

    private static Compilation compilation;
    private static List<JavaFile> files;

    private static synchronized LoadedClasses loaded() throws Exception {
        if (compilation == null) {
            files = GeneratorFixture.generate(GeneratorFixture.writeSpec("paths.yaml", SPEC), "paths.client");
            compilation = GeneratorFixture.compileStrictly(files);
        }
        return new LoadedClasses(compilation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b", "/", "../np-1"})
    void aValueThatIsNotOnePathSegmentIsAViolationAtTheParameter(String clusterId) throws Exception {
        LoadedClasses loaded = loaded();
        Object request = loaded.build("paths.client.DescribeNodePoolRequest", "clusterId", clusterId, "nodepoolId", "np-1");

        List<Violation> violations = loaded.validate("paths.client.DescribeNodePoolRequestValidator", request);

        assertThat(violations).extracting(v -> v.path() + " " + v.rule()).containsExactly("/ClusterId pathSegment");
        assertThat(violations.get(0).message()).isEqualTo("must be one path segment: not empty, not . or .., and without /");
    }

    @Test
    void oneSegmentIsValidAndEachParameterIsReportedOnItsOwn() throws Exception {
        LoadedClasses loaded = loaded();
        String validator = "paths.client.DescribeNodePoolRequestValidator";

        assertThat(loaded.validate(validator, loaded.build("paths.client.DescribeNodePoolRequest",
                "clusterId", "c 1.x..y", "nodepoolId", "np-1"))).isEmpty();
        assertThat(loaded.validate(validator, loaded.build("paths.client.DescribeNodePoolRequest", "nodepoolId", "a/b")))
                .extracting(v -> v.path() + " " + v.rule())
                .containsExactly("/ClusterId required", "/NodepoolId pathSegment");
    }

    @Test
    void theClientReportsTheViolationBeforeSendingAndWithoutValidationRefusesTheValue() throws Exception {
        LoadedClasses loaded = loaded();
        Object bad = loaded.build("paths.client.DescribeNodePoolRequest", "clusterId", "", "nodepoolId", "np-1");
        try (MockAckServer server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .respond("DescribeNodePool", MockResponse.json(200, "\"ok\""))
                .start()) {
            Object client = client(loaded, server, true);
            assertThatThrownBy(() -> loaded.call(client, "describeNodePool", bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.rule()).containsExactly("/ClusterId pathSegment"));
            loaded.call(client, "close");

            Object unchecked = client(loaded, server, false);
            assertThatThrownBy(() -> loaded.call(unchecked, "describeNodePool", bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ClusterId");
            Object slash = loaded.build("paths.client.DescribeNodePoolRequest", "clusterId", "c-1", "nodepoolId", "../x");
            assertThatThrownBy(() -> loaded.call(unchecked, "describeNodePool", slash))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NodepoolId");
            assertThat(server.received()).isEmpty();

            Object good = loaded.build("paths.client.DescribeNodePoolRequest", "clusterId", "c-1", "nodepoolId", "np-1");
            assertThat(loaded.call(unchecked, "describeNodePool", good)).isEqualTo("ok");
            assertThat(server.received()).hasSize(1);
            loaded.call(unchecked, "close");
        }
    }

    @Test
    void theClientsJavadocNamesTheRefusal() throws Exception {
        loaded();
        String client = GeneratorFixture.unwrapped(
                files.stream().filter(f -> f.typeSpec().name().equals("PathsClient")).findFirst().orElseThrow().toString());
        assertThat(client).contains("@throws IllegalArgumentException if validation before send is off and a path parameter is null,");

        List<JavaFile> unvalidated = Generator.generate(GeneratorFixture.model(GeneratorFixture.writeSpec("paths.yaml", SPEC)),
                GeneratorOptions.all("paths.unvalidated").withValidators(false));
        GeneratorFixture.compileStrictly(unvalidated);
        String plain = GeneratorFixture.unwrapped(
                unvalidated.stream().filter(f -> f.typeSpec().name().equals("PathsClient")).findFirst().orElseThrow().toString());
        assertThat(plain).contains("@throws IllegalArgumentException if a path parameter is null, empty");
    }

    private static Object client(LoadedClasses loaded, MockAckServer server, boolean validate) throws ReflectiveOperationException {
        Object builder = loaded.call(loaded.load("paths.client.PathsClient"), "builder");
        loaded.call(builder, "endpoint", server.endpoint());
        loaded.call(builder, "credentialsProvider", CredentialsProvider.of(CREDENTIALS));
        ((ClientBuilder<?>) builder).validateBeforeSend(validate);
        return loaded.call(builder, "build");
    }
}
