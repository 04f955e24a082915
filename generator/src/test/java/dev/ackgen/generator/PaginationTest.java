package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Pagination;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Paged list operations: found by ACK's convention in the real CS API, declared with
 * {@code x-ackgen-pagination} where the convention does not reach, and a wrong declaration is an
 * error located in the spec.
 */
class PaginationTest {
    private static final String TEMPLATES = "/paths/~1templates/get";

    @Test
    void theCsApiOperationsThatFollowTheConventionPageAndNoOthers() throws Exception {
        ApiModel model = GeneratorFixture.model(GeneratorFixture.csApiSpec());

        Map<String, Pagination> paged = model.operations().stream()
                .filter(operation -> operation.pagination() != null)
                .collect(Collectors.toMap(Operation::operationId, Operation::pagination));

        assertThat(paged).containsOnlyKeys("DescribeClustersV1", "DescribeClusterNodes", "DescribeClusterEvents",
                "DescribeClusterTasks", "DescribeEvents");
        assertThat(paged.get("DescribeClustersV1"))
                .isEqualTo(new Pagination("page_number", "page_size", List.of("clusters"), List.of("page_info", "total_count"), false));
        // Strings on the wire, and "page" rather than "page_info": the convention still fits.
        assertThat(paged.get("DescribeClusterNodes"))
                .isEqualTo(new Pagination("pageNumber", "pageSize", List.of("nodes"), List.of("page", "total_count"), false));
    }

    @Test
    void aPagedOperationGetsAPagesMethodThatCompilesStrictly() throws Exception {
        List<JavaFile> files = Generator.generate(GeneratorFixture.model(GeneratorFixture.csApiSpec()), "dev.ackgen.test.cs");
        List<MethodSpec> methods = files.stream()
                .map(JavaFile::typeSpec)
                .filter(type -> type.kind() == TypeSpec.Kind.INTERFACE)
                .flatMap(type -> type.methodSpecs().stream())
                .toList();

        assertThat(methods).extracting(MethodSpec::name).filteredOn(name -> name.endsWith("Pages")).containsExactlyInAnyOrder(
                "describeClustersV1Pages", "describeClusterNodesPages", "describeClusterEventsPages",
                "describeClusterTasksPages", "describeEventsPages");
        MethodSpec clusters = methods.stream().filter(m -> m.name().equals("describeClustersV1Pages")).findFirst().orElseThrow();
        assertThat(clusters.returnType().toString())
                .isEqualTo("dev.ackgen.runtime.client.Pages<dev.ackgen.test.cs.DescribeClustersV1Response,"
                        + " dev.ackgen.test.cs.DescribeClustersV1Response.Cluster>");
        assertThat(clusters.code().toString())
                .contains("Pages.numbered(request.getPageNumber(), request.getPageSize()")
                .contains("page -> describeClustersV1(request.toBuilder().pageNumber(page).build())")
                .contains("DescribeClustersV1Response::getClusters");
        MethodSpec nodes = methods.stream().filter(m -> m.name().equals("describeClusterNodesPages")).findFirst().orElseThrow();
        assertThat(nodes.code().toString())
                .contains("Pages.parse(request.getPageNumber(), \"pageNumber\")")
                .contains("pageNumber(java.lang.Long.toString(page))");
        // CsApiTest compiles the same files with -Xlint:all -Werror.
    }

    @Test
    void theExtensionPagesAnOperationTheConventionMisses() throws Exception {
        Path spec = csApiWith(Map.of("pageNumber", "page_num", "pageSize", "page_size",
                "items", "/templates", "totalCount", "/page_info/total_count"));

        Operation templates = operation(GeneratorFixture.model(spec), "DescribeTemplates");

        assertThat(templates.pagination())
                .isEqualTo(new Pagination("page_num", "page_size", List.of("templates"), List.of("page_info", "total_count"), true));
        GeneratorFixture.compileStrictly(Generator.generate(GeneratorFixture.model(spec), "dev.ackgen.test.cs"));
    }

    @Test
    void falseTurnsTheConventionOff() throws Exception {
        Path spec = csApiWith("/paths/~1api~1v1~1clusters/get", false);

        assertThat(operation(GeneratorFixture.model(spec), "DescribeClustersV1").pagination()).isNull();
    }

    @Test
    void aWrongDeclarationIsReportedAtTheMemberThatIsWrong() {
        assertProblem(Map.of("pageNumber", "ghost", "items", "/templates"), "/pageNumber", "ghost is not a query parameter");
        assertProblem(Map.of("pageNumber", "page_num", "items", "/page_info"), "/items", "must lead to a list");
        assertProblem(Map.of("pageNumber", "page_num", "items", "/templates", "totalCount", "/page_info/nope"),
                "/totalCount", "has no member nope");
        assertProblem(Map.of("pageNumber", "page_num", "items", "templates"), "/items", "JSON pointer");
        assertProblem(Map.of("pageNumber", "page_num", "items", "/templates", "itemz", "/x"), "/itemz", "unknown member itemz");
        assertProblem(Map.of("items", "/templates"), "/pageNumber", "page-number");
    }

    @Test
    void aDeclarationThatIsNotAnObjectIsReported() {
        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(csApiWith(TEMPLATES, "yes")));
        SpecProblem problem = e.problems().get(0);
        assertThat(problem.pointer()).isEqualTo(TEMPLATES + "/x-ackgen-pagination");
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).contains("must be an object");
    }

    private static void assertProblem(Map<String, Object> declaration, String member, String message) {
        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(csApiWith(declaration)));
        assertThat(e.problems()).as(e.getMessage()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo(TEMPLATES + "/x-ackgen-pagination" + member);
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains(message);
        });
    }

    private static Path csApiWith(Map<String, Object> declaration) {
        return csApiWith(TEMPLATES, declaration);
    }

    /** The CS API with {@code x-ackgen-pagination} set on one operation, written indented so problems have lines. */
    private static Path csApiWith(String operationPointer, Object declaration) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode spec = (ObjectNode) json.readTree(GeneratorFixture.csApiSpec().toFile());
            ((ObjectNode) spec.at(operationPointer)).set("x-ackgen-pagination", json.valueToTree(declaration));
            return GeneratorFixture.writeSpec("cs.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Operation operation(ApiModel model, String operationId) {
        return model.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
    }
}
