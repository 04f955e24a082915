package dev.ackgen.maven;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.OperationSelection;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.output.StagedOutput;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One run of the goal: skip when the fingerprint matches, else load, build, generate (with the
 * enabled extensions), write only what changed, and record the new fingerprint. Nothing is moved
 * into place before everything has been generated (files are staged beside their targets), so a run that fails (a bad spec, an extension
 * that reports an error or throws) leaves the previous output and fingerprint as they were. Logs
 * exactly one line.
 */
final class GenerationRun {
    private GenerationRun() {}

    /**
     * Where the types the customisations name are looked up, and the words that say where in a
     * message about a missing one. Not part of the fingerprint: the generated code names these
     * types, its text does not depend on where they are.
     */
    record UserTypes(TypeLookup lookup, String place) {
        /** The JDK's types only. */
        static final UserTypes JDK = new UserTypes(TypeLookup.of(ClassLoader.getPlatformClassLoader()), "the JDK");
    }

    /**
     * What happened, for the log and for tests.
     *
     * @param warnings what the overlays, the customisations and the extensions warned about (located like problems), for the build's warnings
     */
    record Result(boolean upToDate, int operations, OutputWriter.Summary summary, String line, List<String> warnings) {
        Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** A run whose customisations may name the JDK's types only. */
    static Result run(Configuration configuration, Consumer<String> log) throws ConfigurationException, SpecException, IOException {
        return run(configuration, UserTypes.JDK, log);
    }

    /**
     * A run; the types the customisations name are looked up in {@code userTypes} (when the
     * fingerprint does not match: an up-to-date run looks up nothing), a missing one is a {@link
     * ConfigurationException} naming the parameter and nothing is written.
     */
    static Result run(Configuration configuration, UserTypes userTypes, Consumer<String> log)
            throws ConfigurationException, SpecException, IOException {
        long start = System.nanoTime();
        String identity = GeneratorVersion.identity();
        // The recorded reference list first: an up-to-date build then parses nothing.
        Fingerprint recorded = Fingerprint.recorded(configuration, identity);
        Fingerprint before = recorded != null && recorded.upToDate(configuration.outputDirectory())
                ? recorded
                : Fingerprint.of(configuration, identity);
        List<String> extensions = configuration.extensions().ids();
        if (before == recorded || before.upToDate(configuration.outputDirectory())) {
            int overlays = configuration.overlays().size();
            String line = String.format("ackgen: up to date, nothing written (spec, %s%d referenced file%s, configuration%s unchanged) in %s (%d ms)",
                    overlays == 0 ? "" : count(overlays, "overlay") + ", ",
                    before.referencedFiles(), before.referencedFiles() == 1 ? "" : "s",
                    extensions.isEmpty() ? " and generator" : ", generator and " + count(extensions.size(), "extension"),
                    configuration.outputDirectory(), millis(start));
            log.accept(line);
            return new Result(true, 0, null, line, Fingerprint.storedWarnings(configuration.outputDirectory()));
        }
        OperationSelection selection = new OperationSelection(configuration.includeOperations(), configuration.excludeOperations());
        List<OverlaySource> overlays = new ArrayList<>();
        for (Path overlay : configuration.overlays()) {
            overlays.add(OverlaySource.read(overlay));
        }
        Pipeline.Generated result;
        OutputWriter.Summary summary;
        Map<String, String> hashes = new TreeMap<>();
        // Each file is staged as it is generated (a spec of thousands of operations does not fit in
        // memory at once) and committed only when all are: a failed run leaves the output as it was.
        try (StagedOutput staged = StagedOutput.into(configuration.outputDirectory())) {
            result = Pipeline.of(configuration.options())
                    .withOperations(selection, "<includeOperations>", "<excludeOperations>")
                    .withExtensions(configuration.extensions().enabled())
                    .withOverlays(overlays, configuration.strictOverlays())
                    .withCustomizations(configuration.customizations(), userTypes.lookup(), userTypes.place())
                    .run(SpecSource.read(configuration.spec()).withRefRoots(configuration.refRoots()), (path, content) -> {
                        hashes.put(path, Fingerprint.sha256(content));
                        staged.add(path, content);
                    });
            summary = staged.commit();
        } catch (InvalidOptionsException e) {
            throw new ConfigurationException(Configuration.parameterNames(e.getMessage()));
        }
        ApiModel model = result.model();
        // Record the fingerprint only if the inputs did not change while we read them.
        List<String> warnings = result.warnings().stream().map(SpecProblem::toString).toList();
        if (Fingerprint.of(configuration, identity).equals(before)) {
            before.store(configuration.outputDirectory(), hashes, warnings);
        }
        String line = String.format("ackgen: %s, %s%s, in %s (%d ms)",
                count(model.operations().size(), "operation"),
                extensions.isEmpty() ? "" : (extensions.size() == 1 ? "extension " : "extensions ") + String.join(", ", extensions) + ", ",
                summary, configuration.outputDirectory(), millis(start));
        log.accept(line);
        return new Result(false, model.operations().size(), summary, line, warnings);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
