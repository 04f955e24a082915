package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line through {@link Main#run}: exit status 0, 1 (spec problems) or 2 (usage), and no System.exit. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] args(String... options) {
        List<String> args = new ArrayList<>(List.of(
                GeneratorFixture.createClusterSpec().toString(), "com.example.ack", dir.resolve("out").toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    void aGoodRunWritesTheSourcesPrintsOneLineAndReturnsZero() {
        assertThat(run(args())).as(err()).isEqualTo(Main.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("ackgen: 1 operation, ").endsWith("ms)" + System.lineSeparator());
        assertThat(dir.resolve("out/com/example/ack/CreateClusterRequest.java")).isRegularFile();
    }

    @Test
    void aSpecWithProblemsReturnsOneAndPrintsThem() throws Exception {
        Path spec = Files.writeString(dir.resolve("bad.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /a:
                    post:
                      operationId: CreateThing
                      requestBody:
                        content:
                          application/json:
                            schema: {type: objekt}
                      responses: {'200': {description: ok}}
                """);

        assertThat(run(spec.toString(), "p", dir.resolve("out").toString())).isEqualTo(Main.SPEC_PROBLEMS);
        assertThat(err()).contains("objekt");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRefOutsideTheSpecsDirectoryNeedsARefRoot() throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("shared/pet.yaml"), "Pet: {type: object, properties: {name: {type: string}}}\n");
        Path spec = Files.writeString(dir.resolve("api/api.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pet:
                    get:
                      operationId: getPet
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '../shared/pet.yaml#/Pet'}
                """);
        String output = dir.resolve("out").toString();

        assertThat(run(spec.toString(), "com.example.pets", output)).isEqualTo(Main.SPEC_PROBLEMS);
        assertThat(err()).contains(spec + ":12 at #/paths/~1pet/get/responses/200/content/application~1json/schema/$ref",
                "outside", "--ref-root");
        assertThat(dir.resolve("out")).doesNotExist();

        assertThat(run(spec.toString(), "com.example.pets", output, "--ref-root", dir.resolve("shared").toString()))
                .as(err()).isEqualTo(Main.OK);
        assertThat(dir.resolve("out/com/example/pets/Pet.java")).isRegularFile();
    }

    @Test
    void tooFewArgumentsReturnTwoWithTheUsage() {
        assertThat(run("spec.yaml", "p")).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).startsWith("usage: Main ");
    }

    @Test
    void anUnknownOptionOrAMissingValueReturnsTwo() {
        assertThat(run(args("--verbose", "yes"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).startsWith("unknown option --verbose");
        assertThat(run(args("--include"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).contains("--include needs a value");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "--option {0}")
    @ValueSource(strings = {"id.=v", ".name=v", "=v", "id.name", "idname=v", "id=v.w", ""})
    void anOptionWithoutAnIdANameAndAValueReturnsTwo(String option) {
        assertThat(run(args("--option", option))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).startsWith("--option takes id.name=value, not " + option);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownOperationIdReturnsTwo() {
        assertThat(run(args("--include", "CreateClustr"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).contains("CreateClustr");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownExtensionIdReturnsTwo() {
        assertThat(run(args("--extension", "no-such-extension"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).contains("no-such-extension");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void customisationFlagsRenameMapAndAnnotateAndAMissingTypeOrACollisionKeepsThePreviousOutput() throws Exception {
        assertThat(run(args("--model-name-mapping", "CreateClusterRequest=NewEdgeCluster",
                        "--model-annotation", "java.beans.JavaBean", "--type-mapping", "date-time=java.time.Instant")))
                .as(err())
                .isEqualTo(Main.OK);
        Path renamed = dir.resolve("out/com/example/ack/NewEdgeCluster.java");
        assertThat(renamed).content().contains("@JavaBean").contains("public final class NewEdgeCluster");
        byte[] before = Files.readAllBytes(renamed);

        assertThat(run(args("--model-annotation", "com.example.Missing"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).contains("additionalModelAnnotations: no such type com.example.Missing in the class path"
                + " (the JDK; add yours with --class-path)");
        assertThat(run(args("--model-name-mapping", "CreateClusterRequest=Addon"))).isEqualTo(Main.SPEC_PROBLEMS);
        assertThat(err()).contains("modelNameMappings CreateClusterRequest=Addon: Addon is also the name of the class for 'Addon'");
        assertThat(Files.readAllBytes(renamed)).as("the previous output is kept").isEqualTo(before);
    }

    @Test
    void aBadCustomisationEntryReturnsTwo() {
        assertThat(run(args("--enum-name-mapping", "novalue"))).isEqualTo(Main.BAD_USAGE);
        assertThat(err()).contains("enumNameMappings entry 'novalue': takes key=value");
    }
}
