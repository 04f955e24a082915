package dev.ackgen.generator;

import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code Main <spec> <package> <output directory> [options]}, with options
 * {@code --include A,B}, {@code --exclude C}, {@code --extension id} (repeatable, in order) and
 * {@code --option id.name=value}. Runs the {@link Pipeline}, writes the sources and prints one
 * summary line; a bad spec prints every problem with its location and exits with 1, a bad command
 * line exits with 2.
 */
public final class Main {
    private static final String USAGE = "usage: Main <spec file> <java package> <output directory>"
            + " [--include A,B] [--exclude C] [--extension id]... [--option id.name=value]...";

    private Main() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            fail(2, USAGE);
        }
        long start = System.nanoTime();
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        List<String> extensions = new ArrayList<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                fail(2, args[i] + " needs a value\n" + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--include" -> include.addAll(List.of(value.split(",")));
                case "--exclude" -> exclude.addAll(List.of(value.split(",")));
                case "--extension" -> extensions.add(value);
                case "--option" -> {
                    int dot = value.indexOf('.');
                    int equals = value.indexOf('=');
                    if (dot <= 0 || equals < dot) {
                        fail(2, "--option takes id.name=value, not " + value);
                    }
                    options.computeIfAbsent(value.substring(0, dot), id -> new LinkedHashMap<>())
                            .put(value.substring(dot + 1, equals), value.substring(equals + 1));
                }
                default -> fail(2, "unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path output = Path.of(args[2]);
        try {
            List<EnabledExtension> enabled = ExtensionLoader.load(Main.class.getClassLoader(), extensions, options);
            Pipeline.Result result = Pipeline.of(GeneratorOptions.all(args[1]))
                    .withOperations(new OperationSelection(include, exclude))
                    .withExtensions(enabled)
                    .run(SpecSource.read(Path.of(args[0])));
            for (SpecProblem warning : result.warnings()) {
                System.err.println("warning: " + warning);
            }
            OutputWriter.Summary summary = OutputWriter.write(result.files(), output);
            System.out.printf("ackgen: %d operations, %s, in %s (%d ms)%n",
                    result.model().operations().size(), summary, output.toAbsolutePath().normalize(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SpecException e) {
            fail(1, e.getMessage());
        } catch (InvalidOptionsException | IllegalArgumentException e) {
            fail(2, e.getMessage());
        }
    }

    private static void fail(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }
}
