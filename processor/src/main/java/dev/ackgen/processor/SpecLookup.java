package dev.ackgen.processor;

import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the spec (and the overlays) an annotation names, as annotation-processor users expect, in
 * this order:
 *
 * <ol>
 *   <li>an absolute path;
 *   <li>a resource of the compilation, through the {@link Filer}: the source path, then the class
 *       output (Maven copies {@code src/main/resources} there before compiling), then the class
 *       path;
 *   <li>a path relative to the project directory, when the processor option {@value
 *       #PROJECT_DIR_OPTION} gives it, else relative to the compiler's working directory.
 * </ol>
 *
 * <p>The spec's location is its {@code file:} URI (or {@code jar:} for a resource in a jar), so its
 * relative {@code $ref}s resolve against the directory it is in.
 */
final class SpecLookup {
    /** The processor option that gives the project directory ({@code -Aackgen.projectDir=...}). */
    static final String PROJECT_DIR_OPTION = "ackgen.projectDir";

    private static final List<JavaFileManager.Location> RESOURCE_LOCATIONS =
            List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH);

    private final Filer filer;
    private final String projectDir;

    /**
     * @param filer the compilation's filer
     * @param projectDir the value of {@value #PROJECT_DIR_OPTION}, or null when it is not given
     */
    SpecLookup(Filer filer, String projectDir) {
        this.filer = filer;
        this.projectDir = projectDir;
    }

    /**
     * The spec's text and location.
     *
     * @throws SpecException naming every place looked in when the spec is not found, or the file
     *     when it cannot be read
     */
    SpecSource find(String spec) throws SpecException {
        return locate(spec, "spec");
    }

    /**
     * An overlay's text, looked for where the spec is.
     *
     * @throws SpecException naming every place looked in when the overlay is not found, or the file
     *     when it cannot be read
     */
    OverlaySource findOverlay(String overlay) throws SpecException {
        SpecSource found = locate(overlay, "overlay");
        return new OverlaySource(found.name(), found.text());
    }

    /** A file named in the annotation; {@code kind} ("spec", "overlay") is what messages call it. */
    private SpecSource locate(String spec, String kind) throws SpecException {
        Path path = path(spec);
        if (path != null && path.isAbsolute()) {
            return read(path, kind);
        }
        for (JavaFileManager.Location location : RESOURCE_LOCATIONS) {
            Optional<SpecSource> found = resource(location, spec, kind);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Path relative = path == null ? null : projectDir == null ? path : Path.of(projectDir).resolve(path);
        if (relative != null && Files.isRegularFile(relative)) {
            return read(relative, kind);
        }
        String where = relative == null
                ? ""
                : ", nor at " + relative.toAbsolutePath().normalize() + (projectDir == null
                        ? " (relative to the working directory; give the project directory with -A" + PROJECT_DIR_OPTION + "=...)"
                        : " (relative to -A" + PROJECT_DIR_OPTION + ")");
        throw new SpecException(List.of(new SpecProblem(spec, 0, "",
                "the " + kind + " is not found: not an absolute path, not a resource on the source path, the class output"
                        + " (src/main/resources in Maven) or the class path" + where)));
    }

    private static SpecSource read(Path file, String kind) throws SpecException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "the " + kind + " file does not exist")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Strict UTF-8 and bounded, as the command line and the Maven plugin read it.
            return new SpecSource(name, file.toAbsolutePath().normalize().toUri(), SpecSource.utf8(name, SpecSource.readLimited(name, in)));
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "cannot read the " + kind + " file: " + e)));
        }
    }

    private static Path path(String spec) {
        try {
            return Path.of(spec);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The file as a resource at one location, if it is there. */
    private Optional<SpecSource> resource(JavaFileManager.Location location, String spec, String kind) throws SpecException {
        FileObject file;
        try {
            file = filer.getResource(location, "", spec.replace('\\', '/'));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not at this location, or not a name a resource can have ("../x.yaml")
        }
        URI uri = file.toUri();
        byte[] bytes;
        try (InputStream in = file.openInputStream()) {
            bytes = SpecSource.readLimited(name(uri), in);
        } catch (FileNotFoundException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name(file.toUri()), 0, "", "cannot read the " + kind + ": " + e)));
        }
        return Optional.of(new SpecSource(name(uri), uri, SpecSource.utf8(name(uri), bytes)));
    }

    /** A file's path (what an IDE or terminal can open), else the URI. */
    private static String name(URI uri) {
        return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString();
    }
}
