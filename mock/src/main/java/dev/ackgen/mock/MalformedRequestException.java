package dev.ackgen.mock;

/**
 * A request the server cannot parse or accept as HTTP/1.1; answered with the status and code it
 * carries, then the connection is closed, since the framing of what follows is unknown. Messages
 * name what is wrong, never a header value.
 */
final class MalformedRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    MalformedRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
