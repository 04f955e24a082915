package dev.ackgen.processor;

import static dev.ackgen.processor.Sources.CREATE_CLUSTER;
import static dev.ackgen.processor.Sources.compile;
import static dev.ackgen.processor.Sources.describe;
import static dev.ackgen.processor.Sources.generated;
import static dev.ackgen.processor.Sources.messages;
import static dev.ackgen.processor.Sources.packageInfo;
import static dev.ackgen.processor.Sources.quoted;
import static dev.ackgen.processor.Sources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@code overlays} and {@code strictOverlays} of {@code @GenerateAckClient}: overlays found like the spec. */
class OverlayAttributeTest {
    private static final String OVERLAY = "overlays/create-cluster-local.yaml";
    private static final String SELECTS_NOTHING =
            ":10 at #/actions/1: target $.paths['/clusters'].delete: selects nothing, the action changes nothing";

    @Test
    void anOverlayOnTheClassPathChangesTheGeneratedCodeAndATargetThatSelectsNothingIsANote() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"),
                packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER) + ", overlays = " + quoted(OVERLAY)));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(new String(generated(compilation).get("com/example/ack/CreateClusterRequest.java"), StandardCharsets.UTF_8))
                .contains("public String getClusterName()");
        assertThat(new String(generated(compilation).get("com/example/ack/CreateClusterRequestValidator.java"), StandardCharsets.UTF_8))
                .contains("must be at most 30 characters long");
        assertThat(messages(compilation, Diagnostic.Kind.NOTE)).singleElement().asString()
                .startsWith("ackgen warning: ").endsWith(OVERLAY + SELECTS_NOTHING);
    }

    @Test
    void strictOverlaysMakesATargetThatSelectsNothingACompileError() {
        String overlay = resource(OVERLAY).toString();

        Compilation compilation = compile(List.of(), packageInfo("com.example.ack",
                "spec = " + quoted(CREATE_CLUSTER) + ", overlays = {" + quoted(overlay) + "}, strictOverlays = true"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly("ackgen: " + overlay + SELECTS_NOTHING);
    }

    @Test
    void anOverlayThatIsNotFoundIsACompileErrorNamingIt() {
        Compilation compilation = compile(List.of(), packageInfo("com.example.ack",
                "spec = " + quoted(CREATE_CLUSTER) + ", overlays = {\"overlays/missing.yaml\"}"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                .startsWith("ackgen: overlays/missing.yaml: the overlay is not found: not an absolute path, not a resource");
    }
}
