package dev.ackgen.runtime.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a generated validator has found so far, and where in the value it is. Validators call
 * {@link #enter} before checking a nested object and {@link #leave} after it, and report with
 * {@link #add} a pointer relative to that object. The full JSON pointer is put together only when
 * something is reported, so checking a valid request builds no pointer, and allocates nothing but
 * this object and its small stack.
 *
 * <p>For generated code; one instance per validation, used by one thread.
 */
public final class Violations {
    private static final Object[] EMPTY = {};

    private List<Violation> found;
    /**
     * Two slots per level entered: the pointer's literal part ({@code /runtime}, {@code /addons/}),
     * then what follows it, if anything: an {@code Integer} index or a {@code String} map key
     * (escaped when a pointer is built).
     */
    private Object[] stack = EMPTY;
    private int depth;

    /** Enters the member or members named by a literal pointer such as {@code /runtime}. */
    public void enter(String pointer) {
        push(pointer, null);
    }

    /** Enters an item of a list: {@code prefix} such as {@code /addons/}, then the index. */
    public void enter(String prefix, int index) {
        push(prefix, index); // boxed: small indexes are cached, larger ones are rare
    }

    /** Enters a value of a map: {@code prefix} such as {@code /labels/}, then the key (escaped as RFC 6901 says). */
    public void enter(String prefix, String key) {
        push(prefix, key);
    }

    /** Leaves what the last {@link #enter} entered. */
    public void leave() {
        if (depth == 0) {
            throw new IllegalStateException("leave() without enter()");
        }
        depth--;
    }

    /**
     * Reports a violation at {@code pointer}, relative to what was entered ({@code ""} for the
     * entered value itself).
     */
    public void add(String pointer, String rule, String message) {
        if (found == null) {
            found = new ArrayList<>();
        }
        found.add(new Violation(absolute(pointer), rule, message));
    }

    /** Whether nothing was reported. */
    public boolean isEmpty() {
        return found == null;
    }

    /** What was reported, in order, unmodifiable. */
    public List<Violation> toList() {
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    private void push(String literal, Object after) {
        if (2 * depth == stack.length) {
            stack = Arrays.copyOf(stack, Math.max(8, 2 * stack.length));
        }
        stack[2 * depth] = literal;
        stack[2 * depth + 1] = after;
        depth++;
    }

    private String absolute(String pointer) {
        if (depth == 0) {
            return pointer;
        }
        StringBuilder absolute = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            absolute.append((String) stack[2 * level]);
            Object after = stack[2 * level + 1];
            if (after instanceof String key) {
                absolute.append(Checks.pointerSegment(key));
            } else if (after != null) {
                absolute.append(after);
            }
        }
        return absolute.append(pointer).toString();
    }
}
