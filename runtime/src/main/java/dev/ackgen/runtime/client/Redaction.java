package dev.ackgen.runtime.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Blanks out secrets in text that came from elsewhere (an error body, an I/O message) before it
 * goes into an exception message: ACK may echo a request's password, and a signature mismatch may
 * quote the string to sign with its security token.
 */
final class Redaction {
    /** Shown where a secret was. */
    static final String MASK = "***";

    private Redaction() {}

    /** The text with every occurrence of every non-empty secret replaced by {@link #MASK}. */
    static String apply(String text, List<String> secrets) {
        String result = text;
        // Longest first: a secret that holds another must not be left half shown ("***def").
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.removeIf(Objects::isNull);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : longestFirst) {
            if (secret != null && !secret.isEmpty() && result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
