package dev.ackgen.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ackgen.generator.overlay.Overlay;
import dev.ackgen.generator.overlay.OverlayApplier;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.ExternalRefs;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.YamlReading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a spec depends on: the targets of its external {@code $ref}s, resolved relative
 * to the file that holds the {@code $ref} (as swagger-parser resolves them), and theirs in turn.
 *
 * <p>The generator's own check ({@link ExternalRefs}) finds them, so the fingerprint reads exactly
 * the files the run may read and no other: a {@code $ref} out of the ref roots, to a device or a
 * URL is refused, not read, here as in the run. A spec whose refs are refused is fingerprinted by
 * the refusal; the run then fails with it, located, and records no fingerprint.
 */
final class ReferenceScanner {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param files the spec's local dependencies, not the spec itself, sorted
     * @param refused the problems that refused the spec or its refs ("" when none): the run fails with them
     */
    record References(Set<Path> files, String refused) {}

    private ReferenceScanner() {}

    static References scan(Path spec, List<Path> refRoots) {
        return scan(spec, refRoots, List.of());
    }

    /**
     * The files the spec depends on once the overlays have changed it: an overlay may add a
     * {@code $ref} to a file the spec itself never names, and that file's edits must regenerate.
     */
    static References scan(Path spec, List<Path> refRoots, List<Path> overlays) {
        try {
            SpecSource source = SpecSource.read(spec.toAbsolutePath().normalize()).withRefRoots(refRoots);
            SourceLocator locator = SourceLocator.of(source.name(), source.text());
            return new References(new TreeSet<>(ExternalRefs.check(source, locator, withOverlays(source, locator, overlays))), "");
        } catch (SpecException e) {
            return new References(Set.of(), e.getMessage());
        }
    }

    /** The spec's text with the overlays applied (as JSON), or as it is without overlays. */
    private static String withOverlays(SpecSource source, SourceLocator locator, List<Path> overlays) throws SpecException {
        if (overlays.isEmpty()) {
            return source.text();
        }
        List<Overlay> parsed = new ArrayList<>();
        for (Path overlay : overlays) {
            parsed.add(Overlay.parse(OverlaySource.read(overlay)));
        }
        try {
            // JSON is YAML: one reader for both
            if (!(YamlReading.mapper().readTree(source.text()) instanceof ObjectNode tree)) {
                return source.text(); // not a spec: the run says so
            }
            new OverlayApplier(parsed, false).apply(tree, locator);
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            return source.text(); // not well-formed: the run says where
        }
    }
}
