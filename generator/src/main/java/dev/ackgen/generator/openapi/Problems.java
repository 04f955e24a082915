package dev.ackgen.generator.openapi;

import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one spec, collected rather than thrown one by one: the user sees them all
 * at once, each with its file, line and JSON pointer. It starts with what swagger-parser reported.
 */
final class Problems {
    private final LoadedSpec spec;
    private final List<SpecProblem> problems;
    private final List<SpecProblem> warnings = new ArrayList<>();

    Problems(LoadedSpec spec) {
        this.spec = spec;
        this.problems = new ArrayList<>(spec.problems());
    }

    /** A problem at this JSON pointer. */
    void add(String pointer, String message) {
        problems.add(spec.problem(pointer, message));
    }

    /** Something the user should know that does not stop generation, at this JSON pointer. */
    void warn(String pointer, String message) {
        warnings.add(spec.problem(pointer, message));
    }

    List<SpecProblem> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether a problem was reported at exactly this pointer (to say a thing once, not per use). */
    boolean hasAt(String pointer) {
        return problems.stream().anyMatch(problem -> problem.pointer().equals(pointer));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem so far, as the exception a run fails with. */
    SpecException exception() {
        return new SpecException(problems);
    }

    /** Fails with every problem so far, if there is one. */
    void throwIfAny() throws SpecException {
        if (!problems.isEmpty()) {
            throw exception();
        }
    }
}
