package dev.ackgen.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputWriterTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path temp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(String... pathsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], bytes(pathsAndContents[i + 1]));
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every regular file under the directory, relative with '/', sorted. */
    private static List<String> tree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> directory.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @Nested
    class Write {
        @Test
        void createsTheDirectoryAndTheFilesWithTheirContent() throws IOException {
            Path out = temp.resolve("out/generated");
            OutputWriter.Summary summary = OutputWriter.write(
                    files("p/q/A.java", "class A {}", "p/B.java", "class B {}"), out);

            assertThat(read(out.resolve("p/q/A.java"))).isEqualTo("class A {}");
            assertThat(read(out.resolve("p/B.java"))).isEqualTo("class B {}");
            assertThat(summary.written()).containsExactly("p/B.java", "p/q/A.java");
            assertThat(summary.unchanged()).isEmpty();
            assertThat(summary.deleted()).isEmpty();
            assertThat(summary).hasToString("2 written, 0 unchanged, 0 deleted");
            assertThat(tree(out)).containsExactly(OutputWriter.MANIFEST, "p/B.java", "p/q/A.java");
        }

        @Test
        void writesBytesExactlyIncludingNonAsciiText() throws IOException {
            OutputWriter.write(files("A.java", "// 集群 \uD83D\uDE00\n"), temp);
            assertThat(Files.readAllBytes(temp.resolve("A.java"))).isEqualTo(bytes("// 集群 \uD83D\uDE00\n"));
        }

        @Test
        void secondWriteOfTheSameContentLeavesTheFilesUntouched() throws IOException {
            Map<String, byte[]> files = files("p/A.java", "class A {}", "p/B.java", "class B {}");
            OutputWriter.write(files, temp);
            Files.setLastModifiedTime(temp.resolve("p/A.java"), OLD);
            Files.setLastModifiedTime(temp.resolve("p/B.java"), OLD);

            OutputWriter.Summary summary = OutputWriter.write(files, temp);

            assertThat(summary.written()).isEmpty();
            assertThat(summary.unchanged()).containsExactly("p/A.java", "p/B.java");
            assertThat(summary.deleted()).isEmpty();
            assertThat(summary).hasToString("0 written, 2 unchanged, 0 deleted");
            assertThat(Files.getLastModifiedTime(temp.resolve("p/A.java"))).isEqualTo(OLD);
            assertThat(Files.getLastModifiedTime(temp.resolve("p/B.java"))).isEqualTo(OLD);
        }

        @Test
        void changedContentIsRewrittenAndOnlyThatFile() throws IOException {
            OutputWriter.write(files("A.java", "class A {}", "B.java", "class B {}"), temp);
            Files.setLastModifiedTime(temp.resolve("A.java"), OLD);
            Files.setLastModifiedTime(temp.resolve("B.java"), OLD);

            OutputWriter.Summary summary = OutputWriter.write(
                    files("A.java", "class A { int x; }", "B.java", "class B {}"), temp);

            assertThat(summary.written()).containsExactly("A.java");
            assertThat(summary.unchanged()).containsExactly("B.java");
            assertThat(read(temp.resolve("A.java"))).isEqualTo("class A { int x; }");
            assertThat(Files.getLastModifiedTime(temp.resolve("A.java"))).isNotEqualTo(OLD);
            assertThat(Files.getLastModifiedTime(temp.resolve("B.java"))).isEqualTo(OLD);
        }

        @Test
        void shorterNewContentReplacesTheOldFileCompletely() throws IOException {
            OutputWriter.write(files("A.java", "a much longer old content"), temp);
            OutputWriter.write(files("A.java", "short"), temp);
            assertThat(read(temp.resolve("A.java"))).isEqualTo("short");
        }

        @Test
        void overwritesAFileOfTheSameNameTheGeneratorDidNotWrite() throws IOException {
            Files.writeString(temp.resolve("A.java"), "hand written");
            OutputWriter.Summary summary = OutputWriter.write(files("A.java", "generated"), temp);
            assertThat(summary.written()).containsExactly("A.java");
            assertThat(read(temp.resolve("A.java"))).isEqualTo("generated");
        }

        @Test
        void leavesNoTemporaryFilesBehind() throws IOException {
            OutputWriter.write(files("p/A.java", "1", "p/B.java", "2", "C.java", "3"), temp);
            OutputWriter.write(files("p/A.java", "1 changed", "p/B.java", "2", "C.java", "3"), temp);

            assertThat(tree(temp)).containsExactly(OutputWriter.MANIFEST, "C.java", "p/A.java", "p/B.java");
            assertThat(tree(temp)).noneMatch(path -> path.endsWith(".tmp"));
        }

        @Test
        void acceptsARelativeOutputDirectory() throws IOException {
            Path relative = Path.of("").toAbsolutePath().relativize(temp.resolve("rel"));
            OutputWriter.write(files("A.java", "a"), relative);
            assertThat(read(temp.resolve("rel/A.java"))).isEqualTo("a");
        }
    }

    @Nested
    class Manifest {
        @Test
        void listsTheWrittenFilesSortedOnePerLine() throws IOException {
            OutputWriter.write(files("z/Z.java", "z", "a/B.java", "b", "a/A.java", "a", "M.java", "m"), temp);
            assertThat(read(temp.resolve(OutputWriter.MANIFEST)))
                    .isEqualTo("M.java\na/A.java\na/B.java\nz/Z.java\n");
        }

        @Test
        void listsUnchangedFilesToo() throws IOException {
            Map<String, byte[]> files = files("B.java", "b", "A.java", "a");
            OutputWriter.write(files, temp);
            OutputWriter.write(files, temp);
            assertThat(read(temp.resolve(OutputWriter.MANIFEST))).isEqualTo("A.java\nB.java\n");
        }

        @Test
        void fileNoLongerProducedIsDeleted() throws IOException {
            OutputWriter.write(files("p/A.java", "a", "p/Old.java", "old"), temp);

            OutputWriter.Summary summary = OutputWriter.write(files("p/A.java", "a"), temp);

            assertThat(summary.deleted()).containsExactly("p/Old.java");
            assertThat(summary.unchanged()).containsExactly("p/A.java");
            assertThat(summary).hasToString("0 written, 1 unchanged, 1 deleted");
            assertThat(temp.resolve("p/Old.java")).doesNotExist();
            assertThat(read(temp.resolve(OutputWriter.MANIFEST))).isEqualTo("p/A.java\n");
        }

        @Test
        void usersOwnFileThatWasNeverInTheManifestSurvives() throws IOException {
            OutputWriter.write(files("p/A.java", "a", "p/Old.java", "old"), temp);
            Files.writeString(temp.resolve("p/Mine.java"), "mine");
            Files.writeString(temp.resolve("notes.txt"), "notes");

            OutputWriter.Summary summary = OutputWriter.write(files("p/A.java", "a"), temp);

            assertThat(summary.deleted()).containsExactly("p/Old.java");
            assertThat(read(temp.resolve("p/Mine.java"))).isEqualTo("mine");
            assertThat(read(temp.resolve("notes.txt"))).isEqualTo("notes");
            assertThat(tree(temp)).containsExactly(OutputWriter.MANIFEST, "notes.txt", "p/A.java", "p/Mine.java");
        }

        @Test
        void aStaleFileTheUserAlreadyDeletedIsNotReportedAsDeleted() throws IOException {
            OutputWriter.write(files("A.java", "a", "Old.java", "old"), temp);
            Files.delete(temp.resolve("Old.java"));

            OutputWriter.Summary summary = OutputWriter.write(files("A.java", "a"), temp);

            assertThat(summary.deleted()).isEmpty();
        }

        @Test
        void withoutAManifestNothingIsDeleted() throws IOException {
            Files.writeString(temp.resolve("Existing.java"), "existing");
            OutputWriter.Summary summary = OutputWriter.write(files("A.java", "a"), temp);
            assertThat(summary.deleted()).isEmpty();
            assertThat(temp.resolve("Existing.java")).exists();
        }
    }

    @Nested
    class PathsOutsideTheDirectory {
        @ParameterizedTest
        @ValueSource(strings = {"../evil.java", "/abs.java", "a/../../x.java", "..", ".", "", "a\\..\\..\\x.java"})
        void areRefusedAndNothingAtAllIsWritten(String path) throws IOException {
            Path out = temp.resolve("out");
            Map<String, byte[]> files = files("a/A.java", "a", path, "evil", "z/Z.java", "z");

            assertThatThrownBy(() -> OutputWriter.write(files, out))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(out).doesNotExist();
            assertThat(tree(temp)).isEmpty();
        }

        @Test
        void areRefusedWithoutTouchingAnEarlierRunsOutput() throws IOException {
            Path out = temp.resolve("out");
            OutputWriter.write(files("a/A.java", "a", "Old.java", "old"), out);
            Files.setLastModifiedTime(out.resolve("a/A.java"), OLD);
            String manifest = read(out.resolve(OutputWriter.MANIFEST));

            assertThatThrownBy(() -> OutputWriter.write(files("a/A.java", "changed", "../evil.java", "evil"), out))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("../evil.java");

            assertThat(tree(temp)).containsExactly("out/" + OutputWriter.MANIFEST, "out/Old.java", "out/a/A.java");
            assertThat(read(out.resolve("a/A.java"))).isEqualTo("a");
            assertThat(Files.getLastModifiedTime(out.resolve("a/A.java"))).isEqualTo(OLD);
            assertThat(read(out.resolve(OutputWriter.MANIFEST))).isEqualTo(manifest);
        }

        @Test
        void aFailureWhileStagingLeavesTheEarlierOutputAndNoTemporaryFiles(@TempDir Path elsewhere) throws IOException {
            Path out = temp.resolve("out");
            OutputWriter.write(files("a/A.java", "a", "z/Z.java", "z"), out);
            String manifest = read(out.resolve(OutputWriter.MANIFEST));
            // z/ becomes a link out of the directory: found only after a/A.java is staged.
            Files.delete(out.resolve("z/Z.java"));
            Files.delete(out.resolve("z"));
            Files.createSymbolicLink(out.resolve("z"), elsewhere);

            assertThatThrownBy(() -> OutputWriter.write(files("a/A.java", "changed", "z/Z.java", "z2"), out))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(read(out.resolve("a/A.java"))).isEqualTo("a");
            assertThat(read(out.resolve(OutputWriter.MANIFEST))).isEqualTo(manifest);
            assertThat(tree(out.resolve("a"))).containsExactly("A.java");
            assertThat(tree(elsewhere)).isEmpty();
        }

        @Test
        void aSiblingDirectorySharingTheNamePrefixIsOutside() throws IOException {
            Path out = temp.resolve("out");
            assertThatThrownBy(() -> OutputWriter.write(files("../out-evil/X.java", "x"), out))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(tree(temp)).isEmpty();
        }

        @Test
        void aDetourPathIsRefusedEvenWhenItStaysInside() {
            // a/../B.java would be a second manifest name for B.java: a later run could delete it.
            assertThatThrownBy(() -> OutputWriter.write(files("a/../B.java", "b"), temp))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(temp.resolve("B.java")).doesNotExist();
        }

        @Test
        void aSymbolicLinkOutOfTheDirectoryIsNotFollowed(@org.junit.jupiter.api.io.TempDir Path elsewhere) throws IOException {
            java.nio.file.Files.createSymbolicLink(temp.resolve("link"), elsewhere);

            assertThatThrownBy(() -> OutputWriter.write(files("link/Evil.java", "x"), temp))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(elsewhere.resolve("Evil.java")).doesNotExist();
        }
    }

    @Nested
    class Render {
        private JavaFile file(String packageName, String className) {
            return JavaFile.builder(packageName, TypeSpec.classBuilder(className).build()).build();
        }

        @Test
        void mapsEachFileToItsPackagePathSorted() {
            JavaFile b = file("p.q", "B");
            JavaFile a = file("p.q", "A");
            JavaFile c = file("p", "C");

            Map<String, byte[]> rendered = OutputWriter.render(List.of(b, a, c));

            assertThat(rendered.keySet()).containsExactly("p/C.java", "p/q/A.java", "p/q/B.java");
            assertThat(new String(rendered.get("p/q/A.java"), StandardCharsets.UTF_8)).isEqualTo(a.toString());
            assertThat(new String(rendered.get("p/q/A.java"), StandardCharsets.UTF_8))
                    .startsWith("package p.q;")
                    .contains("class A");
        }

        @Test
        void putsAFileInTheDefaultPackageAtTheTop() {
            assertThat(OutputWriter.render(List.of(file("", "A"))).keySet()).containsExactly("A.java");
        }

        @Test
        void renderingNothingGivesNothing() {
            assertThat(OutputWriter.render(List.of())).isEmpty();
        }

        @Test
        void refusesTwoFilesWithTheSamePath() {
            List<JavaFile> files = List.of(file("p.q", "A"), file("p.q", "B"), file("p.q", "A"));
            assertThatThrownBy(() -> OutputWriter.render(files))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("two generated files share the path p/q/A.java");
        }

        @Test
        void renderedFilesCanBeWritten() throws IOException {
            JavaFile a = file("p.q", "A");
            OutputWriter.write(OutputWriter.render(List.of(a)), temp);
            assertThat(read(temp.resolve("p/q/A.java"))).isEqualTo(a.toString());
        }
    }
}
