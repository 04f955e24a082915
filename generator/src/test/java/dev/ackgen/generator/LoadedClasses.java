package dev.ackgen.generator;

import com.google.testing.compile.Compilation;
import dev.ackgen.runtime.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** The classes a compilation produced, loaded, with reflective helpers to build and validate values. */
final class LoadedClasses {
    private final ClassLoader loader;

    LoadedClasses(Compilation compilation) {
        this.loader = new GeneratedClassLoader(compilation);
    }

    Class<?> load(String binaryName) throws ClassNotFoundException {
        return Class.forName(binaryName, true, loader);
    }

    /** {@code Model.builder().name(value)...build()}, names and values alternating. */
    Object build(String binaryName, Object... namesAndValues) throws ReflectiveOperationException {
        Object builder = call(load(binaryName), "builder");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            call(builder, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return call(builder, "build");
    }

    @SuppressWarnings("unchecked") // validate returns List<Violation>
    List<Violation> validate(String validatorBinaryName, Object value) throws ReflectiveOperationException {
        Class<?> validator = load(validatorBinaryName);
        Method validate = validator.getMethod("validate", value.getClass());
        return (List<Violation>) invoke(validate, null, value);
    }

    /** Calls the public method of that name and arity (a static one when target is a Class), never a varargs one. */
    Object call(Object target, String name, Object... arguments) throws ReflectiveOperationException {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Object receiver = target instanceof Class<?> ? null : target;
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length && !m.isVarArgs())
                .filter(m -> fits(m.getParameterTypes(), arguments))
                .toList();
        if (candidates.size() != 1) {
            throw new AssertionError("expected one method " + name + " on " + type.getName() + " for "
                    + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", ")) + ", found " + candidates);
        }
        return invoke(publicDeclaration(candidates.get(0)), receiver, arguments);
    }

    /** The method as a public type declares it: a package-private class's methods are called through its interface. */
    private static Method publicDeclaration(Method method) {
        if (java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return method;
        }
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                return type.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // not declared by this interface: try the next
            }
        }
        return method;
    }

    private static boolean fits(Class<?>[] parameters, Object[] arguments) {
        for (int i = 0; i < parameters.length; i++) {
            if (arguments[i] != null && !parameters[i].isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object invoke(Method method, Object receiver, Object... arguments) throws ReflectiveOperationException {
        try {
            return method.invoke(receiver, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Loads the class files of an in-memory compilation, everything else from the test class path. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Compilation compilation;

        GeneratedClassLoader(Compilation compilation) {
            super(LoadedClasses.class.getClassLoader());
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class");
            if (file.isEmpty()) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.get().openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
