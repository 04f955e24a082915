package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    /** The SDK's percentEncode, to compare against. */
    private static String sdkPercentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    @Nested
    class Encode {
        @Test
        void leavesTheUnreservedCharactersAlone() {
            String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
            assertThat(PercentEncoding.encode(unreserved)).isEqualTo(unreserved);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "' '|%20",
            "*|%2A",
            "~|~",
            "+|%2B",
            "/|%2F",
            "%|%25",
            "&|%26",
            "=|%3D",
            ":|%3A",
            "?|%3F",
            "#|%23",
            "!|%21",
            "''''|%27",
            "(|%28",
            ")|%29",
            ",|%2C",
            ";|%3B",
            "@|%40",
            "$|%24",
            "[|%5B",
            "]|%5D",
            "\"|%22",
            "é|%C3%A9",
            "中|%E4%B8%AD",
            "\uD83D\uDE00|%F0%9F%98%80",
        })
        void encodesEveryOtherCharacterAsUpperCaseUtf8Hex(String raw, String encoded) {
            assertThat(PercentEncoding.encode(raw)).isEqualTo(encoded);
        }

        @Test
        void encodesControlCharacters() {
            assertThat(PercentEncoding.encode("\t\n\r\u0000\u007F")).isEqualTo("%09%0A%0D%00%7F");
        }

        @Test
        void encodesALoneSurrogateAsQuestionMarkLikeTheSdk() {
            assertThat(PercentEncoding.encode("a\uD800b")).isEqualTo("a%3Fb").isEqualTo(sdkPercentEncode("a\uD800b"));
        }

        @Test
        void encodesTheEmptyStringAsEmpty() {
            assertThat(PercentEncoding.encode("")).isEmpty();
        }

        @Test
        void agreesWithTheSdkFormulaOnEveryCharacterBelow0x800() {
            for (char c = 0; c < 0x800; c++) {
                String s = "x" + c + "y";
                assertThat(PercentEncoding.encode(s)).as("U+%04X", (int) c).isEqualTo(sdkPercentEncode(s));
            }
        }

        @Test
        void agreesWithTheSdkFormulaOnTheVectorsQueryValue() {
            String value = "a b*c~d&e=f/g+h%i:j";
            assertThat(PercentEncoding.encode(value))
                    .isEqualTo("a%20b%2Ac~d%26e%3Df%2Fg%2Bh%25i%3Aj")
                    .isEqualTo(sdkPercentEncode(value));
        }
    }

    @Nested
    class EncodePath {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''|/",
            "/|/",
            "/clusters|/clusters",
            "/api/v1/clusters|/api/v1/clusters",
            "/clusters/c 1/nodepools|/clusters/c%201/nodepools",
            "/clusters/a*b~c+d|/clusters/a%2Ab~c%2Bd",
            "/clusters/%41|/clusters/%2541",
            "/clusters/|/clusters/",
            "//a//|//a//",
            "/中|/%E4%B8%AD",
        })
        void encodesEachSegmentAndKeepsEverySlash(String raw, String encoded) {
            assertThat(PercentEncoding.encodePath(raw)).isEqualTo(encoded);
        }
    }
}
