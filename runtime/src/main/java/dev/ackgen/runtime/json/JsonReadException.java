package dev.ackgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON document that does not fit the generated model, with the JSON Pointer of the value that
 * does not fit. The pointer is built as the exception travels out of the nested readers, so reading
 * a valid document costs nothing for it. Messages name token types, never values: the value could
 * be a secret.
 */
public final class JsonReadException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private String pointer = "";

    JsonReadException(JsonParser parser, String problem) {
        super(parser, problem);
        this.problem = problem;
    }

    /** Prefixes the pointer with the object member that held the bad value; returns this. */
    public JsonReadException under(String member) {
        pointer = "/" + member.replace("~", "~0").replace("/", "~1") + pointer;
        return this;
    }

    /** Prefixes the pointer with the array index that held the bad value; returns this. */
    public JsonReadException under(int index) {
        pointer = "/" + index + pointer;
        return this;
    }

    /** The JSON Pointer (RFC 6901) of the value that does not fit; {@code ""} for the document. */
    public String pointer() {
        return pointer;
    }

    @Override
    public String getMessage() {
        return problem + " at " + (pointer.isEmpty() ? "/" : pointer);
    }

    @Override
    public String getOriginalMessage() {
        return getMessage();
    }
}
