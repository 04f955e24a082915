package dev.ackgen.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written one by one as a run generates them, visible only when the run commits. */
class StagedOutputTest {
    @TempDir
    Path temp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** A generated file is as readable as any file the build writes (the umask decides), not owner-only as a temporary file. */
    @Test
    void generatedFilesGetThePermissionsOfAnyNewFile() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("a"));
        Path plain = Files.write(out.resolve("a/plain.txt"), bytes("x"));
        try (StagedOutput staged = StagedOutput.into(out)) {
            staged.add("a/A.java", bytes("class A {}"));
            staged.commit();
        }
        assertThat(Files.getPosixFilePermissions(out.resolve("a/A.java"))).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void nothingIsVisibleBeforeTheCommit() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.write(java.util.Map.of("a/A.java", bytes("old")), out);

        try (StagedOutput staged = StagedOutput.into(out)) {
            staged.add("a/A.java", bytes("new"));
            staged.add("b/B.java", bytes("b"));

            assertThat(Files.readString(out.resolve("a/A.java"))).isEqualTo("old");
            assertThat(out.resolve("b/B.java")).doesNotExist();

            OutputWriter.Summary summary = staged.commit();
            assertThat(summary.written()).containsExactly("a/A.java", "b/B.java");
        }
        assertThat(Files.readString(out.resolve("a/A.java"))).isEqualTo("new");
        assertThat(tree(out)).containsExactly(OutputWriter.MANIFEST, "a/A.java", "b/B.java");
        assertThat(Files.readString(out.resolve(OutputWriter.MANIFEST))).isEqualTo("a/A.java\nb/B.java\n");
    }

    @Test
    void aRunThatFailsPartWayLeavesThePreviousOutputAndNoTemporaryFiles() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.write(java.util.Map.of("a/A.java", "old", "c/C.java", "c").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> bytes(e.getValue()))), out);
        String manifest = Files.readString(out.resolve(OutputWriter.MANIFEST));

        assertThatThrownBy(() -> {
            try (StagedOutput staged = StagedOutput.into(out)) {
                staged.add("a/A.java", bytes("new"));
                staged.add("b/B.java", bytes("b"));
                throw new IllegalStateException("the generator failed after two files");
            }
        }).hasMessage("the generator failed after two files");

        assertThat(tree(out)).containsExactly(OutputWriter.MANIFEST, "a/A.java", "c/C.java");
        assertThat(Files.readString(out.resolve("a/A.java"))).isEqualTo("old");
        assertThat(Files.readString(out.resolve(OutputWriter.MANIFEST))).isEqualTo(manifest);
    }

    @Test
    void aFailedFirstRunLeavesNoFiles() throws IOException {
        Path out = temp.resolve("out");
        try (StagedOutput staged = StagedOutput.into(out)) {
            staged.add("a/A.java", bytes("a"));
        }
        assertThat(tree(out)).isEmpty();
    }

    @Test
    void aRenameThatOnlyChangesCaseLeavesTheNewFile() throws IOException {
        Path out = temp.resolve("out");
        OutputWriter.write(java.util.Map.of("p/Foo.java", bytes("old")), out);

        OutputWriter.Summary summary = OutputWriter.write(java.util.Map.of("p/FOO.java", bytes("new")), out);

        // Here (case-sensitive) the old file goes; where Foo.java and FOO.java are one file, it stays as the new one.
        assertThat(Files.readString(out.resolve("p/FOO.java"))).isEqualTo("new");
        assertThat(tree(out)).contains("p/FOO.java");
        assertThat(summary.written()).containsExactly("p/FOO.java");
    }

    @Test
    void aSecondFileAtTheSamePathIsRefused() {
        try (StagedOutput staged = StagedOutput.into(temp)) {
            staged.add("p/A.java", bytes("a"));
            assertThatThrownBy(() -> staged.add("p/A.java", bytes("b")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("two generated files share the path p/A.java");
        }
    }

    @Test
    void aPathOutsideTheDirectoryIsRefused() {
        try (StagedOutput staged = StagedOutput.into(temp.resolve("out"))) {
            assertThatThrownBy(() -> staged.add("../x/Evil.java", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void nothingCanBeAddedAfterTheCommit() {
        StagedOutput staged = StagedOutput.into(temp);
        staged.commit();
        assertThatThrownBy(() -> staged.add("A.java", bytes("a"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRendererDeliversEveryFileInTheOrderBuiltWhateverFinishesFirst() {
        List<String> delivered = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try (ParallelRenderer renderer = new ParallelRenderer((path, content) -> {
            assertThat(new String(content, StandardCharsets.UTF_8)).contains("class " + path.substring(2, path.length() - 5));
            delivered.add(path);
        })) {
            for (int i = 0; i < 3 * ParallelRenderer.WINDOW + 7; i++) {
                // Files of very different sizes, so that later ones often finish first.
                TypeSpec.Builder type = TypeSpec.classBuilder("C" + i);
                for (int field = 0; field < (i % 5) * 40; field++) {
                    type.addField(int.class, "f" + field);
                }
                renderer.accept(JavaFile.builder("p", type.build()).build());
                expected.add("p/C" + i + ".java");
            }
            renderer.finish();
        }
        assertThat(delivered).isEqualTo(expected);
    }

    @Test
    void aFileThatCannotBeRenderedFailsTheCallerWithItsOwnException() {
        TypeSpec broken = TypeSpec.classBuilder("Broken").addJavadoc("$L", new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot render");
            }
        }).build();
        try (ParallelRenderer renderer = new ParallelRenderer((path, content) -> {})) {
            renderer.accept(JavaFile.builder("p", broken).build());
            assertThatThrownBy(renderer::finish).isInstanceOf(IllegalStateException.class).hasMessage("cannot render");
        }
    }
}
