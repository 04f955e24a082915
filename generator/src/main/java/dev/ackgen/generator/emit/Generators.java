package dev.ackgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.ModelType;
import dev.ackgen.generator.model.ObjectType;
import java.util.List;

/**
 * The one list of what a run generates: a generator per output kind, each made here from the
 * run's {@link EmitContext} by a small {@code createX} method, in the manner of conjure-java's
 * GenerationCoordinator. The kinds: a model class ({@link ModelGenerator}) with its builder
 * ({@link BuilderGenerator}), JSON codec ({@link JsonCodecGenerator}) and enums
 * ({@link EnumGenerator}); the package's reader of models for jackson-databind
 * ({@link JsonModelReadersGenerator}); a validator ({@link ValidatorGenerator}); a client interface
 * ({@link ClientInterfaceGenerator}) with its paging methods ({@link PagesMethodGenerator}); and
 * its implementation ({@link ClientImplementationGenerator}) with its secret walkers
 * ({@link SecretWalkers}). Which files are generated, and in which order, the caller decides.
 */
public final class Generators {
    private final EmitContext context;
    private final ModelGenerator models;
    private final JsonModelReadersGenerator modelReaders;
    private final ValidationNeeds needs;
    private final ValidatorGenerator validators;
    private final ClientInterfaceGenerator clientInterfaces;
    private final ClientImplementationGenerator clientImplementations;

    public Generators(EmitContext context) {
        this.context = context;
        this.models = createModelGenerator();
        this.modelReaders = createJsonModelReadersGenerator();
        this.needs = new ValidationNeeds(context);
        this.validators = createValidatorGenerator();
        ClientSignatures signatures = new ClientSignatures(context);
        this.clientInterfaces = createClientInterfaceGenerator(signatures);
        this.clientImplementations = createClientImplementationGenerator(signatures);
    }

    private ModelGenerator createModelGenerator() {
        return new ModelGenerator(context, createBuilderGenerator(), createJsonCodecGenerator(), createEnumGenerator());
    }

    private JsonModelReadersGenerator createJsonModelReadersGenerator() {
        return new JsonModelReadersGenerator(context);
    }

    private BuilderGenerator createBuilderGenerator() {
        return new BuilderGenerator(context);
    }

    private JsonCodecGenerator createJsonCodecGenerator() {
        return new JsonCodecGenerator(context);
    }

    private EnumGenerator createEnumGenerator() {
        return new EnumGenerator(context);
    }

    private ValidatorGenerator createValidatorGenerator() {
        return new ValidatorGenerator(context, needs);
    }

    private ClientInterfaceGenerator createClientInterfaceGenerator(ClientSignatures signatures) {
        return new ClientInterfaceGenerator(context, signatures, createPagesMethodGenerator());
    }

    private PagesMethodGenerator createPagesMethodGenerator() {
        return new PagesMethodGenerator(context);
    }

    private ClientImplementationGenerator createClientImplementationGenerator(ClientSignatures signatures) {
        return new ClientImplementationGenerator(context, signatures);
    }

    /** The run's context. */
    public EmitContext context() {
        return context;
    }

    /** The file of a top-level object or enum. */
    public JavaFile model(ModelType type) {
        return models.createModel(type);
    }

    /** The package's readers of its models for jackson-databind; none when no model has JSON members. */
    public List<JavaFile> jsonModelReaders() {
        return modelReaders.createReaders();
    }

    /** Whether a type has anything to check, itself or in what it holds. */
    public boolean needsValidation(ObjectType type) {
        return needs.needsValidation(type);
    }

    /** The validator of a top-level object type. */
    public JavaFile validator(ObjectType type) {
        return validators.createValidator(type);
    }

    /** The public interface of a client. */
    public JavaFile clientInterface(ClientGroup group) {
        return clientInterfaces.createInterface(group);
    }

    /** The package-private implementation of a client. */
    public JavaFile clientImplementation(ClientGroup group) {
        return clientImplementations.createImplementation(group);
    }
}
