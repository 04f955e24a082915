package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Nested
    class IsSet {
        @Test
        void nullIsNotSet() {
            assertThat(Checks.isSet(null)).isFalse();
        }

        @Test
        void emptyStringIsNotSet() {
            assertThat(Checks.isSet("")).isFalse();
            assertThat(Checks.isSet(new StringBuilder())).isFalse();
        }

        @Test
        void blankStringIsSet() {
            assertThat(Checks.isSet(" ")).isTrue();
        }

        @Test
        void nonEmptyStringIsSet() {
            assertThat(Checks.isSet("vpc-1")).isTrue();
        }

        @Test
        void emptyListIsNotSetButAListWithAnItemIs() {
            assertThat(Checks.isSet(List.of())).isFalse();
            assertThat(Checks.isSet(new ArrayList<String>())).isFalse();
            assertThat(Checks.isSet(List.of("a"))).isTrue();
        }

        @Test
        void emptySetIsNotSet() {
            assertThat(Checks.isSet(Set.of())).isFalse();
            assertThat(Checks.isSet(Set.of(1))).isTrue();
        }

        @Test
        void emptyMapIsNotSetButAMapWithAnEntryIs() {
            assertThat(Checks.isSet(Map.of())).isFalse();
            assertThat(Checks.isSet(Map.of("k", "v"))).isTrue();
        }

        @Test
        void falseBooleanIsSet() {
            assertThat(Checks.isSet(Boolean.FALSE)).isTrue();
            assertThat(Checks.isSet(Boolean.TRUE)).isTrue();
        }

        @Test
        void zeroIsSet() {
            assertThat(Checks.isSet(0)).isTrue();
            assertThat(Checks.isSet(0L)).isTrue();
            assertThat(Checks.isSet(0.0d)).isTrue();
        }
    }

    @Nested
    class CountSetAndIsPartlySet {
        @Test
        void countSetCountsOnlySetValues() {
            assertThat(Checks.countSet("a", null, "", List.of(), Map.of(), 0, false)).isEqualTo(3);
        }

        @Test
        void countSetOfNothingIsZero() {
            assertThat(Checks.countSet()).isZero();
        }

        @Test
        void countSetOfAllSetValuesIsTheirNumber() {
            assertThat(Checks.countSet("a", 1, List.of(2))).isEqualTo(3);
        }

        @Test
        void partlySetWhenSomeButNotAllAreSet() {
            assertThat(Checks.isPartlySet("a", null)).isTrue();
            assertThat(Checks.isPartlySet("", 5, "x")).isTrue();
        }

        @Test
        void notPartlySetWhenAllAreSet() {
            assertThat(Checks.isPartlySet("a", 1, false)).isFalse();
        }

        @Test
        void notPartlySetWhenNoneAreSet() {
            assertThat(Checks.isPartlySet(null, "", List.of())).isFalse();
        }

        @Test
        void notPartlySetWithoutValues() {
            assertThat(Checks.isPartlySet()).isFalse();
        }
    }

    @Nested
    class Length {
        @Test
        void asciiLengthIsTheNumberOfCharacters() {
            assertThat(Checks.length("")).isZero();
            assertThat(Checks.length("abc")).isEqualTo(3);
        }

        @Test
        void emojiCountsAsOneCodePointNotTwoUtf16Units() {
            String emoji = "\uD83D\uDE00"; // U+1F600
            assertThat(emoji.length()).isEqualTo(2);
            assertThat(Checks.length(emoji)).isEqualTo(1);
            assertThat(Checks.length("a" + emoji + "b")).isEqualTo(3);
        }

        @Test
        void cjkCharactersCountOneEach() {
            assertThat(Checks.length("集群")).isEqualTo(2);
            assertThat(Checks.length("\uD840\uDC00")).isEqualTo(1); // U+20000, CJK extension B
        }
    }

    @Nested
    class CharacterClasses {
        @Test
        void asciiIsClassedAsByCharacter() {
            for (char c = 0; c < 0x80; c++) {
                int expected = Character.isUpperCase(c) ? 0 : Character.isLowerCase(c) ? 1 : Character.isDigit(c) ? 2 : 3;
                // the class of c is the one that a text of c and one character of each other class completes
                String others = "Aa0!".substring(0, expected) + "Aa0!".substring(expected + 1);
                assertThat(Checks.characterClasses(others + c)).as("U+%04X", (int) c).isEqualTo(4);
                assertThat(Checks.characterClasses(String.valueOf(c) + c)).isEqualTo(1);
            }
        }

        @Test
        void emptyTextUsesNoClass() {
            assertThat(Checks.characterClasses("")).isZero();
        }

        @Test
        void eachClassAloneCountsOne() {
            assertThat(Checks.characterClasses("ABC")).isEqualTo(1);
            assertThat(Checks.characterClasses("hello")).isEqualTo(1);
            assertThat(Checks.characterClasses("1234")).isEqualTo(1);
            assertThat(Checks.characterClasses("!@#")).isEqualTo(1);
        }

        @Test
        void upperLowerAndDigitsAreThree() {
            assertThat(Checks.characterClasses("Hello1234")).isEqualTo(3);
        }

        @Test
        void allFourClassesAreFour() {
            assertThat(Checks.characterClasses("Aa1!")).isEqualTo(4);
        }

        @Test
        void repeatedCharactersOfOneClassCountOnce() {
            assertThat(Checks.characterClasses("aaaaBBBB")).isEqualTo(2);
        }

        @Test
        void spaceCountsAsSpecialCharacter() {
            assertThat(Checks.characterClasses("a b")).isEqualTo(2);
        }

        @Test
        void nonAsciiLettersCountAsUpperOrLowerCase() {
            assertThat(Checks.characterClasses("é")).isEqualTo(1);
            assertThat(Checks.characterClasses("Éé")).isEqualTo(2);
            assertThat(Checks.characterClasses("Straße")).isEqualTo(2);
            assertThat(Checks.characterClasses("Ωω1")).isEqualTo(3);
        }

        @Test
        void caselessLettersSuchAsChineseCountAsSpecialCharacters() {
            assertThat(Checks.characterClasses("密码")).isEqualTo(1);
            assertThat(Checks.characterClasses("密码a")).isEqualTo(2);
            assertThat(Checks.characterClasses("密码!")).isEqualTo(1);
        }

        @Test
        void emojiIsOneSpecialCharacterNotTwoSurrogates() {
            assertThat(Checks.characterClasses("a\uD83D\uDE00")).isEqualTo(2);
        }
    }

    @Nested
    class HasDuplicates {
        @Test
        void emptyListHasNoDuplicates() {
            assertThat(Checks.hasDuplicates(List.of())).isFalse();
        }

        @Test
        void distinctItemsAreNoDuplicates() {
            assertThat(Checks.hasDuplicates(List.of("a", "b", "A"))).isFalse();
            assertThat(Checks.hasDuplicates(List.of(1, 2, 3))).isFalse();
        }

        @Test
        void equalItemsAreDuplicates() {
            assertThat(Checks.hasDuplicates(List.of("a", "b", "a"))).isTrue();
            assertThat(Checks.hasDuplicates(List.of(List.of(1), List.of(1)))).isTrue();
            assertThat(Checks.hasDuplicates(List.of(Map.of("k", 1), Map.of("k", 1)))).isTrue();
        }

        @Test
        void twoNullsAreDuplicates() {
            assertThat(Checks.hasDuplicates(Arrays.asList(null, "a", null))).isTrue();
            assertThat(Checks.hasDuplicates(Arrays.asList(null, "a"))).isFalse();
        }
    }

    @Nested
    class IsCidr {
        @ParameterizedTest
        @ValueSource(strings = {"10.0.0.0/8", "0.0.0.0/0", "255.255.255.255/32", "172.20.0.0/16", "192.168.1.0/24",
                "10.0.0.5/8"})
        void acceptsIpv4CidrBlocks(String text) {
            assertThat(Checks.isCidr(text)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "172.20.0.0", // no prefix
                "256.0.0.0/8", // octet too large
                "01.2.3.4/8", // leading zero
                "1.2.3/8", // three octets
                "1.2.3.4.5/8", // five octets
                "1.2.3.4/33", // prefix too large
                "1.2.3.4/-1", // negative prefix
                "1.2.3.4/", // empty prefix
                "1.2.3.4/08", // prefix with a leading zero
                "1.2.3.4/8/8", // two prefixes
                " 1.2.3.4/8", // leading space
                "1.2.3.4/8 ", // trailing space
                "1..3.4/8", // empty octet
                "+1.2.3.4/8", // sign
                "a.b.c.d/8", // letters
                "1.2.3.4/1000", // prefix too long
                "1000.2.3.4/8", // octet too long
                "\uFF11.2.3.4/8", // full-width digit one
                "/8",
                "::/0", // IPv6
                "2001:db8::/32", // IPv6
                "::ffff:10.0.0.0/104" // IPv4-mapped IPv6
        })
        void rejectsEverythingElse(String text) {
            assertThat(Checks.isCidr(text)).isFalse();
        }
    }

    @Nested
    class CidrsOverlap {
        @Test
        void neighbouringBlocksInDifferentSixteensDoNotOverlap() {
            assertThat(Checks.cidrsOverlap("172.20.0.0/16", "172.21.0.0/20")).isFalse();
            assertThat(Checks.cidrsOverlap("172.21.0.0/20", "172.20.0.0/16")).isFalse();
        }

        @Test
        void blockInsideALargerBlockOverlapsInBothOrders() {
            assertThat(Checks.cidrsOverlap("172.16.0.0/12", "172.20.0.0/16")).isTrue();
            assertThat(Checks.cidrsOverlap("172.20.0.0/16", "172.16.0.0/12")).isTrue();
        }

        @Test
        void parsedBlocksOverlapAsTheirTextsDoAndAMissingBlockOverlapsNothing() {
            long pods = Checks.cidrBlock("172.16.0.0/12");
            long services = Checks.cidrBlock("172.20.0.0/16");
            assertThat(Checks.blocksOverlap(pods, services)).isTrue();
            assertThat(Checks.blocksOverlap(services, Checks.cidrBlock("172.21.0.0/20"))).isFalse();
            assertThat(Checks.cidrBlock(null)).isEqualTo(Checks.NOT_A_CIDR_BLOCK);
            assertThat(Checks.cidrBlock("172.16.0.0/33")).isEqualTo(Checks.NOT_A_CIDR_BLOCK);
            assertThat(Checks.blocksOverlap(Checks.NOT_A_CIDR_BLOCK, Checks.cidrBlock("0.0.0.0/0"))).isFalse();
        }

        @Test
        void identicalBlocksOverlap() {
            assertThat(Checks.cidrsOverlap("10.0.0.0/8", "10.0.0.0/8")).isTrue();
            assertThat(Checks.cidrsOverlap("1.2.3.4/32", "1.2.3.4/32")).isTrue();
        }

        @Test
        void adjacentBlocksDoNotOverlap() {
            assertThat(Checks.cidrsOverlap("10.0.0.0/24", "10.0.1.0/24")).isFalse();
            assertThat(Checks.cidrsOverlap("10.0.0.0/9", "10.128.0.0/9")).isFalse();
            assertThat(Checks.cidrsOverlap("1.2.3.4/32", "1.2.3.5/32")).isFalse();
        }

        @Test
        void wholeAddressSpaceOverlapsEverything() {
            assertThat(Checks.cidrsOverlap("0.0.0.0/0", "255.255.255.255/32")).isTrue();
            assertThat(Checks.cidrsOverlap("192.168.0.0/16", "0.0.0.0/0")).isTrue();
        }

        @Test
        void lastAddressBlocksAreHandledWithoutSignProblems() {
            assertThat(Checks.cidrsOverlap("128.0.0.0/1", "255.255.255.255/32")).isTrue();
            assertThat(Checks.cidrsOverlap("0.0.0.0/1", "128.0.0.0/1")).isFalse();
        }

        @Test
        void hostBitsAreIgnoredSoTheBlockIsItsNetwork() {
            assertThat(Checks.cidrsOverlap("10.0.0.5/8", "10.200.0.0/16")).isTrue();
            assertThat(Checks.cidrsOverlap("10.0.0.5/8", "11.0.0.0/8")).isFalse();
            assertThat(Checks.cidrsOverlap("10.255.255.255/8", "10.0.0.0/32")).isTrue();
        }

        @Test
        void nonCidrTextsOverlapNothing() {
            assertThat(Checks.cidrsOverlap("10.0.0.0", "10.0.0.0/8")).isFalse();
            assertThat(Checks.cidrsOverlap("10.0.0.0/8", "not a cidr")).isFalse();
            assertThat(Checks.cidrsOverlap("10.0.0.0/33", "10.0.0.0/33")).isFalse();
        }

        @Test
        void nullsOverlapNothing() {
            assertThat(Checks.cidrsOverlap(null, "10.0.0.0/8")).isFalse();
            assertThat(Checks.cidrsOverlap("10.0.0.0/8", null)).isFalse();
            assertThat(Checks.cidrsOverlap(null, null)).isFalse();
        }
    }

    @Nested
    class PointerSegment {
        @Test
        void escapesSlashAndTilde() {
            assertThat(Checks.pointerSegment("a/b~c")).isEqualTo("a~1b~0c");
        }

        @Test
        void escapesTildeBeforeSlashSoEscapesAreNotDoubled() {
            assertThat(Checks.pointerSegment("~1")).isEqualTo("~01");
            assertThat(Checks.pointerSegment("/~")).isEqualTo("~1~0");
        }

        @Test
        void leavesOtherTextAlone() {
            assertThat(Checks.pointerSegment("worker_data_disks")).isEqualTo("worker_data_disks");
            assertThat(Checks.pointerSegment("")).isEmpty();
        }
    }

    @Nested
    class Quote {
        @Test
        void wrapsTheValueInDoubleQuotes() {
            assertThat(Checks.quote("abc")).isEqualTo("\"abc\"");
            assertThat(Checks.quote(42)).isEqualTo("\"42\"");
            assertThat(Checks.quote("")).isEqualTo("\"\"");
        }

        @Test
        void quotesNullAsTheWordNull() {
            assertThat(Checks.quote(null)).isEqualTo("\"null\"");
        }

        @Test
        void keepsAValueOfExactly64Characters() {
            String text = "x".repeat(64);
            assertThat(Checks.quote(text)).isEqualTo("\"" + text + "\"");
        }

        @Test
        void cutsALongerValueTo64CharactersAndAddsAnEllipsis() {
            String text = "0123456789".repeat(7); // 70 characters
            assertThat(Checks.quote(text)).isEqualTo("\"" + text.substring(0, 64) + "...\"");
            assertThat(Checks.quote("y".repeat(65))).isEqualTo("\"" + "y".repeat(64) + "...\"");
        }

        @Test
        void cuttingNeverSplitsASurrogatePair() {
            String text = "a".repeat(63) + "\uD83D\uDE00" + "tail";
            String quoted = Checks.quote(text);
            assertThat(quoted.codePoints().filter(c -> Character.isSurrogate((char) c) && c <= 0xFFFF).count())
                    .as("lone surrogates in %s", quoted)
                    .isZero();
        }
    }
}
