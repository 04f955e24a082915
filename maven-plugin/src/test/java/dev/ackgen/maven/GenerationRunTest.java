package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.spec.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run without Maven: fingerprint, $ref scanning, include/exclude and configuration checks. */
class GenerationRunTest {
    @TempDir
    Path dir;

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: CreateThing
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: 'parts/a.yaml#/Thing'}
                  responses: {'200': {description: ok}}
              /b:
                delete:
                  operationId: DeleteThing
                  responses: {'200': {description: ok}}
            """;

    private Path spec() throws IOException {
        Files.createDirectories(dir.resolve("spec/parts"));
        Files.writeString(dir.resolve("spec/api.yaml"), SPEC);
        Files.writeString(dir.resolve("spec/parts/a.yaml"), "Thing:\n  type: object\n  properties:\n    tag: {$ref: 'b.json#/Tag'}\n");
        Files.writeString(dir.resolve("spec/parts/b.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"string\"}}}}");
        return dir.resolve("spec/api.yaml");
    }

    private Configuration config(Path spec, String pkg, Set<String> include, Set<String> exclude) throws ConfigurationException {
        return Configuration.of(spec, pkg, dir.resolve("out"), include, exclude, true, true, false, Extensions.NONE);
    }

    @Test
    void referencedFilesAreFoundTransitivelyRelativeToTheReferringFile() throws IOException {
        ReferenceScanner.References references = ReferenceScanner.scan(spec(), List.of());

        assertThat(references.files()).containsExactly(dir.resolve("spec/parts/a.yaml"), dir.resolve("spec/parts/b.json"));
        assertThat(references.refused()).isEmpty();
    }

    @Test
    void aRefOutOfTheSpecsDirectoryFailsUntilARefRootAllowsItAndTheRootIsInTheFingerprint() throws Exception {
        Path spec = spec();
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/tag.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"string\"}}}}");
        Files.writeString(dir.resolve("spec/parts/a.yaml"), "Thing:\n  type: object\n  properties:\n    tag: {$ref: '../../shared/tag.json#/Tag'}\n");

        assertThatThrownBy(() -> GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(dir.resolve("spec/parts/a.yaml") + ":4 at #/Thing/properties/tag/$ref: $ref \"../../shared/tag.json#/Tag\"")
                .hasMessageContaining("outside");
        assertThat(dir.resolve("out")).doesNotExist();

        Configuration allowed = config(spec, "p.one", Set.of(), Set.of()).withRefRoots(List.of(dir.resolve("shared")));
        assertThat(GenerationRun.run(allowed, line -> {}).upToDate()).isFalse();
        assertThat(dir.resolve("out/p/one/Tag.java")).isRegularFile();
        assertThat(GenerationRun.run(allowed, line -> {}).upToDate()).isTrue();
        assertThat(Fingerprint.of(allowed, "id")).isNotEqualTo(Fingerprint.of(allowed.withRefRoots(List.of(dir)), "id"));

        // a change to the file in the other root regenerates
        Files.writeString(dir.resolve("shared/tag.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"string\"}}}}");
        assertThat(GenerationRun.run(allowed, line -> {}).summary().written()).contains("p/one/Tag.java");
    }

    @Test
    void aRefToADeviceOrAUrlFailsQuicklyAndTheFingerprintReadsNothingOfIt() throws Exception {
        Path spec = spec();
        Files.writeString(dir.resolve("spec/parts/a.yaml"), "Thing:\n  type: object\n  properties:\n"
                + "    zero: {$ref: '/dev/zero'}\n    remote: {$ref: 'http://127.0.0.1:9/x.yaml'}\n");
        Configuration configuration = config(spec, "p.one", Set.of(), Set.of()).withRefRoots(List.of(Path.of("/dev")));

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> GenerationRun.run(configuration, line -> {}))
                        .isInstanceOf(SpecException.class)
                        .hasMessageContaining("not a regular file")
                        .hasMessageContaining("remote reference"));
        assertThat(ReferenceScanner.scan(spec, configuration.refRoots()).files()).isEmpty();
    }

    @Test
    void aRefRootThatIsNotADirectoryIsAConfigurationError() throws Exception {
        Path spec = spec();

        assertThatThrownBy(() -> config(spec, "p", Set.of(), Set.of()).withRefRoots(List.of(dir.resolve("nowhere"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("<refRoots> " + dir.resolve("nowhere") + " does not exist");
    }

    @Test
    void aSpecThatIsNotUtf8IsALocatedError() throws Exception {
        Path spec = spec();
        Files.write(spec, SPEC.replace("title: T", "title: caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining(spec + ":2: not UTF-8 text at byte offset");
    }

    @Test
    void secondRunWritesNothingAndAnyInputChangeRegenerates() throws Exception {
        Path spec = spec();
        List<String> log = new ArrayList<>();
        GenerationRun.Result first = GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), log::add);
        assertThat(first.upToDate()).isFalse();
        assertThat(first.operations()).isEqualTo(2);
        Path request = dir.resolve("out/p/one/Thing.java"); // the body is a $ref: the request type is Thing
        Files.setLastModifiedTime(request, FileTime.fromMillis(1_000_000));

        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), log::add).upToDate()).isTrue();
        assertThat(log.get(1)).startsWith("ackgen: up to date, nothing written (spec, 2 referenced files,");
        assertThat(Files.getLastModifiedTime(request).toMillis()).isEqualTo(1_000_000);

        // a file two $refs away
        Files.writeString(dir.resolve("spec/parts/b.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"string\"}}}}");
        GenerationRun.Result changed = GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), log::add);
        assertThat(changed.upToDate()).isFalse();
        assertThat(changed.summary().written()).contains("p/one/Tag.java");

        // configuration
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of("DeleteThing")), log::add).summary().deleted())
                .containsExactly("p/one/DeleteThingRequest.java", "p/one/DeleteThingRequestValidator.java");

        // output edited by hand
        Files.writeString(request, "// mine");
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of("DeleteThing")), log::add).summary().written())
                .containsExactly("p/one/Thing.java");

        // the fingerprint deleted
        Files.delete(dir.resolve("out/" + Fingerprint.FILE));
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of("DeleteThing")), log::add).upToDate()).isFalse();
    }

    /**
     * An up-to-date check reads a file only when its size or modification time moved, or when it
     * was modified in the same tick as the fingerprint (or later): a same-size edit that restores
     * the old time is not seen in the first case, which shows the file was not read, and is seen in
     * the second.
     */
    @Test
    void filesWhoseStampsHoldAreNotReadUnlessModifiedAsLateAsTheFingerprint() throws Exception {
        Path spec = spec();
        FileTime specTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(spec, specTime);
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}).upToDate()).isFalse();
        Path fingerprint = dir.resolve("out/" + Fingerprint.FILE);
        Path output = dir.resolve("out/p/one/Thing.java");
        FileTime written = Files.getLastModifiedTime(output);
        Files.setLastModifiedTime(fingerprint, FileTime.from(written.toInstant().plusSeconds(1)));

        String original = Files.readString(output);
        Files.writeString(output, original.replace("class Thing", "class Thinx"));
        Files.setLastModifiedTime(output, written);
        Files.writeString(spec, SPEC.replace("title: T", "title: X"));
        Files.setLastModifiedTime(spec, specTime);
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}).upToDate())
                .as("neither file read, as their stamps hold")
                .isTrue();

        Files.setLastModifiedTime(fingerprint, written);
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}).upToDate())
                .as("the output read, as it was modified in the fingerprint's tick; then the spec")
                .isFalse();
        assertThat(Files.readString(output)).isEqualTo(original);
        assertThat(Files.readString(fingerprint)).as("the spec's new stamp").contains(" " + Fingerprint.sha256(Files.readAllBytes(spec)) + " ");
        assertThat(GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}).upToDate()).isTrue();
    }

    @Test
    void aFailingRunLeavesTheOutputAndTheFingerprintAsTheyWere() throws Exception {
        Path spec = spec();
        GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {});
        byte[] fingerprint = Files.readAllBytes(dir.resolve("out/" + Fingerprint.FILE));
        Files.writeString(dir.resolve("spec/parts/a.yaml"), "Thing:\n  type: objekt\n");

        assertThatThrownBy(() -> GenerationRun.run(config(spec, "p.one", Set.of(), Set.of()), line -> {}))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("objekt");
        assertThat(Files.readAllBytes(dir.resolve("out/" + Fingerprint.FILE))).isEqualTo(fingerprint);
        assertThat(dir.resolve("out/p/one/Thing.java")).isRegularFile();
    }

    @Test
    void unknownOperationIdsAreConfigurationErrorsWithSuggestions() throws Exception {
        Path spec = spec();

        assertThatThrownBy(() -> GenerationRun.run(config(spec, "p.one", Set.of("CreateThng"), Set.of()), line -> {}))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<includeOperations> names CreateThng, which is not an operationId of the spec; did you mean CreateThing?");
        assertThatThrownBy(() -> GenerationRun.run(config(spec, "p.one", Set.of(), Set.of("ListClusters")), line -> {}))
                .hasMessage("<excludeOperations> names ListClusters, which is not an operationId of the spec; it has CreateThing, DeleteThing");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void configurationIsCheckedBeforeAnythingRuns() throws Exception {
        Path spec = spec();

        assertThatThrownBy(() -> config(dir.resolve("missing.yaml"), "p", Set.of(), Set.of()))
                .hasMessageEndingWith("missing.yaml does not exist");
        assertThatThrownBy(() -> config(dir, "p", Set.of(), Set.of())).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> config(spec, "p.int", Set.of(), Set.of()))
                .hasMessage("<packageName> 'p.int' is not a valid Java package name");
        assertThatThrownBy(() -> config(spec, "p", Set.of("A"), Set.of("A", "B")))
                .hasMessage("<includeOperations> and <excludeOperations> both name A: keep each operationId in one of them");
        assertThatThrownBy(() -> Configuration.of(spec, "p", dir, Set.of(), Set.of(), false, true, false, Extensions.NONE))
                .hasMessageContaining("keep models on");
        assertThat(config(spec, "p", List.of(" A, B ", ""), Set.of()).includeOperations()).containsExactlyInAnyOrder("A", "B");
    }

    private Configuration config(Path spec, String pkg, List<String> include, Set<String> exclude) throws ConfigurationException {
        return Configuration.of(spec, pkg, dir.resolve("out"), include, exclude, true, true, false, Extensions.NONE);
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertThat(GeneratorVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(GeneratorVersion.identity()).startsWith("ackgen " + GeneratorVersion.version() + "\n");
    }
}
