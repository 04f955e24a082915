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

    /**
     * Why a type found cannot be used as the option asks, though it is of the right kind, or null:
     * an annotation that may not annotate a class or needs values, an interface that is generic or
     * declares methods generated code does not implement. Lookups that cannot tell answer null.
     */
    default String unusable(String canonicalName, CustomizationOption.Shape shape) {
        return null;
    }

    /** This lookup, then {@code other} for what this one does not find. */
    default TypeLookup or(TypeLookup other) {
        TypeLookup first = this;
        return new TypeLookup() {
            @Override
            public Kind find(String name) {
                Kind kind = first.find(name);
                return kind != null ? kind : other.find(name);
            }

            @Override
            public String unusable(String name, CustomizationOption.Shape shape) {
                return first.find(name) != null ? first.unusable(name, shape) : other.unusable(name, shape);
            }
        };
    }

    /** The types a class loader can load (without initialising them). */
    static TypeLookup of(ClassLoader loader) {
        return new ClassLoaderTypeLookup(loader);
    }

    /**
     * Types whose {@code .java} file is in one of these source roots: {@code com.example.Outer.Inner}
     * is found when {@code com/example/Outer.java} is there (what it declares is javac's to check).
     */
    static TypeLookup sources(List<Path> roots) {
        return name -> {
            String path = name.replace('.', '/');
            while (true) {
                for (Path root : roots) {
                    if (Files.isRegularFile(root.resolve(path + ".java"))) {
                        return Kind.SOURCE;
                    }
                }
                int slash = path.lastIndexOf('/');
                if (slash < 0) {
                    return null;
                }
                path = path.substring(0, slash);
            }
        };
    }
}
