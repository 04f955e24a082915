package dev.ackgen.generator.customize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the Java types the customisations name, so that a misspelt class is an error before any
 * code is generated rather than generated code that does not compile. Each entry point looks
 * where its users' types are: the Maven plugin in the project's class path and source roots, the
 * annotation processor in the compilation, the command line in its class path.
 */
@FunctionalInterface
public interface TypeLookup {
    /** Finds nothing: every named type is reported unknown. */
    TypeLookup NOTHING = name -> null;

    /** What a type found is. */
    enum Kind {
        CLASS,
        INTERFACE,
        ANNOTATION,
        ENUM,
        /** Found as a source file not yet compiled: its kind is not known before javac runs. */
        SOURCE
    }

    /** The kind of the type with this canonical name ({@code com.example.Outer.Inner}), or null when it is not there. */
    Kind find(String canonicalName);

    /** This lookup, then {@code other} for what this one does not find. */
    default TypeLookup or(TypeLookup other) {
        return name -> {
            Kind kind = find(name);
            return kind != null ? kind : other.find(name);
        };
    }

    /** The types a class loader can load (without initialising them). */
    static TypeLookup of(ClassLoader loader) {
        return name -> {
            // Outer.Inner is Outer$Inner to a class loader: try each split from the right.
            String binary = name;
            while (true) {
                try {
                    Class<?> type = Class.forName(binary, false, loader);
                    return type.isAnnotation() ? Kind.ANNOTATION
                            : type.isInterface() ? Kind.INTERFACE
                            : type.isEnum() ? Kind.ENUM
                            : Kind.CLASS;
                } catch (ClassNotFoundException | LinkageError e) {
                    int dot = binary.lastIndexOf('.');
                    if (dot < 0) {
                        return null;
                    }
                    binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
                }
            }
        };
    }

    /** Top-level types whose {@code .java} file is in one of these source roots. */
    static TypeLookup sources(List<Path> roots) {
        return name -> {
            for (Path root : roots) {
                if (Files.isRegularFile(root.resolve(name.replace('.', '/') + ".java"))) {
                    return Kind.SOURCE;
                }
            }
            return null;
        };
    }
}
