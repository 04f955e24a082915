package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an extension's or the generator's code hash sees: content, not timestamps. */
class CodeHashTest {
    @TempDir
    Path dir;

    private Path jar(String name, long time, String classContent) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] entry : new String[][] {{"com/example/B.class", "b"}, {"com/example/A.class", classContent}}) {
                ZipEntry zipEntry = new ZipEntry(entry[0]);
                zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarIsHashedByItsEntriesNamesAndContents() throws IOException {
        String first = CodeHash.ofLocation(jar("one.jar", 1_000_000_000L, "a"));

        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(CodeHash.ofLocation(jar("rebuilt.jar", 2_000_000_000L, "a"))).isEqualTo(first);
        assertThat(CodeHash.ofLocation(jar("changed.jar", 1_000_000_000L, "a2"))).isNotEqualTo(first);
    }

    @Test
    void aClassesDirectoryIsHashedLikeTheJarOfItsFiles() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
        Files.writeString(classes.resolve("A.class"), "a");
        Files.writeString(classes.resolve("B.class"), "b");

        assertThat(CodeHash.ofLocation(dir.resolve("classes"))).isEqualTo(CodeHash.ofLocation(jar("same.jar", 0, "a")));
        Files.writeString(classes.resolve("A.class"), "a2");
        assertThat(CodeHash.ofLocation(dir.resolve("classes"))).isEqualTo(CodeHash.ofLocation(jar("changed.jar", 0, "a2")));
        assertThat(CodeHash.ofLocation(dir.resolve("missing"))).isEqualTo("unknown");
    }

    @Test
    void aLoadedClassIsHashedByWhereItCameFrom() {
        assertThat(CodeHash.of(CodeHashTest.class)).matches("[0-9a-f]{64}").isEqualTo(CodeHash.of(TestExtensions.Marking.class));
        assertThat(CodeHash.of(String.class)).isEqualTo("unknown");
    }
}
