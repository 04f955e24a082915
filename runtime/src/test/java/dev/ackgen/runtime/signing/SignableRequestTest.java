package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignableRequestTest {
    private static final String TOKEN = "CAIS-secret-token-value";

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void keepsWhatItIsGivenInOrder() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("b", "2");
        query.put("a", "");
        SignableRequest request = new SignableRequest("GET", "/clusters/c 1", query,
                headers("Host", "example.com", "x-acs-action", "A"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/clusters/c 1");
        assertThat(request.query()).containsExactly(Map.entry("b", "2"), Map.entry("a", ""));
        assertThat(request.headers()).containsExactly(Map.entry("Host", "example.com"), Map.entry("x-acs-action", "A"));
        assertThat(request.body()).containsExactly('{', '}');
        assertThat(request.bodyLength()).isEqualTo(2);
    }

    @Test
    void looksHeadersUpIgnoringCase() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of(), headers("Content-Type", "text/plain"), null);
        assertThat(request.header("content-type")).contains("text/plain");
        assertThat(request.header("CONTENT-TYPE")).contains("text/plain");
        assertThat(request.header("accept")).isEmpty();
    }

    @Test
    void aNullBodyIsEmpty() {
        assertThat(new SignableRequest("GET", "/", Map.of(), Map.of(), null).body()).isEmpty();
    }

    @Test
    void isImmutable() {
        byte[] body = {1, 2, 3};
        Map<String, String> query = new LinkedHashMap<>(Map.of("a", "1"));
        Map<String, String> headers = headers("h", "v");
        SignableRequest request = new SignableRequest("POST", "/", query, headers, body);
        body[0] = 9;
        query.put("b", "2");
        headers.put("i", "w");
        request.body()[1] = 9;
        assertThat(request.body()).containsExactly(1, 2, 3);
        assertThat(request.query()).containsOnlyKeys("a");
        assertThat(request.headers()).containsOnlyKeys("h");
        assertThatThrownBy(() -> request.query().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.headers().put("j", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withHeadersReplacesIgnoringCaseAndLeavesTheOriginalAlone() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of(),
                headers("X-Acs-Content-Sha256", "old", "host", "h"), null);
        SignableRequest replaced = request.withHeaders(Map.of("x-acs-content-sha256", "new"));
        assertThat(replaced.headers()).containsExactly(Map.entry("host", "h"), Map.entry("x-acs-content-sha256", "new"));
        assertThat(request.header("x-acs-content-sha256")).contains("old");
        assertThat(request.withHeaders(Map.of())).isSameAs(request);
    }

    @Test
    void rejectsHeaderNamesThatDifferOnlyInCaseWithoutShowingValues() {
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(),
                headers("x-acs-security-token", TOKEN, "X-Acs-Security-Token", TOKEN), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Acs-Security-Token")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void rejectsLineBreaksInValuesWithoutShowingThem() {
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(),
                headers("x-acs-security-token", TOKEN + "\r\nx-evil: 1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-acs-security-token")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void rejectsOtherControlCharactersButKeepsTabsAndNonAscii() {
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(),
                headers("x-acs-security-token", TOKEN + "\u0001"), null))
                .hasMessage("value of header x-acs-security-token holds a control character");
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(), headers("x-a", "a\u007Fb"), null))
                .hasMessageContaining("control character");
        assertThat(new SignableRequest("GET", "/", Map.of(), headers("x-a", "tab\there é"), null).header("x-a"))
                .contains("tab\there é");
    }

    @Test
    void rejectsBadNamesMethodsAndPaths() {
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(), headers("bad name", "v"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignableRequest("GET", "/", Map.of(), headers("", "v"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignableRequest("G ET", "/", Map.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignableRequest("GET", "clusters", Map.of(), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> new SignableRequest("GET", "/", nullValue, Map.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("k");
    }

    @Test
    void toStringShowsNamesButNoValues() {
        SignableRequest request = new SignableRequest("GET", "/clusters", Map.of("page", "1"),
                headers("x-acs-security-token", TOKEN), "secret body".getBytes(StandardCharsets.UTF_8));
        assertThat(request.toString())
                .contains("GET /clusters", "page", "x-acs-security-token", "11 bytes")
                .doesNotContain(TOKEN, "secret body");
    }
}
