package dev.ackgen.generator;

import com.palantir.javapoet.JavaFile;
import dev.ackgen.generator.customize.AddedTypes;
import dev.ackgen.generator.customize.Customizations;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.emit.EmitHooks;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionChain;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.openapi.LoadedSpec;
import dev.ackgen.generator.openapi.ModelBuilder;
import dev.ackgen.generator.openapi.SpecLoader;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.output.ParallelRenderer;
import dev.ackgen.generator.overlay.Overlay;
import dev.ackgen.generator.overlay.OverlayApplier;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.SpecTreeHook;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The one way from a spec to generated sources, that every entry point (the command line, the
 * Maven plugin, the annotation processor) calls; they only adapt its input and where its output
 * goes. The steps: the spec's raw tree (the overlays change it, in order, then the extensions may)
 * -> swagger-parser -> the IR (its names mapped by the customisations, then asked of the
 * extensions; its types mapped) -> extensions on the IR -> emitters (the customisations' annotations
 * and interfaces, then the extensions, on each JavaPoet builder) -> extensions' own files ->
 * rendered files. Nothing is written here: each file's bytes go to the caller's sink (or into
 * memory), and a run that fails throws before any entry point makes its output visible.
 *
 * <p>Same spec, same options, same extensions: the same bytes, whichever entry point runs it.
 */
public final class Pipeline {
    /** Everything a run is configured with; the withers below make changed copies. */
    private record Settings(
            GeneratorOptions options,
            OperationSelection operations,
            String includeName,
            String excludeName,
            List<EnabledExtension> extensions,
            List<OverlaySource> overlays,
            boolean strictOverlays,
            Customizations customizations,
            TypeLookup typeLookup,
            String lookupPlace) {
        Settings {
            extensions = List.copyOf(extensions);
            overlays = List.copyOf(overlays);
        }
    }

    private final Settings settings;

    private Pipeline(Settings settings) {
        this.settings = settings;
    }

    /** A pipeline for every operation, without extensions, overlays or customisations. */
    public static Pipeline of(GeneratorOptions options) {
        return new Pipeline(new Settings(options, OperationSelection.all(), "includeOperations", "excludeOperations",
                List.of(), List.of(), false, Customizations.NONE, TypeLookup.NOTHING, "nowhere"));
    }

    /** This pipeline, generating only the operations the selection keeps. */
    public Pipeline withOperations(OperationSelection selection) {
        return withOperations(selection, settings.includeName(), settings.excludeName());
    }

    /**
     * This pipeline, generating only the operations the selection keeps; an unknown id is reported
     * with the option names the entry point uses ({@code <includeOperations>}, {@code include}).
     */
    public Pipeline withOperations(OperationSelection selection, String includeOption, String excludeOption) {
        Settings s = settings;
        return new Pipeline(new Settings(s.options(), selection, includeOption, excludeOption, s.extensions(), s.overlays(),
                s.strictOverlays(), s.customizations(), s.typeLookup(), s.lookupPlace()));
    }

    /** This pipeline with these extensions enabled, run in this order. */
    public Pipeline withExtensions(List<EnabledExtension> enabled) {
        Settings s = settings;
        return new Pipeline(new Settings(s.options(), s.operations(), s.includeName(), s.excludeName(), enabled, s.overlays(),
                s.strictOverlays(), s.customizations(), s.typeLookup(), s.lookupPlace()));
    }

    /**
     * This pipeline with these overlays (OpenAPI Overlay Specification 1.0) applied to the spec's raw
     * tree, in this order, before the extensions' {@code transformSpec}; the spec's text is not
     * changed. A target that selects nothing is a warning in {@link Result#warnings()}, or, when
     * strict, an error.
     */
    public Pipeline withOverlays(List<OverlaySource> sources, boolean strict) {
        Settings s = settings;
        return new Pipeline(new Settings(s.options(), s.operations(), s.includeName(), s.excludeName(), s.extensions(), sources,
                strict, s.customizations(), s.typeLookup(), s.lookupPlace()));
    }

    /**
     * This pipeline with these customisations: names and types mapped as they say, before the
     * extensions name anything; their annotations and interfaces added before the extensions change
     * the generated types. The types they name are looked up with {@code lookup} before the spec is
     * read ({@code place} says where, for the message when one is missing).
     */
    public Pipeline withCustomizations(Customizations customizations, TypeLookup lookup, String place) {
        Settings s = settings;
        return new Pipeline(new Settings(s.options(), s.operations(), s.includeName(), s.excludeName(), s.extensions(),
                s.overlays(), s.strictOverlays(), customizations, lookup, place));
    }

    /** What a run produced, in memory. */
    public record Result(ApiModel model, SortedMap<String, byte[]> files, List<SpecProblem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** What a run handed to its {@link FileSink}: the paths, not the bytes. */
    public record Generated(ApiModel model, SortedSet<String> paths, List<SpecProblem> warnings) {
        public Generated {
            paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
            warnings = List.copyOf(warnings);
        }
    }

    /** Where a run puts each file as soon as it is rendered. */
    @FunctionalInterface
    public interface FileSink {
        /**
         * Takes one file.
         *
         * @param path relative to the output root, with '/': {@code com/example/Foo.java}
         * @param content its bytes (UTF-8)
         */
        void accept(String path, byte[] content);
    }

    /**
     * Generates the sources of one spec, in memory.
     *
     * @return the files, by path relative to the output root ({@code com/example/Foo.java}), sorted
     * @throws SpecException with every problem of the spec, of an overlay, or of an extension, located
     * @throws InvalidOptionsException when the operation selection names an operationId the spec does not have
     */
    public Result run(SpecSource source) throws SpecException, InvalidOptionsException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Generated generated = run(source, (path, content) -> {
            if (files.put(path, content) != null) {
                throw new IllegalStateException("two generated files share the path " + path);
            }
        });
        return new Result(generated.model(), files, generated.warnings());
    }

    /**
     * Generates the sources of one spec, handing each file to the sink as soon as it is rendered,
     * so that no more than one file's text is held at a time (a spec of thousands of operations
     * generates tens of thousands of files). The sink must not make anything visible before the
     * run returns: a run that throws after some files were handed over has failed as a whole
     * ({@link dev.ackgen.generator.output.StagedOutput} stages them until it is told to commit).
     *
     * @throws SpecException with every problem of the spec, of an overlay, or of an extension, located
     * @throws InvalidOptionsException when the operation selection names an operationId the spec does not have
     */
    public Generated run(SpecSource source, FileSink sink) throws SpecException, InvalidOptionsException {
        Settings s = settings;
        s.customizations().checkTypes(s.typeLookup(), s.lookupPlace());
        ExtensionChain chain = new ExtensionChain(s.extensions(), s.options().packageName(), source.name());
        // The selection records the ids each run sees: a fresh one per run keeps runs independent.
        OperationSelection selection = new OperationSelection(s.operations().include(), s.operations().exclude());
        OverlayApplier applier = new OverlayApplier(parseOverlays(), s.strictOverlays());
        LoadedSpec spec = SpecLoader.load(source, treeHook(applier, chain));
        chain.locateIn(spec.locator());
        ModelBuilder.Built built;
        try {
            built = ModelBuilder.build(spec, selection, chain.isEmpty() ? NameHook.NONE : chain, s.customizations());
        } catch (SpecException e) {
            throw withExtensionErrors(e, chain);
        }
        chain.throwIfFailed();
        selection.checkKnown(s.includeName(), s.excludeName());
        ApiModel model = chain.editModel(built.model());
        AddedTypes added = new AddedTypes(s.customizations());
        EmitHooks hooks = chain.isEmpty() ? added : added.then(chain);
        SortedSet<String> paths = new TreeSet<>();
        try (ParallelRenderer renderer = new ParallelRenderer(sink::accept)) {
            Consumer<JavaFile> render = file -> {
                paths.add(OutputWriter.path(file));
                renderer.accept(file);
            };
            Generator.generate(model, s.options(), hooks, render);
            chain.throwIfFailed();
            chain.extraFiles(model, paths).forEach(render);
            renderer.finish();
        } catch (UncheckedIOException e) {
            throw e; // the sink could not write: the file system's failure, not the spec's or an extension's
        } catch (RuntimeException e) {
            // The model builder's IR always generates; when it does not, an extension changed
            // something the checks did not catch: its error, if it reported one, says which; if
            // not, the failure is laid at the enabled extensions' door, not shown as ackgen's crash.
            chain.throwIfFailed();
            if (chain.isEmpty()) {
                throw e;
            }
            throw new SpecException(List.of(new SpecProblem(source.name(), 0, "", "generating with extensions "
                    + s.extensions().stream().map(EnabledExtension::id).collect(Collectors.joining(", ")) + " failed: " + e)));
        }
        List<SpecProblem> warnings = new ArrayList<>(applier.warnings());
        warnings.addAll(built.warnings());
        warnings.addAll(chain.warnings());
        return new Generated(model, paths, warnings);
    }

    /** Every overlay, read; the problems of all of them at once. */
    private List<Overlay> parseOverlays() throws SpecException {
        List<Overlay> parsed = new ArrayList<>();
        List<SpecProblem> problems = new ArrayList<>();
        for (OverlaySource overlay : settings.overlays()) {
            try {
                parsed.add(Overlay.parse(overlay));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        return parsed;
    }

    /** The overlays, then the extensions' transformSpec; NONE when there are neither, so the text is parsed as it is. */
    private static SpecTreeHook treeHook(OverlayApplier applier, ExtensionChain chain) {
        if (applier.isEmpty()) {
            return chain.isEmpty() ? SpecTreeHook.NONE : chain;
        }
        if (chain.isEmpty()) {
            return applier;
        }
        return (tree, locator) -> {
            applier.apply(tree, locator);
            chain.apply(tree, locator);
        };
    }

    /** The core's problems and the extensions' together: the user sees all of them at once. */
    private static SpecException withExtensionErrors(SpecException core, ExtensionChain chain) {
        if (chain.errors().isEmpty()) {
            return core;
        }
        List<SpecProblem> all = new ArrayList<>(core.problems());
        all.addAll(chain.errors());
        return new SpecException(all);
    }
}
