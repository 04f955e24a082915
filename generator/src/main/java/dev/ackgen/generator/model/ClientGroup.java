package dev.ackgen.generator.model;

import dev.ackgen.generator.naming.GeneratedNames;
import java.util.List;

/**
 * One generated client: the operations of one OpenAPI tag, or of the whole spec when its
 * operations carry no tags.
 *
 * @param tag the tag, or empty for the untagged operations
 * @param interfaceName the client interface's simple name, e.g. {@code ClusterClient}
 * @param implementationName the package-private implementation's simple name
 * @param methods the operations, in spec order, with their Java method names
 */
public record ClientGroup(String tag, String interfaceName, String implementationName, List<ClientMethod> methods) {
    public ClientGroup {
        methods = List.copyOf(methods);
    }

    public ClientGroup withInterfaceName(String interfaceName) {
        return new ClientGroup(tag, interfaceName, implementationName, methods);
    }

    public ClientGroup withImplementationName(String implementationName) {
        return new ClientGroup(tag, interfaceName, implementationName, methods);
    }

    public ClientGroup withMethods(List<ClientMethod> methods) {
        return new ClientGroup(tag, interfaceName, implementationName, methods);
    }

    /**
     * One operation as a client method pair.
     *
     * @param operation the operation
     * @param name the sync method's name; the async one adds {@code Async}, the paging one {@code Pages}
     */
    public record ClientMethod(Operation operation, String name) {
        public ClientMethod withOperation(Operation operation) {
            return new ClientMethod(operation, name);
        }

        public ClientMethod withName(String name) {
            return new ClientMethod(operation, name);
        }

        /** The name of the method that returns a {@code CompletableFuture}. */
        public String asyncName() {
            return GeneratedNames.asyncName(name);
        }

        /** The name of the method that pages through the operation, when it is paged. */
        public String pagesName() {
            return GeneratedNames.pagesName(name);
        }

        /** The name of the implementation's private method that builds the call. */
        public String callName() {
            return GeneratedNames.callName(name);
        }
    }
}
