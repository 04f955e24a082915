package dev.ackgen.generator.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One write of generated files into an output directory, file by file as they are generated, so a
 * run never holds more than one file's bytes: each {@link #add added} file whose content differs
 * from what is there is staged in a temporary file beside its target; {@link #commit} moves them
 * all into place, deletes what the previous run wrote and this one did not, and replaces the
 * manifest last. {@link #close} without a commit deletes what was staged: a run that fails part
 * way leaves the previous output exactly as it was.
 *
 * <p>Not thread-safe: one run adds its files in one thread.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path root;
    /** Every path added, sorted, for the manifest and for refusing a second file at the same path. */
    private final TreeSet<String> paths = new TreeSet<>();
    /** Staged temporary file -> its target, in the order added. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private boolean done;

    private StagedOutput(Path root) {
        this.root = root;
    }

    /** Starts a write into the directory; it is created when the first file is added, not before. */
    public static StagedOutput into(Path outputDirectory) {
        return new StagedOutput(outputDirectory.toAbsolutePath().normalize());
    }

    /**
     * Stages a file (a relative path with '/'), unless the directory already holds these bytes.
     *
     * @throws IllegalArgumentException if the path would leave the output directory
     * @throws IllegalStateException if a file was already added at this path, or the write is over
     * @throws UncheckedIOException if the file system refuses
     */
    public void add(String relative, byte[] content) {
        if (done) {
            throw new IllegalStateException("this output was already committed or closed");
        }
        Path target = OutputPaths.inside(root, relative);
        if (!paths.add(relative)) {
            throw new IllegalStateException("two generated files share the path " + relative);
        }
        try {
            Files.createDirectories(target.getParent());
            OutputPaths.checkRealParent(root, target);
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                unchanged.add(relative);
            } else {
                staged.put(stage(target, content), target);
                written.add(relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + root, e);
        }
    }

    /** The paths added so far, sorted. */
    public TreeSet<String> paths() {
        return new TreeSet<>(paths);
    }

    /**
     * Moves every staged file into place, deletes the files an earlier run wrote (by its manifest)
     * that this one did not add, and writes the manifest.
     *
     * @throws UncheckedIOException if the file system refuses
     */
    public OutputWriter.Summary commit() {
        if (done) {
            throw new IllegalStateException("this output was already committed or closed");
        }
        List<String> deleted = new ArrayList<>();
        try {
            Files.createDirectories(root);
            Path manifest = root.resolve(OutputWriter.MANIFEST);
            Path stagedManifest = stage(manifest, manifestText());
            List<String> previous = readManifest(manifest);
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
            }
            staged.clear();
            Map<String, String> byLowerCase = new HashMap<>();
            for (String path : paths) {
                byLowerCase.put(path.toLowerCase(Locale.ROOT), path);
            }
            for (String earlier : previous) {
                if (paths.contains(earlier)) {
                    continue;
                }
                Path stale = OutputPaths.inside(root, earlier);
                // Foo.java renamed FOO.java: on a case-insensitive file system (macOS, Windows) the
                // old name is the new file, just moved into place; deleting it would delete that.
                String twin = byLowerCase.get(earlier.toLowerCase(Locale.ROOT));
                if (twin != null && Files.exists(stale) && Files.isSameFile(stale, OutputPaths.inside(root, twin))) {
                    continue;
                }
                if (Files.deleteIfExists(stale)) {
                    deleted.add(earlier);
                }
            }
            // The manifest last: until it is in place, the old one still lists every file a later
            // run may have to delete.
            moveIntoPlace(stagedManifest, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + root, e);
        } finally {
            done = true;
            deleteStaged();
        }
        return new OutputWriter.Summary(written, unchanged, deleted);
    }

    /** Deletes what was staged and not committed; the output directory is as it was before. */
    @Override
    public void close() {
        done = true;
        deleteStaged();
    }

    private void deleteStaged() {
        for (Path temporary : staged.keySet()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Best effort: a leftover ".X.java...tmp" is harmless, and the failure that got us
                // here is the one to report.
            }
        }
        staged.clear();
    }

    private byte[] manifestText() {
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            text.append(path).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> readManifest(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                entries.add(line.strip());
            }
        }
        return entries;
    }

    /**
     * Writes the content to a new temporary file beside the target; returns it. Not with {@code
     * Files.createTempFile}, which makes the file readable by its owner only (0600 on POSIX): the
     * generated sources get the permissions the umask gives any other file the build writes.
     */
    private static Path stage(Path target, byte[] content) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + unique + ".tmp");
            OutputStream out;
            try {
                out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
                continue; // not ours: another name
            }
            try (out) {
                out.write(content);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    /** Replaces the target with the staged file, atomically where the file system can. */
    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
