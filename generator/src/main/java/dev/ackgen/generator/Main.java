package dev.ackgen.generator;

import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code Main <spec> <package> <output directory> [options]}, with options
 * {@code --include A,B}, {@code --exclude C}, {@code --extension id} (repeatable, in order),
 * {@code --option id.name=value}, {@code --overlay file} (repeatable, applied in order before the
 * extensions) and {@code --strict-overlays} (an overlay action whose target selects nothing fails
 * the run instead of warning). Runs the {@link Pipeline}, writes the sources and prints one
 * summary line; a bad spec prints every problem with its location and exits with 1, a bad command
 * line exits with 2. {@link #run} does all of this but the exit, for callers in the same JVM.
 */
public final class Main {
    /** The exit status of a run that wrote its output. */
    public static final int OK = 0;
    /** The exit status when the spec has problems (each printed with its location). */
    public static final int SPEC_PROBLEMS = 1;
    /** The exit status of a bad command line or bad options. */
    public static final int BAD_USAGE = 2;

    private static final String USAGE = "usage: Main <spec file> <java package> <output directory>"
            + " [--include A,B] [--exclude C] [--extension id]... [--option id.name=value]..."
            + " [--overlay file]... [--strict-overlays]";

    private Main() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line without exiting: the summary goes to {@code out}, warnings and errors
     * to {@code err}.
     *
     * @return the exit status: {@link #OK}, {@link #SPEC_PROBLEMS} or {@link #BAD_USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3) {
            err.println(USAGE);
            return BAD_USAGE;
        }
        long start = System.nanoTime();
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        List<String> extensions = new ArrayList<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        List<Path> overlays = new ArrayList<>();
        boolean strictOverlays = false;
        for (int i = 3; i < args.length; i += 2) {
            if (args[i].equals("--strict-overlays")) {
                strictOverlays = true;
                i--; // a switch: no value follows
                continue;
            }
            if (i + 1 >= args.length) {
                err.println(args[i] + " needs a value\n" + USAGE);
                return BAD_USAGE;
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--include" -> include.addAll(List.of(value.split(",")));
                case "--exclude" -> exclude.addAll(List.of(value.split(",")));
                case "--extension" -> extensions.add(value);
                case "--overlay" -> overlays.add(Path.of(value));
                case "--option" -> {
                    int dot = value.indexOf('.');
                    int equals = value.indexOf('=');
                    // id.name=value: a non-empty id and a non-empty name before the '='
                    if (dot <= 0 || equals <= dot + 1) {
                        err.println("--option takes id.name=value, not " + value);
                        return BAD_USAGE;
                    }
                    options.computeIfAbsent(value.substring(0, dot), id -> new LinkedHashMap<>())
                            .put(value.substring(dot + 1, equals), value.substring(equals + 1));
                }
                default -> {
                    err.println("unknown option " + args[i] + "\n" + USAGE);
                    return BAD_USAGE;
                }
            }
        }
        Path output = Path.of(args[2]);
        try {
            List<EnabledExtension> enabled = ExtensionLoader.load(Main.class.getClassLoader(), extensions, options);
            List<OverlaySource> overlaySources = new ArrayList<>();
            for (Path overlay : overlays) {
                overlaySources.add(OverlaySource.read(overlay));
            }
            Pipeline.Result result = Pipeline.of(GeneratorOptions.all(args[1]))
                    .withOperations(new OperationSelection(include, exclude))
                    .withExtensions(enabled)
                    .withOverlays(overlaySources, strictOverlays)
                    .run(SpecSource.read(Path.of(args[0])));
            for (SpecProblem warning : result.warnings()) {
                err.println("warning: " + warning);
            }
            OutputWriter.Summary summary = OutputWriter.write(result.files(), output);
            out.printf("ackgen: %d operations, %s, in %s (%d ms)%n",
                    result.model().operations().size(), summary, output.toAbsolutePath().normalize(),
                    (System.nanoTime() - start) / 1_000_000);
            return OK;
        } catch (SpecException e) {
            err.println(e.getMessage());
            return SPEC_PROBLEMS;
        } catch (InvalidOptionsException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_USAGE;
        }
    }
}
