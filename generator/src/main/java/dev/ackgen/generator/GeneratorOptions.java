package dev.ackgen.generator;

/**
 * What to generate, and where: the package and which kinds of file. Models are the base the
 * others stand on, so validators or a client without models is refused.
 *
 * @param packageName the Java package of every generated class
 * @param models immutable models with their JSON codecs
 * @param validators a validator per request type (the client validates with them before sending)
 * @param client a client interface and implementation per API group
 */
public record GeneratorOptions(String packageName, boolean models, boolean validators, boolean client) {
    /**
     * @throws IllegalArgumentException if the package name is not a valid Java package name, or
     *     validators or a client are asked for without models
     */
    public GeneratorOptions {
        Generator.checkPackageName(packageName);
        if (!models && (validators || client)) {
            throw new IllegalArgumentException("validators and the client need the models: keep models on");
        }
    }

    /** Everything, in this package. */
    public static GeneratorOptions all(String packageName) {
        return new GeneratorOptions(packageName, true, true, true);
    }

    /** These options with the client switched on or off. */
    public GeneratorOptions withClient(boolean on) {
        return new GeneratorOptions(packageName, models, validators, on);
    }

    /** These options with the validators switched on or off. */
    public GeneratorOptions withValidators(boolean on) {
        return new GeneratorOptions(packageName, models, on, client);
    }

    /** These options with the models switched on or off. */
    public GeneratorOptions withModels(boolean on) {
        return new GeneratorOptions(packageName, on, validators, client);
    }
}
