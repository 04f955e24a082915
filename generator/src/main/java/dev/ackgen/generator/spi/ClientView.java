package dev.ackgen.generator.spi;

import java.util.List;

/**
 * One generated client: an interface (with a package-private implementation) whose methods call the
 * operations of one OpenAPI tag, or of the whole spec when its operations carry no tags.
 */
public interface ClientView {

    /** The tag, or empty for the untagged operations. */
    String tag();

    /** The client interface's simple name, e.g. {@code ClusterClient}. */
    String interfaceName();

    /** The package-private implementation's simple name, e.g. {@code DefaultClusterClient}. */
    String implementationName();

    /** The methods, in spec order. */
    List<Method> methods();

    /** One operation as client methods. */
    interface Method {
        /** The synchronous method's name, e.g. {@code describeClusterDetail}. */
        String name();

        /** The name of the method that returns a {@code CompletableFuture}. */
        String asyncName();

        /** The operation the method calls. */
        OperationView operation();
    }
}
