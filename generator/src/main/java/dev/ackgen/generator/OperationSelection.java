package dev.ackgen.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which operations to generate, by operationId: those in the include list (all when it is
 * empty) less those in the exclude list. Used as the model builder's filter, it also records every
 * operationId the spec has, so that {@link #checkKnown(String, String)} can refuse an id the spec does not have
 * (a typo would otherwise silently generate everything, or nothing).
 */
public final class OperationSelection implements Predicate<String> {
    private final Set<String> include;
    private final Set<String> exclude;
    private final Set<String> seen = new LinkedHashSet<>();

    /**
     * @param include the operationIds to generate; empty for all
     * @param exclude the operationIds to leave out
     */
    public OperationSelection(Set<String> include, Set<String> exclude) {
        this.include = Set.copyOf(include);
        this.exclude = Set.copyOf(exclude);
    }

    /** Every operation. */
    public static OperationSelection all() {
        return new OperationSelection(Set.of(), Set.of());
    }

    /** The ids to generate (empty: all). */
    public Set<String> include() {
        return include;
    }

    /** The ids to leave out. */
    public Set<String> exclude() {
        return exclude;
    }

    @Override
    public boolean test(String operationId) {
        seen.add(operationId);
        return (include.isEmpty() || include.contains(operationId)) && !exclude.contains(operationId);
    }

    /**
     * Checks the ids, naming the options as the entry point calls them ({@code <includeOperations>}
     * in Maven, {@code include} on the annotation).
     *
     * @throws InvalidOptionsException naming each unknown id, with the closest ids the spec has
     */
    public void checkKnown(String includeName, String excludeName) throws InvalidOptionsException {
        List<String> problems = new ArrayList<>();
        unknown(includeName, include, problems);
        unknown(excludeName, exclude, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(String.join("\n", problems));
        }
    }

    private void unknown(String parameter, Set<String> ids, List<String> problems) {
        for (String id : ids) {
            if (!seen.contains(id)) {
                problems.add(parameter + " names " + id + ", which is not an operationId of the spec; " + hint(id));
            }
        }
    }

    private String hint(String id) {
        if (seen.isEmpty()) {
            return "the spec has no operations";
        }
        List<String> close = seen.stream()
                .filter(candidate -> distance(candidate.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT))
                        <= Math.max(2, id.length() / 3))
                .sorted(Comparator.comparingInt((String candidate) -> distance(candidate.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        if (!close.isEmpty()) {
            return "did you mean " + String.join(" or ", close) + "?";
        }
        Set<String> sorted = new TreeSet<>(seen);
        if (sorted.size() <= 20) {
            return "it has " + String.join(", ", sorted);
        }
        return "it has " + sorted.size() + " operations, e.g. " + String.join(", ", sorted.stream().limit(10).toList()) + ", ...";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
