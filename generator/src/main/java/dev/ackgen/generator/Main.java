package dev.ackgen.generator;

import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.Customizations;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.output.StagedOutput;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code Main <spec> <package> <output directory> [options]}, with options
 * {@code --include A,B}, {@code --exclude C}, {@code --extension id} (repeatable, in order),
 * {@code --option id.name=value}, {@code --overlay file} (repeatable, applied in order before the
 * extensions), {@code --strict-overlays} (an overlay action whose target selects nothing fails
 * the run instead of warning), the customisations ({@link CustomizationOption#flag()}, each
 * repeatable), {@code --class-path} (where the types they name are looked up, besides the JDK) and
 * {@code --ref-root dir} (repeatable: a directory besides the spec's own whose files external
 * {@code $ref}s may read). Runs the {@link Pipeline}, writes the sources and prints one
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
    /** The exit status when the file system refused the output (one line says why; no stack trace). */
    public static final int OUTPUT_FAILED = 3;

    private static final String USAGE = "usage: Main <spec file> <java package> <output directory>"
            + " [--include A,B] [--exclude C] [--extension id]... [--option id.name=value]..."
            + " [--overlay file]... [--strict-overlays] [--class-path path] [--ref-root dir]..."
            + " [--model-name-mapping Schema=Class]... [--property-name-mapping [Class.]property=member]..."
            + " [--operation-name-mapping operationId=method]... [--enum-name-mapping [Enum.]value=CONSTANT]..."
            + " [--client-name-mapping tag=Interface]... [--type-mapping format=java.Type]... [--schema-mapping Schema=java.Type]..."
            + " [--model-annotation a.Type]... [--enum-annotation a.Type]... [--client-annotation a.Type]..."
            + " [--model-interface a.Type]... [--enum-interface a.Type]... [--client-interface a.Type]...";

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
     * @return the exit status: {@link #OK}, {@link #SPEC_PROBLEMS}, {@link #BAD_USAGE} or {@link #OUTPUT_FAILED}
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
        Map<CustomizationOption, List<String>> customizations = new EnumMap<>(CustomizationOption.class);
        List<Path> classPath = new ArrayList<>();
        List<Path> refRoots = new ArrayList<>();
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
                case "--ref-root" -> refRoots.add(Path.of(value));
                case "--class-path" -> {
                    for (String entry : value.split(File.pathSeparator)) {
                        classPath.add(Path.of(entry));
                    }
                }
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
                    CustomizationOption option = CustomizationOption.byFlag(args[i]);
                    if (option == null) {
                        err.println("unknown option " + args[i] + "\n" + USAGE);
                        return BAD_USAGE;
                    }
                    customizations.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
                }
            }
        }
        Path output = Path.of(args[2]);
        try (URLClassLoader userTypes = classLoader(classPath)) {
            List<EnabledExtension> enabled = ExtensionLoader.load(Main.class.getClassLoader(), extensions, options);
            List<OverlaySource> overlaySources = new ArrayList<>();
            for (Path overlay : overlays) {
                overlaySources.add(OverlaySource.read(overlay));
            }
            Pipeline.Generated result;
            OutputWriter.Summary summary;
            // Each file is staged as it is generated and only committed when all are: a failed run
            // leaves the previous output as it was.
            try (StagedOutput staged = StagedOutput.into(output)) {
                result = Pipeline.of(GeneratorOptions.all(args[1]))
                        .withOperations(new OperationSelection(include, exclude))
                        .withExtensions(enabled)
                        .withOverlays(overlaySources, strictOverlays)
                        .withCustomizations(Customizations.of(customizations), TypeLookup.of(userTypes),
                                "the class path (the JDK" + (classPath.isEmpty() ? "; add yours with --class-path)" : " and --class-path)"))
                        .run(SpecSource.read(Path.of(args[0])).withRefRoots(refRoots), staged::add);
                summary = staged.commit();
            }
            for (SpecProblem warning : result.warnings()) {
                err.println("warning: " + warning);
            }
            int operations = result.model().operations().size();
            out.printf("ackgen: %d operation%s, %s, in %s (%d ms)%n",
                    operations, operations == 1 ? "" : "s", summary, output.toAbsolutePath().normalize(),
                    (System.nanoTime() - start) / 1_000_000);
            return OK;
        } catch (SpecException e) {
            err.println(e.getMessage());
            return SPEC_PROBLEMS;
        } catch (InvalidOptionsException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_USAGE;
        } catch (UncheckedIOException e) {
            err.println(oneLine(e));
            return OUTPUT_FAILED;
        } catch (IOException e) {
            err.println("cannot close the --class-path class loader: " + e.getMessage());
            return BAD_USAGE;
        }
    }

    /** What the file system said, on one line: "ackgen: cannot write generated sources to dir: file: File name too long". */
    private static String oneLine(UncheckedIOException e) {
        IOException cause = e.getCause();
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return ("ackgen: " + e.getMessage() + ": " + reason).replaceAll("\\R", " ");
    }

    /** The types customisations may name: the JDK's and those on {@code --class-path}, not ackgen's own. */
    private static URLClassLoader classLoader(List<Path> classPath) {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--class-path entry " + classPath.get(i) + " is not usable: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
}
