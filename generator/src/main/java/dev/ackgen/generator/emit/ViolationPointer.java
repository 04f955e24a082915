package dev.ackgen.generator.emit;

import static dev.ackgen.generator.emit.RuntimeTypes.CHECKS;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A violation's JSON pointer, relative to the object the method checks ({@code Violations}
 * knows where that is): literal segments, and the index of a list item or the key of a map
 * entry known only at run time. Known member names are escaped (RFC 6901) here, at generation
 * time, and adjacent ones joined into one literal: {@code "/addons/" + i}.
 */
record ViolationPointer(List<Part> parts) {
    static final ViolationPointer ROOT = new ViolationPointer(List.of());

    /** One of the three: a literal, an index expression ({@code int}), a map key expression (not yet escaped). */
    private record Part(String literal, CodeBlock index, CodeBlock key) {}

    ViolationPointer member(String name) {
        return literal("/" + name.replace("~", "~0").replace("/", "~1"));
    }

    ViolationPointer index(CodeBlock index) {
        return literal("/").with(new Part(null, index, null));
    }

    ViolationPointer key(CodeBlock key) {
        return literal("/").with(new Part(null, null, key));
    }

    private ViolationPointer literal(String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).literal() != null) {
            List<Part> joined = new ArrayList<>(parts.subList(0, parts.size() - 1));
            joined.add(new Part(parts.get(parts.size() - 1).literal() + text, null, null));
            return new ViolationPointer(List.copyOf(joined));
        }
        return with(new Part(text, null, null));
    }

    private ViolationPointer with(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new ViolationPointer(List.copyOf(more));
    }

    /** The pointer as a string expression, for a violation. */
    CodeBlock code() {
        if (parts.isEmpty()) {
            return CodeBlock.of("$S", "");
        }
        CodeBlock.Builder code = CodeBlock.builder();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            code.add(i == 0 ? "" : " + ");
            if (part.literal() != null) {
                code.add("$L", Literals.string(part.literal()));
            } else if (part.index() != null) {
                code.add("$L", part.index());
            } else {
                code.add("$T.pointerSegment($L)", CHECKS, part.key());
            }
        }
        return code.build();
    }

    /**
     * The statement that enters the pointer before a nested object is checked: a literal, or
     * a literal and one index or key, builds no string.
     */
    CodeBlock enter() {
        if (parts.size() == 1 && parts.get(0).literal() != null) {
            return CodeBlock.builder().addStatement("violations.enter($L)", Literals.string(parts.get(0).literal())).build();
        }
        if (parts.size() == 2 && parts.get(0).literal() != null) {
            Part second = parts.get(1);
            CodeBlock argument = second.index() != null ? second.index() : second.key();
            if (argument != null) {
                return CodeBlock.builder().addStatement("violations.enter($L, $L)", Literals.string(parts.get(0).literal()), argument).build();
            }
        }
        return CodeBlock.builder().addStatement("violations.enter($L)", code()).build();
    }
}
