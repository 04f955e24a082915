package dev.ackgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External {@code $ref}s: files within the spec's directory (or a configured ref root) are read and
 * generate; everything else is refused before swagger-parser reads it, located at the {@code $ref}
 * (file, line, pointer), and no message quotes what is in a refused file.
 */
class ExternalRefsTest {
    @TempDir
    Path dir;

    /** A spec whose one operation returns the schema {@code ref} names. */
    private static String spec(String ref) {
        return """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: getPet
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '%s'
                """.formatted(ref);
    }

    private static final String PET = """
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Pipeline.Result generate(SpecSource source) throws Exception {
        return Pipeline.of(GeneratorOptions.all("com.example.refs")).run(source);
    }

    private static SpecProblem onlyProblem(SpecSource source) {
        SpecException e = assertThrows(SpecException.class, () -> generate(source));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    /** The spec's line that holds the {@code $ref}. */
    private static final int REF_LINE = 13;
    private static final String REF_POINTER = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref";

    private void assertAtTheRef(SpecProblem problem, Path spec) {
        assertThat(problem.file()).isEqualTo(spec.toString());
        assertThat(problem.line()).isEqualTo(REF_LINE);
        assertThat(problem.pointer()).isEqualTo(REF_POINTER);
    }

    @Test
    void aRefToASiblingFileGenerates() throws Exception {
        write("pet.yaml", PET);
        Path spec = write("api.yaml", spec("pet.yaml#/components/schemas/Pet"));

        Pipeline.Result result = generate(SpecSource.read(spec));

        assertThat(result.files().keySet()).anyMatch(path -> path.endsWith("/Pet.java"));
        assertThat(HookedText.referencedFiles(SpecSource.read(spec), SpecTreeHook.NONE)).containsExactly(dir.resolve("pet.yaml"));
    }

    @Test
    void aRefIntoASubdirectoryGenerates() throws Exception {
        write("models/pet.yaml", PET);
        Path spec = write("api.yaml", spec("./models/pet.yaml#/components/schemas/Pet"));

        assertThat(generate(SpecSource.read(spec)).files().keySet()).anyMatch(path -> path.endsWith("/Pet.java"));
    }

    @Test
    void aRefInAReferencedFileResolvesRelativeToThatFileAndIsChecked() throws Exception {
        write("models/pet.yaml", """
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        tag: {$ref: 'tag.yaml#/Tag'}
                        owner: {$ref: '../../owner.yaml#/Owner'}
                """);
        write("models/tag.yaml", "Tag: {type: string}\n");
        Path spec = write("api/api.yaml", spec("../models/pet.yaml#/components/schemas/Pet"));
        SpecSource source = SpecSource.read(spec).withRefRoots(List.of(dir));

        SpecException e = assertThrows(SpecException.class, () -> generate(source));

        assertThat(e.problems()).hasSize(1);
        SpecProblem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo(dir.resolve("models/pet.yaml").toString());
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.pointer()).isEqualTo("/components/schemas/Pet/properties/owner/$ref");
        assertThat(problem.message()).contains("../../owner.yaml#/Owner", "outside");
    }

    @Test
    void cyclesBetweenFilesAreFine() throws Exception {
        write("a.yaml", "A: {type: object, properties: {b: {$ref: 'b.yaml#/B'}}}\n");
        write("b.yaml", "B: {type: object, properties: {a: {$ref: 'a.yaml#/A'}}}\n");
        Path spec = write("api.yaml", spec("a.yaml#/A"));

        assertThat(HookedText.referencedFiles(SpecSource.read(spec), SpecTreeHook.NONE)).containsExactly(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    }

    @Test
    void aRefOutOfTheSpecsDirectoryIsRefused() throws Exception {
        write("outside.yaml", PET);
        Path spec = write("api/api.yaml", spec("../outside.yaml#/components/schemas/Pet"));

        SpecProblem problem = onlyProblem(SpecSource.read(spec));

        assertAtTheRef(problem, spec);
        assertThat(problem.message()).contains("\"../outside.yaml#/components/schemas/Pet\"", "outside", "--ref-root");
    }

    @Test
    void aConfiguredRefRootAllowsAFileOutsideTheSpecsDirectory() throws Exception {
        write("shared/pet.yaml", PET);
        Path spec = write("api/api.yaml", spec("../shared/pet.yaml#/components/schemas/Pet"));

        Pipeline.Result result = generate(SpecSource.read(spec).withRefRoots(List.of(dir.resolve("shared"))));

        assertThat(result.files().keySet()).anyMatch(path -> path.endsWith("/Pet.java"));
    }

    @Test
    void etcPasswdIsRefusedAndNotQuoted() throws Exception {
        Path spec = write("api.yaml", spec("/etc/passwd#/x"));

        SpecException e = assertThrows(SpecException.class, () -> generate(SpecSource.read(spec)));

        assertThat(e.problems()).hasSize(1);
        assertAtTheRef(e.problems().get(0), spec);
        assertThat(e.getMessage()).contains("/etc/passwd", "outside").doesNotContain("root:", "nologin", "/bin/");
    }

    @Test
    void devZeroIsRefusedQuicklyEvenWithinARoot() throws Exception {
        Path spec = write("api.yaml", spec("/dev/zero"));

        SpecProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> onlyProblem(SpecSource.read(spec).withRefRoots(List.of(Path.of("/dev")))));

        assertAtTheRef(problem, spec);
        assertThat(problem.message()).contains("not a regular file");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyProblem(SpecSource.read(spec))).message())
                .contains("outside");
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsRefused() throws Exception {
        Path outside = Files.createTempDirectory("ackgen-outside");
        Files.writeString(outside.resolve("secret.yaml"), "Secret: {type: string, description: 'the secret text'}\n");
        Files.createSymbolicLink(dir.resolve("link.yaml"), outside.resolve("secret.yaml"));
        Path spec = write("api.yaml", spec("link.yaml#/Secret"));

        SpecProblem problem = onlyProblem(SpecSource.read(spec));

        assertAtTheRef(problem, spec);
        assertThat(problem.message()).contains("symbolic link", "outside").doesNotContain("the secret text");
    }

    @Test
    void aSymbolicLinkWithinTheRootIsFollowed() throws Exception {
        write("models/pet.yaml", PET);
        Files.createSymbolicLink(dir.resolve("pet.yaml"), dir.resolve("models/pet.yaml"));
        Path spec = write("api.yaml", spec("pet.yaml#/components/schemas/Pet"));

        assertThat(generate(SpecSource.read(spec)).files().keySet()).anyMatch(path -> path.endsWith("/Pet.java"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        write("pet.yaml", PET);
        Path spec = write("api.yaml", spec("pet.yaml#/components/schemas/Pet"));
        SpecSource source = SpecSource.read(spec);

        SpecException e = assertThrows(SpecException.class, () -> ExternalRefs.withLimits(20, 10, 1000)
                .files(source, SourceLocator.of(source.name(), source.text()), source.text()));

        assertThat(e.problems()).hasSize(1);
        assertAtTheRef(e.problems().get(0), spec);
        assertThat(e.problems().get(0).message()).contains("more than the 20").doesNotContain("Pet:");
    }

    @Test
    void aSparseFileOverTheDefaultLimitIsRefusedWithoutReadingIt() throws Exception {
        try (var file = java.nio.channels.FileChannel.open(dir.resolve("huge.yaml"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.SPARSE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), ExternalRefs.MAX_FILE_BYTES);
        }
        Path spec = write("api.yaml", spec("huge.yaml#/X"));

        SpecProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyProblem(SpecSource.read(spec)));

        assertThat(problem.message()).contains("more than the " + ExternalRefs.MAX_FILE_BYTES);
    }

    @Test
    void tooManyFilesAreRefused() throws Exception {
        write("a.yaml", "A: {type: object, properties: {b: {$ref: 'b.yaml#/B'}}}\n");
        write("b.yaml", "B: {type: object, properties: {c: {$ref: 'c.yaml#/C'}}}\n");
        write("c.yaml", "C: {type: string}\n");
        Path spec = write("api.yaml", spec("a.yaml#/A"));
        SpecSource source = SpecSource.read(spec);

        SpecException e = assertThrows(SpecException.class, () -> ExternalRefs.withLimits(1000, 2, 10_000)
                .files(source, SourceLocator.of(source.name(), source.text()), source.text()));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(dir.resolve("b.yaml").toString());
            assertThat(problem.pointer()).isEqualTo("/B/properties/c/$ref");
            assertThat(problem.message()).contains("at most 2 files");
        });
    }

    @Test
    void aRemoteRefIsRefusedWithoutTheNetwork() throws Exception {
        Path spec = write("api.yaml", spec("http://127.0.0.1:9/pet.yaml#/Pet"));

        SpecProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyProblem(SpecSource.read(spec)));

        assertAtTheRef(problem, spec);
        assertThat(problem.message()).contains("remote reference", "fetches nothing");
    }

    @Test
    void aFileUrlIsRefused() throws Exception {
        write("pet.yaml", PET);
        Path spec = write("api.yaml", spec(dir.resolve("pet.yaml").toUri() + "#/components/schemas/Pet"));

        assertThat(onlyProblem(SpecSource.read(spec)).message()).contains("is a URL (file:)");
    }

    @Test
    void aFragmentThatIsNotAPointerIsRefused() throws Exception {
        write("pet.yaml", PET);
        write("pet.yaml#x", PET);
        Path spec = write("api.yaml", spec("pet.yaml#x#/components/schemas/Pet"));

        assertThat(onlyProblem(SpecSource.read(spec)).message()).contains("not a JSON pointer");
    }

    @Test
    void aRefAnOverlayAddsIsCheckedToo() throws Exception {
        Path spec = write("api.yaml", spec("#/components/schemas/Pet") + PET);
        dev.ackgen.generator.overlay.OverlaySource overlay = new dev.ackgen.generator.overlay.OverlaySource("evil.yaml", """
                overlay: 1.0.0
                info: {title: evil, version: '1'}
                actions:
                  - target: $.components.schemas.Pet.properties
                    update: {secret: {$ref: '/etc/passwd#/x'}}
                """);

        SpecException e = assertThrows(SpecException.class, () -> Pipeline.of(GeneratorOptions.all("com.example.refs"))
                .withOverlays(List.of(overlay), false).run(SpecSource.read(spec)));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/components/schemas/Pet/properties/secret/$ref");
            assertThat(problem.message()).contains("/etc/passwd", "outside").doesNotContain("root:");
        });
    }

    @Test
    void aMissingFileIsLocated() throws Exception {
        Path spec = write("api.yaml", spec("missing.yaml#/A"));

        SpecProblem problem = onlyProblem(SpecSource.read(spec));

        assertAtTheRef(problem, spec);
        assertThat(problem.message()).contains("does not exist");
    }

    @Test
    void aReferencedFileThatIsNotUtf8IsLocatedInThatFile() throws Exception {
        Files.write(dir.resolve("pet.yaml"), "Pet:\n  type: object\n  description: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path spec = write("api.yaml", spec("pet.yaml#/Pet"));

        SpecProblem problem = onlyProblem(SpecSource.read(spec));

        assertThat(problem.file()).isEqualTo(dir.resolve("pet.yaml").toString());
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("not UTF-8");
    }

    @Test
    void refsInExamplesAndExtensionsAreCheckedTooAsAYamlAnchorCanMergeThemIntoASchema() throws Exception {
        Path spec = write("api.yaml", spec("#/components/schemas/Pet") + """
                x-parts:
                  evil: &evil {$ref: '/etc/passwd#/x'}
                components:
                  schemas:
                    Pet:
                      type: object
                      example: {$ref: 'http://127.0.0.1:9/x'}
                      properties:
                        owner: {<<: *evil}
                """);

        SpecException e = assertThrows(SpecException.class, () -> generate(SpecSource.read(spec)));

        assertThat(e.problems()).extracting(SpecProblem::pointer).contains("/x-parts/evil/$ref", "/components/schemas/Pet/example/$ref");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void anEscapedRefInJsonIsARefToo() throws Exception {
        Path spec = write("api.json", """
                {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
                 "components": {"schemas": {"A": {"\\u0024ref": "/etc/passwd#/x"}}}}
                """);

        SpecProblem problem = onlyProblem(SpecSource.read(spec));

        assertThat(problem.pointer()).isEqualTo("/components/schemas/A/$ref");
        assertThat(problem.message()).contains("outside");
    }

    @Test
    void aSpecInAJarMayNotReferToFiles() throws Exception {
        SpecSource source = new SpecSource("api.yaml", java.net.URI.create("jar:file:/x.jar!/api.yaml"), spec("pet.yaml#/Pet"));

        SpecProblem problem = onlyProblem(source);

        assertThat(problem.message()).contains("not a file");
    }

    @Test
    void allRefusalsAreReportedAtOnce() throws Exception {
        Path spec = write("api.yaml", spec("missing.yaml#/A") + """
                components:
                  schemas:
                    B: {$ref: 'http://127.0.0.1:9/b.yaml'}
                    C: {$ref: '../../../../etc/hostname'}
                """);

        SpecException e = assertThrows(SpecException.class, () -> generate(SpecSource.read(spec)));

        assertThat(e.problems()).extracting(SpecProblem::pointer)
                .containsExactly(REF_POINTER, "/components/schemas/B/$ref", "/components/schemas/C/$ref");
    }

    @Test
    void aSpecOverTheLimitIsRefused() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var file = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), SpecSource.MAX_BYTES);
        }

        SpecException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(SpecException.class, () -> SpecSource.read(big)));

        assertThat(e.getMessage()).contains("big.yaml", "more than " + SpecSource.MAX_BYTES);
    }

    @Test
    void aPercentOrAQueryInTheFilePartIsRefusedAsSwaggerParserWouldReadAnotherFile() throws Exception {
        write("%2e%2e/pet.yaml", PET);
        write("pet.yaml", PET);
        for (String ref : List.of("%2e%2e/pet.yaml#/components/schemas/Pet", "pet.yaml?x=1#/components/schemas/Pet")) {
            SpecProblem problem = onlyProblem(SpecSource.read(write("spec.yaml", spec(ref))));
            assertThat(problem.pointer()).isEqualTo(REF_POINTER);
            assertThat(problem.message()).contains("has % or ? in its file part");
        }
    }

    @Test
    void anIdThatChangesTheBaseOfExternalRefsIsRefused() throws Exception {
        write("pet.yaml", PET);
        String text = spec("pet.yaml#/components/schemas/Pet").replace("openapi: 3.0.3", "openapi: 3.1.0")
                + "components:\n  schemas:\n    Base:\n      $id: 'file:///etc/'\n      type: object\n";
        SpecProblem problem = onlyProblem(SpecSource.read(write("spec.yaml", text)));
        assertThat(problem.pointer()).isEqualTo("/components/schemas/Base/$id");
        assertThat(problem.message()).startsWith("$id \"file:///etc/\" is not followed by ackgen");
    }

    @Test
    void anIdWithoutExternalRefsChangesNothing() throws Exception {
        String text = spec("#/components/schemas/Pet").replace("openapi: 3.0.3", "openapi: 3.1.0") + """
                components:
                  schemas:
                    Pet:
                      $id: 'https://example.com/schemas/pet'
                      type: object
                      properties:
                        name: {type: string}
                """;
        assertThat(generate(SpecSource.read(write("spec.yaml", text))).files()).containsKey("com/example/refs/Pet.java");
    }
}
