package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.spec.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays in the plugin's run: they change the output, and their content, in order, is part of the fingerprint. */
class OverlaysTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

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
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    name: {type: string}
            """;

    private Path spec() throws IOException {
        return Files.writeString(dir.resolve("api.yaml"), SPEC);
    }

    private Path overlay(String name, String javaName) throws IOException {
        return Files.writeString(dir.resolve(name), """
                overlay: 1.0.0
                info: {title: local, version: '1'}
                actions:
                  - target: $.components.schemas.Thing.properties.name
                    update: {maxLength: 8, x-ackgen-java-name: %s}
                """.formatted(javaName));
    }

    private GenerationRun.Result run(List<Path> overlays, boolean strict) throws Exception {
        Configuration configuration = Configuration.of(spec(), "p", dir.resolve("out"), Set.of(), Set.of(), true, true, false, Extensions.NONE)
                .withOverlays(overlays, strict);
        return GenerationRun.run(configuration, log::add);
    }

    private String thing() throws IOException {
        return Files.readString(dir.resolve("out/p/Thing.java"), StandardCharsets.UTF_8);
    }

    @Test
    void anOverlayChangesTheOutputAndAnUnchangedBuildWritesNothing() throws Exception {
        Path overlay = overlay("local.yaml", "label");

        assertThat(run(List.of(overlay), false).upToDate()).isFalse();
        assertThat(thing()).contains("public String getLabel()");
        assertThat(Files.readString(dir.resolve("out/p/ThingValidator.java"))).contains("must be at most 8 characters long");

        GenerationRun.Result second = run(List.of(overlay), false);
        assertThat(second.upToDate()).isTrue();
        assertThat(second.line()).startsWith("ackgen: up to date, nothing written (spec, 1 overlay, 0 referenced files,");
    }

    @Test
    void editingAFileThatOnlyAnOverlayReferencesRegenerates() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"), """
                components:
                  schemas:
                    Label: {type: string, maxLength: 5}
                """);
        Path overlay = Files.writeString(dir.resolve("refs.yaml"), """
                overlay: 1.0.0
                info: {title: local, version: '1'}
                actions:
                  - target: $.components.schemas.Thing.properties
                    update:
                      label: {$ref: 'other.yaml#/components/schemas/Label'}
                """);
        run(List.of(overlay), false);
        assertThat(Files.readString(dir.resolve("out/p/ThingValidator.java"))).contains("must be at most 5 characters long");
        GenerationRun.Result unchanged = run(List.of(overlay), false);
        assertThat(unchanged.upToDate()).isTrue();
        assertThat(unchanged.line()).contains("1 referenced file,");

        Files.writeString(other, Files.readString(other).replace("maxLength: 5", "maxLength: 7"));

        assertThat(run(List.of(overlay), false).upToDate()).isFalse();
        assertThat(Files.readString(dir.resolve("out/p/ThingValidator.java"))).contains("must be at most 7 characters long");
    }

    @Test
    void editingAddingReorderingOrRemovingAnOverlayOrSwitchingStrictRegenerates() throws Exception {
        Path first = overlay("first.yaml", "label");
        Path second = overlay("second.yaml", "title");
        run(List.of(first), false);

        Files.writeString(first, Files.readString(first).replace("label", "caption"));
        assertThat(run(List.of(first), false).upToDate()).as("edited").isFalse();
        assertThat(thing()).contains("getCaption()");

        assertThat(run(List.of(first, second), false).upToDate()).as("added").isFalse();
        assertThat(thing()).contains("getTitle()");
        assertThat(run(List.of(first, second), false).upToDate()).isTrue();

        assertThat(run(List.of(second, first), false).upToDate()).as("reordered").isFalse();
        assertThat(thing()).contains("getCaption()");

        assertThat(run(List.of(second, first), true).upToDate()).as("strict").isFalse();

        assertThat(run(List.of(), false).upToDate()).as("removed").isFalse();
        assertThat(thing()).contains("getName()");
    }

    @Test
    void aStrictRunWhoseTargetSelectsNothingFailsAndLeavesTheOutputAsItWas() throws Exception {
        Path overlay = overlay("local.yaml", "label");
        run(List.of(overlay), false);
        Files.writeString(overlay, Files.readString(overlay).replace("Thing.properties", "Thingy.properties"));

        assertThat(run(List.of(overlay), false).warnings()).singleElement().asString()
                .isEqualTo(overlay + ":4 at #/actions/0: target $.components.schemas.Thingy.properties.name: selects nothing, the action changes nothing");
        assertThat(thing()).contains("getName()");

        Files.writeString(overlay, Files.readString(overlay).replace("Thingy.properties", "Thing.properties"));
        run(List.of(overlay), false);
        Files.writeString(overlay, Files.readString(overlay).replace("Thing.properties", "Thingy.properties"));
        assertThatThrownBy(() -> run(List.of(overlay), true))
                .isInstanceOf(SpecException.class).hasMessageContaining("selects nothing");
        assertThat(thing()).contains("getLabel()");
    }

    @Test
    void anOverlayFileThatDoesNotExistIsAConfigurationError() throws Exception {
        Configuration configuration = Configuration.of(spec(), "p", dir.resolve("out"), Set.of(), Set.of(), true, true, false, Extensions.NONE);

        assertThatThrownBy(() -> configuration.withOverlays(List.of(dir.resolve("missing.yaml")), false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<overlays> " + dir.resolve("missing.yaml") + " does not exist: name each overlay file (YAML or JSON) in an <overlay> element");
        assertThatThrownBy(() -> configuration.withOverlays(List.of(dir), false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(" is a directory");
    }
}
