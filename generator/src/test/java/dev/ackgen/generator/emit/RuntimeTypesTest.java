package dev.ackgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every runtime class and member the emitters name exists in ackgen-runtime, as named. */
class RuntimeTypesTest {
    private static final ClassLoader LOADER = RuntimeTypesTest.class.getClassLoader();

    @Test
    void everyCataloguedClassIsInTheRuntime() {
        List<String> missing = new ArrayList<>();
        for (ClassName name : RuntimeTypes.all()) {
            try {
                Class<?> type = load(name);
                assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", name.canonicalName()).isTrue();
            } catch (ClassNotFoundException e) {
                missing.add(name.canonicalName());
            }
        }
        assertThat(missing).as("catalogued runtime classes not in ackgen-runtime").isEmpty();
    }

    @Test
    void everyMemberCalledByNameIsAPublicStaticMemberOfItsClass() throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        for (RuntimeTypes.Member member : RuntimeTypes.members()) {
            Class<?> owner = load(member.owner());
            boolean found = Arrays.stream(owner.getMethods())
                            .anyMatch(m -> m.getName().equals(member.name()) && Modifier.isStatic(m.getModifiers()))
                    || Arrays.stream(owner.getFields())
                            .anyMatch(f -> f.getName().equals(member.name()) && Modifier.isStatic(f.getModifiers()));
            if (!found) {
                missing.add(member.owner().simpleName() + "." + member.name());
            }
        }
        assertThat(missing).as("members generated code calls that the runtime does not have").isEmpty();
    }

    @Test
    void theCatalogueListsEachClassOnce() {
        assertThat(RuntimeTypes.all()).doesNotHaveDuplicates();
        assertThat(RuntimeTypes.all()).allSatisfy(name -> assertThat(name.packageName()).startsWith("dev.ackgen.runtime."));
    }

    private static Class<?> load(ClassName name) throws ClassNotFoundException {
        return Class.forName(name.reflectionName(), false, LOADER);
    }
}
