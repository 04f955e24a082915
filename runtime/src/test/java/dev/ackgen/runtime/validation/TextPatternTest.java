package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link TextPattern} answers as {@code Pattern.compile(p).matcher(text).find()} does, whether it
 * matches with its loop or hands the pattern to java.util.regex: compared on texts made of the
 * pattern's own characters, their neighbours, line terminators and non-ASCII characters.
 */
class TextPatternTest {
    /** Texts are drawn from these, so that near misses (a terminator at the end, a neighbour of a range) are frequent. */
    private static final String ALPHABET = "abcxyzAMZ059-_./@ \n\r\u0085\u2028\u2029\u00e9\ud83d\ude00\\`{[";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "^[A-Za-z0-9][A-Za-z0-9-]*$ | ack-edge-demo", // the CS API's cluster name
        "^cn-[a-z]+-\\d{1,2}$ | cn-hangzhou-12",
        "^\\w+$ | Ab_9",
        "^[a-f0-9]{8}$ | 0af39bc2",
        "^a?b*c+$ | abbcc",
        "^$ | \"\"",
        "^[A-Z][a-z]{2,}\\.[0-9]$ | Abcd.7",
        "^[a-c-]{0,3}[0-9]$ | a-c5",
        "^[a-z_.]+@[A-Z]{1,3}$ | a.b_c@XY",
        "^x{2,4}y?$ | xxxy",
        "\"^ -_/@$\" | \" -_/@\"",
        "^[\\d\\-]{3}$ | 1-2"
    })
    void theLoopAnswersAsJavaUtilRegex(String regex, String example) {
        TextPattern pattern = TextPattern.compile(regex);
        assertThat(pattern.isLoop()).as("matched by the loop").isTrue();
        assertThat(pattern.find(example)).as(example).isTrue();
        compare(regex, pattern, example);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a-z]+", // not anchored: find() may start anywhere
        "^[a-z]+",
        "[a-z]+$",
        "^[a-z]*[a-z0-9]$", // the star would have to give a letter back
        "^a*b?a$",
        "^[A-Z][a-z]{2,}\\.x$", // x is a letter too
        "^[\\w.]+@[A-Z]{1,3}$",
        "^[^a]$",
        "^a*?$",
        "^a++$",
        "^(a|b)$",
        "^.$",
        "^\\s*$",
        "^[a-z&&[^x]]$",
        "^[]a]$",
        "^[--0]$",
        "^a{99999}$",
        "^a\\$",
        "^\u00e9$",
        "^\\p{L}+$"
    })
    void otherPatternsAreLeftToJavaUtilRegex(String regex) {
        TextPattern pattern;
        try {
            pattern = TextPattern.compile(regex);
        } catch (PatternSyntaxException e) {
            assertThatThrownBy(() -> Pattern.compile(regex)).isInstanceOf(PatternSyntaxException.class);
            return;
        }
        assertThat(pattern.isLoop()).as("matched by the loop").isFalse();
        compare(regex, pattern, "a");
    }

    @Test
    void aPatternJavaUtilRegexRefusesIsRefused() {
        assertThatThrownBy(() -> TextPattern.compile("^[a-$")).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void theDollarMatchesBeforeOneFinalLineTerminatorAsJavaUtilRegexDoes() {
        TextPattern pattern = TextPattern.compile("^ab$");
        assertThat(pattern.find("ab")).isTrue();
        assertThat(pattern.find("ab\n")).isTrue();
        assertThat(pattern.find("ab\r\n")).isTrue();
        assertThat(pattern.find("ab\u2028")).isTrue();
        assertThat(pattern.find("ab\n\n")).isFalse();
        assertThat(pattern.find("ab ")).isFalse();
        assertThat(pattern.find("xab")).isFalse();
    }

    private static void compare(String regex, TextPattern pattern, String example) {
        Pattern reference = Pattern.compile(regex);
        Random random = new Random(regex.hashCode());
        for (String text : texts(regex, example, random)) {
            assertThat(pattern.find(text)).as("%s on %s", regex, escape(text)).isEqualTo(reference.matcher(text).find());
        }
    }

    /**
     * Random texts of up to 9 characters from the pattern's own characters and {@link #ALPHABET},
     * and the example with a character inserted, removed or replaced, once or twice.
     */
    private static List<String> texts(String regex, String example, Random random) {
        String characters = ALPHABET + regex.replace("^", "").replace("$", "") + "0123456789abcdefABCDEF";
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder mutated = new StringBuilder(example);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(mutated.length() + 1);
                char c = characters.charAt(random.nextInt(characters.length()));
                switch (at == mutated.length() ? 0 : random.nextInt(3)) {
                    case 0 -> mutated.insert(at, c);
                    case 1 -> mutated.deleteCharAt(at);
                    default -> mutated.setCharAt(at, c);
                }
            }
            texts.add(mutated.toString());
        }
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            if (random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
