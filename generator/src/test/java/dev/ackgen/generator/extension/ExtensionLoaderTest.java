package dev.ackgen.generator.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.InvalidOptionsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extensions are found with ServiceLoader (registered with @AutoService) and run only when named. */
class ExtensionLoaderTest {
    private static final ClassLoader LOADER = ExtensionLoaderTest.class.getClassLoader();

    @Test
    void findsTheExtensionsRegisteredWithAutoService() throws Exception {
        assertThat(ExtensionLoader.available(LOADER)).containsKeys(
                "tagged-models", "renaming", "spec-fixing", "api-version", "marking", "reporting", "throwing");
        assertThat(ExtensionLoader.available(LOADER).get("renaming")).isInstanceOf(TestExtensions.Renaming.class);
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
    void anIdNamedTwiceAndOptionsForAnExtensionThatIsNotEnabledAreRefused() {
        assertThatThrownBy(() -> ExtensionLoader.load(LOADER, List.of("marking", "marking"), Map.of("renaming", Map.of("a", "b"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("extension marking is named twice\noptions are given for extension renaming, which is not enabled");
    }
}
