package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.openapi.SpecLoader;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad specs stop generation with a {@link SpecException} whose problems say where: the file, the
 * line and the JSON pointer, and what is wrong. Expected lines are computed from the spec text.
 */
class SpecErrorTest {

    // ------------------------------------------------------------------------------- the file

    @Test
    void aMissingSpecFileIsAProblemOfThatFile() throws IOException {
        Path missing = Files.createTempDirectory("ackgen-missing").resolve("nope.yaml");

        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(missing));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(missing.toString()).endsWith("nope.yaml");
            assertThat(problem.line()).isZero();
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.message()).contains("does not exist");
        });
        assertThat(e.getMessage()).contains(missing + ": the spec file does not exist");
    }

    @Test
    void badIndentationIsReportedOnItsLine() {
        String text = """
                openapi: 3.0.3
                info:
                  title: t
                   version: "1"
                paths: {}
                """;
        Path spec = GeneratorFixture.writeSpec("indent.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "   version:"), "");
        assertThat(problem.message()).contains("not well-formed YAML or JSON", "mapping values are not allowed");
    }

    @Test
    void anUnclosedBracketIsReportedWhereTheParserNoticesIt() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      tags: [a, b
                      responses: {"200": {description: ok}}
                """;
        Path spec = GeneratorFixture.writeSpec("bracket.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "responses:"), "");
        // and the message shows where the sequence was opened
        assertThat(problem.message()).contains("flow sequence", "line " + lineOf(text, "tags: [a, b"));
    }

    @Test
    void aJsonSyntaxErrorIsReportedOnItsLine() {
        String text = """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "t" "version": "1"},
                  "paths": {}
                }
                """;
        Path spec = GeneratorFixture.writeSpec("broken.json", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "\"info\""), "");
        assertThat(problem.message()).contains("not well-formed YAML or JSON");
    }

    @Test
    void aTrailingCommaInJsonIsReportedOnItsLine() {
        String text = """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "t", "version": "1"},
                  "paths": {},
                }
                """;
        Path spec = GeneratorFixture.writeSpec("trailing.json", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(spec.toString());
            assertThat(problem.line()).isIn(lineOf(text, "\"paths\""), lineOf(text, "\"paths\"") + 1);
        });
    }

    @Test
    void aSwagger2DocumentIsNotOpenApi3() {
        String text = """
                swagger: "2.0"
                info: {title: t, version: "1"}
                paths: {}
                """;
        Path spec = GeneratorFixture.writeSpec("swagger.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).extracting(SpecProblem::message).anyMatch(m -> m.contains("not an OpenAPI 3 document"));
        SpecProblem missing = problemAt(e, "/openapi");
        assertLocated(missing, spec, 1, "/openapi");
        assertThat(missing.message()).contains("openapi is missing");
    }

    @Test
    void aPlainYamlListIsNotOpenApi3() {
        Path spec = GeneratorFixture.writeSpec("list.yaml", """
                - openapi
                - 3.0.3
                """);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(spec.toString()));
        assertThat(e.problems()).extracting(SpecProblem::message)
                .containsExactly("the document must be a YAML mapping or a JSON object, not an array");
    }

    // ------------------------------------------------------------------------------ references

    @Test
    void aDanglingRefIsRejectedNamingTheMissingSchema() {
        Path spec = GeneratorFixture.writeSpec("dangling.yaml", DANGLING_REF);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(spec.toString());
            assertThat(problem.line()).isPositive();
            assertThat(problem.pointer() + " " + problem.message()).contains("Nope");
        });
    }

    @Test
    void aDanglingRefIsReportedAtTheRef() {
        Path spec = GeneratorFixture.writeSpec("dangling.yaml", DANGLING_REF);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        SpecProblem problem = problemAt(e, "/components/schemas/A/properties/b/$ref");
        assertLocated(problem, spec, lineOf(DANGLING_REF, "$ref: '#/components/schemas/Nope'"), "/components/schemas/A/properties/b/$ref");
        assertThat(problem.message()).contains("#/components/schemas/Nope");
    }

    private static final String DANGLING_REF = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    a:
                      type: string
                    b:
                      $ref: '#/components/schemas/Nope'
            """;

    // ------------------------------------------------------------------------------ extensions

    @Test
    void anUnknownAckgenExtensionIsReportedAtItsPointer() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      x-ackgen-rulez:
                        - {rule: atLeastOneOf, properties: [a, b]}
                      properties:
                        a: {type: string}
                        b: {type: string}
                """;
        Path spec = GeneratorFixture.writeSpec("rulez.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "x-ackgen-rulez:"), "/components/schemas/A/x-ackgen-rulez");
        assertThat(problem.message()).contains("unknown extension x-ackgen-rulez");
    }

    @Test
    void anUnknownRuleNameIsReportedAtItsRuleMember() {
        String text = rulesSpec("""
                - rule: atLeastOne
                  properties: [a, b]
                """);
        Path spec = GeneratorFixture.writeSpec("unknown-rule.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- rule: atLeastOne"), RULES + "/0/rule");
        assertThat(problem.message()).contains("unknown rule atLeastOne", "atLeastOneOf");
    }

    @Test
    void aRuleNamingAPropertyThatDoesNotExistIsReportedAtThatName() {
        String text = rulesSpec("""
                - rule: atLeastOneOf
                  properties:
                    - a
                    - ghost
                """);
        Path spec = GeneratorFixture.writeSpec("ghost.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- ghost"), RULES + "/0/properties/1");
        assertThat(problem.message()).contains("ghost", "not a property");
    }

    @Test
    void aRuleWithAnUnknownMemberIsReportedAtThatMember() {
        String text = rulesSpec("""
                - rule: allOrNone
                  properties: [a, b]
                  severity: high
                """);
        Path spec = GeneratorFixture.writeSpec("member.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "severity: high"), RULES + "/0/severity");
        assertThat(problem.message()).contains("no member severity");
    }

    @Test
    void requiredWhenWithoutWhenIsReportedAtTheRule() {
        String text = rulesSpec("""
                - rule: requiredWhen
                  property: a
                """);
        Path spec = GeneratorFixture.writeSpec("when.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        // the member is missing: the line is the rule's
        assertLocated(problem, spec, lineOf(text, "- rule: requiredWhen"), RULES + "/0/when");
        assertThat(problem.message()).contains("needs a condition");
    }

    @Test
    void forbiddenValueWhenWithAValueOfTheWrongTypeIsReportedAtTheValue() {
        String text = rulesSpec("""
                - rule: forbiddenValueWhen
                  property: flag
                  value: "yes"
                  when: {property: a, equals: x}
                """);
        Path spec = GeneratorFixture.writeSpec("value.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "value: \"yes\""), RULES + "/0/value");
        assertThat(problem.message()).contains("\"yes\"", "cannot be compared with flag");
    }

    @Test
    void forbiddenValueWhenWithAnOutOfRangeIntegerIsReportedAtTheValue() {
        String text = rulesSpec("""
                - rule: forbiddenValueWhen
                  property: small
                  value: 3000000000
                  when: {property: a, equals: x}
                """);
        Path spec = GeneratorFixture.writeSpec("range.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "value: 3000000000"), RULES + "/0/value");
    }

    @Test
    void itemPropertyOnANonArrayPropertyIsReportedAtItemProperty() {
        String text = rulesSpec("""
                - rule: requiredWhen
                  property: a
                  when:
                    property: b
                    itemProperty: role
                    equals: master
                """);
        Path spec = GeneratorFixture.writeSpec("item.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "itemProperty: role"), RULES + "/0/when/itemProperty");
        assertThat(problem.message()).contains("b to be an array of objects with a property role");
    }

    @Test
    void disjointCidrsOnAnIntegerPropertyIsReportedAtThatName() {
        String text = rulesSpec("""
                - rule: disjointCidrs
                  properties: [a, n]
                """);
        Path spec = GeneratorFixture.writeSpec("cidr.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "properties: [a, n]"), RULES + "/0/properties/1");
        assertThat(problem.message()).contains("disjointCidrs", "n is not a string");
    }

    @Test
    void minCharacterClassesOutOfRangeIsReportedAtTheExtension() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      properties:
                        password:
                          type: string
                          x-ackgen-min-character-classes: 7
                """;
        Path spec = GeneratorFixture.writeSpec("classes.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "x-ackgen-min-character-classes: 7"),
                "/components/schemas/A/properties/password/x-ackgen-min-character-classes");
        assertThat(problem.message()).contains("1 to 4");
    }

    @Test
    void anInvalidRegularExpressionIsReportedAtThePattern() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      properties:
                        code:
                          type: string
                          pattern: '[a-'
                """;
        Path spec = GeneratorFixture.writeSpec("pattern.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "pattern: '[a-'"), "/components/schemas/A/properties/code/pattern");
        assertThat(problem.message()).contains("not a valid regular expression");
    }

    @Test
    void aJavaNameThatIsNoIdentifierIsReportedAtTheExtension() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      x-ackgen-java-name: class
                      properties:
                        a:
                          type: string
                          x-ackgen-java-name: 1abc
                """;
        Path spec = GeneratorFixture.writeSpec("java-name.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).hasSize(2);
        SpecProblem onSchema = problemAt(e, "/components/schemas/A/x-ackgen-java-name");
        assertLocated(onSchema, spec, lineOf(text, "x-ackgen-java-name: class"), "/components/schemas/A/x-ackgen-java-name");
        assertThat(onSchema.message()).contains("must be a Java identifier", "class");
        SpecProblem onProperty = problemAt(e, "/components/schemas/A/properties/a/x-ackgen-java-name");
        assertLocated(onProperty, spec, lineOf(text, "x-ackgen-java-name: 1abc"), "/components/schemas/A/properties/a/x-ackgen-java-name");
        assertThat(onProperty.message()).contains("must be a Java identifier", "1abc");
    }

    // ---------------------------------------------------------------------------------- several

    @Test
    void everyProblemOfASpecIsReportedInOneException() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                x-ackgen-nope: 1
                paths: {}
                components:
                  schemas:
                    A:
                      type: object
                      x-ackgen-rules:
                        - {rule: atMostOneOf, properties: [a, ghost]}
                        - {rule: sometimes, properties: [a, b]}
                      properties:
                        a: {type: string, pattern: '(unclosed'}
                        b: {type: string, x-ackgen-min-character-classes: 0}
                        c: {type: string, x-ackgen-java-name: "not valid"}
                """;
        Path spec = GeneratorFixture.writeSpec("several.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).extracting(SpecProblem::pointer, SpecProblem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/x-ackgen-nope", lineOf(text, "x-ackgen-nope")),
                org.assertj.core.groups.Tuple.tuple("/components/schemas/A/x-ackgen-rules/0/properties/1", lineOf(text, "ghost")),
                org.assertj.core.groups.Tuple.tuple("/components/schemas/A/x-ackgen-rules/1/rule", lineOf(text, "sometimes")),
                org.assertj.core.groups.Tuple.tuple("/components/schemas/A/properties/a/pattern", lineOf(text, "(unclosed")),
                org.assertj.core.groups.Tuple.tuple("/components/schemas/A/properties/b/x-ackgen-min-character-classes",
                        lineOf(text, "classes: 0")),
                org.assertj.core.groups.Tuple.tuple("/components/schemas/A/properties/c/x-ackgen-java-name", lineOf(text, "not valid")));
        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(spec.toString()));
        assertThat(e.getMessage()).startsWith("The spec has 6 problems:");
    }

    @Test
    void parserProblemsAndExtensionProblemsAreReportedTogether() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: Describe
                      responses: {"200": {description: ok}}
                  /b:
                    get:
                      operationId: Describe
                      x-ackgen-actoin: Other
                      responses: {"200": {description: ok}}
                """;
        Path spec = GeneratorFixture.writeSpec("mixed.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        assertThat(e.problems()).extracting(SpecProblem::pointer)
                .contains("/paths/~1b/get/operationId", "/paths/~1b/get/x-ackgen-actoin");
    }

    @Test
    void anInvalidComponentNameIsReportedAtThatComponent() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    my type:
                      type: object
                      properties:
                        a: {type: string}
                """;
        Path spec = GeneratorFixture.writeSpec("component-name.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "my type:"), "/components/schemas/my type");
    }

    // ------------------------------------------------------------------------------ operations

    @Test
    void aDuplicateOperationIdIsReportedAtTheSecondOne() {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: DescribeCluster
                      responses: {"200": {description: ok}}
                  /b:
                    post:
                      operationId: DescribeCluster
                      responses: {"200": {description: ok}}
                """;
        Path spec = GeneratorFixture.writeSpec("duplicate.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        int second = text.lastIndexOf("operationId: DescribeCluster");
        int line = (int) text.substring(0, second).chars().filter(c -> c == '\n').count() + 1;
        assertLocated(problem, spec, line, "/paths/~1b/post/operationId");
        assertThat(problem.message()).contains("operationId", "repeated");
    }

    @Test
    void anInvalidPackageNameIsRejectedNamingIt() throws SpecException {
        Path spec = GeneratorFixture.writeSpec("fine.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    A: {type: object, properties: {a: {type: string}}}
                """);
        ApiModel model = GeneratorFixture.model(spec);

        for (String bad : List.of("com.class.x", "1abc", "a..b", "a.", ".a", "a-b", "", "a b", "_")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generator.generate(model, bad));
            assertThat(e.getMessage()).as(bad).contains("'" + bad + "'", "not a valid Java package name");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generator.generate(model, (String) null));
        assertThat(e.getMessage()).contains("'null'");
        assertThat(Generator.generate(model, "ok.pkg_1.$x")).isNotEmpty();
    }

    // ----------------------------------------------------------------------------------- format

    @Test
    void theMessageListsEachProblemAsFileLinePointerAndMessage() {
        String text = rulesSpec("""
                - rule: atLeastOneOf
                  properties: [a, ghost]
                """);
        Path spec = GeneratorFixture.writeSpec("format.yaml", text);

        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));

        SpecProblem problem = e.problems().get(0);
        String expected = spec + ":" + lineOf(text, "[a, ghost]") + " at #" + RULES + "/0/properties/1: " + problem.message();
        assertThat(problem).hasToString(expected);
        assertThat(e.getMessage()).isEqualTo("The spec has 1 problem:\n  " + expected);
        // without a line or a pointer, the parts are left out
        assertThat(new SpecProblem("f.yaml", 0, "", "m")).hasToString("f.yaml: m");
        assertThat(new SpecProblem("f.yaml", 3, "", "m")).hasToString("f.yaml:3: m");
        assertThat(new SpecProblem("f.yaml", 0, "/a", "m")).hasToString("f.yaml at #/a: m");
        assertThat(new SpecException(List.of(new SpecProblem("f.yaml", 1, "/a", "m"), new SpecProblem("g.yaml", 2, "/b", "n"))))
                .hasMessage("The spec has 2 problems:\n  f.yaml:1 at #/a: m\n  g.yaml:2 at #/b: n");
    }

    // ---------------------------------------------------------------------------------- helpers

    private static final String RULES = "/components/schemas/A/x-ackgen-rules";

    /** A spec whose schema A has these x-ackgen-rules (list items written at column 0). */
    private static String rulesSpec(String rules) {
        return """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Item:
                      type: object
                      properties:
                        role: {type: string}
                    A:
                      type: object
                      x-ackgen-rules:
                """ + rules.indent(8) + """
                      properties:
                        a: {type: string}
                        b: {type: string}
                        flag: {type: boolean}
                        n: {type: integer}
                        small: {type: integer, format: int32}
                        items: {type: array, items: {$ref: '#/components/schemas/Item'}}
                """;
    }

    /** The 1-based line of the only line of the text that contains the fragment. */
    private static int lineOf(String text, String fragment) {
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

    /** The one problem loading and building the spec reports. */
    private static SpecProblem onlyProblem(Path spec) {
        SpecException e = assertThrows(SpecException.class, () -> GeneratorFixture.model(spec));
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    private static SpecProblem problemAt(SpecException e, String pointer) {
        return e.problems().stream()
                .filter(problem -> pointer.equals(problem.pointer()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + e.getMessage()));
    }

    private static void assertLocated(SpecProblem problem, Path spec, int line, String pointer) {
        assertThat(problem.file()).as(problem.toString()).isEqualTo(spec.toString());
        assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
        assertThat(problem.pointer()).as(problem.toString()).isEqualTo(pointer);
        assertThat(problem.toString()).startsWith(spec + ":" + line);
    }
}
