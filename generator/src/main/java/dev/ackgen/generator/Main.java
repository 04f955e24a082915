package dev.ackgen.generator;

import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ModelBuilder;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecLoader;
import java.nio.file.Path;

/**
 * The command line: {@code Main <spec> <package> <output directory>}. Generates the sources and
 * prints one summary line; a bad spec prints every problem with its location and exits with 1.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: Main <spec file> <java package> <output directory>");
            System.exit(2);
        }
        long start = System.nanoTime();
        try {
            ApiModel model = ModelBuilder.build(SpecLoader.load(Path.of(args[0])));
            OutputWriter.Summary summary = OutputWriter.write(OutputWriter.render(Generator.generate(model, args[1])), Path.of(args[2]));
            System.out.printf("ackgen: %d operations, %s, in %s (%d ms)%n",
                    model.operations().size(), summary, Path.of(args[2]).toAbsolutePath().normalize(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SpecException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
