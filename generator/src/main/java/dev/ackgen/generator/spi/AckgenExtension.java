package dev.ackgen.generator.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * An extension of ackgen in Java: implement this interface, register the class for {@link
 * java.util.ServiceLoader} (with {@code @AutoService(AckgenExtension.class)}), put its jar where
 * the generator runs (the Maven plugin's {@code <dependencies>}, or the annotation processor path),
 * and enable it by {@link #id()} in the configuration. Extensions that are on the class path but not
 * named in the configuration never run.
 *
 * <p>Every hook has a default that changes nothing, so an extension overrides only what it needs.
 * Enabled extensions run in the order the configuration lists them; each hook of a later extension
 * sees what the earlier ones made. Hooks run in pipeline order:
 *
 * <ol>
 *   <li>{@link #transformSpec}: the raw spec tree, before it is parsed;
 *   <li>{@link #name}: once per name the generator decides;
 *   <li>{@link #editModel}: the whole model, after it is built and checked;
 *   <li>{@link #customizeModel}, {@link #customizeEnum}, {@link #customizeValidator}, {@link
 *       #customizeClientInterface}, {@link #customizeClientImplementation}: the JavaPoet builder of
 *       each generated type, before it is built;
 *   <li>{@link #extraFiles}: files of the extension's own.
 * </ol>
 *
 * <p>Hooks see the model through read-only views ({@link ModelView}, {@link ObjectView}, {@link
 * EnumView}, {@link PropertyView}, {@link TypeView}, {@link OperationView}, {@link ClientView}),
 * never the generator's internal types, so an extension keeps working when those change; only
 * this package ({@code dev.ackgen.generator.spi}), JavaPoet and Jackson's tree appear in the hooks.
 *
 * <p>Problems go to {@link ExtensionContext#error}, located by JSON pointer; an exception thrown by
 * a hook fails the run with a message naming the extension and the hook. Either way nothing is
 * written and the previous output stays as it was. Implementations must be deterministic (the same
 * input gives the same output, byte for byte) and must not keep state between runs.
 */
public interface AckgenExtension {

    /** The id the configuration enables this extension with: lower case, e.g. {@code serializable-models}. */
    String id();

    /**
     * The spec as a JSON tree before swagger-parser reads it (YAML specs arrive as the same tree).
     * Change it in place: add or fix {@code x-ackgen-*} rules, constraints, names. Referenced files
     * are not part of the tree; lines of problems reported on nodes that a hook added are those of
     * their nearest original ancestor.
     */
    default void transformSpec(ObjectNode spec, ExtensionContext context) {}

    /**
     * The Java name for one site, given the name ackgen proposes (or the previous extension's). Return
     * the proposal to keep it. The answer must be a Java identifier, and a class name must not be one
     * generated code uses (a java.lang type, {@code Builder}, {@code JsonModelReaders}, ...): either is
     * reported as this extension's error. The generator still makes names unique (numbering a second
     * {@code fooBar} {@code fooBar2}) and keeps members clear of those generated code declares.
     */
    default String name(NamingSite site, String proposal, ExtensionContext context) {
        return proposal;
    }

    /**
     * The model after it is built: look at it, report problems, and change it through the editor
     * (rename a class or a property, make a property required, set the API version, ...). The
     * edited model is checked before anything else sees it (see {@link ModelEditor}); what does not
     * hold is reported as this extension's error.
     */
    default void editModel(ModelView model, ModelEditor editor, ExtensionContext context) {}

    /** The builder of a model class, top-level or nested, before it is built. */
    default void customizeModel(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {}

    /** The builder of an enum class, top-level or nested, before it is built. */
    default void customizeEnum(EnumView type, TypeSpec.Builder builder, ExtensionContext context) {}

    /** The builder of the validator class of a top-level model, before it is built. */
    default void customizeValidator(ObjectView type, TypeSpec.Builder builder, ExtensionContext context) {}

    /** The builder of a client interface, before it is built. */
    default void customizeClientInterface(ClientView client, TypeSpec.Builder builder, ExtensionContext context) {}

    /**
     * The builder of a client's implementation (the package-private class that builds and sends each
     * call), before it is built.
     */
    default void customizeClientImplementation(ClientView client, TypeSpec.Builder builder, ExtensionContext context) {}

    /** Files of the extension's own, generated beside ackgen's (any package; paths must not clash). */
    default List<JavaFile> extraFiles(ModelView model, ExtensionContext context) {
        return List.of();
    }
}
