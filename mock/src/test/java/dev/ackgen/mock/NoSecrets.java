package dev.ackgen.mock;

import java.util.Arrays;

/**
 * Assertions that never print what they compare: a failing AssertJ {@code doesNotContain} or byte
 * array {@code isEqualTo} would put the secret, the token or the password into the test output.
 */
final class NoSecrets {
    private NoSecrets() {}

    /** Fails, naming only {@code what} and the secret's position, when the text holds a secret. */
    static void assertFree(String what, String text, String... secrets) {
        for (int i = 0; i < secrets.length; i++) {
            if (text.contains(secrets[i])) {
                throw new AssertionError(what + " holds secret #" + i + " (neither is printed)");
            }
        }
    }

    /** Fails, naming only {@code what} and the lengths, when the bodies differ. */
    static void assertSameBody(String what, byte[] actual, byte[] expected) {
        if (!Arrays.equals(actual, expected)) {
            throw new AssertionError(what + ": " + actual.length + " bytes differ from the " + expected.length
                    + " expected (neither is printed)");
        }
    }
}
