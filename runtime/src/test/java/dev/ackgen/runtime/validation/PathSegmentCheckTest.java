package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.runtime.client.ApiCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks.isPathSegment accepts exactly what ApiCall.Builder.pathParameter accepts. */
class PathSegmentCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "/", "a/b", "../x", "x/"})
    void notOneSegment(String value) {
        assertThat(Checks.isPathSegment(value)).isFalse();
        assertThat(acceptedByTheClient(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c-1", "c 1", "...", ".x", "a..b", "%2F"})
    void oneSegment(String value) {
        assertThat(Checks.isPathSegment(value)).isTrue();
        assertThat(acceptedByTheClient(value)).isTrue();
    }

    @Test
    void numbersAreTheirText() {
        assertThat(Checks.isPathSegment(42L)).isTrue();
    }

    private static boolean acceptedByTheClient(String value) {
        try {
            ApiCall.builder("X", "GET", "/x/{Id}", ApiCall.noContent()).pathParameter("Id", value).build();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
