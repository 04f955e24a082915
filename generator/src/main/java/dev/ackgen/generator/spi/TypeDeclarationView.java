package dev.ackgen.generator.spi;

import java.util.List;

/**
 * A class ackgen generates for a schema: an {@link ObjectView object} (a model class with a builder,
 * a JSON codec and a validator) or an {@link EnumView enum}, top-level or nested in a model.
 * Read-only: a view shows the model as it was when the hook was called.
 */
public interface TypeDeclarationView {

    /**
     * The Java name within the generated package, enclosing classes first and dot-separated: {@code
     * Pet}, or {@code Pet.Kind} for the enum nested in {@code Pet}. {@link
     * ExtensionContext#className(TypeDeclarationView)} gives the full class name.
     */
    String javaName();

    /** The simple names from the top-level class to this one: {@code [Pet, Kind]}; never empty. */
    List<String> simpleNames();

    /** The class's own simple name: {@code Kind} for {@code Pet.Kind}. */
    default String simpleName() {
        List<String> names = simpleNames();
        return names.get(names.size() - 1);
    }

    /** Whether the class is nested in a model class (declared inline in one of its properties). */
    default boolean isNested() {
        return simpleNames().size() > 1;
    }

    /** The schema's description from the spec, or empty. */
    String description();

    /** Whether the spec marks the schema deprecated. */
    boolean deprecated();

    /**
     * The schema's JSON pointer in the spec, e.g. {@code /components/schemas/Pet}: where {@link
     * ExtensionContext#error} locates a problem with this class.
     */
    String pointer();
}
