package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiCallTest {
    @Test
    void fillsPathParametersAndKeepsTheRest() {
        ApiCall<Void> call = ApiCall.builder("X", "DELETE", "/clusters/{ClusterId}/nodepools/{NodepoolId}/", ApiCall.noContent())
                .pathParameter("NodepoolId", "np-1")
                .pathParameter("ClusterId", "c 1")
                .build();
        assertThat(call.path()).isEqualTo("/clusters/c 1/nodepools/np-1/");
        assertThat(call.isIdempotent()).isFalse();
    }

    @Test
    void pathParametersMustBeOneNonEmptySegment() {
        ApiCall.Builder<Void> builder = ApiCall.builder("DescribeClusterDetail", "GET", "/clusters/{ClusterId}", ApiCall.noContent());
        assertThatThrownBy(() -> builder.pathParameter("ClusterId", null))
                .hasMessage("DescribeClusterDetail: path parameter ClusterId is required");
        assertThatThrownBy(() -> builder.pathParameter("ClusterId", ""))
                .hasMessage("DescribeClusterDetail: path parameter ClusterId is required");
        assertThatThrownBy(() -> builder.pathParameter("ClusterId", "../x"))
                .hasMessage("DescribeClusterDetail: path parameter ClusterId must not contain '/'");
        assertThatThrownBy(() -> builder.pathParameter("ClusterId", ".."))
                .hasMessage("DescribeClusterDetail: path parameter ClusterId must not be . or ..");
        assertThatThrownBy(() -> builder.pathParameter("ClusterId", "."))
                .hasMessage("DescribeClusterDetail: path parameter ClusterId must not be . or ..");
        assertThatThrownBy(builder::build).hasMessage("DescribeClusterDetail: path parameter ClusterId is required");
    }

    @Test
    void queryKeepsOrderLeavesOutNullsAndJoinsCollections() {
        ApiCall<Void> call = ApiCall.builder("X", "GET", "/x", ApiCall.noContent())
                .query("b", 2)
                .query("skip", null)
                .query("a", true)
                .query("list", List.of("x", "y"))
                .queryJson("json", List.of("i-1", "i-2"), (value, generator) -> {
                    generator.writeStartArray();
                    for (String item : value) {
                        generator.writeString(item);
                    }
                    generator.writeEndArray();
                })
                .header("x-custom", 7)
                .header("x-none", null)
                .build();
        assertThat(call.query()).containsExactly(
                java.util.Map.entry("b", "2"), java.util.Map.entry("a", "true"), java.util.Map.entry("list", "x,y"),
                java.util.Map.entry("json", "[\"i-1\",\"i-2\"]"));
        assertThat(call.headers()).containsOnlyKeys("x-custom");
        assertThat(call.isIdempotent()).isTrue();
    }

    @Test
    void bodyIsWrittenOnceAsJsonAndNotShown() {
        ApiCall<Void> call = ApiCall.builder("X", "POST", "/x", ApiCall.noContent())
                .body("secret-value", (value, generator) -> {
                    generator.writeStartObject();
                    generator.writeStringField("login_password", value);
                    generator.writeEndObject();
                })
                .build();
        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("{\"login_password\":\"secret-value\"}");
        assertThat(call.toString()).isEqualTo("ApiCall[X POST /x, query=[], body=33 bytes]").doesNotContain("secret-value");
        assertThat(ApiCall.builder("X", "POST", "/x", ApiCall.noContent()).body(null, (v, g) -> { }).build().body()).isEmpty();
    }
}
