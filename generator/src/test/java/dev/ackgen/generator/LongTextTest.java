package dev.ackgen.generator;

import static dev.ackgen.generator.CrashRegressionTest.assertLocated;
import static dev.ackgen.generator.CrashRegressionTest.lineOf;
import static dev.ackgen.generator.CrashRegressionTest.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spec.SpecProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Spec texts past the class file's 65,535-byte limit on a name or constant (issue 20): javac said
 * "constant string too long" or "too long for the constant pool" and not where. A name is bounded
 * ({@link Namer#MAX_NAME_BYTES}, in UTF-8 bytes), located; any other text becomes code that compiles.
 */
class LongTextTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
            """;
    /** 70,000 characters. */
    private static final String LONG = "x".repeat(70_000);
    /** 30,000 characters of three UTF-8 bytes each: 90,000 bytes. */
    private static final String WIDE = "\u20ac".repeat(30_000);

    @Test
    void anEnumValueOf70000CharactersIsRefusedAtTheValueForItsConstantName() {
        String text = HEAD + """
                    E:
                      type: string
                      enum:
                        - a
                        - '%s'
                """.formatted(LONG);
        Path spec = GeneratorFixture.writeSpec("enum.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "- 'xxx"), "/components/schemas/E/enum/1");
        assertThat(problem.message()).isEqualTo("the Java name " + "X".repeat(40) + "..." + "X".repeat(16)
                + " would be 70000 bytes long (UTF-8), more than the 1000 allowed:"
                + " give it a shorter name (x-ackgen-java-name or a name mapping)");
    }

    @Test
    void aPropertyNameOf70000CharactersInYamlIsRefusedAtTheProperty() {
        String text = HEAD + """
                    P:
                      type: object
                      properties:
                        ? %s
                        : {type: string, x-ackgen-java-name: shortName}
                """.formatted(LONG);
        Path spec = GeneratorFixture.writeSpec("name.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "? xxx"), "/components/schemas/P/properties/" + LONG);
        assertThat(problem.message()).isEqualTo("the name " + "x".repeat(40) + "..." + "x".repeat(16)
                + " is 70000 bytes long (UTF-8), more than the 1000 a property's or parameter's name may have:"
                + " generated code matches it as a constant");
    }

    @Test
    void theBoundCountsUtf8BytesNotCharacters() throws Exception {
        String wide = "\u20ac".repeat(334); // 334 characters, 1,002 bytes
        String ascii = "n".repeat(Namer.MAX_NAME_BYTES); // 1,000 characters, 1,000 bytes: the most
        String text = HEAD + """
                    P:
                      type: object
                      properties:
                        %s: {type: string, x-ackgen-java-name: wide}
                """.formatted(wide);
        Path spec = GeneratorFixture.writeSpec("wide.yaml", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, wide), "/components/schemas/P/properties/" + wide);
        assertThat(problem.message()).contains("is 1002 bytes long (UTF-8), more than the 1000");

        Path fits = GeneratorFixture.writeSpec("fits.yaml", HEAD + """
                    P:
                      type: object
                      properties:
                        ? %s
                        : {type: string}
                """.formatted(ascii));
        GeneratorFixture.compileStrictly(GeneratorFixture.generate(fits, "longtext.fits"));
    }

    @Test
    void aJsonMemberNameTheJsonReaderRefusesIsLocatedInAckgensWords() {
        String text = """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "T", "version": "1"},
                  "paths": {},
                  "components": {
                    "schemas": {
                      "P": {
                        "type": "object",
                        "properties": {
                          "%s": {"type": "string"}
                        }
                      }
                    }
                  }
                }
                """.formatted(LONG);
        Path spec = GeneratorFixture.writeSpec("name.json", text);

        SpecProblem problem = onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "\"xxx"), "/components/schemas/P/properties");
        assertThat(problem.message()).matches(
                "a member's name is \\d+ characters long or more, more than the 50000 the JSON reader allows");
    }

    @Test
    void longTextsThatBecomeStringLiteralsCompile() throws Exception {
        // a server url, a path, a pattern, defaults, examples and enum values past 65,535 bytes,
        // in characters (LONG) or in UTF-8 bytes only (WIDE): each is built at run time from pieces
        Path spec = GeneratorFixture.writeSpec("texts.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                  - url: 'https://%1$s.example.com'
                paths:
                  ? /a/%1$s/{id}
                  : get:
                      operationId: GetA
                      tags: [cs]
                      description: '%1$s'
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string, pattern: '%2$s'}}
                        - {name: q, in: query, schema: {type: string, default: '%2$s', enum: ['%2$s', b]}}
                        - {name: x-h, in: header, schema: {type: string, example: '%1$s'}}
                      responses:
                        '200':
                          description: '%1$s'
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/P'}
                components:
                  schemas:
                    P:
                      type: object
                      description: '%2$s'
                      properties:
                        d: {type: string, default: '%2$s', pattern: '%1$s', description: '%1$s'}
                        e: {type: string, enum: ['%2$s', b]}
                """.formatted(LONG, WIDE));

        GeneratorFixture.compileStrictly(GeneratorFixture.generate(spec, "longtext.literals"));
    }
}
