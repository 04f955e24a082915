package dev.ackgen.generator.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where generated code is split so that javac and the JVM take it: javac refuses a method of more
 * than 64 KiB of code, its stack overflows on an {@code &&}, {@code +} or call chain of about 850
 * terms, and a class holds at most 65,535 constants. Every emitter that splits asks here, so that
 * a model's parts line up across its class, JSON codec and validator.
 */
final class Splitting {
    /**
     * The most properties one generated method handles: a model with more has its per-property
     * methods ({@code equals}, {@code hashCode}, {@code toString}, the JSON reader and writer, the
     * validator) split into parts of this many, each a method of its own. Models of up to this many
     * properties are generated as they always were. Also the most steps a client chains in one call.
     */
    static final int PROPERTIES_PER_METHOD = 200;

    /**
     * The most values an enum has as constants and a {@code Value} enum for {@code switch} (the
     * string switch of {@code valueOf} alone passes 64 KiB of code near 2,000); an enum with more
     * is generated differently, and a validator's message counts its values rather than list them.
     */
    static final int MAX_ENUM_CONSTANTS = 1_000;

    private Splitting() {}

    /** Whether methods over these items are split into parts. */
    static boolean isSplit(List<?> items) {
        return items.size() > PROPERTIES_PER_METHOD;
    }

    /** The items in parts of at most {@link #PROPERTIES_PER_METHOD}; one part when there are no more. */
    static <T> List<List<T>> parts(List<T> items) {
        List<List<T>> parts = new ArrayList<>();
        for (int start = 0; start < items.size() || start == 0; start += PROPERTIES_PER_METHOD) {
            parts.add(items.subList(start, Math.min(start + PROPERTIES_PER_METHOD, items.size())));
        }
        return parts;
    }

    /** The 1-based number of the first item of part {@code index} (0-based). */
    static int first(int index) {
        return index * PROPERTIES_PER_METHOD + 1;
    }

    /** The 1-based number of the last item of part {@code index} (0-based), of {@code size} items. */
    static int last(int index, int size) {
        return index * PROPERTIES_PER_METHOD + size;
    }
}
