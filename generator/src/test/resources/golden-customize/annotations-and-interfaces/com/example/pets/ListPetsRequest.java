package com.example.pets;

import dev.ackgen.generator.customize.Audited;
import dev.ackgen.generator.customize.Reviewed;
import dev.ackgen.runtime.model.ModelText;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.annotation.processing.Generated;

/** Lists pets born since a time. */
@Generated("dev.ackgen.generator")
@Reviewed
public final class ListPetsRequest implements Serializable, Audited {
    private static final long serialVersionUID = 1L;

    /** The value of {@code since}. */
    private final OffsetDateTime since;

    /** The value of {@code page_size}. */
    private final Integer pageSize;

    private ListPetsRequest(Builder builder) {
        this.since = builder.since;
        this.pageSize = builder.pageSize;
    }

    /**
     * Only pets born at or after this time.
     *
     * <p>Query parameter {@code since}, optional; null when absent.
     *
     * @return only pets born at or after this time
     */
    public OffsetDateTime getSince() {
        return since;
    }

    /**
     * <p>Query parameter {@code page_size}, optional; null when absent.
     *
     * @return query parameter {@code page_size}, optional; null when absent
     */
    public Integer getPageSize() {
        return pageSize;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this object's values, to make a changed copy} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ListPetsRequest that
                        && Objects.equals(this.since, that.since)
                        && Objects.equals(this.pageSize, that.pageSize));
    }

    @Override
    public int hashCode() {
        return Objects.hash(since, pageSize);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("ListPetsRequest");
        text.add("since", this.since);
        text.add("page_size", this.pageSize);
        return text.toString();
    }

    /**
     * Builds a {@link ListPetsRequest}. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    @Reviewed
    public static final class Builder {
        private OffsetDateTime since;

        private Integer pageSize;

        private Builder() {
        }

        private Builder(ListPetsRequest source) {
            this.since = source.since;
            this.pageSize = source.pageSize;
        }

        /**
         * Only pets born at or after this time.
         *
         * <p>Query parameter {@code since}, optional; null when absent.
         *
         * @param since only pets born at or after this time
         * @return this builder
         */
        public Builder since(OffsetDateTime since) {
            this.since = since;
            return this;
        }

        /**
         * <p>Query parameter {@code page_size}, optional; null when absent.
         *
         * @param pageSize query parameter {@code page_size}, optional; null when absent
         * @return this builder
         */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** {@return an immutable ListPetsRequest with the values set so far} */
        public ListPetsRequest build() {
            return new ListPetsRequest(this);
        }
    }
}
