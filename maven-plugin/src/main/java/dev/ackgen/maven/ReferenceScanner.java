package dev.ackgen.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a spec depends on: the targets of its external {@code $ref}s, resolved relative
 * to the file that holds the {@code $ref} (as swagger-parser resolves them), and theirs in turn.
 *
 * <p>The approach: parse each file as a plain tree with Jackson (YAML, or JSON for {@code .json}),
 * visit every object member named {@code $ref} whose value is a string, drop the fragment
 * ({@code #/...}), and resolve the rest as a URI against the referring file. Local refs
 * ({@code #/components/...}) add nothing; {@code file:} targets are scanned in turn; other schemes
 * (http) are reported as remote, so the fingerprint can name them though it cannot hash them. A
 * file that does not parse, or does not exist, is still listed (the fingerprint records it as it
 * is), and the spec loader reports what is wrong with it.
 */
final class ReferenceScanner {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new JsonMapper();

    /** @param files the spec's local dependencies, not the spec itself, sorted
     *  @param remote the non-file references, sorted */
    record References(Set<Path> files, Set<String> remote) {}

    private ReferenceScanner() {}

    static References scan(Path spec) {
        Path root = spec.toAbsolutePath().normalize();
        Set<Path> files = new TreeSet<>();
        Set<String> remote = new TreeSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.add(root);
        Set<Path> visited = new TreeSet<>();
        while (!pending.isEmpty()) {
            Path file = pending.pop();
            if (!visited.add(file)) {
                continue;
            }
            if (!file.equals(root)) {
                files.add(file);
            }
            JsonNode tree = parse(file);
            if (tree == null) {
                continue;
            }
            Deque<JsonNode> nodes = new ArrayDeque<>();
            nodes.add(tree);
            while (!nodes.isEmpty()) {
                JsonNode node = nodes.pop();
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> member : node.properties()) {
                        if (member.getKey().equals("$ref") && member.getValue().isTextual()) {
                            follow(file, member.getValue().asText(), pending, remote);
                        } else {
                            nodes.add(member.getValue());
                        }
                    }
                } else if (node.isArray()) {
                    node.forEach(nodes::add);
                }
            }
        }
        return new References(files, remote);
    }

    private static void follow(Path from, String ref, Deque<Path> pending, Set<String> remote) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        if (target.isBlank()) {
            return; // a local ref
        }
        URI resolved;
        try {
            resolved = from.toUri().resolve(new URI(null, null, target, null));
        } catch (Exception e) {
            try {
                resolved = from.toUri().resolve(target);
            } catch (IllegalArgumentException invalid) {
                remote.add(target); // not a URI: recorded as written, the loader reports it
                return;
            }
        }
        if ("file".equalsIgnoreCase(resolved.getScheme())) {
            pending.add(Paths.get(resolved).normalize());
        } else {
            remote.add(resolved.toString());
        }
    }

    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ObjectMapper mapper = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
            return mapper.readTree(file.toFile());
        } catch (Exception e) {
            return null;
        }
    }
}
