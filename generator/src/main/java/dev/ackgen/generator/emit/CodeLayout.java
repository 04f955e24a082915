package dev.ackgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * How generated code keeps its lines short: JavaPoet breaks a line at a wrapping space
 * ({@code $W}) where the line would pass column 100, and indents the rest of the statement by two
 * levels. The emitters put one after each comma of a long argument list and before each operator
 * of a long expression; a comment's lines are wrapped by {@link JavadocWrap}.
 */
final class CodeLayout {
    private CodeLayout() {}

    /** Names or expressions as an argument list, "a, b, c", that JavaPoet may break after any comma. */
    static CodeBlock arguments(List<String> names) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (int i = 0; i < names.size(); i++) {
            list.add(i == 0 ? "$L" : ",$W$L", names.get(i));
        }
        return list.build();
    }
}
