package dev.ackgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's operationId (also the default action name)
 * @param action the action name ACK expects in {@code x-acs-action}
 * @param method the HTTP method, upper case
 * @param path the path template as the spec writes it, trailing slash included
 * @param tags the spec's tags
 * @param summary one line, or empty
 * @param description longer text, or empty
 * @param deprecated whether the spec marks the operation deprecated
 * @param request the request type: every path, query and header parameter and the body's members
 * @param bodyProperty the request property that is the whole body when the body is not an object
 *     whose members were flattened into the request, else null
 * @param response the 2xx response body type, or null when there is none
 * @param error the error response body type, or null when the spec gives none
 * @param pagination how the operation pages, or null when it does not
 * @param pointer the operation's JSON pointer in the spec
 */
public record Operation(
        String operationId,
        String action,
        String method,
        String path,
        List<String> tags,
        String summary,
        String description,
        boolean deprecated,
        ObjectType request,
        Property bodyProperty,
        TypeRef response,
        TypeRef error,
        Pagination pagination,
        String pointer) {

    public Operation {
        tags = List.copyOf(tags);
    }

    /** A builder with nothing set; the operationId, method, path, request and pointer must be. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this operation's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public Operation withOperationId(String operationId) {
        return toBuilder().operationId(operationId).build();
    }

    public Operation withAction(String action) {
        return toBuilder().action(action).build();
    }

    public Operation withTags(List<String> tags) {
        return toBuilder().tags(tags).build();
    }

    /** This operation with another request type; a body property, if any, must be one of its properties. */
    public Operation withRequest(ObjectType request, Property bodyProperty) {
        return toBuilder().request(request).bodyProperty(bodyProperty).build();
    }

    public Operation withResponse(TypeRef response) {
        return toBuilder().response(response).build();
    }

    public Operation withError(TypeRef error) {
        return toBuilder().error(error).build();
    }

    public Operation withPagination(Pagination pagination) {
        return toBuilder().pagination(pagination).build();
    }

    /**
     * Builds an {@link Operation}. The action defaults to the operationId; summary and description to
     * empty; there are no tags, no body property, no response, no error type and no paging unless set.
     */
    public static final class Builder {
        private String operationId;
        private String action;
        private String method;
        private String path;
        private List<String> tags = List.of();
        private String summary = "";
        private String description = "";
        private boolean deprecated;
        private ObjectType request;
        private Property bodyProperty;
        private TypeRef response;
        private TypeRef error;
        private Pagination pagination;
        private String pointer;

        private Builder() {}

        private Builder(Operation source) {
            operationId = source.operationId;
            action = source.action;
            method = source.method;
            path = source.path;
            tags = source.tags;
            summary = source.summary;
            description = source.description;
            deprecated = source.deprecated;
            request = source.request;
            bodyProperty = source.bodyProperty;
            response = source.response;
            error = source.error;
            pagination = source.pagination;
            pointer = source.pointer;
        }

        public Builder operationId(String operationId) {
            this.operationId = operationId;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder deprecated(boolean deprecated) {
            this.deprecated = deprecated;
            return this;
        }

        public Builder request(ObjectType request) {
            this.request = request;
            return this;
        }

        public Builder bodyProperty(Property bodyProperty) {
            this.bodyProperty = bodyProperty;
            return this;
        }

        public Builder response(TypeRef response) {
            this.response = response;
            return this;
        }

        public Builder error(TypeRef error) {
            this.error = error;
            return this;
        }

        public Builder pagination(Pagination pagination) {
            this.pagination = pagination;
            return this;
        }

        public Builder pointer(String pointer) {
            this.pointer = pointer;
            return this;
        }

        /**
         * The operation.
         *
         * @throws NullPointerException if the operationId, method, path, request or pointer is not set
         */
        public Operation build() {
            Objects.requireNonNull(operationId, "operationId");
            return new Operation(
                    operationId,
                    action == null ? operationId : action,
                    Objects.requireNonNull(method, "method"),
                    Objects.requireNonNull(path, "path"),
                    tags,
                    Objects.requireNonNull(summary, "summary"),
                    Objects.requireNonNull(description, "description"),
                    deprecated,
                    Objects.requireNonNull(request, "request"),
                    bodyProperty,
                    response,
                    error,
                    pagination,
                    Objects.requireNonNull(pointer, "pointer"));
        }
    }
}
