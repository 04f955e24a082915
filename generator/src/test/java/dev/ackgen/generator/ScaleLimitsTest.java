package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Specs past javac's own limits (64 KiB of code per method, 65,535 constants per class, the
 * compiler's stack on deep expressions), built programmatically: each must still give code that
 * compiles with {@code -Xlint:all -Werror}. Enums of 10,000 values and models of 3,000 properties
 * run here; the client test runs 1,001 operations (three clients) as javac takes about a minute
 * per thousand request classes: {@code -Dackgen.scale.operations=10000} runs the promised bound
 * (as do {@code -Dackgen.scale.enumValues} and {@code -Dackgen.scale.properties} for the others).
 */
class ScaleLimitsTest {
    private static final int ENUM_VALUES = Integer.getInteger("ackgen.scale.enumValues", 10_000);
    private static final int OPERATIONS = Integer.getInteger("ackgen.scale.operations", 1_001);
    private static final int PROPERTIES = Integer.getInteger("ackgen.scale.properties", 3_000);

    @Test
    void aStringEnumWithTenThousandValuesCompiles() throws Exception {
        String values = IntStream.range(0, ENUM_VALUES).mapToObj(i -> "\"value-" + i + "\"").collect(Collectors.joining(", "));
        // the most values that are still constants and a Value enum for switch
        String edge = IntStream.range(0, 1_000).mapToObj(i -> "\"edge-" + i + "\"").collect(Collectors.joining(", "));
        // past 20,000 values each chunk is one text (a value each would pass the class's 65,535 constants near 32,000)
        String huge = IntStream.range(0, 4 * ENUM_VALUES).mapToObj(i -> "\"huge-" + i + "\"").collect(Collectors.joining(", "));
        Path spec = spec("""
                /things:
                  post:
                    operationId: makeThing
                    requestBody:
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Thing'}
                """, """
                Colour: {type: string, enum: [%1$s]}
                Edge: {type: string, enum: [%2$s]}
                Huge: {type: string, enum: [%3$s]}
                Thing:
                  type: object
                  required: [colour]
                  properties:
                    colour: {$ref: '#/components/schemas/Colour'}
                    shade: {type: string, enum: [%1$s]}
                    shades: {type: array, items: {$ref: '#/components/schemas/Colour'}}
                    edge: {$ref: '#/components/schemas/Edge'}
                    huge: {$ref: '#/components/schemas/Huge'}
                """.formatted(values, edge, huge));
        Pipeline.Result result = run(spec, "scale.enums");
        compileStrictly(result, "enum of " + ENUM_VALUES + " values");
        assertThat(source(result, "Colour")).contains("\"value-" + (ENUM_VALUES - 1) + "\"").doesNotContain("enum Value");
        assertThat(source(result, "ThingValidator")).contains("must be one of the " + (4 * ENUM_VALUES) + " values of Huge")
                .contains("edge-999").doesNotContain("value-9999");
        assertThat(source(result, "Huge")).contains("\\u0000huge-" + (4 * ENUM_VALUES - 1) + "\"");
        assertThat(source(result, "Edge")).contains("public static final Edge EDGE_999 =", "enum Value", "case \"edge-999\":");
        // the large form, whose class JavadocTags leaves as it is, documents its methods itself
        assertThat(Doclint.problems(Map.of("scale/enums/Colour.java", result.files().get("scale/enums/Colour.java"))))
                .as("javadoc -Xdoclint:all of the large form").isEmpty();
    }

    @Test
    void operationsPastFiveHundredAClientAreSplitIntoNumberedClientsThatCompile() throws Exception {
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < OPERATIONS; i++) {
            // one line each, to keep the document small
            paths.append(("/things/%1$d/{id}: {get: {operationId: getThing%1$d, parameters: [{name: id, in: path, required: true,"
                    + " schema: {type: string}}, {name: q, in: query, schema: {type: integer, minimum: 1}}], responses: {\"200\":"
                    + " {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}}}\n").formatted(i));
        }
        Path spec = spec(paths.toString(), """
                Thing:
                  type: object
                  properties:
                    name: {type: string}
                """);
        Pipeline.Result result = run(spec, "scale.operations");
        compileStrictly(result, OPERATIONS + " operations");
        // 500 operations a client: the first keeps its name, the others are numbered
        int clients = (OPERATIONS + 499) / 500;
        assertThat(source(result, "CsClient")).contains("getThing499(").doesNotContain("getThing500(");
        assertThat(source(result, "CsClient" + clients)).contains("getThing" + (OPERATIONS - 1) + "(")
                .contains("part " + clients + " of " + clients + " in spec order");
        assertThat(source(result, "CsClient")).contains("part 1 of " + clients + " in spec order");
        assertThat(source(result, "DefaultCsClient" + clients)).contains("implements CsClient" + clients);
        assertThat(result.files().keySet()).noneMatch(path -> path.endsWith("/CsClient" + (clients + 1) + ".java"));
    }

    @Test
    void aModelWithThreeThousandPropertiesCompiles() throws Exception {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < PROPERTIES; i++) {
            String type = switch (i % 5) {
                case 0 -> "{type: string, minLength: 1, maxLength: 20, pattern: '^[a-z]+$'}";
                case 1 -> "{type: integer, minimum: 0, maximum: 100}";
                case 2 -> "{type: array, items: {type: string}, maxItems: 3}";
                case 3 -> "{type: boolean}";
                default -> "{type: string, x-ackgen-secret: true}";
            };
            properties.append("member").append(i).append(": ").append(type).append('\n');
        }
        // and an operation of 1,000 parameters: a request class without JSON, and a call too long for one chain
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            parameters.append(i % 2 == 0
                    ? "- {name: q" + i + ", in: query, schema: {type: integer, maximum: 9}}\n"
                    : "- {name: X-H" + i + ", in: header, schema: {type: string, format: password}}\n");
        }
        String required = IntStream.range(0, PROPERTIES).filter(i -> i % 7 == 0).mapToObj(i -> "member" + i)
                .collect(Collectors.joining(", "));
        Path spec = spec("""
                /wide:
                  post:
                    operationId: putWide
                    requestBody:
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Wide'}
                    responses:
                      "204": {description: done}
                /many:
                  get:
                    operationId: getMany
                    parameters:
                %s    responses:
                      "204": {description: done}
                """.formatted(parameters.toString().indent(6)), """
                Wide:
                  type: object
                  required: [%s]
                  properties:
                %s""".formatted(required, properties.toString().indent(4)));
        Pipeline.Result result = run(spec, "scale.properties");
        compileStrictly(result, "model of " + PROPERTIES + " properties");
        assertThat(source(result, "Wide")).contains("private boolean equalsPart15(Wide that)");
        assertThat(source(result, "DefaultCsClient")).contains("call.query(\"q998\", request.getQ998());");
    }

    @Test
    void pastAThousandJsonModelsTheReadersAreSplitIntoNumberedClassesThatCompile() throws Exception {
        StringBuilder schemas = new StringBuilder();
        for (int i = 0; i <= 1_000; i++) {
            schemas.append("S").append(i).append(": {type: object, properties: {a: {type: string}}}\n");
        }
        Pipeline.Result result = run(spec("{}", schemas.toString()), "scale.readers");
        compileStrictly(result, "1001 JSON models");
        // a class's constant pool holds a thousand models' readers: a thousand in the first, one in the second,
        // and each model names the class that reads it
        String first = source(result, "JsonModelReaders");
        String second = source(result, "JsonModelReaders2");
        assertThat(first.split("::readJson", -1)).hasSize(1_001);
        assertThat(second.split("::readJson", -1)).hasSize(2);
        for (int i = 0; i <= 1_000; i++) {
            String reader = "S" + i + "::readJson;";
            assertThat(first.contains(reader)).as(reader).isNotEqualTo(second.contains(reader));
            assertThat(source(result, "S" + i))
                    .contains(first.contains(reader) ? "using = JsonModelReaders.class" : "using = JsonModelReaders2.class");
        }
    }

    @Test
    void aModelPastFiveThousandPropertiesIsRefusedAtItsSchema() {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i <= 5_000; i++) {
            properties.append("m").append(i).append(": {type: string}\n");
        }
        Path spec = spec("{}", """
                Huge:
                  type: object
                  properties:
                %s""".formatted(properties.toString().indent(4)));
        SpecException e = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class, () -> run(spec, "scale.huge"));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/components/schemas/Huge");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).startsWith("the class Huge would have 5001 properties, more than the 5000");
        });
    }

    // ---------------------------------------------------------------------------------- helpers

    private static final String SPEC_HEAD = """
            openapi: 3.0.3
            info:
              title: scale
              version: "1"
            servers:
              - url: https://cs.example.com
            """;

    private static Path spec(String paths, String schemas) {
        return GeneratorFixture.writeSpec("scale.yaml",
                SPEC_HEAD + "paths:\n" + paths.indent(2) + "components:\n  schemas:\n" + schemas.indent(4));
    }

    private static Pipeline.Result run(Path spec, String packageName) throws Exception {
        long start = System.nanoTime();
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(packageName)).run(SpecSource.read(spec));
        System.out.printf("ScaleLimitsTest %s: generated %d files in %d ms%n", packageName, result.files().size(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void compileStrictly(Pipeline.Result result, String what) throws java.io.IOException {
        String dump = System.getProperty("ackgen.scale.dump"); // to compile with another JDK by hand
        if (dump != null) {
            for (java.util.Map.Entry<String, byte[]> file : result.files().entrySet()) {
                Path target = Path.of(dump, file.getKey());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.write(target, file.getValue());
            }
        }
        List<JavaFileObject> sources = result.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".java"))
                .map(file -> JavaFileObjects.forSourceString(
                        file.getKey().replace('/', '.').replaceAll("\\.java$", ""),
                        new String(file.getValue(), StandardCharsets.UTF_8)))
                .toList();
        long start = System.nanoTime();
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(sources);
        System.out.printf("ScaleLimitsTest %s: javac on %d files took %d ms%n", what, sources.size(),
                (System.nanoTime() - start) / 1_000_000);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    private static String source(Pipeline.Result result, String simpleName) {
        return result.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith("/" + simpleName + ".java"))
                .map(file -> new String(file.getValue(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + simpleName + " in " + result.files().keySet()));
    }
}
