package dev.ackgen.generator.spi;

/**
 * Changes to the model an extension makes in {@link AckgenExtension#editModel}. Each edit names what
 * it changes with a view the hook was given (or found through the {@link ModelView}); edits apply in
 * the order they are made, and an edit of something an earlier edit renamed still finds it.
 *
 * <p>After the hook returns, the edited model is checked before anything else sees it: every name
 * must be a Java identifier that generated code does not use, top-level classes must not share a name
 * (ignoring case, as file names), properties of one class must not share a field name, and a paged
 * operation must keep the members its paging names. What does not hold is reported as this
 * extension's error at the pointer of what broke, and none of the extension's edits apply.
 *
 * <p>Every method throws {@link IllegalArgumentException} when a view is not one of this model's
 * (or names a property its class does not have), and {@link IllegalStateException} once {@code
 * editModel} has returned.
 */
public interface ModelEditor {

    /** Sets the API version the clients send (ACK's {@code x-acs-version}). */
    void setApiVersion(String apiVersion);

    /**
     * Renames a class. Every reference follows: properties and operations that use it, the classes
     * nested in it, and for a top-level object its validator when that is named after it ({@code
     * PetValidator} becomes {@code AnimalValidator}).
     *
     * @param simpleName the new simple name
     */
    void renameType(TypeDeclarationView type, String simpleName);

    /**
     * Renames a property's Java field and builder method; the accessor follows ({@code petName},
     * {@code getPetName}). The wire name stays the spec's.
     */
    void renameProperty(PropertyView property, String fieldName);

    /**
     * Makes a property required or optional: the validator then reports it missing, or no longer
     * does.
     */
    void setRequired(PropertyView property, boolean required);

    /** Replaces a property's description (the javadoc of its accessor and builder method). */
    void setDescription(PropertyView property, String description);

    /** Replaces a class's description (its class javadoc). */
    void setDescription(TypeDeclarationView type, String description);
}
