package dev.ackgen.generator.model;

import java.util.List;

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
        String pointer) {

    public Operation {
        tags = List.copyOf(tags);
    }
}
