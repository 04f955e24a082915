package dev.ackgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A javadoc {@link CodeBlock} as text that can be edited (tags added, a first sentence turned into
 * {@code {@return ...}}, lines wrapped) and turned back into a code block that renders as JavaPoet
 * would have rendered the original: a {@code $T} stays a type reference (so it keeps the simple
 * name the file's imports give it) and appears in the text as one character of the private use
 * area, a token that the editing never splits. {@code $L}, {@code $N} and {@code $$} are text.
 *
 * <p>JavaPoet does not expose a code block's parts; they are read reflectively. When that fails, or
 * the text holds private use characters itself, {@link #of} gives null and the comment is left
 * as it is.
 */
final class JavadocText {
    private static final char FIRST_TOKEN = '\uE000';
    private static final char LAST_TOKEN = '\uF8FF';
    private static final MethodHandle FORMAT_PARTS = accessor("formatParts");
    private static final MethodHandle ARGS = accessor("args");

    /** The text, with a token character for each part that is not text. */
    final String text;
    private final List<String> formats;
    private final List<Object> args;

    private JavadocText(String text, List<String> formats, List<Object> args) {
        this.text = text;
        this.formats = formats;
        this.args = args;
    }

    /** The comment as text, or null when it cannot be read so (see the class comment). */
    static JavadocText of(CodeBlock javadoc) {
        if (FORMAT_PARTS == null || ARGS == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<String> formats = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        return flatten(javadoc, text, formats, args) ? new JavadocText(text.toString(), formats, args) : null;
    }

    /** The same comment with other text; its tokens must be this comment's. */
    JavadocText with(String newText) {
        return new JavadocText(newText, formats, args);
    }

    /** Whether the character stands for a part that is not text. */
    static boolean isToken(char c) {
        return c >= FIRST_TOKEN && c <= LAST_TOKEN;
    }

    /** How many columns the token takes in the file: a type's simple name (nested: Outer.Inner). */
    int width(char token) {
        Object arg = args.get(token - FIRST_TOKEN);
        String format = formats.get(token - FIRST_TOKEN);
        if (arg instanceof ClassName className) {
            return String.join(".", className.simpleNames()).length();
        }
        if (format.equals("$S")) {
            return String.valueOf(arg).length() + 2;
        }
        return arg == null ? 0 : arg.toString().length();
    }

    /** The text's display width: characters, a token as {@link #width}. */
    int width(CharSequence part) {
        int width = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            width += isToken(c) ? width(c) : Character.isLowSurrogate(c) ? 0 : 1;
        }
        return width;
    }

    /** The comment as a code block again. */
    CodeBlock toCodeBlock() {
        CodeBlock.Builder block = CodeBlock.builder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isToken(c)) {
                if (!run.isEmpty()) {
                    block.add("$L", run.toString());
                    run.setLength(0);
                }
                block.add(formats.get(c - FIRST_TOKEN), args.get(c - FIRST_TOKEN));
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            block.add("$L", run.toString());
        }
        return block.build();
    }

    @SuppressWarnings("unchecked")
    private static boolean flatten(CodeBlock block, StringBuilder text, List<String> formats, List<Object> args) {
        List<String> parts;
        List<Object> values;
        try {
            parts = (List<String>) FORMAT_PARTS.invoke(block);
            values = (List<Object>) ARGS.invoke(block);
        } catch (Throwable e) {
            return false;
        }
        int arg = 0;
        for (String part : parts) {
            if (part.startsWith("$") && part.length() == 2) {
                char kind = part.charAt(1);
                switch (kind) {
                    case '$' -> text.append('$');
                    case 'L' -> {
                        Object value = values.get(arg++);
                        if (value instanceof CodeBlock nested) {
                            if (!flatten(nested, text, formats, args)) {
                                return false;
                            }
                        } else if (!appendText(text, String.valueOf(value))) {
                            return false;
                        }
                    }
                    case 'N' -> {
                        if (!appendText(text, String.valueOf(values.get(arg++)))) {
                            return false;
                        }
                    }
                    case 'T', 'S' -> {
                        if (FIRST_TOKEN + formats.size() > LAST_TOKEN) {
                            return false;
                        }
                        text.append((char) (FIRST_TOKEN + formats.size()));
                        formats.add(part);
                        Object value = values.get(arg++);
                        args.add(value);
                    }
                    // $W, $Z, $>, $<, $[, $]: not written in comments; left to JavaPoet as they are.
                    default -> {
                        return false;
                    }
                }
            } else if (!appendText(text, part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean appendText(StringBuilder text, String part) {
        for (int i = 0; i < part.length(); i++) {
            if (isToken(part.charAt(i))) {
                return false;
            }
        }
        text.append(part);
        return true;
    }

    private static MethodHandle accessor(String name) {
        try {
            Method method = CodeBlock.class.getDeclaredMethod(name);
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(List.class, CodeBlock.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
