package dev.ackgen.generator.spi;

import java.util.List;

/** One HTTP operation of the spec, as the generated clients call it. */
public interface OperationView {

    /** The spec's operationId, e.g. {@code DescribeClusterDetail}. */
    String operationId();

    /** The ACK action name sent in {@code x-acs-action} (the operationId unless {@code x-ackgen-action} says otherwise). */
    String action();

    /** The HTTP method, upper case. */
    String httpMethod();

    /** The path template as the spec writes it, e.g. {@code /clusters/{ClusterId}}. */
    String path();

    /** The spec's tags. */
    List<String> tags();

    /** The one-line summary, or empty. */
    String summary();

    /** The longer description, or empty. */
    String description();

    /** Whether the spec marks the operation deprecated. */
    boolean deprecated();

    /** The request class: every path, query and header parameter and the body's members. */
    ObjectView request();

    /** The type of the 2xx response body, or null when there is none. */
    TypeView response();

    /** Whether the operation pages (its client has a method that walks every page). */
    boolean paged();

    /** The operation's JSON pointer in the spec, e.g. {@code /paths/~1clusters/get}. */
    String pointer();
}
