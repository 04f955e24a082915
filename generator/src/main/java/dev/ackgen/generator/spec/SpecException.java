package dev.ackgen.generator.spec;

import java.util.List;

/** A spec that cannot be generated from, with every problem found, not just the first. */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> problems;

    public SpecException(List<SpecProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }

    private static String describe(List<SpecProblem> problems) {
        StringBuilder text = new StringBuilder("The spec has ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (SpecProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
