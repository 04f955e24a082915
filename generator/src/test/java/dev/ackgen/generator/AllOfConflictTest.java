package dev.ackgen.generator;

import static dev.ackgen.generator.CrashRegressionTest.assertLocated;
import static dev.ackgen.generator.CrashRegressionTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@code allOf} of component {@code $ref}s (issue 20): the class gets every part's properties
 * (it used to be empty, and a client that read it called a {@code JsonReader} it did not have); a
 * property the parts give two types is a located error naming both declarations, or, where one
 * type can stand for both, a warning.
 */
class AllOfConflictTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /c:
                get:
                  operationId: GetC
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/C'}
            components:
              schemas:
                C:
                  allOf:
                    - $ref: '#/components/schemas/A'
                    - $ref: '#/components/schemas/B'
            """;

    @Test
    void aPropertyOfTwoTypesIsAnErrorNamingBothDeclarations() {
        String text = HEAD + """
                    A:
                      type: object
                      properties:
                        o1: {type: string}
                    B:
                      type: object
                      properties:
                        o1: {type: integer}
                """;
        Path spec = GeneratorFixture.writeSpec("conflict.yaml", text);

        SpecProblem problem = CrashRegressionTest.onlyProblem(spec);

        assertLocated(problem, spec, lineOf(text, "o1: {type: integer}"), "/components/schemas/B/properties/o1");
        assertThat(problem.message()).isEqualTo("the allOf at /components/schemas/C gives the property o1 two types:"
                + " string at /components/schemas/A/properties/o1 and integer at /components/schemas/B/properties/o1:"
                + " declare it with one type");
    }

    @Test
    void objectAgainstStringAndArrayAgainstObjectAreErrorsToo() {
        String text = HEAD + """
                    A:
                      type: object
                      properties:
                        o2: {type: object, properties: {x: {type: string}}}
                        o3: {type: array, items: {type: string}}
                    B:
                      type: object
                      properties:
                        o2: {type: string}
                        o3: {type: object, properties: {y: {type: integer}}}
                """;
        Path spec = GeneratorFixture.writeSpec("conflicts.yaml", text);

        SpecException e = assertThrows(SpecException.class,
                () -> Pipeline.of(GeneratorOptions.all("conflict")).run(SpecSource.read(spec)));

        assertThat(e.problems()).hasSize(2);
        assertLocated(e.problems().get(0), spec, lineOf(text, "o2: {type: string}"), "/components/schemas/B/properties/o2");
        assertThat(e.problems().get(0).message()).contains(
                "property o2 two types: object at /components/schemas/A/properties/o2 and string at /components/schemas/B/properties/o2");
        assertLocated(e.problems().get(1), spec, lineOf(text, "o3: {type: object"), "/components/schemas/B/properties/o3");
        assertThat(e.problems().get(1).message()).contains(
                "property o3 two types: array of string at /components/schemas/A/properties/o3 and object at /components/schemas/B/properties/o3");
    }

    @Test
    void anEnumAndAStringOrAnUntypedValueAreOneTypeWithAWarningAndTheSameTypeTwiceIsFine() throws Exception {
        String text = HEAD + """
                    A:
                      type: object
                      required: [same]
                      properties:
                        kind: {type: string, enum: [a, b]}
                        same: {type: string}
                        loose: {description: anything}
                        only: {type: boolean}
                    B:
                      type: object
                      properties:
                        kind: {type: string}
                        same: {type: string, maxLength: 3}
                        loose: {type: integer}
                        own: {type: string}
                """;
        Path spec = GeneratorFixture.writeSpec("refines.yaml", text);

        Pipeline.Result result = Pipeline.of(GeneratorOptions.all("refines")).run(SpecSource.read(spec));
        List<JavaFile> files = GeneratorFixture.generate(spec, "allof.refines");
        GeneratorFixture.compileStrictly(files);

        TypeSpec c = files.stream().filter(file -> file.typeSpec().name().equals("C")).findFirst().orElseThrow().typeSpec();
        assertThat(c.fieldSpecs()).extracting(field -> field.name() + "=" + field.type())
                .startsWith("kind=allof.refines.C.Kind", "same=java.lang.String", "loose=java.lang.Long",
                        "only=java.lang.Boolean", "own=java.lang.String");
        assertThat(c.fieldSpecs()).extracting(FieldSpec::name).doesNotHaveDuplicates();
        assertThat(result.warnings()).hasSize(2);
        SpecProblem kind = result.warnings().get(0);
        assertLocated(kind, spec, lineOf(text, "kind: {type: string}"), "/components/schemas/B/properties/kind");
        assertThat(kind.message()).isEqualTo("the allOf at /components/schemas/C gives the property kind two types:"
                + " enum at /components/schemas/A/properties/kind and string at /components/schemas/B/properties/kind; the enum is used");
        assertThat(result.warnings().get(1).message()).contains(
                "untyped value at /components/schemas/A/properties/loose and integer at /components/schemas/B/properties/loose;"
                        + " the integer is used");
    }

    @Test
    void theMergedPropertiesAreLocatedWhereTheyAreDeclared() throws Exception {
        String text = HEAD + """
                    A:
                      type: object
                      properties:
                        n: {type: integer, minimum: 1, pattern: '^x'}
                    B:
                      type: object
                      properties:
                        m: {type: string}
                """;
        Path spec = GeneratorFixture.writeSpec("located.yaml", text);

        Pipeline.Result result = Pipeline.of(GeneratorOptions.all("located")).run(SpecSource.read(spec));

        // the pattern on an integer is dropped with a warning at A's property (once for A, once for C: the same place)
        assertThat(result.warnings()).isNotEmpty().allSatisfy(warning ->
                assertLocated(warning, spec, lineOf(text, "n: {type: integer"), "/components/schemas/A/properties/n/pattern"));
    }
}
