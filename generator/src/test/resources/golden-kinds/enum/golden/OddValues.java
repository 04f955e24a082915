package dev.ackgen.golden.kinds.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Values that are no Java names as they are.
 * <p>Values this version does not know are kept as they are: {@link #get()} gives
 * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
 */
@Generated("dev.ackgen.generator")
public final class OddValues {
    /** {@code plain}. */
    public static final OddValues PLAIN = new OddValues(Value.PLAIN, "plain");

    /** {@code Plain}. */
    public static final OddValues PLAIN2 = new OddValues(Value.PLAIN2, "Plain");

    /** {@code PLAIN}. */
    public static final OddValues PLAIN3 = new OddValues(Value.PLAIN3, "PLAIN");

    /** {@code with space}. */
    public static final OddValues WITH_SPACE = new OddValues(Value.WITH_SPACE, "with space");

    /** {@code kebab-case}. */
    public static final OddValues KEBAB_CASE = new OddValues(Value.KEBAB_CASE, "kebab-case");

    /** {@code dotted.value}. */
    public static final OddValues DOTTED_VALUE = new OddValues(Value.DOTTED_VALUE, "dotted.value");

    /** {@code 1st}. */
    public static final OddValues _1ST = new OddValues(Value._1ST, "1st");

    /** {@code class}. */
    public static final OddValues CLASS = new OddValues(Value.CLASS, "class");

    /** {@code null}. */
    public static final OddValues NULL = new OddValues(Value.NULL, "null");

    /** {@code ünïcödé}. */
    public static final OddValues N_C_D = new OddValues(Value.N_C_D, "ünïcödé");

    /** {@code quote"and\backslash}. */
    public static final OddValues QUOTE_AND_BACKSLASH = new OddValues(Value.QUOTE_AND_BACKSLASH,
            "quote\"and\\backslash");

    /** <code>*&#47; closes a comment</code>. */
    public static final OddValues CLOSES_A_COMMENT = new OddValues(Value.CLOSES_A_COMMENT,
            "*/ closes a comment");

    /** {@code <b>&amp;</b>}. */
    public static final OddValues B_AMP_B = new OddValues(Value.B_AMP_B, "<b>&amp;</b>");

    /** {@code ""}. */
    public static final OddValues EMPTY = new OddValues(Value.EMPTY, "");

    private static final List<OddValues> VALUES = List.of(PLAIN, PLAIN2, PLAIN3, WITH_SPACE,
            KEBAB_CASE, DOTTED_VALUE, _1ST, CLASS, NULL, N_C_D, QUOTE_AND_BACKSLASH,
            CLOSES_A_COMMENT, B_AMP_B, EMPTY);

    /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
    private final Value value;

    /** The value as it is in JSON. */
    private final String string;

    private OddValues(Value value, String string) {
        this.value = value;
        this.string = string;
    }

    /**
     * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version does
     * not know}
     */
    public Value get() {
        return value;
    }

    /** {@return whether the value is one the spec documents} */
    public boolean isKnown() {
        return value != Value.UNKNOWN;
    }

    /** {@return the value exactly as it is sent and received} */
    @Override
    @JsonValue
    public String toString() {
        return string;
    }

    /**
     * {@return the constant for a documented value, or a new instance keeping an unknown one}
     *
     * @param value the value
     */
    @JsonCreator
    public static OddValues valueOf(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "plain":
                return PLAIN;
            case "Plain":
                return PLAIN2;
            case "PLAIN":
                return PLAIN3;
            case "with space":
                return WITH_SPACE;
            case "kebab-case":
                return KEBAB_CASE;
            case "dotted.value":
                return DOTTED_VALUE;
            case "1st":
                return _1ST;
            case "class":
                return CLASS;
            case "null":
                return NULL;
            case "ünïcödé":
                return N_C_D;
            case "quote\"and\\backslash":
                return QUOTE_AND_BACKSLASH;
            case "*/ closes a comment":
                return CLOSES_A_COMMENT;
            case "<b>&amp;</b>":
                return B_AMP_B;
            case "":
                return EMPTY;
            default:
                return new OddValues(Value.UNKNOWN, value);
        }
    }

    /** {@return the documented values, in the spec's order} */
    public static List<OddValues> values() {
        return VALUES;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof OddValues that && string.equals(that.string));
    }

    @Override
    public int hashCode() {
        return string.hashCode();
    }

    /** The values of OddValues, for {@code switch}. */
    public enum Value {
        /** {@code plain}. */
        PLAIN,

        /** {@code Plain}. */
        PLAIN2,

        /** {@code PLAIN}. */
        PLAIN3,

        /** {@code with space}. */
        WITH_SPACE,

        /** {@code kebab-case}. */
        KEBAB_CASE,

        /** {@code dotted.value}. */
        DOTTED_VALUE,

        /** {@code 1st}. */
        _1ST,

        /** {@code class}. */
        CLASS,

        /** {@code null}. */
        NULL,

        /** {@code ünïcödé}. */
        N_C_D,

        /** {@code quote"and\backslash}. */
        QUOTE_AND_BACKSLASH,

        /** <code>*&#47; closes a comment</code>. */
        CLOSES_A_COMMENT,

        /** {@code <b>&amp;</b>}. */
        B_AMP_B,

        /** {@code ""}. */
        EMPTY,

        /** A value this version of the client does not know. */
        UNKNOWN
    }
}
