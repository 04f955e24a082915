package dev.ackgen.generator.model;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value written in the spec (a default, a value a rule compares with, a non-string enum value),
 * typed: emitters and extensions work with a string, a number or a boolean, not with JSON text.
 * Objects and arrays, which no rule or check compares with, are kept as {@link Json} text.
 */
public sealed interface Literal {

    /** The value as JSON text, as a message or javadoc shows it: {@code "flannel"}, {@code 40}, {@code true}. */
    String toJson();

    /** The value as plain text: a string without quotes, a number in plain notation, {@code true}. */
    String text();

    static Literal string(String value) {
        return new Text(value);
    }

    static Literal number(BigDecimal value) {
        return new Decimal(value);
    }

    static Literal bool(boolean value) {
        return new Bool(value);
    }

    /** An object, an array or null, as JSON text. */
    static Literal json(String text) {
        return new Json(text);
    }

    /** A string. */
    record Text(String value) implements Literal {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toJson() {
            return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
        }

        @Override
        public String text() {
            return value;
        }
    }

    /**
     * A number, exactly as the spec writes it: {@code 40} and {@code 40.0} are different literals
     * (as they are different JSON values to a JSON tree), and compare equal to nothing else.
     */
    record Decimal(BigDecimal value) implements Literal {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toJson() {
            return value.toString();
        }

        @Override
        public String text() {
            return value.toPlainString();
        }

        /** Whether the number is a whole number that fits a signed integer of this many value bits. */
        public boolean fitsIn(int bits) {
            return value.scale() <= 0 && value.toBigInteger().bitLength() <= bits;
        }

        /**
         * The number as a Java {@code long} literal ({@code 3000000000L}, never the int literal
         * {@code 3000000000} that javac refuses); only for a whole number that {@link #fitsIn fits} 63 bits.
         */
        public String javaLong() {
            if (!fitsIn(63)) {
                throw new IllegalStateException(value + " is not a whole number in the long range");
            }
            return value.toBigInteger() + "L";
        }

        /** The number as a Java {@code int} literal; only for a whole number that {@link #fitsIn fits} 31 bits. */
        public String javaInt() {
            if (!fitsIn(31)) {
                throw new IllegalStateException(value + " is not a whole number in the int range");
            }
            return value.toBigInteger().toString();
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Literal {
        @Override
        public String toJson() {
            return String.valueOf(value);
        }

        @Override
        public String text() {
            return String.valueOf(value);
        }
    }

    /** Anything else (an object, an array, null), as JSON text. */
    record Json(String json) implements Literal {
        public Json {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String toJson() {
            return json;
        }

        @Override
        public String text() {
            return json;
        }
    }
}
