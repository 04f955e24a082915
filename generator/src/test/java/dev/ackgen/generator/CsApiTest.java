package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole public CS API (119 operations, converted from Alibaba Cloud's metadata): Chinese
 * descriptions, {@code *}{@code /} inside text, JSON-encoded query parameters, a trailing-slash path.
 * Nobody here wrote it; everything in it must generate and compile with {@code -Xlint:all -Werror}.
 */
class CsApiTest {

    @Test
    void wholeCsApiGeneratesAndCompilesWithAllLintWarningsAsErrors() throws Exception {
        long start = System.nanoTime();
        ApiModel model = GeneratorFixture.model(GeneratorFixture.csApiSpec());
        List<JavaFile> files = Generator.generate(model, "dev.ackgen.test.cs");
        long generated = System.nanoTime();
        GeneratorFixture.compileStrictly(files);
        long compiled = System.nanoTime();
        // Reported, not asserted: timing belongs in benchmarks, not in unit tests.
        System.out.printf("CS API: %d operations, %d files generated in %d ms, compiled in %d ms%n",
                model.operations().size(), files.size(), (generated - start) / 1_000_000, (compiled - generated) / 1_000_000);

        assertThat(model.operations()).hasSize(119);
        assertThat(files).extracting(file -> file.typeSpec().name())
                .contains("CreateClusterRequest", "CreateClusterRequestValidator", "DescribeClustersV1Request");

        // No line longer than the limit, on the sources generated here anyway (GeneratedLineLength has the rule).
        GeneratedLineLength.Report lines = GeneratedLineLength.check(files.stream()
                .collect(Collectors.toMap(file -> file.typeSpec().name(), JavaFile::toString)));
        System.out.printf("CS API: lines past %d characters that cannot be broken: %d comment tokens, %d method headers%n",
                GeneratedLineLength.LIMIT, lines.unbreakableCommentTokens(), lines.methodHeaders());
        assertThat(lines.tooLong()).as("lines longer than %d characters", GeneratedLineLength.LIMIT).isEmpty();
        // URLs and JSON examples of the spec; the list operations' headers. More would be a regression to look at.
        assertThat(lines.unbreakableCommentTokens()).isLessThanOrEqualTo(30);
        assertThat(lines.methodHeaders()).isLessThanOrEqualTo(30);
    }

    @Test
    void everyOperationIsAClientMethodNamedAfterItsOperationId() throws Exception {
        ApiModel model = GeneratorFixture.model(GeneratorFixture.csApiSpec());
        Map<String, TypeSpec> interfaces = Generator.generate(model, "dev.ackgen.test.cs").stream()
                .map(JavaFile::typeSpec)
                .filter(type -> type.kind() == TypeSpec.Kind.INTERFACE)
                .collect(Collectors.toMap(TypeSpec::name, type -> type));
        List<String> methods = interfaces.values().stream()
                .flatMap(type -> type.methodSpecs().stream())
                .map(MethodSpec::name)
                .toList();

        assertThat(model.operations()).hasSize(119);
        for (Operation operation : model.operations()) {
            String id = operation.operationId();
            String expected = Character.toLowerCase(id.charAt(0)) + id.substring(1);
            assertThat(methods).as(id).contains(expected, expected + "Async");
        }
        assertThat(methods).contains("describeClusterV2UserKubeconfig");
    }

    @Test
    void csApiQuirksAreCarriedIntoTheModel() throws Exception {
        ApiModel model = GeneratorFixture.model(GeneratorFixture.csApiSpec());

        assertThat(model.operations()).extracting(Operation::path).contains("/cluster/{ClusterId}/autoscale/config/");
        assertThat(model.operations()).flatExtracting(operation -> operation.request().properties())
                .filteredOn(Property::jsonEncoded)
                .isNotEmpty()
                .allSatisfy(property -> assertThat(property.location()).isEqualTo(Property.Location.QUERY));
        Operation createCluster = model.operations().stream()
                .filter(operation -> operation.operationId().equals("CreateCluster")).findFirst().orElseThrow();
        assertThat(createCluster.method()).isEqualTo("POST");
        assertThat(createCluster.request().property("login_password").secret()).isTrue();
        assertThat(model.apiVersion()).isEqualTo("2015-12-15");
    }

    @Test
    void descriptionsWithCommentTerminatorsAndChineseAreEscapedJavadoc() throws Exception {
        List<JavaFile> files = GeneratorFixture.generate(GeneratorFixture.csApiSpec(), "dev.ackgen.test.cs");
        String all = files.stream().map(JavaFile::toString).reduce("", String::concat);

        assertThat(all).contains("集群").contains("*&#47;");
    }
}
