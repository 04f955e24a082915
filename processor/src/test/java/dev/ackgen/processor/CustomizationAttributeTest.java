package dev.ackgen.processor;

import static dev.ackgen.processor.Sources.compile;
import static dev.ackgen.processor.Sources.describe;
import static dev.ackgen.processor.Sources.generated;
import static dev.ackgen.processor.Sources.messages;
import static dev.ackgen.processor.Sources.packageInfo;
import static dev.ackgen.processor.Sources.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.ackgen.generator.customize.CustomizationOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The customisation attributes of {@code @GenerateAckClient}: the Maven plugin's parameters by the
 * same names; types looked up in the compilation; problems are compile errors on the attribute.
 */
class CustomizationAttributeTest {
    private static final String SPEC = "spec = " + quoted("specs/customized.yaml");

    private static String text(Compilation compilation, String file) {
        return new String(generated(compilation).get("com/example/ack/" + file), StandardCharsets.UTF_8);
    }

    @Test
    void everyOptionIsAnAttributeOfTheAnnotation() throws Exception {
        Class<?> annotation = Class.forName(AckgenProcessor.ANNOTATION);
        for (CustomizationOption option : CustomizationOption.values()) {
            Method attribute = annotation.getMethod(option.optionName());
            assertThat(attribute.getReturnType()).as(option.optionName()).isEqualTo(String[].class);
            assertThat((String[]) attribute.getDefaultValue()).as(option.optionName()).isEmpty();
        }
    }

    @Test
    void aTypeMappingAndATypeOfTheSameCompilationWork() {
        JavaFileObject tagged = JavaFileObjects.forSourceString("com.example.marks.Tagged", """
                package com.example.marks;

                /** The user's own marker interface, compiled together with the generated code. */
                public interface Tagged {
                    default String tag() {
                        return getClass().getSimpleName();
                    }
                }
                """);

        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), packageInfo("com.example.ack", SPEC
                + ", typeMappings = \"date-time=java.time.Instant\", modelNameMappings = {\"Event=Happening\"}"
                + ", additionalModelInterfaces = \"com.example.marks.Tagged\""), tagged);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation)).doesNotContainKey("com/example/ack/Event.java");
        assertThat(text(compilation, "Happening.java"))
                .contains("import java.time.Instant;", "private final Instant at;", "public final class Happening implements JsonWritable, Tagged {");
    }

    @Test
    void anUnknownAnnotationClassIsACompileErrorOnItsAttribute() {
        Compilation compilation = compile(List.of(), packageInfo("com.example.ack",
                SPEC + ",\n        additionalModelAnnotations = \"com.example.Missing\""));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: additionalModelAnnotations: no such type com.example.Missing in the compilation's class path and sources");
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertThat(error.getLineNumber()).as("on the attribute's line").isEqualTo(2);
        assertThat(sourceAt(error)).startsWith("\"com.example.Missing\"");
    }

    @Test
    void aTypeOfTheWrongKindAndBadEntriesAreCompileErrorsNamingTheAttribute() {
        Compilation compilation = compile(List.of(), packageInfo("com.example.ack", SPEC
                + ", additionalModelAnnotations = \"java.io.Serializable\", additionalEnumInterfaces = \"java.lang.Deprecated\""));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: additionalModelAnnotations: java.io.Serializable is not an annotation type",
                "ackgen: additionalEnumInterfaces: java.lang.Deprecated is not an interface");

        compilation = compile(List.of(), packageInfo("com.example.ack", SPEC
                + ", typeMappings = {\"date-time\"}, propertyNameMappings = {\"name=Name\", \"name=title\"}"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: propertyNameMappings entry 'name=Name': Name starts with an upper-case letter: a member so named hides the class of that name",
                "ackgen: typeMappings entry 'date-time': takes key=value");
    }

    @Test
    void aMappingThatMatchesNothingIsANote() {
        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), packageInfo("com.example.ack", SPEC
                + ", typeMappings = \"uuid=java.util.UUID\""));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(messages(compilation, Diagnostic.Kind.NOTE)).singleElement().asString()
                .startsWith("ackgen warning: ").endsWith("typeMappings uuid=java.util.UUID matches no format of the generated operations;"
                        + " it no longer applies");
    }

    /** The source text from the diagnostic's start on. */
    private static String sourceAt(Diagnostic<? extends JavaFileObject> diagnostic) {
        try {
            return diagnostic.getSource().getCharContent(true).toString().substring((int) diagnostic.getStartPosition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
