package dev.ackgen.generator.openapi;

import dev.ackgen.generator.model.ClientGroup;
import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.model.Operation;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import dev.ackgen.generator.naming.Namer;
import dev.ackgen.generator.spi.NamingSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client per tag (an operation's first), in order of first use; untagged operations share
 * one named after the service: the first label of the server host ({@code cs} in {@code
 * https://cs.{region}.aliyuncs.com}), else the spec's title. Each operation becomes a method pair
 * whose names no other operation of the client, and no member every client has, takes.
 *
 * <p>A tag of more than {@value #MAX_OPERATIONS_PER_CLIENT} operations (or that many untagged ones)
 * becomes several clients of at most that many each, in spec order: the first has the usual name
 * ({@code CsClient}), the others the same name numbered ({@code CsClient2}, {@code CsClient3}...),
 * each with its own implementation. A class file holds at most 65,535 constants, and each operation
 * adds a few dozen to its client's implementation (javac fails with "too many constants" near
 * 3,000 operations). Method names are chosen over the whole tag, so they do not change with the split.
 */
final class ClientGrouper {
    /** The most operations of one client. */
    static final int MAX_OPERATIONS_PER_CLIENT = 500;
    private static final Pattern SERVICE_HOST = Pattern.compile("https?://([A-Za-z][A-Za-z0-9-]*)\\..*");

    private final Namer namer;

    ClientGrouper(Namer namer) {
        this.namer = namer;
    }

    List<ClientGroup> clients(List<Operation> operations, String server, String title) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byTag.computeIfAbsent(operation.tags().isEmpty() ? "" : operation.tags().get(0), tag -> new ArrayList<>())
                    .add(operation);
        }
        List<ClientGroup> clients = new ArrayList<>();
        for (Map.Entry<String, List<Operation>> entry : byTag.entrySet()) {
            ClientGroup client = client(entry.getKey(), entry.getValue(), server, title);
            clients.add(client.withMethods(client.methods().subList(0, Math.min(MAX_OPERATIONS_PER_CLIENT, client.methods().size()))));
            for (int start = MAX_OPERATIONS_PER_CLIENT, part = 2; start < client.methods().size(); start += MAX_OPERATIONS_PER_CLIENT, part++) {
                String interfaceName = namer.uniqueTopLevel(client.interfaceName() + part);
                clients.add(new ClientGroup(client.tag(), interfaceName, namer.uniqueTopLevel(GeneratedNames.implementationName(interfaceName)),
                        client.methods().subList(start, Math.min(start + MAX_OPERATIONS_PER_CLIENT, client.methods().size()))));
            }
        }
        return clients;
    }

    private ClientGroup client(String tag, List<Operation> operations, String server, String title) {
        String stem = tag.isEmpty() ? serviceName(server, title) : JavaNames.className(tag);
        String unsuffixed = stem.substring(0, stem.length() - (stem.endsWith("Model") ? "Model".length() : 0));
        if (!unsuffixed.isEmpty() && !JavaNames.className(unsuffixed).equals(unsuffixed)) {
            stem = unsuffixed; // "Runtime" became "RuntimeModel" for a java.lang clash, which "RuntimeClient" is not
        }
        Operation first = operations.get(0);
        String interfaceName = namer.topLevel(
                NamingSite.Kind.CLIENT_INTERFACE, tag, first.pointer() + (tag.isEmpty() ? "" : "/tags/0"), stem + "Client");
        String implementationName = namer.uniqueTopLevel(GeneratedNames.implementationName(interfaceName));
        Set<String> taken = new HashSet<>(GeneratedNames.CLIENT_MEMBERS);
        List<ClientGroup.ClientMethod> methods = new ArrayList<>();
        for (Operation operation : operations) {
            String name = namer.named(NamingSite.Kind.OPERATION_METHOD, operation.operationId(), JavaName.topLevel(interfaceName),
                    operation.pointer() + "/operationId", JavaNames.memberName(operation.operationId()));
            String candidate = name;
            // Every operation reserves its paging method's name, paged or not: a name never depends on paging.
            for (int n = 2; taken.contains(candidate) || taken.contains(GeneratedNames.asyncName(candidate))
                    || taken.contains(GeneratedNames.callName(candidate)) || taken.contains(GeneratedNames.pagesName(candidate)); n++) {
                candidate = name + n;
            }
            taken.add(candidate);
            taken.add(GeneratedNames.asyncName(candidate));
            taken.add(GeneratedNames.callName(candidate));
            taken.add(GeneratedNames.pagesName(candidate));
            methods.add(new ClientGroup.ClientMethod(operation, candidate));
        }
        return new ClientGroup(tag, interfaceName, implementationName, methods);
    }

    private static String serviceName(String server, String title) {
        Matcher host = SERVICE_HOST.matcher(server);
        if (host.matches()) {
            return JavaNames.className(host.group(1));
        }
        return title.isBlank() ? "Api" : JavaNames.className(title);
    }
}
