package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code compiles with {@code -Xlint:all -Werror} on the newer JDKs too: each release adds
 * lint categories (21: {@code this-escape}, more {@code serial} checks) that the build's JDK 17
 * does not know. Every JDK newer than the one running the tests is used: those named in the system
 * property {@code ackgen.jdks} (JDK homes, separated by the path separator), else those found in
 * {@code /usr/lib/jvm}. On a machine with none the test is skipped and says so.
 *
 * <p>What is compiled: the CreateCluster output, the whole CS API's, and each customisation golden
 * directory (annotations, interfaces, mapped types), against the test class path.
 */
class NewerJdkCompileTest {
    private static final int RUNNING = Runtime.version().feature();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> generatedCodeCompilesWithoutWarningsOnNewerJdks() {
        List<Path> jdks = newerJdks();
        Assumptions.assumeFalse(jdks.isEmpty(), "no JDK newer than " + RUNNING + " here (set -Dackgen.jdks=<home>" + File.pathSeparator + "...)");
        return jdks.stream().flatMap(jdk -> Stream.of(
                DynamicTest.dynamicTest("CreateCluster and CS API on " + jdk, () -> compileGenerated(jdk)),
                DynamicTest.dynamicTest("customisation golden files on " + jdk, () -> compileCustomizationGoldens(jdk))));
    }

    private void compileGenerated(Path jdk) throws Exception {
        Path sources = Files.createDirectories(temp.resolve("generated"));
        List<JavaFile> files = new ArrayList<>(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), "dev.ackgen.jdk.createcluster"));
        files.addAll(GeneratorFixture.generate(GeneratorFixture.csApiSpec(), "dev.ackgen.jdk.cs"));
        for (JavaFile file : files) {
            file.writeTo(sources);
        }
        javac(jdk, sources);
    }

    /**
     * Each mechanism's golden output, whole: a mechanism's directory holds only the files that differ
     * from {@code defaults} (and lists in {@code removed-from-defaults.txt} those it does not
     * generate), so its output is the defaults with those files laid over and those removed.
     */
    private void compileCustomizationGoldens(Path jdk) throws Exception {
        Path goldens = Path.of(NewerJdkCompileTest.class.getClassLoader().getResource("golden-customize").toURI());
        Path defaults = goldens.resolve("defaults");
        try (Stream<Path> directories = Files.list(goldens)) {
            for (Path directory : directories.filter(Files::isDirectory).sorted().toList()) {
                Path whole = Files.createDirectories(temp.resolve("golden-" + directory.getFileName()));
                copyJavaFiles(defaults, whole);
                copyJavaFiles(directory, whole);
                Path removed = directory.resolve("removed-from-defaults.txt");
                if (Files.exists(removed)) {
                    for (String path : Files.readAllLines(removed, StandardCharsets.UTF_8)) {
                        if (!path.isBlank()) {
                            Files.delete(whole.resolve(path.strip()));
                        }
                    }
                }
                javac(jdk, whole);
            }
        }
    }

    private static void copyJavaFiles(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Compiles every .java file under the directory with the JDK's javac, or fails with what it said. */
    private void javac(Path jdk, Path sourceRoot) throws IOException, InterruptedException {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        Path argFile = Files.createTempFile(temp, "sources", ".txt");
        Files.write(argFile, sources, StandardCharsets.UTF_8);
        Path classes = Files.createTempDirectory(temp, "classes");
        Path log = Files.createTempFile(temp, "javac", ".log");
        Process process = new ProcessBuilder(jdk.resolve("bin/javac").toString(),
                "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), "@" + argFile)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("javac of " + jdk + " finished").isTrue();
        assertThat(process.exitValue())
                .as("javac of %s on %s (%d files) said:%n%s", jdk, sourceRoot.getFileName(), sources.size(), Files.readString(log))
                .isZero();
    }

    /** The homes of the JDKs newer than the running one: as configured, else as found in /usr/lib/jvm. */
    private static List<Path> newerJdks() {
        String configured = System.getProperty("ackgen.jdks", "");
        List<Path> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            for (String home : configured.split(File.pathSeparator)) {
                candidates.add(Path.of(home));
            }
        } else {
            Path jvms = Path.of("/usr/lib/jvm");
            if (Files.isDirectory(jvms)) {
                try (Stream<Path> homes = Files.list(jvms)) {
                    homes.sorted().forEach(candidates::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<Integer, Path> byVersion = new java.util.TreeMap<>();
        for (Path home : candidates) {
            int feature = featureVersion(home);
            if (feature > RUNNING && Files.isExecutable(home.resolve("bin/javac"))) {
                byVersion.putIfAbsent(feature, home); // one JDK per release
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** The feature release a JDK home's {@code release} file names (25 for "25.0.3"), or 0. */
    private static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.split("[.+-]", 2)[0];
        return feature.matches("\\d+") ? Integer.parseInt(feature) : 0;
    }
}
