package dev.ackgen.generator.customize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * Finds types with a class loader, without initialising them, and looks into annotations and
 * interfaces far enough to refuse ones generated code cannot use: it adds annotations without
 * values and implements interfaces without type arguments or methods of its own.
 */
final class ClassLoaderTypeLookup implements TypeLookup {
    private final ClassLoader loader;

    ClassLoaderTypeLookup(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Kind find(String canonicalName) {
        Class<?> type = load(canonicalName);
        if (type == null) {
            return null;
        }
        return type.isAnnotation() ? Kind.ANNOTATION : type.isInterface() ? Kind.INTERFACE : type.isEnum() ? Kind.ENUM : Kind.CLASS;
    }

    @Override
    public String unusable(String canonicalName, CustomizationOption.Shape shape) {
        Class<?> type = load(canonicalName);
        if (type == null) {
            return null;
        }
        if (shape == CustomizationOption.Shape.ANNOTATION && type.isAnnotation()) {
            Target target = type.getAnnotation(Target.class);
            if (target != null && !Arrays.asList(target.value()).contains(ElementType.TYPE)) {
                return canonicalName + " cannot annotate a class (its @Target has no TYPE)";
            }
            if (type == FunctionalInterface.class) {
                return canonicalName + " is only for interfaces with one abstract method, which no generated type is";
            }
            List<String> required = Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> method.getDefaultValue() == null)
                    .map(Method::getName)
                    .sorted()
                    .toList();
            return required.isEmpty() ? null
                    : canonicalName + " needs values (" + String.join(", ", required) + "), which an added annotation cannot give";
        }
        if (shape == CustomizationOption.Shape.INTERFACE && type.isInterface() && !type.isAnnotation()) {
            if (type.getTypeParameters().length > 0) {
                return canonicalName + " is generic: its type arguments cannot be given";
            }
            List<String> abstractMethods = Arrays.stream(type.getMethods())
                    .filter(method -> Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method))
                    .map(Method::getName)
                    .distinct()
                    .sorted()
                    .toList();
            return abstractMethods.isEmpty() ? null : canonicalName + " declares methods generated classes do not implement ("
                    + String.join(", ", abstractMethods) + "); use a marker interface, or an extension to add the methods";
        }
        return null;
    }

    /** {@code equals}, {@code hashCode} and {@code toString} redeclared in an interface: every class has them. */
    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The class, or null; {@code Outer.Inner} is {@code Outer$Inner} to a class loader, so each split from the right is tried. */
    private Class<?> load(String canonicalName) {
        String binary = canonicalName;
        while (true) {
            try {
                return Class.forName(binary, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }
}
