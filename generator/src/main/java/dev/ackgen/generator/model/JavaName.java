package dev.ackgen.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated class's name within the target package: a top-level simple name followed by the
 * simple names of the classes it is nested in, outermost first.
 */
public record JavaName(List<String> simpleNames) {

    public JavaName {
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a Java name needs at least one simple name");
        }
        simpleNames = List.copyOf(simpleNames);
    }

    public static JavaName topLevel(String simpleName) {
        return new JavaName(List.of(simpleName));
    }

    public JavaName nested(String simpleName) {
        List<String> names = new ArrayList<>(simpleNames);
        names.add(simpleName);
        return new JavaName(names);
    }

    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    public String topLevelName() {
        return simpleNames.get(0);
    }

    public boolean isNested() {
        return simpleNames.size() > 1;
    }

    @Override
    public String toString() {
        return String.join(".", simpleNames);
    }
}
