package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * (TestExtensions, found by both through the test class path) and an option.
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
