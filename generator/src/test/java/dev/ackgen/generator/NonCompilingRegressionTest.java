package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Specs that once made ackgen generate code that did not compile: each now gives code that
 * compiles with {@code -Xlint:all -Werror} (with a located warning when something is skipped), or
 * a located error.
 */
class NonCompilingRegressionTest {

    // ------------------------------------------------------------ constraints on the wrong type

    @Test
    void constraintKeywordsThatDoNotFitTheValueTypeAreSkippedWithALocatedWarning() throws Exception {
        Path spec = spec("""
                Odd:
                  type: object
                  properties:
                    anything: {minLength: 2, maxLength: 4}
                    word: {type: string, minimum: 1, maximum: 9, minItems: 1, maxItems: 2, uniqueItems: true}
                    count: {type: integer, pattern: '^a', format: cidr, x-ackgen-min-character-classes: 2, minLength: 1}
                    flag: {type: boolean, minimum: 1, maxItems: 3}
                    tags: {type: array, items: {type: integer, minLength: 3}, pattern: x, minimum: 2, maxItems: 4}
                    labels: {type: object, additionalProperties: {type: string, maximum: 3}, uniqueItems: true, maxItems: 2}
                    colour: {type: string, enum: [red, green], minLength: 2}
                    either: {oneOf: [{type: string}, {type: integer}], minLength: 1, minimum: 0}
                """);
        Pipeline.Result result = run(spec, "regress.wrongtype");
        compileStrictly(result);
        assertThat(warnings(result)).contains(
                "/components/schemas/Odd/properties/anything/minLength",
                "/components/schemas/Odd/properties/anything/maxLength",
                "/components/schemas/Odd/properties/word/minimum",
                "/components/schemas/Odd/properties/word/maximum",
                "/components/schemas/Odd/properties/word/minItems",
                "/components/schemas/Odd/properties/word/maxItems",
                "/components/schemas/Odd/properties/word/uniqueItems",
                "/components/schemas/Odd/properties/count/pattern",
                "/components/schemas/Odd/properties/count/format",
                "/components/schemas/Odd/properties/count/x-ackgen-min-character-classes",
                "/components/schemas/Odd/properties/count/minLength",
                "/components/schemas/Odd/properties/flag/minimum",
                "/components/schemas/Odd/properties/flag/maxItems",
                "/components/schemas/Odd/properties/tags/items/minLength",
                "/components/schemas/Odd/properties/tags/pattern",
                "/components/schemas/Odd/properties/tags/minimum",
                "/components/schemas/Odd/properties/labels/additionalProperties/maximum",
                "/components/schemas/Odd/properties/labels/uniqueItems",
                "/components/schemas/Odd/properties/labels/maxItems",
                "/components/schemas/Odd/properties/colour/minLength",
                "/components/schemas/Odd/properties/either/minLength",
                "/components/schemas/Odd/properties/either/minimum");
        assertThat(result.warnings()).filteredOn(w -> w.pointer().endsWith("/count/pattern")).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("pattern does not apply to an integer and is not checked"));
        // what does fit is still checked
        assertThat(source(result, "OddValidator")).contains("getTags().size() > 4").doesNotContain("Checks.length(value.getCount())");
    }

    // ------------------------------------------------------------------------- number literals

    @Test
    void decimalBoundsAndBigWholeNumbersInRulesAreValidJavaLiterals() throws Exception {
        Path spec = spec("""
                Sized:
                  type: object
                  x-ackgen-rules:
                    - {rule: requiredWhen, property: note, when: {property: big, equals: 3000000000}}
                    - {rule: forbiddenValueWhen, property: big, value: 4000000000, when: {property: ratio, equals: 2.50}}
                    - {rule: requiredWhen, property: note, when: {property: ratio, equals: 3000000000}}
                  properties:
                    note: {type: string}
                    big: {type: integer, format: int64, minimum: -3000000000, maximum: 3000000000.0}
                    ratio: {type: number, minimum: 0.50, maximum: 3.0, exclusiveMaximum: true}
                    huge: {type: number, maximum: 1e400, minimum: 1e-400}
                    beyond: {type: integer, maximum: 1e30}
                """);
        Pipeline.Result result = run(spec, "regress.numbers");
        compileStrictly(result);
        String validator = source(result, "SizedValidator");
        assertThat(validator)
                .doesNotContain("3.0.0", "== 3000000000)")
                .contains("doubleValue() >= 3.0", "doubleValue() < 0.5", "longValue() == 3000000000L", "longValue() == 4000000000L",
                        "doubleValue() == 3000000000.0", "getBeyond().doubleValue() > 1000000000000000000000000000000.0");
    }

    // ---------------------------------------------------------------------- line separators

    @Test
    void lineAndParagraphSeparatorsAreEscapedInLiteralsAndJavadoc() throws Exception {
        String odd = "a\u2028b\u2029c\u0085d\u000be\u000cf";
        Path spec = spec("""
                Sep:
                  type: object
                  description: "%1$s"
                  required: [code]
                  properties:
                    code: {type: string, description: "%1$s", pattern: "^%1$s$", default: "%1$s", example: "%1$s"}
                    "%1$s": {type: string, enum: ["%1$s", plain], description: "%1$s"}
                    level: {type: integer, enum: [1, 2], description: "%1$s"}
                """.formatted("a\\u2028b\\u2029c\\u0085d\\ve\\ff"));
        Pipeline.Result result = run(spec, "regress.separators");
        compileStrictly(result);
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(file.getKey()).doesNotContain("\u2028", "\u2029", "\u0085");
        }
        assertThat(odd).hasSize(11);
    }

    // ------------------------------------------------------------------------- huge constants

    @Test
    void stringsOverTheClassFileLimitAreNotConstants() throws Exception {
        String big = "é".repeat(40_000); // 80,000 bytes of UTF-8
        String bigPattern = "(a|" + "b".repeat(70_000) + ")";
        Path spec = spec("""
                Big:
                  type: object
                  description: "%1$s"
                  properties:
                    code: {type: string, description: "%1$s", pattern: "%2$s", default: "%1$s"}
                    kind: {type: string, enum: ["%1$s", small]}
                    level: {type: integer, enum: [%3$s]}
                """.formatted(big, bigPattern, java.util.stream.IntStream.range(0, 15_000).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "))));
        Pipeline.Result result = run(spec, "regress.huge");
        compileStrictly(result);
    }

    @Test
    void clientLiteralsFromTheSpecAreEscapedAndSplit() throws Exception {
        String big = "\u00e9".repeat(40_000); // 80,000 bytes of UTF-8
        Path spec = GeneratorFixture.writeSpec("regress.yaml", """
                openapi: 3.0.3
                info:
                  title: regress
                  version: "1\\u2028"
                servers:
                  - url: "https://cs.example.com/a\\u2028b"
                paths:
                  "/things\\u2028x/{id\\u2029}":
                    get:
                      operationId: getThing
                      summary: "a\\u2028b"
                      description: "%1$s\\u2028"
                      parameters:
                        - {name: "id\\u2029", in: path, required: true, schema: {type: string}}
                        - {name: "q\\u2028", in: query, schema: {type: string}}
                        - {name: "X-H\\u2028", in: header, schema: {type: string}}
                      responses:
                        "204": {description: done}
                  ? "/long/%1$s"
                  :
                    get:
                      operationId: getLong
                      description: "%1$s"
                      responses:
                        "204": {description: done}
                components:
                  schemas: {}
                """.formatted(big));
        Pipeline.Result result = run(spec, "regress.clientliterals");
        compileStrictly(result);
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey()).doesNotContain("\u2028", "\u2029");
        }
        assertThat(source(result, "DefaultRegressClient")).contains("String.join(\"\"", "\\u2028");
    }

    // -------------------------------------------------------------------------------- deprecation

    @Test
    void aDeprecatedSchemaUsedOnlyInAJsonEncodedParameterCompiles() throws Exception {
        Path spec = spec("""
                /things:
                  get:
                    operationId: listThings
                    parameters:
                      - name: filter
                        in: query
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Filter'}
                      - name: X-Filters
                        in: header
                        content:
                          application/json:
                            schema: {type: array, items: {$ref: '#/components/schemas/Filter'}}
                      - name: mode
                        in: query
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Mode'}
                    responses:
                      "204": {description: done}
                /things/{id}:
                  put:
                    operationId: putFilter
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string}}
                    requestBody:
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Filter'}}
                    responses:
                      "204": {description: done}
                """, """
                Filter:
                  type: object
                  deprecated: true
                  required: [name]
                  properties:
                    name: {type: string, minLength: 1}
                Mode:
                  type: string
                  deprecated: true
                  enum: [fast, slow]
                """);
        Pipeline.Result result = run(spec, "regress.deprecatedjson");
        compileStrictly(result);
    }

    // ------------------------------------------------------------------------------ request body

    @Test
    void constraintsOnAWholeRequestBodyThatDoNotFitItsTypeAreSkippedWithALocatedWarning() throws Exception {
        Path spec = spec("""
                /things/{id}:
                  put:
                    operationId: putTags
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string}}
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema: {type: array, items: {type: string}, minLength: 2, pattern: x, maximum: 3, maxItems: 5}
                    responses:
                      "204": {description: done}
                  post:
                    operationId: postCount
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string}}
                    requestBody:
                      content:
                        application/json:
                          schema: {type: integer, maxLength: 3, minItems: 1, maximum: 9}
                    responses:
                      "204": {description: done}
                """, "{}");
        Pipeline.Result result = run(spec, "regress.wholebody");
        compileStrictly(result);
        String put = "/paths/~1things~1{id}/put/requestBody/content/application~1json/schema";
        String post = "/paths/~1things~1{id}/post/requestBody/content/application~1json/schema";
        assertThat(warnings(result)).contains(put + "/minLength", put + "/pattern", put + "/maximum",
                post + "/maxLength", post + "/minItems");
        assertThat(warnings(result)).doesNotContain(put + "/maxItems", post + "/maximum");
        // what does fit is still checked
        assertThat(source(result, "PutTagsRequestValidator")).contains("size() > 5").doesNotContain("Checks.length");
        assertThat(source(result, "PostCountRequestValidator")).contains("> 9L").doesNotContain("size()");
    }

    // ----------------------------------------------------------------------------------- names

    @Test
    void aDigitLeadingPropertyWithAnInlineObjectGetsAClassNameItsFieldCannotHide() throws Exception {
        Path spec = spec("""
                Account:
                  type: object
                  required: ["2fa"]
                  properties:
                    "2fa":
                      type: object
                      required: [kind]
                      properties:
                        kind: {type: string, minLength: 1}
                    "3":
                      type: object
                      properties:
                        on: {type: boolean}
                    2fas:
                      type: array
                      items: {type: object, properties: {on: {type: boolean}}}
                    2fa value:
                      type: object
                      additionalProperties: {type: object, properties: {on: {type: boolean}}}
                Login:
                  type: object
                  properties:
                    "2fa": {$ref: '#/components/schemas/2fa'}
                    "3x": {$ref: '#/components/schemas/3x'}
                    3xs: {type: array, items: {$ref: '#/components/schemas/2fa'}}
                "3x": {type: string, enum: [a, b]}
                "2fa":
                  type: object
                  properties:
                    code: {type: string, minLength: 6}
                """);
        Pipeline.Result result = run(spec, "regress.digits");
        compileStrictly(result);
        String account = source(result, "Account");
        assertThat(account).contains("_2fa", "class Type2fa", "class Type3");
        // a top-level class named like a member is written by its canonical name where a field would obscure it
        assertThat(source(result, "Login")).contains("regress.digits._2fa.readJson(parser)");
    }

    @Test
    void javaNamesThatClashWithWhatGeneratedCodeUsesAreRefusedAtTheExtension() {
        Path spec = spec("""
                Holder:
                  type: object
                  properties:
                    a: {type: string, x-ackgen-java-name: getClass}
                    b: {type: string, x-ackgen-java-name: serialVersionUID}
                    c: {type: object, x-ackgen-java-name: Value, properties: {x: {type: string}}}
                    d: {type: object, x-ackgen-java-name: Builder, properties: {x: {type: string}}}
                    e: {type: object, x-ackgen-java-name: JsonReading, properties: {x: {type: string}}}
                Other:
                  type: object
                  x-ackgen-java-name: Objects
                  properties:
                    x: {type: string}
                Third:
                  type: object
                  x-ackgen-java-name: String
                  properties:
                    x: {type: string}
                """);
        assertThatThrownBy(() -> run(spec, "regress.reserved"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).extracting(SpecProblem::pointer)
                        .contains(
                                "/components/schemas/Holder/properties/a/x-ackgen-java-name",
                                "/components/schemas/Holder/properties/b/x-ackgen-java-name",
                                "/components/schemas/Holder/properties/c/x-ackgen-java-name",
                                "/components/schemas/Holder/properties/d/x-ackgen-java-name",
                                "/components/schemas/Holder/properties/e/x-ackgen-java-name",
                                "/components/schemas/Other/x-ackgen-java-name",
                                "/components/schemas/Third/x-ackgen-java-name"));
    }

    @Test
    void schemasNamedLikeJavaLangTypesTheClientUsesGetASuffix() throws Exception {
        Path spec = spec("""
                /things:
                  get:
                    operationId: listThings
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/AutoCloseable'}
                """, """
                AutoCloseable:
                  type: object
                  properties:
                    x: {type: string}
                IllegalStateException:
                  type: object
                  properties:
                    y: {type: string}
                """);
        Pipeline.Result result = run(spec, "regress.javalang");
        compileStrictly(result);
        assertThat(result.files().keySet()).anyMatch(path -> path.endsWith("/AutoCloseableModel.java"));
    }

    // ---------------------------------------------------------------------------------- helpers

    private static final String SPEC_HEAD = """
            openapi: 3.0.3
            info:
              title: regress
              version: "1"
            """;

    private static Path spec(String schemas) {
        return GeneratorFixture.writeSpec("regress.yaml", SPEC_HEAD + "paths: {}\ncomponents:\n  schemas:\n" + schemas.indent(4));
    }

    private static Path spec(String paths, String schemas) {
        return GeneratorFixture.writeSpec("regress.yaml",
                SPEC_HEAD + "paths:\n" + paths.indent(2) + "components:\n  schemas:\n" + schemas.indent(4));
    }

    private static Pipeline.Result run(Path spec, String packageName) throws Exception {
        return Pipeline.of(GeneratorOptions.all(packageName)).run(SpecSource.read(spec));
    }

    private static List<String> warnings(Pipeline.Result result) {
        return result.warnings().stream().map(SpecProblem::pointer).toList();
    }

    private static void compileStrictly(Pipeline.Result result) {
        List<javax.tools.JavaFileObject> sources = result.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".java"))
                .map(file -> com.google.testing.compile.JavaFileObjects.forSourceString(
                        file.getKey().replace('/', '.').replaceAll("\\.java$", ""),
                        new String(file.getValue(), StandardCharsets.UTF_8)))
                .toList();
        com.google.testing.compile.Compilation compilation =
                com.google.testing.compile.Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    private static String source(Pipeline.Result result, String simpleName) {
        SortedMap<String, byte[]> files = result.files();
        return files.entrySet().stream()
                .filter(file -> file.getKey().endsWith("/" + simpleName + ".java"))
                .map(file -> new String(file.getValue(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + simpleName + " in " + files.keySet()));
    }
}
