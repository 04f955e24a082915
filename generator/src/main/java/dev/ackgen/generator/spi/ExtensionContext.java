package dev.ackgen.generator.spi;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/**
 * What an extension's hook may use: its options from the configuration, the target package, and a
 * way to report problems at a place in the spec. A problem is reported with the spec file, its line
 * and the JSON pointer, as the core's own are; any error fails the run after the hook returns, and
 * nothing is written.
 */
public interface ExtensionContext {

    /** The id the extension was enabled with. */
    String extensionId();

    /** The options the configuration gives this extension, by name (empty when none). */
    Map<String, String> options();

    /** One option, or the fallback when the configuration does not set it. */
    default String option(String name, String fallback) {
        return options().getOrDefault(name, fallback);
    }

    /** The Java package of the generated classes. */
    String packageName();

    /** The class ackgen generates for a model or enum ({@code com.example.Pet.Kind} for a nested one). */
    ClassName className(TypeDeclarationView type);

    /**
     * The class ackgen generates for a Java name as {@link TypeDeclarationView#javaName()} and {@link
     * TypeView#javaName()} give it ({@code Pet.Kind}), in the generated package.
     */
    ClassName className(String javaName);

    /**
     * The Java type generated code uses for a value of this type, as a property's field and accessor
     * declare it ({@code List<DataDisk>}, {@code Long}, ...).
     */
    TypeName typeName(TypeView type);

    /**
     * Reports an error at a JSON pointer of the spec (a view's {@code pointer()}, or "" for
     * the whole spec); generation fails with it, naming this extension.
     */
    void error(String pointer, String message);

    /** Reports a warning at a JSON pointer of the spec; generation goes on. */
    void warning(String pointer, String message);
}
