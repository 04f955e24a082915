package dev.ackgen.generator.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.spi.AckgenExtension;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extensions are found with ServiceLoader (registered with @AutoService) and run only when named. */
class ExtensionLoaderTest {
    private static final ClassLoader LOADER = ExtensionLoaderTest.class.getClassLoader();

    @Test
    void findsTheExtensionsRegisteredWithAutoService() throws Exception {
        assertThat(ExtensionLoader.find(LOADER).byId()).containsKeys(
                "tagged-models", "renaming", "spec-fixing", "api-version", "marking", "reporting", "throwing");
        assertThat(ExtensionLoader.find(LOADER).byId().get("renaming")).singleElement().isInstanceOf(TestExtensions.Renaming.class);
        assertThat(ExtensionLoader.find(LOADER).broken()).isEmpty();
    }

    @Test
    void enablesOnlyTheNamedOnesInTheOrderNamedWithTheirOptions() throws Exception {
        List<EnabledExtension> enabled = ExtensionLoader.load(
                LOADER, List.of("renaming", "tagged-models"), Map.of("tagged-models", Map.of("prefix", "x:")));

        assertThat(enabled).extracting(EnabledExtension::id).containsExactly("renaming", "tagged-models");
        assertThat(enabled.get(0).options()).isEmpty();
        assertThat(enabled.get(1).options()).containsExactly(Map.entry("prefix", "x:"));
    }

    @Test
    void withNoIdsNothingRunsThoughExtensionsAreOnTheClassPath() throws Exception {
        assertThat(ExtensionLoader.load(LOADER, List.of(), Map.of())).isEmpty();
    }

    @Test
    void anUnknownIdIsRefusedNamingTheIdsFound() {
        assertThatThrownBy(() -> ExtensionLoader.load(LOADER, List.of("renamig"), Map.of()))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("no extension has the id renamig; found: api-version, marking, renaming, reporting, spec-fixing,"
                        + " tagged-models, throwing, withers");
    }

    @Test
    void aProviderThatCannotBeLoadedStopsNothingUnlessItMightBeTheOneAskedFor(@TempDir Path classes) throws Exception {
        Path services = classes.resolve("META-INF/services/" + AckgenExtension.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, BrokenId.class.getName() + "\ncom.example.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LOADER)) {
            assertThat(ExtensionLoader.load(loader, List.of("renaming"), Map.of())).extracting(EnabledExtension::id).containsExactly("renaming");
            assertThatThrownBy(() -> ExtensionLoader.load(loader, List.of("nope"), Map.of()))
                    .isInstanceOf(InvalidOptionsException.class)
                    .hasMessageStartingWith("no extension has the id nope; found: api-version, ")
                    .hasMessageContaining("; could not load: " + BrokenId.class.getName()
                            + " failed in id(): java.lang.IllegalStateException: no id today; ")
                    .hasMessageContaining("com.example.Missing not found");
        }
    }

    /** Listed only in the services file of the test above. */
    public static final class BrokenId implements AckgenExtension {
        @Override
        public String id() {
            throw new IllegalStateException("no id today");
        }
    }

    @Test
    void anIdNamedTwiceAndOptionsForAnExtensionThatIsNotEnabledAreRefused() {
        assertThatThrownBy(() -> ExtensionLoader.load(LOADER, List.of("marking", "marking"), Map.of("renaming", Map.of("a", "b"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("extension marking is named twice\noptions are given for extension renaming, which is not enabled");
    }
}
