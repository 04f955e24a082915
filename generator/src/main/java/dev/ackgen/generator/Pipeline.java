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
 * goes. The steps: the spec's raw tree (extensions may change it) -> swagger-parser -> the IR (its
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

    private Pipeline(
            GeneratorOptions options,
            OperationSelection operations,
            List<EnabledExtension> extensions,
            String includeName,
            String excludeName) {
        this.options = options;
        this.operations = operations;
        this.extensions = List.copyOf(extensions);
        this.includeName = includeName;
        this.excludeName = excludeName;
    }

    /** A pipeline for every operation, without extensions. */
    public static Pipeline of(GeneratorOptions options) {
        return new Pipeline(options, OperationSelection.all(), List.of(), "includeOperations", "excludeOperations");
    }

    /** This pipeline, generating only the operations the selection keeps. */
    public Pipeline withOperations(OperationSelection selection) {
        return new Pipeline(options, selection, extensions, includeName, excludeName);
    }

    /**
     * This pipeline, generating only the operations the selection keeps; an unknown id is reported
     * with the option names the entry point uses ({@code <includeOperations>}, {@code include}).
     */
    public Pipeline withOperations(OperationSelection selection, String includeOption, String excludeOption) {
        return new Pipeline(options, selection, extensions, includeOption, excludeOption);
    }

    /** This pipeline with these extensions enabled, run in this order. */
    public Pipeline withExtensions(List<EnabledExtension> enabled) {
        return new Pipeline(options, operations, enabled, includeName, excludeName);
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
     * @throws SpecException with every problem of the spec, or of an extension, located
     * @throws InvalidOptionsException when the operation selection names an operationId the spec does not have
     */
    public Result run(SpecSource source) throws SpecException, InvalidOptionsException {
        ExtensionChain chain = new ExtensionChain(extensions, options.packageName(), source.name());
        // The selection records the ids each run sees: a fresh one per run keeps runs independent.
        OperationSelection selection = new OperationSelection(operations.include(), operations.exclude());
        LoadedSpec spec = SpecLoader.load(source, chain.isEmpty() ? SpecTreeHook.NONE : chain);
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
        return new Result(model, rendered, chain.warnings());
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
