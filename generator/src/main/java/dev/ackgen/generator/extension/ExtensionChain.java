package dev.ackgen.generator.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ackgen.generator.emit.EmitHooks;
import dev.ackgen.generator.emit.TypeNames;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.EnumType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.NameHook;
import dev.ackgen.generator.output.OutputWriter;
import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecTreeHook;
import dev.ackgen.generator.spi.AckgenExtension;
import dev.ackgen.generator.spi.ExtensionContext;
import dev.ackgen.generator.spi.ModelView;
import dev.ackgen.generator.spi.NamingSite;
import dev.ackgen.generator.spi.TypeDeclarationView;
import dev.ackgen.generator.spi.TypeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the enabled extensions' hooks, in the configured order, for one run of the pipeline. It
 * turns what they report into located problems (file, line, JSON pointer, the extension's id),
 * and an exception a hook throws into a problem naming the extension and the hook, so a broken
 * extension fails the run cleanly and nothing is written.
 */
public final class ExtensionChain implements SpecTreeHook, NameHook, EmitHooks {
    private final List<Context> contexts = new ArrayList<>();
    private final List<SpecProblem> errors = new ArrayList<>();
    private final List<SpecProblem> warnings = new ArrayList<>();
    private final String file;
    private SourceLocator locator;

    /**
     * @param extensions the enabled extensions, in order
     * @param packageName the target package
     * @param file the spec's name, for problems
     */
    public ExtensionChain(List<EnabledExtension> extensions, String packageName, String file) {
        for (EnabledExtension extension : extensions) {
            contexts.add(new Context(extension, packageName));
        }
        this.file = file;
    }

    /** Whether no extension is enabled (the pipeline then skips the hooks altogether). */
    public boolean isEmpty() {
        return contexts.isEmpty();
    }

    /** Where problems reported after parsing are located (before, the tree hook's locator is used). */
    public void locateIn(SourceLocator locator) {
        this.locator = locator;
    }

    @Override
    public void apply(ObjectNode tree, SourceLocator treeLocator) throws SpecException {
        locateIn(treeLocator);
        for (Context context : contexts) {
            run(context, "transformSpec", "", () -> context.extension().transformSpec(tree, context));
        }
        throwIfFailed();
    }

    @Override
    public String name(NamingSite site, String proposal) {
        String name = proposal;
        for (Context context : contexts) {
            String current = name;
            String answer = call(context, "name(" + site.kind() + " " + site.specName() + ")", site.pointer(),
                    () -> context.extension().name(site, current, context), current);
            String kind = site.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            if (answer == null || !JavaNames.isIdentifier(answer)) {
                context.error(site.pointer(), "names the " + kind + " " + site.specName() + " '" + answer + "', which is not a Java identifier");
            } else if (!answer.equals(current) && isClass(site) && JavaNames.isReservedClassName(answer)) {
                context.error(site.pointer(), "names the " + kind + " " + site.specName() + " '" + answer
                        + "', which generated code uses (a java.lang type, or Builder, Value, JsonModelReaders, ...)");
            } else {
                name = answer;
            }
        }
        return name;
    }

    private static boolean isClass(NamingSite site) {
        return site.kind() == NamingSite.Kind.CLASS || site.kind() == NamingSite.Kind.CLIENT_INTERFACE;
    }

    /**
     * The IR after every extension's {@link AckgenExtension#editModel}: each extension sees the
     * model as the earlier ones left it, and its edits are checked to hold together (see {@link
     * ModelConsistency}) before the next extension sees them; edits that do not, or of an extension
     * that reported an error, are dropped (the run fails).
     */
    public ApiModel editModel(ApiModel model) throws SpecException {
        ApiModel current = model;
        for (Context context : contexts) {
            ModelEdits editor = new ModelEdits(current);
            ModelView view = IrViews.model(current);
            int before = errors.size();
            run(context, "editModel", "", () -> context.extension().editModel(view, editor, context));
            editor.close();
            if (errors.size() == before && editor.changed()) {
                ModelConsistency.check(editor.result(), (pointer, message) -> context.error(pointer, "editModel: " + message));
                if (errors.size() == before) {
                    current = editor.result();
                }
            }
        }
        throwIfFailed();
        return current;
    }

    @Override
    public void model(ObjectType type, TypeSpec.Builder builder) {
        customize("customizeModel(" + type.name() + ")", type.pointer(), builder,
                context -> context.extension().customizeModel(IrViews.object(type), builder, context));
    }

    @Override
    public void enumType(EnumType type, TypeSpec.Builder builder) {
        customize("customizeEnum(" + type.name() + ")", type.pointer(), builder,
                context -> context.extension().customizeEnum(IrViews.enumType(type), builder, context));
    }

    @Override
    public void validator(ObjectType type, TypeSpec.Builder builder) {
        customize("customizeValidator(" + type.name() + ")", type.pointer(), builder,
                context -> context.extension().customizeValidator(IrViews.object(type), builder, context));
    }

    @Override
    public void clientInterface(ClientGroup client, TypeSpec.Builder builder) {
        customize("customizeClientInterface(" + client.interfaceName() + ")", pointer(client), builder,
                context -> context.extension().customizeClientInterface(IrViews.client(client), builder, context));
    }

    @Override
    public void clientImplementation(ClientGroup client, TypeSpec.Builder builder) {
        customize("customizeClientImplementation(" + client.implementationName() + ")", pointer(client), builder,
                context -> context.extension().customizeClientImplementation(IrViews.client(client), builder, context));
    }

    /**
     * Every extension's own files, in extension order; a file whose path ackgen's files (or an
     * earlier extension's) already take is that extension's error.
     *
     * @param taken the paths of the files generated so far
     */
    public List<JavaFile> extraFiles(ApiModel model, Set<String> taken) throws SpecException {
        Set<String> paths = new java.util.HashSet<>(taken);
        List<JavaFile> files = new ArrayList<>();
        ModelView view = IrViews.model(model);
        for (Context context : contexts) {
            List<JavaFile> extra = call(context, "extraFiles", "", () -> context.extension().extraFiles(view, context), List.of());
            for (JavaFile file : extra == null ? List.<JavaFile>of() : extra) {
                if (file == null) {
                    context.error("", "extraFiles returned a null file");
                } else if (!paths.add(OutputWriter.path(file))) {
                    context.error("", "extraFiles returned " + OutputWriter.path(file) + ", a path another generated file has");
                } else {
                    files.add(file);
                }
            }
        }
        throwIfFailed();
        return files;
    }

    /** Fails with every error reported so far. */
    public void throwIfFailed() throws SpecException {
        if (!errors.isEmpty()) {
            throw new SpecException(errors);
        }
    }

    /** The errors reported so far (to add to the core's own). */
    public List<SpecProblem> errors() {
        return List.copyOf(errors);
    }

    /** The warnings the extensions reported. */
    public List<SpecProblem> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Runs each extension's builder hook, then builds the type once: JavaPoet refuses some changes
     * (a modifier a class cannot have, say) only when building, and that refusal belongs to the
     * extension that made the change, not to ackgen.
     */
    private void customize(String hook, String pointer, TypeSpec.Builder builder, Consumer<Context> action) {
        for (Context context : contexts) {
            run(context, hook, pointer, () -> {
                action.accept(context);
                builder.build();
            });
        }
    }

    /** A client's place in the spec: its first operation. */
    private static String pointer(ClientGroup client) {
        return client.methods().isEmpty() ? "" : client.methods().get(0).operation().pointer();
    }

    private void run(Context context, String hook, String pointer, Runnable action) {
        call(context, hook, pointer, () -> {
            action.run();
            return null;
        }, null);
    }

    /**
     * Calls a hook; a throwing hook becomes an error naming the extension, located at what the hook
     * was working on, and the fallback is used.
     */
    private <T> T call(Context context, String hook, String pointer, Supplier<T> action, T fallback) {
        try {
            return action.get();
        } catch (VirtualMachineError e) {
            throw e; // out of memory, stack overflow: not the extension's answer, and nothing to go on with
        } catch (Throwable e) {
            errors.add(problem(pointer, "extension " + context.extensionId() + " (" + context.extension().getClass().getName()
                    + ") failed in " + hook + ": " + e));
            return fallback;
        }
    }

    private SpecProblem problem(String pointer, String message) {
        String at = pointer == null ? "" : pointer;
        return new SpecProblem(file, locator == null ? 0 : locator.line(at), at, message);
    }

    /** What one extension's hooks see. */
    private final class Context implements ExtensionContext {
        private final EnabledExtension enabled;
        private final String packageName;
        private final TypeNames types;

        Context(EnabledExtension enabled, String packageName) {
            this.enabled = enabled;
            this.packageName = packageName;
            this.types = new TypeNames(packageName);
        }

        AckgenExtension extension() {
            return enabled.extension();
        }

        @Override
        public String extensionId() {
            return enabled.id();
        }

        @Override
        public Map<String, String> options() {
            return enabled.options();
        }

        @Override
        public String packageName() {
            return packageName;
        }

        @Override
        public ClassName className(TypeDeclarationView type) {
            return types.className(IrViews.nameOf(type));
        }

        @Override
        public ClassName className(String javaName) {
            return types.className(IrViews.javaName(javaName));
        }

        @Override
        public TypeName typeName(TypeView type) {
            return types.typeName(IrViews.typeOf(type));
        }

        @Override
        public void error(String pointer, String message) {
            errors.add(problem(pointer, "extension " + extensionId() + ": " + message));
        }

        @Override
        public void warning(String pointer, String message) {
            warnings.add(problem(pointer, "extension " + extensionId() + ": " + message));
        }
    }
}
