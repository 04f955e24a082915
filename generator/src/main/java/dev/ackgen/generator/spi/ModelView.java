package dev.ackgen.generator.spi;

import java.util.List;

/**
 * The whole model ackgen generates from: its classes, operations and clients, after every Java name
 * is decided. Read-only; {@link ModelEditor} changes it in {@link AckgenExtension#editModel}.
 */
public interface ModelView {

    /** The spec's {@code info.title}. */
    String title();

    /** The API version the clients send ({@code x-ackgen-api-version}, else {@code info.version}). */
    String apiVersion();

    /** The first server URL, its region variable written {@code {region}}. */
    String serverUrl();

    /** The top-level classes, sorted by name; nested ones hang off their {@link ObjectView#nestedTypes() owners}. */
    List<TypeDeclarationView> types();

    /**
     * The class with this Java name ({@code Pet}, or {@code Pet.Kind} for a nested one), or null
     * when the model has none.
     */
    TypeDeclarationView type(String javaName);

    /** The simple name of the validator class of a top-level object, e.g. {@code PetValidator}; null for a nested one. */
    String validatorName(ObjectView type);

    /** The operations, in spec order (those the configuration selects). */
    List<OperationView> operations();

    /** The clients, in order of their tags' first use. */
    List<ClientView> clients();
}
