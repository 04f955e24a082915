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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extensions in a run: loading and checking the parameters, the fingerprint, failures (TestExtensions). */
class ExtensionsTest {
    @TempDir
    Path dir;

    private Path spec;

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
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses: {'200': {description: ok}}
              /b:
                delete:
                  operationId: DeleteThing
                  responses: {'200': {description: ok}}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    tag: {$ref: '#/components/schemas/Tag'}
                Tag:
                  type: object
                  properties:
                    k: {type: string}
            """;

    @BeforeEach
    void writeSpec() throws IOException {
        spec = Files.writeString(dir.resolve("api.yaml"), SPEC);
    }

    private static Extensions extensions(List<String> ids, Map<String, String> options) throws ConfigurationException {
        return Extensions.load(ExtensionsTest.class.getClassLoader(), ids, options);
    }

    private Configuration config(List<String> ids, Map<String, String> options) throws ConfigurationException {
        return Configuration.of(spec, "p", dir.resolve("out"), Set.of(), Set.of(), true, true, false, extensions(ids, options));
    }

    private Path out(String file) {
        return dir.resolve("out/p/" + file);
    }

    @Test
    void enablingReconfiguringAndRemovingAnExtensionRegeneratesAndTheSameConfigurationIsANoOp() throws Exception {
        List<String> log = new ArrayList<>();
        GenerationRun.run(config(List.of(), Map.of()), log::add);
        assertThat(out("Thing.java")).content().doesNotContain("Cloneable");
        assertThat(out("Tag.java")).isRegularFile();

        GenerationRun.Result enabled = GenerationRun.run(config(List.of("test-marking"), Map.of()), log::add);
        assertThat(enabled.upToDate()).isFalse();
        assertThat(enabled.line()).startsWith("ackgen: 2 operations, extension test-marking, ");
        assertThat(enabled.summary().deleted()).contains("p/Tag.java");
        assertThat(out("Thing.java")).content().contains("public final class Thing implements JsonWritable, Cloneable");
        assertThat(out("Marker.java")).content().contains("public final class Marker implements JsonWritable, Cloneable");
        Files.setLastModifiedTime(out("Thing.java"), FileTime.fromMillis(1_000_000));

        GenerationRun.Result again = GenerationRun.run(config(List.of("test-marking"), Map.of()), log::add);
        assertThat(again.upToDate()).isTrue();
        assertThat(again.line()).startsWith("ackgen: up to date, nothing written (spec, 0 referenced files, configuration, generator and 1 extension unchanged)");
        assertThat(Files.getLastModifiedTime(out("Thing.java")).toMillis()).isEqualTo(1_000_000);

        GenerationRun.Result reconfigured = GenerationRun.run(
                config(List.of("test-marking"), Map.of("test-marking.interface", "java.io.Closeable")), log::add);
        assertThat(reconfigured.upToDate()).isFalse();
        assertThat(out("Thing.java")).content().contains("public final class Thing implements JsonWritable, Closeable");

        GenerationRun.Result removed = GenerationRun.run(config(List.of(), Map.of()), log::add);
        assertThat(removed.upToDate()).isFalse();
        assertThat(removed.summary().deleted()).containsExactly("p/Marker.java");
        assertThat(out("Thing.java")).content().doesNotContain("Closeable");
        assertThat(out("Tag.java")).isRegularFile();
    }

    @Test
    void theFingerprintHoldsEachExtensionsIdCodeAndOptionsInRunOrder() throws Exception {
        String canonical = extensions(List.of("test-marking", "test-failing"), Map.of("test-marking.interface", "a\nb", "test-failing.how", "no"))
                .canonical();

        String code = CodeHash.of(TestExtensions.Marking.class);
        assertThat(code).matches("[0-9a-f]{64}");
        assertThat(canonical).isEqualTo("extension test-marking dev.ackgen.maven.TestExtensions$Marking code " + code + "\n"
                + "extension test-marking option interface=a\\nb\n"
                + "extension test-failing dev.ackgen.maven.TestExtensions$Failing code " + code + "\n"
                + "extension test-failing option how=no\n");
        assertThat(config(List.of("test-marking"), Map.of()).canonical()).endsWith("excludeOperations=\n"
                + "extension test-marking dev.ackgen.maven.TestExtensions$Marking code " + code + "\n");
        assertThat(Extensions.NONE.canonical()).isEmpty();
    }

    @Test
    void parametersAreCheckedWithTheirNames() {
        assertThatThrownBy(() -> extensions(List.of("test-marking", "nope"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<extensions>: no extension has the id nope; found: test-failing, test-marking");
        assertThatThrownBy(() -> extensions(List.of("test-marking, test-marking"), Map.of()))
                .hasMessage("<extensions> names test-marking twice: each extension runs once");
        assertThatThrownBy(() -> extensions(List.of("test-marking"), Map.of("interface", "x")))
                .hasMessage("<extensionOptions> <interface>: name each option <extension id>.<option name>, e.g. <test-marking.someOption>");
        assertThatThrownBy(() -> extensions(List.of("test-marking"), Map.of("test-failing.how", "throw")))
                .hasMessage("<extensionOptions> <test-failing.how> is an option of extension test-failing, which <extensions> does not enable"
                        + " (it enables test-marking)");
        assertThatThrownBy(() -> extensions(List.of(), Map.of("test-failing.how", "throw")))
                .hasMessage("<extensionOptions> <test-failing.how> is an option of extension test-failing, which <extensions> does not enable");
    }

    @Test
    void idsComeInOrderFromTheListOrTheCommaSeparatedProperty() throws Exception {
        assertThat(extensions(List.of(" test-marking ,test-failing", ""), Map.of()).ids()).containsExactly("test-marking", "test-failing");
        assertThat(extensions(List.of("test-failing", "test-marking"), Map.of()).ids()).containsExactly("test-failing", "test-marking");
        assertThat(extensions(null, null)).isEqualTo(Extensions.NONE);
    }

    @Test
    void anExtensionThatThrowsOrReportsAnErrorFailsTheRunAndKeepsThePreviousOutput() throws Exception {
        GenerationRun.run(config(List.of("test-marking"), Map.of()), line -> {});
        byte[] fingerprint = Files.readAllBytes(dir.resolve("out/" + Fingerprint.FILE));
        byte[] thing = Files.readAllBytes(out("Thing.java"));

        assertThatThrownBy(() -> GenerationRun.run(config(List.of("test-failing"), Map.of("test-failing.how", "throw")), line -> {}))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("extension test-failing (dev.ackgen.maven.TestExtensions$Failing) failed in customizeModel(")
                .hasMessageContaining("java.lang.IllegalStateException: broken on purpose");
        assertThatThrownBy(() -> GenerationRun.run(config(List.of("test-marking", "test-failing"), Map.of("test-failing.how", "report")), line -> {}))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("api.yaml:12 at #/paths/~1b: extension test-failing: no DELETE here");

        assertThat(Files.readAllBytes(dir.resolve("out/" + Fingerprint.FILE))).isEqualTo(fingerprint);
        assertThat(Files.readAllBytes(out("Thing.java"))).isEqualTo(thing);
        assertThat(out("Marker.java")).isRegularFile();
        assertThat(GenerationRun.run(config(List.of("test-marking"), Map.of()), line -> {}).upToDate()).isTrue();
    }
}
