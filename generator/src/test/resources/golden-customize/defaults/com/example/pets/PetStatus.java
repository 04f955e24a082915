package com.example.pets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Where the pet is.
 * <p>Values this version does not know are kept as they are: {@link #get()} gives
 * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
 */
@Generated("dev.ackgen.generator")
public final class PetStatus {
    /** {@code available}. */
    public static final PetStatus AVAILABLE = new PetStatus(Value.AVAILABLE, "available");

    /** {@code sold}. */
    public static final PetStatus SOLD = new PetStatus(Value.SOLD, "sold");

    private static final List<PetStatus> VALUES = List.of(AVAILABLE, SOLD);

    /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
    private final Value value;

    /** The value as it is in JSON. */
    private final String string;

    private PetStatus(Value value, String string) {
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
    public static PetStatus valueOf(String value) {
        Objects.requireNonNull(value, "value");
        switch (value) {
            case "available":
                return AVAILABLE;
            case "sold":
                return SOLD;
            default:
                return new PetStatus(Value.UNKNOWN, value);
        }
    }

    /** {@return the documented values, in the spec's order} */
    public static List<PetStatus> values() {
        return VALUES;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof PetStatus that && string.equals(that.string));
    }

    @Override
    public int hashCode() {
        return string.hashCode();
    }

    /** The values of PetStatus, for {@code switch}. */
    public enum Value {
        /** {@code available}. */
        AVAILABLE,

        /** {@code sold}. */
        SOLD,

        /** A value this version of the client does not know. */
        UNKNOWN
    }
}
