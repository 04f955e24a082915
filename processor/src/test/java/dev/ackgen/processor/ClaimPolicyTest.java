package dev.ackgen.processor;

import static dev.ackgen.processor.Sources.CREATE_CLUSTER;
import static dev.ackgen.processor.Sources.compile;
import static dev.ackgen.processor.Sources.describe;
import static dev.ackgen.processor.Sources.messages;
import static dev.ackgen.processor.Sources.packageInfo;
import static dev.ackgen.processor.Sources.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac's "No processor claimed any of these annotations" ({@code -Xlint:processing}), which {@code
 * -Werror} makes fatal: never when ackgen is the only processor; with others, never for ackgen's
 * own annotations, and theirs still reach them.
 */
class ClaimPolicyTest {
    private static final JavaFileObject MARKER = JavaFileObjects.forSourceString("com.example.Marker", """
            package com.example;

            /** An annotation no processor handles, as @Test or @Nullable in a user's code. */
            public @interface Marker {}
            """);
    private static final JavaFileObject MARKED = JavaFileObjects.forSourceString("com.example.Marked", """
            package com.example;

            @Marker
            final class Marked {}
            """);

    @Test
    void aloneItClaimsEveryAnnotationSoLintAndWerrorPass() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"),
                packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)), MARKER, MARKED);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.diagnostics()).isEmpty();
    }

    @Test
    void aloneItClaimsEvenWithoutAnyAckgenAnnotation() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), MARKER, MARKED);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
    }

    @Test
    void besideOtherProcessorsItClaimsOnlyItsOwnAndLeavesTheRestToThem() {
        Recorder recorder = new Recorder();

        Compilation compilation = compile(List.of(new AckgenProcessor(new ClaimPolicy(false)), recorder), List.of("-Xlint:all"),
                packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)), MARKER, MARKED);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(recorder.seen).contains("com.example.Marker")
                .doesNotContain(AckgenProcessor.ANNOTATION)
                .doesNotContainAnyElementsOf(ClaimPolicy.GENERATED_CODE_ANNOTATIONS);
        // The user's own annotation, which no processor claimed, is javac's warning; ackgen's and the
        // generated code's are not in it.
        assertThat(messages(compilation, Diagnostic.Kind.WARNING))
                .containsExactly("No processor claimed any of these annotations: /com.example.Marker"); // "/": the unnamed module
    }

    @Test
    void itIsAloneWhenTheOnlyRegisteredProcessorIsAckgens(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services")).resolve("javax.annotation.processing.Processor");
        Files.writeString(services, "# another jar's processor\ncom.example.OtherProcessor\n");

        ClassLoader testClassPath = ClaimPolicyTest.class.getClassLoader();
        try (URLClassLoader withAnother = new URLClassLoader(new URL[] {dir.toUri().toURL()}, testClassPath)) {
            assertThat(ClaimPolicy.registeredProcessors(testClassPath)).containsExactly(AckgenProcessor.class.getName());
            assertThat(ClaimPolicy.detect(testClassPath).claimsAll()).isTrue();
            assertThat(ClaimPolicy.registeredProcessors(withAnother))
                    .containsExactlyInAnyOrder(AckgenProcessor.class.getName(), "com.example.OtherProcessor");
            assertThat(ClaimPolicy.detect(withAnother).claimsAll()).isFalse();
        }
    }

    /** A processor that, after ackgen, records every annotation javac still offers it. */
    private static final class Recorder extends AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            annotations.forEach(annotation -> seen.add(annotation.getQualifiedName().toString()));
            return false;
        }
    }
}
