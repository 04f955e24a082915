package dev.ackgen.generator.emit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The latest results of a pure function of text, for text that recurs within a run (a property's
 * comment is its getter's and its builder setter's; nested types recur across operations). Bounded,
 * so that a long-lived JVM (an IDE's compiler, a Maven daemon) keeps little after a run: at most
 * {@value #CAPACITY} results, least recently used first out, each for a text of at most
 * {@value #LONGEST} characters (longer ones, rare, are computed each time). Thread-safe, as the
 * annotation processor may run in several compilers of one JVM.
 */
final class Memo {
    static final int CAPACITY = 1024;
    static final int LONGEST = 2048;

    private final Function<String, String> function;
    private final Map<String, Optional<String>> results = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > CAPACITY;
        }
    };

    Memo(Function<String, String> function) {
        this.function = function;
    }

    /** The function's result for the text (which may be null), computed once while remembered. */
    String apply(String text) {
        if (text != null && text.length() > LONGEST) {
            return function.apply(text);
        }
        Optional<String> result;
        synchronized (results) {
            result = results.get(text);
        }
        if (result == null) {
            // Computed outside the lock: two threads may both compute it, and get the same.
            result = Optional.ofNullable(function.apply(text));
            synchronized (results) {
                results.put(text, result);
            }
        }
        return result.orElse(null);
    }
}
