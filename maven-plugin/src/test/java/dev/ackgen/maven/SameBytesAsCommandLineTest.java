package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.Main;
import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.TypeLookup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal and the command line ({@link Main#run}) write the same files, byte for byte, from the
 * CreateCluster spec of the ackgen-spec jar: without extensions, and with a test extension
 * (TestExtensions, found by both through the test class path) and an option; and from a spec with
 * dates, with customisations of every shape (the processor's SameBytesTest uses the same spec and
 * customisations).
 */
class SameBytesAsCommandLineTest {
    private static final String SPEC_RESOURCE = "dev/ackgen/spec/ack-edge-create-cluster.yaml";
    private static final String PACKAGE = "com.example.ack";

    @TempDir
    Path dir;

    private Path spec;

    @BeforeEach
    void copySpecOutOfItsJar() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            assertThat(in).as(SPEC_RESOURCE + " on the test class path (ackgen-spec)").isNotNull();
            spec = dir.resolve("ack-edge-create-cluster.yaml");
            Files.copy(in, spec);
        }
    }

    @Test
    void withoutExtensions() throws Exception {
        Map<String, byte[]> plugin = plugin(List.of(), Map.of());
        Map<String, byte[]> commandLine = commandLine();

        assertThat(plugin).containsKeys("com/example/ack/CreateClusterRequest.java", "com/example/ack/ClusterClient.java");
        assertSameBytes(plugin, commandLine);
    }

    @Test
    void withAnExtensionAndAnOption() throws Exception {
        Map<String, byte[]> plugin = plugin(List.of("test-marking"), Map.of("test-marking.interface", "java.io.Serializable"));
        Map<String, byte[]> commandLine = commandLine(
                "--extension", "test-marking", "--option", "test-marking.interface=java.io.Serializable");

        // the extension ran: it renames Tag and adds the interface
        assertThat(plugin).containsKey("com/example/ack/Marker.java").doesNotContainKey("com/example/ack/Tag.java");
        assertThat(new String(plugin.get("com/example/ack/Marker.java"), StandardCharsets.UTF_8))
                .contains("Serializable");
        assertSameBytes(plugin, commandLine);
    }

    @Test
    void withCustomizations() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("specs/customized.yaml")) {
            spec = dir.resolve("customized.yaml");
            Files.copy(in, spec);
        }
        Map<CustomizationOption, List<String>> customizations = new EnumMap<>(CustomizationOption.class);
        customizations.put(CustomizationOption.TYPE_MAPPINGS, List.of("date-time=java.time.Instant"));
        customizations.put(CustomizationOption.MODEL_NAME_MAPPINGS, List.of("EventPage=EventList"));
        customizations.put(CustomizationOption.PROPERTY_NAME_MAPPINGS, List.of("EventList.next_token=cursor"));
        customizations.put(CustomizationOption.OPERATION_NAME_MAPPINGS, List.of("ListEvents=findEvents"));
        customizations.put(CustomizationOption.ENUM_NAME_MAPPINGS, List.of("Level.warn=WARNING"));
        customizations.put(CustomizationOption.CLIENT_NAME_MAPPINGS, List.of("events=EventsApi"));
        customizations.put(CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of(Audited.class.getName()));
        customizations.put(CustomizationOption.ADDITIONAL_ENUM_ANNOTATIONS, List.of("@" + Audited.class.getName()));
        customizations.put(CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS, List.of(Audited.class.getName()));
        customizations.put(CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("java.io.Serializable"));

        Path out = dir.resolve("plugin");
        Configuration configuration = Configuration.of(spec, PACKAGE, out, Set.of(), Set.of(), true, true, true, Extensions.NONE)
                .withCustomizations(customizations);
        GenerationRun.Result result = GenerationRun.run(configuration,
                new GenerationRun.UserTypes(TypeLookup.of(getClass().getClassLoader()), GenerateMojo.USER_TYPES_PLACE), line -> {});
        assertThat(result.warnings()).isEmpty();
        Map<String, byte[]> plugin = javaFiles(out);
        List<String> flags = new ArrayList<>(List.of(
                "--class-path", Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
        customizations.forEach((option, entries) -> entries.forEach(entry -> flags.addAll(List.of(option.flag(), entry))));
        Map<String, byte[]> commandLine = commandLine(flags.toArray(String[]::new));

        assertThat(plugin).containsKeys("com/example/ack/EventList.java", "com/example/ack/EventsApi.java")
                .doesNotContainKey("com/example/ack/EventPage.java");
        assertThat(new String(plugin.get("com/example/ack/Event.java"), StandardCharsets.UTF_8))
                .contains("@Audited\npublic final class Event implements JsonWritable, Serializable {", "private final Instant at;");
        assertSameBytes(plugin, commandLine);
    }

    private Map<String, byte[]> plugin(List<String> extensions, Map<String, String> options) throws Exception {
        Path out = dir.resolve("plugin");
        Configuration configuration = Configuration.of(spec, PACKAGE, out, Set.of(), Set.of(), true, true, true,
                Extensions.load(getClass().getClassLoader(), extensions, options));
        GenerationRun.Result result = GenerationRun.run(configuration, line -> {});
        assertThat(result.upToDate()).isFalse();
        return javaFiles(out);
    }

    private Map<String, byte[]> commandLine(String... options) {
        Path out = dir.resolve("command-line");
        List<String> args = new ArrayList<>(List.of(spec.toString(), PACKAGE, out.toString()));
        args.addAll(List.of(options));
        assertThat(Main.run(args.toArray(String[]::new), System.out, System.err)).isEqualTo(Main.OK);
        return javaFiles(out);
    }

    /** Same file names, and the same bytes in each (compared as text first, for a readable failure). */
    private static void assertSameBytes(Map<String, byte[]> plugin, Map<String, byte[]> commandLine) {
        assertThat(plugin.keySet()).hasSizeGreaterThan(3).isEqualTo(commandLine.keySet());
        for (String file : plugin.keySet()) {
            assertThat(new String(plugin.get(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(new String(commandLine.get(file), StandardCharsets.UTF_8));
            assertThat(plugin.get(file)).as(file).isEqualTo(commandLine.get(file));
        }
    }

    /** The .java files under the root, by relative path; the manifest and fingerprint are not sources. */
    private static Map<String, byte[]> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".java"))
                    .collect(Collectors.toMap(path -> root.relativize(path).toString().replace('\\', '/'), path -> {
                        try {
                            return Files.readAllBytes(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
