package dev.ackgen.generator.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.model.JavaName;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extension API is only {@code dev.ackgen.generator.spi} (plus JavaPoet, Jackson's tree and the
 * JDK): no public or protected member, supertype or type argument of a type of the package may name
 * a type of another {@code dev.ackgen.generator} package, whose types may change in any release.
 */
class SpiSurfaceTest {
    private static final String GENERATOR = "dev.ackgen.generator";
    private static final String SPI = "dev.ackgen.generator.spi";

    @Test
    void noTypeOfTheSpiExposesAnInternalType() throws Exception {
        List<Class<?>> types = spiTypes();

        assertThat(types).extracting(Class::getSimpleName)
                .contains("AckgenExtension", "ExtensionContext", "NamingSite", "ModelView", "ModelEditor", "ObjectView", "EnumView",
                        "PropertyView", "TypeView", "OperationView", "ClientView", "TypeDeclarationView");
        List<String> exposed = new ArrayList<>();
        for (Class<?> type : types) {
            exposed.addAll(exposures(type));
        }
        assertThat(exposed).as("SPI members that expose internal types").isEmpty();
    }

    @Test
    void theWalkerFindsInternalTypesInEveryKindOfMember() {
        assertThat(exposures(Leaky.class)).containsExactlyInAnyOrder(
                "Leaky: superinterface java.util.function.Supplier<java.util.List<dev.ackgen.generator.model.JavaName>>"
                        + " exposes dev.ackgen.generator.model.JavaName",
                "Leaky.model(): return type exposes dev.ackgen.generator.model.ApiModel",
                "Leaky.rename(java.util.Map<java.lang.String, ? extends dev.ackgen.generator.model.JavaName>): parameter 1"
                        + " exposes dev.ackgen.generator.model.JavaName",
                "Leaky.names(): return type exposes dev.ackgen.generator.model.JavaName",
                "Leaky.of(): type parameter T exposes dev.ackgen.generator.model.ApiModel",
                "Leaky.of(): return type exposes dev.ackgen.generator.model.ApiModel",
                "Leaky.NONE: field exposes dev.ackgen.generator.model.JavaName");
        assertThat(exposures(LeakyRecord.class)).contains(
                "LeakyRecord.LeakyRecord(dev.ackgen.generator.model.JavaName): parameter 1 exposes dev.ackgen.generator.model.JavaName",
                "LeakyRecord.name(): return type exposes dev.ackgen.generator.model.JavaName");
        assertThat(exposures(Clean.class)).isEmpty();
    }

    /** Every top-level and nested type compiled into the spi package (main classes, not these tests). */
    private static List<Class<?>> spiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        URL marker = AckgenExtension.class.getResource("AckgenExtension.class");
        assertThat(marker).isNotNull();
        assertThat(marker.getProtocol()).as("the spi package as a directory of the class path").isEqualTo("file");
        Path directory = Path.of(marker.toURI()).getParent();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
                    .forEach(file -> names.add(SPI + "." + file.substring(0, file.length() - ".class".length())));
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, SpiSurfaceTest.class.getClassLoader());
            if (isVisible(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /** A public type, nested only in public types: what an extension can name. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** What a type shows of other generator packages: one line per member, naming it and the type. */
    static List<String> exposures(Class<?> type) {
        List<String> found = new ArrayList<>();
        String owner = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        if (owner.startsWith(SpiSurfaceTest.class.getSimpleName() + ".")) {
            owner = owner.substring(SpiSurfaceTest.class.getSimpleName().length() + 1);
        }
        check(found, owner + ": superclass " + type.getGenericSuperclass(), type.getGenericSuperclass());
        for (Type superinterface : type.getGenericInterfaces()) {
            check(found, owner + ": superinterface " + superinterface.getTypeName(), superinterface);
        }
        for (TypeVariable<?> variable : type.getTypeParameters()) {
            check(found, owner + ": type parameter " + variable.getName(), variable.getBounds());
        }
        for (Field field : type.getDeclaredFields()) {
            if (isApi(field.getModifiers()) && !field.isSynthetic()) {
                check(found, owner + "." + field.getName() + ": field", field.getGenericType());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
                String member = owner + "." + type.getSimpleName() + "(" + parameters(constructor.getGenericParameterTypes()) + ")";
                executable(found, member, constructor.getTypeParameters(), constructor.getGenericParameterTypes(),
                        constructor.getGenericExceptionTypes(), null);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if ((isApi(method.getModifiers()) || type.isInterface() && !Modifier.isPrivate(method.getModifiers()))
                    && !method.isSynthetic() && !method.isBridge()) {
                String member = owner + "." + method.getName() + "(" + parameters(method.getGenericParameterTypes()) + ")";
                executable(found, member, method.getTypeParameters(), method.getGenericParameterTypes(),
                        method.getGenericExceptionTypes(), method.getGenericReturnType());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(found, owner + "." + component.getName() + "(): return type", component.getGenericType());
            }
        }
        return found.stream().distinct().toList();
    }

    private static void executable(List<String> found, String member, TypeVariable<?>[] variables, Type[] parameters,
            Type[] exceptions, Type returnType) {
        for (TypeVariable<?> variable : variables) {
            check(found, member + ": type parameter " + variable.getName(), variable.getBounds());
        }
        if (returnType != null) {
            check(found, member + ": return type", returnType);
        }
        for (int i = 0; i < parameters.length; i++) {
            check(found, member + ": parameter " + (i + 1), parameters[i]);
        }
        for (Type exception : exceptions) {
            check(found, member + ": throws", exception);
        }
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String parameters(Type[] parameters) {
        return String.join(", ", Stream.of(parameters).map(Type::getTypeName).toList());
    }

    private static void check(List<String> found, String member, Type... types) {
        Set<String> internal = new TreeSet<>();
        for (Type type : types) {
            internalTypes(type, internal, new HashSet<>());
        }
        for (String name : internal) {
            found.add(member + " exposes " + name);
        }
    }

    /** The classes of other generator packages a type names, however deep in arguments, bounds and arrays. */
    private static void internalTypes(Type type, Set<String> internal, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String name = c.getPackageName();
            if ((name.equals(GENERATOR) || name.startsWith(GENERATOR + ".")) && !name.equals(SPI)) {
                internal.add(c.getName().replace('$', '.'));
            }
            if (c.getEnclosingClass() != null) {
                internalTypes(c.getEnclosingClass(), internal, seen);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            internalTypes(parameterized.getRawType(), internal, seen);
            internalTypes(parameterized.getOwnerType(), internal, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                internalTypes(argument, internal, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                internalTypes(bound, internal, seen);
            }
            for (Type bound : wildcard.getLowerBounds()) {
                internalTypes(bound, internal, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                internalTypes(bound, internal, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            internalTypes(array.getGenericComponentType(), internal, seen);
        }
    }

    /** Leaks the IR every way the walker looks: it must find each. */
    public interface Leaky extends Supplier<List<JavaName>> {
        JavaName NONE = JavaName.topLevel("None");

        ApiModel model();

        void rename(java.util.Map<String, ? extends JavaName> names);

        JavaName[] names();

        <T extends ApiModel> T of();

        private JavaName hidden() {
            return NONE;
        }
    }

    /** A record's components, accessors and canonical constructor. */
    public record LeakyRecord(JavaName name) {}

    /** Only the JDK and the SPI: nothing to report. */
    public interface Clean extends Supplier<List<ObjectView>> {
        ModelView model();
    }
}
