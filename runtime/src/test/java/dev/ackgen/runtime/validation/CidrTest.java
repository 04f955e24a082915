package dev.ackgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Cidr#parse} against a plain reading of its rule, on texts near the edges of it. */
class CidrTest {
    private static final Pattern BLOCK = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})/(0|[1-9][0-9]?)");

    @Test
    void parsesAsTheRuleReads() {
        Random random = new Random(20261130);
        String characters = "0123456789./ x";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                text.append(random.nextInt(300)).append('.').append(random.nextInt(300)).append('.')
                        .append(random.nextInt(300)).append('.').append(random.nextInt(300)).append('/').append(random.nextInt(40));
                if (random.nextInt(4) == 0) {
                    int at = random.nextInt(text.length() + 1);
                    text.insert(at, characters.charAt(random.nextInt(characters.length())));
                }
            } else {
                for (int i = random.nextInt(20); i > 0; i--) {
                    text.append(characters.charAt(random.nextInt(characters.length())));
                }
            }
            String block = text.toString();
            assertThat(Cidr.parse(block)).as(block).isEqualTo(reference(block));
        }
    }

    private static long reference(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.matches()) {
            return Cidr.INVALID;
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return Cidr.INVALID;
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        return prefix > 32 ? Cidr.INVALID : (address << 6) | prefix;
    }
}
