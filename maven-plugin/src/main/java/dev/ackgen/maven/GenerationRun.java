package dev.ackgen.maven;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.OperationSelection;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of the goal: skip when the fingerprint matches, else load, build, generate, write only
 * what changed, and record the new fingerprint. Nothing is written before everything has been
 * generated in memory, so a run that fails leaves the previous output as it was. Logs exactly one
 * line.
 */
final class GenerationRun {
    private GenerationRun() {}

    /** What happened, for the log and for tests. */
    record Result(boolean upToDate, int operations, OutputWriter.Summary summary, String line) {}

    static Result run(Configuration configuration, Consumer<String> log) throws ConfigurationException, SpecException, IOException {
        long start = System.nanoTime();
        String identity = GeneratorVersion.identity();
        Fingerprint before = Fingerprint.of(configuration, identity);
        if (before.upToDate(configuration.outputDirectory())) {
            String line = String.format("ackgen: up to date, nothing written (spec, %d referenced file%s, configuration and generator unchanged) in %s (%d ms)",
                    before.referencedFiles(), before.referencedFiles() == 1 ? "" : "s", configuration.outputDirectory(), millis(start));
            log.accept(line);
            return new Result(true, 0, null, line);
        }
        OperationSelection selection = new OperationSelection(configuration.includeOperations(), configuration.excludeOperations());
        Pipeline.Result result;
        try {
            result = Pipeline.of(configuration.options())
                    .withOperations(selection, "<includeOperations>", "<excludeOperations>")
                    .run(SpecSource.read(configuration.spec()));
        } catch (InvalidOptionsException e) {
            throw new ConfigurationException(e.getMessage());
        }
        ApiModel model = result.model();
        Map<String, byte[]> files = result.files();
        OutputWriter.Summary summary = OutputWriter.write(files, configuration.outputDirectory());
        // Record the fingerprint only if the inputs did not change while we read them.
        if (Fingerprint.of(configuration, identity).equals(before)) {
            before.store(configuration.outputDirectory(), files);
        }
        String line = String.format("ackgen: %d operation%s, %s, in %s (%d ms)",
                model.operations().size(), model.operations().size() == 1 ? "" : "s", summary, configuration.outputDirectory(), millis(start));
        log.accept(line);
        return new Result(false, model.operations().size(), summary, line);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
