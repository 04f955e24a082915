package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's {@code --overlay} and {@code --strict-overlays}, on the CreateCluster spec. */
class MainOverlayTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... options) {
        List<String> args = new ArrayList<>(List.of(
                GeneratorFixture.createClusterSpec().toString(), "com.example.ack", dir.resolve("out").toString()));
        args.addAll(List.of(options));
        return Main.run(args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path overlay() throws IOException {
        try (InputStream in = MainOverlayTest.class.getResourceAsStream("/overlay/create-cluster-local.yaml")) {
            return Files.write(dir.resolve("create-cluster-local.yaml"), in.readAllBytes());
        }
    }

    private String generated(String simpleName) throws IOException {
        return Files.readString(dir.resolve("out/com/example/ack/" + simpleName + ".java"), StandardCharsets.UTF_8);
    }

    @Test
    void anOverlayChangesTheGeneratedCodeAndATargetThatSelectsNothingIsPrintedAsAWarning() throws Exception {
        Path overlay = overlay();

        assertThat(run("--overlay", overlay.toString())).as(err()).isEqualTo(Main.OK);

        assertThat(generated("CreateClusterRequest")).contains("public String getClusterName()").doesNotContain("getName()");
        assertThat(generated("CreateClusterRequestValidator")).contains("must be at most 30 characters long");
        assertThat(err()).isEqualTo("warning: " + overlay + ":11 at #/actions/1: target $.paths['/clusters'].delete:"
                + " selects nothing, the action changes nothing" + System.lineSeparator());
    }

    @Test
    void withStrictOverlaysATargetThatSelectsNothingReturnsOneAndWritesNothing() throws Exception {
        Path overlay = overlay();

        assertThat(run("--strict-overlays", "--overlay", overlay.toString())).isEqualTo(Main.SPEC_PROBLEMS);

        assertThat(err()).contains(overlay + ":11 at #/actions/1: target $.paths['/clusters'].delete: selects nothing");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void overlaysApplyInTheOrderGivenTheLastOneWinning() throws Exception {
        Path second = Files.writeString(dir.resolve("second.json"), """
                {"overlay": "1.0.0", "info": {"title": "second", "version": "1"},
                 "actions": [{"target": "$.components.schemas.CreateClusterRequest.properties.name",
                              "update": {"x-ackgen-java-name": "displayName"}}]}
                """);

        assertThat(run("--overlay", overlay().toString(), "--overlay", second.toString())).as(err()).isEqualTo(Main.OK);

        assertThat(generated("CreateClusterRequest")).contains("public String getDisplayName()").doesNotContain("getClusterName()");
    }

    @Test
    void aMissingOverlayFileReturnsOneNamingIt() {
        assertThat(run("--overlay", dir.resolve("missing.yaml").toString())).isEqualTo(Main.SPEC_PROBLEMS);

        assertThat(err()).contains(dir.resolve("missing.yaml") + ": the overlay file does not exist");
    }
}
