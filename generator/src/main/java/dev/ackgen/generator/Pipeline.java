package dev.ackgen.generator;

import com.palantir.javapoet.JavaFile;
import dev.ackgen.generator.emit.EmitHooks;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionChain;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.openapi.LoadedSpec;
import dev.ackgen.generator.openapi.ModelBuilder;
import dev.ackgen.generator.openapi.SpecLoader;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.overlay.Overlay;
import dev.ackgen.generator.overlay.OverlayApplier;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.SpecTreeHook;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The one way from a spec to generated sources, that every entry point (the command line, the
 * Maven plugin, the annotation processor) calls; they only adapt its input and where its output
 * goes. The steps: the spec's raw tree (the overlays change it, in order, then the extensions may)
 * -> swagger-parser -> the IR (its
 * names asked of the extensions) -> extensions on the IR -> emitters (extensions on each JavaPoet
 * builder) -> extensions' own files -> rendered files. Nothing is written here: the result is the
 * files' bytes, and a run that fails throws before any entry point writes.
 *
 * <p>Same spec, same options, same extensions: the same bytes, whichever entry point runs it.
 */
public final class Pipeline {
    private final GeneratorOptions options;
    private final OperationSelection operations;
    private final List<EnabledExtension> extensions;
    private final String includeName;
    private final String excludeName;
    private final List<OverlaySource> overlays;
    private final boolean strictOverlays;

    private Pipeline(
            GeneratorOptions options,
            OperationSelection operations,
            List<EnabledExtension> extensions,
            String includeName,
            String excludeName,
            List<OverlaySource> overlays,
            boolean strictOverlays) {
        this.options = options;
        this.operations = operations;
        this.extensions = List.copyOf(extensions);
        this.includeName = includeName;
        this.excludeName = excludeName;
        this.overlays = List.copyOf(overlays);
        this.strictOverlays = strictOverlays;
    }

    /** A pipeline for every operation, without extensions. */
    public static Pipeline of(GeneratorOptions options) {
        return new Pipeline(options, OperationSelection.all(), List.of(), "includeOperations", "excludeOperations", List.of(), false);
    }

    /** This pipeline, generating only the operations the selection keeps. */
    public Pipeline withOperations(OperationSelection selection) {
        return new Pipeline(options, selection, extensions, includeName, excludeName, overlays, strictOverlays);
    }

    /**
     * This pipeline, generating only the operations the selection keeps; an unknown id is reported
     * with the option names the entry point uses ({@code <includeOperations>}, {@code include}).
     */
    public Pipeline withOperations(OperationSelection selection, String includeOption, String excludeOption) {
        return new Pipeline(options, selection, extensions, includeOption, excludeOption, overlays, strictOverlays);
    }

    /** This pipeline with these extensions enabled, run in this order. */
    public Pipeline withExtensions(List<EnabledExtension> enabled) {
        return new Pipeline(options, operations, enabled, includeName, excludeName, overlays, strictOverlays);
    }

    /**
     * This pipeline with these overlays (OpenAPI Overlay Specification 1.0) applied to the spec's raw
     * tree, in this order, before the extensions' {@code transformSpec}; the spec's text is not
     * changed. A target that selects nothing is a warning in {@link Result#warnings()}, or, when
     * strict, an error.
     */
    public Pipeline withOverlays(List<OverlaySource> sources, boolean strict) {
        return new Pipeline(options, operations, extensions, includeName, excludeName, sources, strict);
    }

    /** What a run produced. */
    public record Result(ApiModel model, SortedMap<String, byte[]> files, List<SpecProblem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Generates the sources of one spec, in memory.
     *
     * @return the files, by path relative to the output root ({@code com/example/Foo.java}), sorted
     * @throws SpecException with every problem of the spec, of an overlay, or of an extension, located
     * @throws InvalidOptionsException when the operation selection names an operationId the spec does not have
     */
    public Result run(SpecSource source) throws SpecException, InvalidOptionsException {
        ExtensionChain chain = new ExtensionChain(extensions, options.packageName(), source.name());
        // The selection records the ids each run sees: a fresh one per run keeps runs independent.
        OperationSelection selection = new OperationSelection(operations.include(), operations.exclude());
        OverlayApplier applier = new OverlayApplier(parseOverlays(), strictOverlays);
        LoadedSpec spec = SpecLoader.load(source, treeHook(applier, chain));
        chain.locateIn(spec.locator());
        ApiModel model;
        try {
            model = ModelBuilder.build(spec, selection, chain.isEmpty() ? NameHook.NONE : chain);
        } catch (SpecException e) {
            throw withExtensionErrors(e, chain);
        }
        chain.throwIfFailed();
        selection.checkKnown(includeName, excludeName);
        model = chain.transformModel(model);
        List<JavaFile> files;
        SortedMap<String, byte[]> rendered;
        try {
            files = new ArrayList<>(Generator.generate(model, options, chain.isEmpty() ? EmitHooks.NONE : chain));
            chain.throwIfFailed();
            files.addAll(chain.extraFiles(model, files.stream().map(OutputWriter::path).collect(Collectors.toSet())));
            rendered = OutputWriter.render(files);
        } catch (RuntimeException e) {
            // The model builder's IR always generates; when it does not, an extension changed
            // something the checks did not catch: its error, if it reported one, says which; if
            // not, the failure is laid at the enabled extensions' door, not shown as ackgen's crash.
            chain.throwIfFailed();
            if (chain.isEmpty()) {
                throw e;
            }
            throw new SpecException(List.of(new SpecProblem(source.name(), 0, "", "generating with extensions "
                    + extensions.stream().map(EnabledExtension::id).collect(Collectors.joining(", ")) + " failed: " + e)));
        }
        List<SpecProblem> warnings = new ArrayList<>(applier.warnings());
        warnings.addAll(chain.warnings());
        return new Result(model, rendered, warnings);
    }

    /** Every overlay, read; the problems of all of them at once. */
    private List<Overlay> parseOverlays() throws SpecException {
        List<Overlay> parsed = new ArrayList<>();
        List<SpecProblem> problems = new ArrayList<>();
        for (OverlaySource overlay : overlays) {
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
