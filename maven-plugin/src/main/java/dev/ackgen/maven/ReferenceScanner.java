package dev.ackgen.maven;

import dev.ackgen.generator.spec.ExternalRefs;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
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
    /**
     * @param files the spec's local dependencies, not the spec itself, sorted
     * @param refused the problems that refused the spec or its refs ("" when none): the run fails with them
     */
    record References(Set<Path> files, String refused) {}

    private ReferenceScanner() {}

    static References scan(Path spec, List<Path> refRoots) {
        try {
            SpecSource source = SpecSource.read(spec.toAbsolutePath().normalize()).withRefRoots(refRoots);
            return new References(new TreeSet<>(ExternalRefs.referencedFiles(source)), "");
        } catch (SpecException e) {
            return new References(Set.of(), e.getMessage());
        }
    }
}
