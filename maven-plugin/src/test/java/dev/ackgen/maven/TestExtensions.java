package dev.ackgen.maven;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.NamingSite;
import dev.ackgen.generator.spi.ObjectView;

/**
 * Extensions the tests enable, registered for {@link java.util.ServiceLoader} in the test
 * resources' {@code META-INF/services}, as an extension's jar registers them.
 */
final class TestExtensions {
    private TestExtensions() {}

    /**
     * Every model implements the interface its option {@code interface} names ({@code
     * java.lang.Cloneable} by default); the class of the schema {@code Tag} is {@code Marker}.
     */
    public static final class Marking implements AckgenExtension {
        @Override
        public String id() {
            return "test-marking";
        }

        @Override
        public String name(NamingSite site, String proposal, ExtensionContext context) {
            return site.kind() == NamingSite.Kind.CLASS && site.specName().equals("Tag") ? "Marker" : proposal;
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            builder.addSuperinterface(ClassName.bestGuess(context.option("interface", "java.lang.Cloneable")));
        }
    }

    /**
     * Fails as its option {@code how} says: {@code throw} throws from {@code customizeModel},
     * {@code report} reports an error at the path {@code /b}.
     */
    public static final class Failing implements AckgenExtension {
        @Override
        public String id() {
            return "test-failing";
        }

        @Override
        public void transformSpec(ObjectNode spec, ExtensionContext context) {
            if (context.option("how", "").equals("report")) {
                context.error("/paths/~1b", "no DELETE here");
            }
        }

        @Override
        public void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {
            if (context.option("how", "").equals("throw")) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }
}
