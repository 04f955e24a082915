package dev.ackgen.maven;

import dev.ackgen.generator.overlay.Overlay;
import dev.ackgen.generator.overlay.OverlayApplier;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.HookedText;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.SpecTreeHook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a spec depends on: the targets of its external {@code $ref}s, resolved relative
 * to the file that holds the {@code $ref} (as swagger-parser resolves them), and theirs in turn.
 *
 * <p>The generator's own check ({@link HookedText#referencedFiles}) finds them, so the fingerprint reads exactly
 * the files the run may read and no other: a {@code $ref} out of the ref roots, to a device or a
 * URL is refused, not read, here as in the run. A spec whose refs are refused is fingerprinted by
 * the refusal; the run then fails with it, located, and records no fingerprint.
 */
final class ReferenceScanner {
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
            List<Overlay> parsed = new ArrayList<>();
            for (Path overlay : overlays) {
                parsed.add(Overlay.parse(OverlaySource.read(overlay)));
            }
            SpecTreeHook hook = parsed.isEmpty() ? SpecTreeHook.NONE : new OverlayApplier(parsed, false);
            return new References(new TreeSet<>(HookedText.referencedFiles(source, hook)), "");
        } catch (SpecException e) {
            return new References(Set.of(), e.getMessage());
        }
    }
}
