package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A response (or error) body whose $ref points nowhere is a located error, like a request body's. */
class DanglingResponseRefTest {

    private static String spec(String responses) {
        return """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /clusters/{ClusterId}:
                    get:
                      operationId: DescribeCluster
                      parameters:
                        - {name: ClusterId, in: path, required: true, schema: {type: string}}
                      responses:
                """ + responses + """
                components:
                  schemas:
                    Cluster: {type: object, properties: {name: {type: string}}}
                """;
    }

    @Test
    void aDanglingSchemaRefInASuccessResponseIsReportedAtTheRef() {
        String text = spec("""
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Nope'
                """);
        Path file = GeneratorFixture.writeSpec("dangling-response.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(file));

        SpecProblem problem = problemAt(e, "/paths/~1clusters~1{ClusterId}/get/responses/200/content/application~1json/schema/$ref");
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.line()).isEqualTo(lineOf(text, "$ref: '#/components/schemas/Nope'"));
        assertThat(problem.message()).contains("#/components/schemas/Nope");
    }

    @Test
    void aDanglingSchemaRefInAnErrorResponseIsReportedAtTheRef() {
        String text = spec("""
                        "200":
                          description: ok
                          content: {application/json: {schema: {$ref: '#/components/schemas/Cluster'}}}
                        default:
                          description: error
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Nope'
                """);
        Path file = GeneratorFixture.writeSpec("dangling-error.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(file));

        SpecProblem problem = problemAt(e, "/paths/~1clusters~1{ClusterId}/get/responses/default/content/application~1json/schema/$ref");
        assertThat(problem.line()).isEqualTo(lineOf(text, "$ref: '#/components/schemas/Nope'"));
        assertThat(problem.message()).contains("#/components/schemas/Nope");
    }

    @Test
    void aDanglingResponseRefIsReportedAtTheRef() {
        String text = spec("""
                        "200":
                          $ref: '#/components/responses/Nope'
                """);
        Path file = GeneratorFixture.writeSpec("dangling-response-object.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(file));

        SpecProblem problem = problemAt(e, "/paths/~1clusters~1{ClusterId}/get/responses/200/$ref");
        assertThat(problem.line()).isEqualTo(lineOf(text, "$ref: '#/components/responses/Nope'"));
        assertThat(problem.message()).contains("#/components/responses/Nope");
    }

    @Test
    void aDanglingRefInAnAllOfOfAResponseIsReportedAtTheRef() {
        String text = spec("""
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                allOf:
                                  - $ref: '#/components/schemas/Nope'
                """);
        Path file = GeneratorFixture.writeSpec("dangling-allof.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(file));

        SpecProblem problem = problemAt(e, "/paths/~1clusters~1{ClusterId}/get/responses/200/content/application~1json/schema/allOf/0/$ref");
        assertThat(problem.line()).isEqualTo(lineOf(text, "- $ref: '#/components/schemas/Nope'"));
        assertThat(problem.message()).contains("#/components/schemas/Nope");
    }

    private static SpecProblem problemAt(SpecException e, String pointer) {
        return e.problems().stream()
                .filter(problem -> pointer.equals(problem.pointer()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + e.getMessage()));
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }
}
