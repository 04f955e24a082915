package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specs that once crashed the generator (a stack overflow, a NullPointerException, an internal
 * text instead of a location): each must now stop with a located problem, file, line and JSON
 * pointer, and nothing else.
 */
class CrashRegressionTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            """;

    // ----------------------------------------------------------------------------- allOf cycles

    @Test
    void anAllOfThatRefersToItsOwnComponentIsACycle() {
        String text = HEAD + """
                components:
                  schemas:
                    A:
                      allOf:
                        - $ref: '#/components/schemas/A'
                        - {type: object, properties: {x: {type: string}}}
                """;
        Path spec = GeneratorFixture.writeSpec("self.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- $ref: '#/components/schemas/A'"), "/components/schemas/A/allOf/0/$ref");
        assertThat(problem.message()).isEqualTo("allOf refers to itself through A -> A");
    }

    @Test
    void anAllOfCycleThroughTwoComponentsIsReportedOnceAtTheFirst() {
        String text = HEAD + """
                components:
                  schemas:
                    User:
                      type: object
                      properties: {a: {$ref: '#/components/schemas/A'}}
                    A:
                      allOf:
                        - {type: object, properties: {x: {type: string}}}
                        - $ref: '#/components/schemas/B'
                    B:
                      allOf:
                        - {allOf: [{$ref: '#/components/schemas/A'}]}
                        - {type: object, properties: {y: {type: string}}}
                """;
        Path spec = GeneratorFixture.writeSpec("ab.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- $ref: '#/components/schemas/B'"), "/components/schemas/A/allOf/1/$ref");
        assertThat(problem.message()).isEqualTo("allOf refers to itself through A -> B -> A");
    }

    @Test
    void aSingleAllOfToItselfIsACycleToo() {
        String text = HEAD + """
                components:
                  schemas:
                    A:
                      allOf: [{$ref: '#/components/schemas/A'}]
                    B:
                      type: object
                      properties: {a: {$ref: '#/components/schemas/A'}}
                """;
        Path spec = GeneratorFixture.writeSpec("single.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "allOf: [{$ref:"), "/components/schemas/A/allOf/0/$ref");
        assertThat(problem.message()).isEqualTo("allOf refers to itself through A -> A");
    }

    @Test
    void aDiamondOfAllOfsIsNoCycle() throws Exception {
        Path spec = GeneratorFixture.writeSpec("diamond.yaml", HEAD + """
                components:
                  schemas:
                    Base: {type: object, properties: {id: {type: string}}}
                    Left: {allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {l: {type: string}}}]}
                    Right: {allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {r: {type: string}}}]}
                    Both: {allOf: [{$ref: '#/components/schemas/Left'}, {$ref: '#/components/schemas/Right'}]}
                """);

        GeneratorFixture.compileStrictly(GeneratorFixture.generate(spec, "crash.diamond"));
    }

    // ---------------------------------------------------------------------------------- servers

    @Test
    void aServerWhoseUrlIsNullIsAProblemAtItsUrl() {
        String text = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                  - url: https://a.example.com
                  - url: null
                paths: {}
                """;
        Path spec = GeneratorFixture.writeSpec("servers.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- url: null"), "/servers/1/url");
        assertThat(problem.message()).isEqualTo("a server needs a url (a string)");
    }

    @Test
    void aServerWithoutUrlIsReportedOnceAtItsIndex() {
        String text = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                  - url: https://a.example.com
                  - description: nowhere
                paths: {}
                """;
        Path spec = GeneratorFixture.writeSpec("servers.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- description: nowhere"), "/servers/1/url");
        assertThat(problem.message()).isEqualTo("a server needs a url (a string)");
    }

    // ------------------------------------------------------------------------------ long names

    @Test
    void aSchemaNameTooLongForAClassFileIsAProblemAtTheSchema() {
        String name = "Cluster" + "x".repeat(293);
        String text = HEAD + """
                components:
                  schemas:
                    %s:
                      type: object
                      properties: {x: {type: string}}
                """.formatted(name);
        Path spec = GeneratorFixture.writeSpec("long.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, name + ":"), "/components/schemas/" + name);
        assertThat(problem.message()).isEqualTo("the generated class's file name " + ("Cluster" + "x".repeat(33))
                + "..." + "x".repeat(10) + ".class would be 306 bytes long, more than the 200 allowed:"
                + " give it a shorter name (x-ackgen-java-name or a name mapping)");
    }

    @Test
    void aNestedClassIsMeasuredWithItsOuterClasses() {
        String inner = "y".repeat(120);
        String text = HEAD + """
                components:
                  schemas:
                    %s:
                      type: object
                      properties:
                        %s:
                          type: object
                          properties: {z: {type: string}}
                """.formatted("O".repeat(80), inner);
        Path spec = GeneratorFixture.writeSpec("nested.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertThat(problem.pointer()).isEqualTo("/components/schemas/" + "O".repeat(80) + "/properties/" + inner);
        assertThat(problem.line()).isEqualTo(lineOf(text, inner + ":"));
        assertThat(problem.message()).contains("would be 207 bytes long, more than the 200 allowed");
    }

    @Test
    void anOperationIdTooLongForItsClassesIsAProblemAtTheOperation() {
        String operationId = "get" + "Z".repeat(297);
        String text = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /z:
                    post:
                      operationId: %s
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, properties: {a: {type: string}}}
                      responses:
                        '200': {description: ok}
                """.formatted(operationId);
        Path spec = GeneratorFixture.writeSpec("longop.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> Pipeline.of(GeneratorOptions.all("crash")).run(SpecSource.read(spec)));

        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(spec.toString());
            assertThat(problem.pointer()).startsWith("/paths/~1z/post");
            assertThat(problem.line()).isBetween(lineOf(text, "post:"), lineOf(text, "schema:"));
            assertThat(problem.message()).contains("more than the 200 allowed");
        });
    }

    @Test
    void mainPrintsOneLineAndNoStackTraceWhenTheOutputCannotBeWritten() throws Exception {
        Path spec = GeneratorFixture.writeSpec("ok.yaml", HEAD + """
                components:
                  schemas:
                    A: {type: object, properties: {x: {type: string}}}
                """);
        Path notADirectory = java.nio.file.Files.createTempFile("ackgen-out", ".txt");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int status = Main.run(new String[] {spec.toString(), "crash.out", notADirectory.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

        String printed = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(Main.OUTPUT_FAILED);
        assertThat(printed).startsWith("ackgen: cannot write generated sources to " + notADirectory.toAbsolutePath().normalize() + ": ")
                .doesNotContain("\tat ", "Exception").endsWith(System.lineSeparator());
        assertThat(printed.strip().lines()).hasSize(1);
        assertThat(out.size()).isZero();
    }

    // ---------------------------------------------------------------- parser failures, located

    @Test
    void aByteThatIsNotUtf8IsReportedWithItsLineAndOffset() throws Exception {
        byte[] head = HEAD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 9);
        byte[] tail = {'#', ' ', 'c', 'a', 'f', (byte) 0xE9, '!', '\n', '\n'};
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        Path spec = GeneratorFixture.writeSpec("latin1.yaml", "");
        java.nio.file.Files.write(spec, bytes);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, 4, "");
        assertThat(problem.message()).isEqualTo("not UTF-8 text at byte offset " + (head.length + 5));
        assertThat(problem.toString()).isEqualTo(spec + ":4: not UTF-8 text at byte offset " + (head.length + 5));
    }

    @Test
    void aJsonNumberBeyondADoubleIsReportedWhereItIs() {
        String text = """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "T", "version": "1"},
                  "paths": {},
                  "components": {"schemas": {"A": {"type": "object", "properties": {
                    "x": {"type": "number",
                          "maximum": 1e400}}}}}
                }
                """;
        Path spec = GeneratorFixture.writeSpec("big.json", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "1e400"), "/components/schemas/A/properties/x/maximum");
        assertThat(problem.message()).isEqualTo("the number 1e400 is beyond the range of a double (at most about 1.8e308)");
    }

    @Test
    void aYamlNumberBeyondADoubleStillGenerates() throws Exception {
        Path spec = GeneratorFixture.writeSpec("big.yaml", HEAD + """
                components:
                  schemas:
                    A:
                      type: object
                      properties: {x: {type: number, maximum: 1e400}}
                """);

        GeneratorFixture.compileStrictly(GeneratorFixture.generate(spec, "crash.big"));
    }

    @Test
    void aMediaTypeThatIsNotAnObjectIsReportedWhereItIs() {
        String text = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /x:
                    get:
                      operationId: getX
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json: true
                """;
        Path spec = GeneratorFixture.writeSpec("media.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "application/json: true"), "/paths/~1x/get/responses/200/content/application~1json");
        assertThat(problem.message()).isEqualTo("a media type must be an object, not a boolean");
    }

    @Test
    void aRefThatIsNotAStringIsReportedAtTheRefItself() {
        String text = HEAD + """
                components:
                  schemas:
                    A:
                      allOf:
                        - $ref: 5
                        - {type: object, properties: {a: {type: string}}}
                    B:
                      type: object
                      properties:
                        $ref: {type: string}
                        list: {type: array, items: {$ref: [a]}}
                """;
        Path spec = GeneratorFixture.writeSpec("ref.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> Pipeline.of(GeneratorOptions.all("crash")).run(SpecSource.read(spec)));

        assertThat(e.problems()).as(e.getMessage()).hasSize(2);
        assertLocated(e.problems().get(0), spec, lineOf(text, "- $ref: 5"), "/components/schemas/A/allOf/0/$ref");
        assertThat(e.problems().get(0).message()).isEqualTo("$ref must be a string, not a number");
        assertLocated(e.problems().get(1), spec, lineOf(text, "items: {$ref: [a]}"), "/components/schemas/B/properties/list/items/$ref");
        assertThat(e.problems().get(1).message()).isEqualTo("$ref must be a string, not an array");
    }

    @Test
    void yamlNestedTooDeeplyIsReportedAtTheFirstCollectionTooDeep() {
        StringBuilder text = new StringBuilder(HEAD + "x-deep:\n");
        String indent = "  ";
        for (int depth = 3; depth <= 52; depth++) {
            text.append(indent).append("k").append(depth).append(":\n");
            indent += "  ";
        }
        text.append(indent).append("v: 1\n");
        Path spec = GeneratorFixture.writeSpec("deep.yaml", text.toString());

        SpecProblem problem = onlyProblem(spec);

        // the document is depth 1, x-deep's value 2, k3's value 3, ...: k51's value is the 51st
        StringBuilder pointer = new StringBuilder("/x-deep");
        for (int depth = 3; depth <= 51; depth++) {
            pointer.append("/k").append(depth);
        }
        assertLocated(problem, spec, lineOf(text.toString(), " k51:"), pointer.toString());
        assertThat(problem.message()).isEqualTo("YAML nested more than 50 levels deep (the most the YAML reader allows)");
    }

    @Test
    void yamlNestedFiftyLevelsIsFine() throws Exception {
        StringBuilder text = new StringBuilder(HEAD + "x-deep:\n");
        String indent = "  ";
        for (int depth = 3; depth <= 50; depth++) {
            text.append(indent).append("k").append(depth).append(":\n");
            indent += "  ";
        }
        text.append(indent).append("v: 1\n");
        Path spec = GeneratorFixture.writeSpec("deep.yaml", text.toString());

        assertThat(Pipeline.of(GeneratorOptions.all("crash")).run(SpecSource.read(spec)).files()).isNotNull();
    }

    // ---------------------------------------------------------------------------------- helpers

    /** Runs the whole pipeline and returns its only problem. */
    static SpecProblem onlyProblem(Path spec) {
        SpecException e = assertThrows(SpecException.class, () -> Pipeline.of(GeneratorOptions.all("crash")).run(SpecSource.read(spec)));
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                found.add(i + 1);
            }
        }
        assertThat(found).as("lines containing '%s'", fragment).hasSize(1);
        return found.get(0);
    }

    static void assertLocated(SpecProblem problem, Path spec, int line, String pointer) {
        assertThat(problem.file()).as(problem.toString()).isEqualTo(spec.toString());
        assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
        assertThat(problem.pointer()).as(problem.toString()).isEqualTo(pointer);
        assertThat(problem.toString()).startsWith(spec + ":" + line);
    }
}
