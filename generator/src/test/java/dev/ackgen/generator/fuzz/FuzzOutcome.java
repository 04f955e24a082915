package dev.ackgen.generator.fuzz;

/** What one fuzz case came to; the report counts each. */
enum FuzzOutcome {
    /** Generated code that compiles with -Xlint:all -Werror. */
    CLEAN,
    /** Refused with located problems in the user's terms. */
    CLEAR_ERROR,
    /** Any other exception or error, or a problem message that leaks an internal text. */
    CRASH,
    /** Generated code that does not compile. */
    NON_COMPILING,
    /** Did not finish within the time limit. */
    HANG,
    /** A generated file whose path leaves the output directory. */
    OUTSIDE_OUTPUT,
    /**
     * A spec with an external {@code $ref} to a hostile target ({@link SpecMutator#HOSTILE_REFS})
     * that generated instead of being refused: the file outside the spec's directory was read.
     */
    HOSTILE_REF_READ
}
