package dev.ackgen.generator.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays through the pipeline every entry point runs: the generated code shows their changes. */
class OverlayPipelineTest {
    private static final String PACKAGE = "com.example.pets";

    @TempDir
    Path dir;

    private Path resource(String name) {
        try (InputStream in = OverlayPipelineTest.class.getResourceAsStream(name)) {
            return Files.write(dir.resolve(Path.of(name).getFileName().toString()), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(Pipeline.Result result, String simpleName) {
        byte[] bytes = result.files().get(PACKAGE.replace('.', '/') + "/" + simpleName + ".java");
        assertThat(bytes).as("%s among %s", simpleName, result.files().keySet()).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void anOverlaysConstraintRuleAndJavaNamesShowInTheGeneratedCodeAndTheSpecFileStaysAsItWas() throws Exception {
        Path spec = resource("/extension/pets.yaml");
        byte[] before = Files.readAllBytes(spec);
        Path overlay = resource("/overlay/pets-local.yaml");

        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(PACKAGE))
                .withOverlays(List.of(OverlaySource.read(overlay)), false)
                .run(SpecSource.read(spec));

        assertThat(result.files()).doesNotContainKey(PACKAGE.replace('.', '/') + "/Pet.java");
        assertThat(source(result, "Animal")).contains("public String getPetName()").contains("public String getNickname()");
        assertThat(source(result, "AnimalValidator"))
                .contains("\"maxLength\", \"must be at most 10 characters long\"")
                .contains("Checks.countSet(value.getNickname(), value.getKind()) > 1")
                .contains("\"atMostOneOf\"");
        assertThat(Files.readAllBytes(spec)).isEqualTo(before);
        assertThat(result.warnings()).extracting(SpecProblem::toString).containsExactly(
                overlay + ":21 at #/actions/3: target $.paths['/dogs']: selects nothing, the action changes nothing");
    }

    @Test
    void withoutOverlaysTheSpecGeneratesAsBefore() throws Exception {
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(PACKAGE)).withOverlays(List.of(), true)
                .run(SpecSource.read(resource("/extension/pets.yaml")));

        assertThat(source(result, "Pet")).contains("public String getName()").doesNotContain("nickname");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void strictMakesATargetThatSelectsNothingFailTheRun() {
        Path overlay = resource("/overlay/pets-local.yaml");

        assertThatThrownBy(() -> Pipeline.of(GeneratorOptions.all(PACKAGE))
                        .withOverlays(List.of(OverlaySource.read(overlay)), true)
                        .run(SpecSource.read(resource("/extension/pets.yaml"))))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).extracting(SpecProblem::toString)
                        .containsExactly(overlay + ":21 at #/actions/3: target $.paths['/dogs']: selects nothing, the action changes nothing"));
    }

    @Test
    void overlaysApplyBeforeTheExtensionsTransformSpec() throws Exception {
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(PACKAGE))
                .withOverlays(List.of(OverlaySource.read(resource("/overlay/pets-local.yaml"))), false)
                .withExtensions(List.of(new EnabledExtension(new SpecFixing(), Map.of())))
                .run(SpecSource.read(resource("/extension/pets.yaml")));

        // The overlay names the class Animal and sets maxLength 10; the extension, running after it, Creature and 5.
        assertThat(source(result, "Creature")).contains("public String getPetName()").contains("public String getNickname()");
        assertThat(source(result, "CreatureValidator")).contains("must be at most 5 characters long").doesNotContain("at most 10");
    }

    /** Changes what the overlay changes: its changes are the ones left when it runs after the overlays. */
    private static final class SpecFixing implements AckgenExtension {
        @Override
        public String id() {
            return "spec-fixing";
        }

        @Override
        public void transformSpec(ObjectNode spec, ExtensionContext context) {
            ObjectNode pet = (ObjectNode) spec.at("/components/schemas/Pet");
            pet.put("x-ackgen-java-name", "Creature");
            ((ObjectNode) pet.at("/properties/name")).put("maxLength", 5);
        }
    }

    @Test
    void aProblemAnOverlayCausesInTheSpecHasTheSpecsNearestOriginalLine() {
        Path spec = resource("/extension/pets.yaml");

        assertThatThrownBy(() -> Pipeline.of(GeneratorOptions.all(PACKAGE))
                        .withOverlays(List.of(OverlaySource.read(resource("/overlay/bad-java-name.yaml"))), false)
                        .run(SpecSource.read(spec)))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(spec.toString());
                    assertThat(problem.line()).isEqualTo(36);
                    assertThat(problem.message()).isEqualTo("x-ackgen-java-name must be a Java identifier, not name of pet");
                }));
    }

    @Test
    void theProblemsOfEveryOverlayAreReportedTogetherBeforeTheSpecIsRead() throws Exception {
        Path first = Files.writeString(dir.resolve("first.yaml"), "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n");
        Path second = Files.writeString(dir.resolve("second.yaml"), "just: text\n");

        assertThatThrownBy(() -> Pipeline.of(GeneratorOptions.all(PACKAGE))
                        .withOverlays(List.of(OverlaySource.read(first), OverlaySource.read(second)), false)
                        .run(SpecSource.read(resource("/extension/pets.yaml"))))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.problems()).extracting(SpecProblem::file)
                        .containsExactly(first.toString(), second.toString(), second.toString(), second.toString(), second.toString()));
    }
}
