package dev.ackgen.generator;

import com.palantir.javapoet.JavaFile;
import dev.ackgen.generator.emit.EmitContext;
import dev.ackgen.generator.emit.EmitHooks;
import dev.ackgen.generator.emit.TypeIndex;
import dev.ackgen.generator.emit.Generators;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.model.Property;
import dev.ackgen.generator.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * From IR to Java files: a model per type, a validator per request type (and per type a request
 * holds that has anything to check), a client interface and implementation per API group. The files come out in a fixed order, and their text depends
 * only on the IR and the package: two runs give the same bytes.
 */
public final class Generator {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private Generator() {}

    /**
     * The Java files for the model.
     *
     * @throws IllegalArgumentException if the package name is not a valid Java package name
     */
    public static List<JavaFile> generate(ApiModel model, String packageName) {
        return generate(model, GeneratorOptions.all(packageName));
    }

    /** The Java files for the model, as the options say. */
    public static List<JavaFile> generate(ApiModel model, GeneratorOptions options) {
        return generate(model, options, EmitHooks.NONE);
    }

    /** The Java files for the model, as the options say, each type changed by the hooks before it is built. */
    public static List<JavaFile> generate(ApiModel model, GeneratorOptions options, EmitHooks hooks) {
        List<JavaFile> files = new ArrayList<>();
        generate(model, options, hooks, files::add);
        return files;
    }

    /**
     * Hands each Java file for the model to {@code sink} as soon as it is built, in the same order
     * as {@link #generate(ApiModel, GeneratorOptions, EmitHooks)} lists them: a sink that writes
     * and forgets keeps a large spec's output out of memory.
     */
    public static void generate(ApiModel model, GeneratorOptions options, EmitHooks hooks, Consumer<JavaFile> sink) {
        if (!options.models()) {
            return;
        }
        Generators generators = new Generators(EmitContext.of(model, options.packageName(), options.validators(), hooks));
        for (ModelType type : model.types()) {
            sink.accept(generators.model(type));
        }
        generators.jsonModelReaders().forEach(sink);
        if (options.validators()) {
            for (ObjectType type : validatedTypes(model, generators.context().types(), generators)) {
                sink.accept(generators.validator(type));
            }
        }
        if (options.client()) {
            for (ClientGroup group : model.clients()) {
                sink.accept(generators.clientInterface(group));
                sink.accept(generators.clientImplementation(group));
            }
        }
    }

    /** Whether the text is a package name javac accepts (no keywords, no empty segments). */
    public static void checkPackageName(String packageName) {
        boolean valid = packageName != null && PACKAGE.matcher(packageName).matches();
        if (valid) {
            for (String segment : packageName.split("\\.")) {
                valid &= !SourceVersion.isKeyword(segment);
            }
        }
        if (!valid) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
        }
    }

    /**
     * The top-level types that get a validator, in model order: every operation's request type, and
     * every top-level type reachable from one that has something to check. A spec without
     * operations (a library of schemas) gets validators for all its types that need one.
     */
    private static List<ObjectType> validatedTypes(ApiModel model, TypeIndex objects, Generators validators) {
        Set<JavaName> requests = new LinkedHashSet<>();
        Deque<ObjectType> pending = new ArrayDeque<>();
        for (Operation operation : model.operations()) {
            requests.add(operation.request().name());
            pending.add(operation.request());
        }
        if (model.operations().isEmpty()) {
            model.types().stream().filter(ObjectType.class::isInstance).map(ObjectType.class::cast).forEach(pending::add);
        }
        Set<JavaName> reachable = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            ObjectType type = pending.pop();
            if (!reachable.add(type.name())) {
                continue;
            }
            for (Property property : type.properties()) {
                collect(property.type(), objects, pending);
            }
            type.nested().stream().filter(ObjectType.class::isInstance).map(ObjectType.class::cast).forEach(pending::add);
        }
        List<ObjectType> validated = new ArrayList<>();
        for (ModelType type : model.types()) {
            if (type instanceof ObjectType object
                    && reachable.contains(object.name())
                    && (requests.contains(object.name()) || validators.needsValidation(object))) {
                validated.add(object);
            }
        }
        return validated;
    }

    /** The top-level object a value holds, if any; nested ones are validated inside their top-level owner's validator. */
    private static void collect(TypeRef type, TypeIndex objects, Deque<ObjectType> pending) {
        type.namedType()
                .filter(named -> !named.isEnum() && !named.name().isNested())
                .ifPresent(named -> pending.add(objects.object(named.name())));
    }
}
