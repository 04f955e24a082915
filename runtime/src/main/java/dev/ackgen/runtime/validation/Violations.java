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
    private static final String[] NO_SEGMENTS = {};
    private static final int[] NO_INDEXES = {};

    private List<Violation> found;
    /** Per level entered: the pointer's literal part, e.g. {@code /runtime} or {@code /addons/}. */
    private String[] literals = NO_SEGMENTS;
    /** Per level: the index after the literal, or -1. */
    private int[] indexes = NO_INDEXES;
    /** Per level: the map key after the literal (escaped when a pointer is built), or null; allocated at the first key. */
    private String[] keys;
    private int depth;

    /** Enters the member or members named by a literal pointer such as {@code /runtime}. */
    public void enter(String pointer) {
        push(pointer, -1, null);
    }

    /** Enters an item of a list: {@code prefix} such as {@code /addons/}, then the index. */
    public void enter(String prefix, int index) {
        push(prefix, index, null);
    }

    /** Enters a value of a map: {@code prefix} such as {@code /labels/}, then the key (escaped as RFC 6901 says). */
    public void enter(String prefix, String key) {
        push(prefix, -1, key);
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

    private void push(String literal, int index, String key) {
        if (depth == literals.length) {
            int capacity = Math.max(4, depth * 2);
            literals = Arrays.copyOf(literals, capacity);
            indexes = Arrays.copyOf(indexes, capacity);
            if (keys != null) {
                keys = Arrays.copyOf(keys, capacity);
            }
        }
        if (key != null && keys == null) {
            keys = new String[literals.length];
        }
        literals[depth] = literal;
        indexes[depth] = index;
        if (keys != null) {
            keys[depth] = key;
        }
        depth++;
    }

    private String absolute(String pointer) {
        if (depth == 0) {
            return pointer;
        }
        StringBuilder absolute = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            absolute.append(literals[level]);
            if (keys != null && keys[level] != null) {
                absolute.append(Checks.pointerSegment(keys[level]));
            } else if (indexes[level] >= 0) {
                absolute.append(indexes[level]);
            }
        }
        return absolute.append(pointer).toString();
    }
}
