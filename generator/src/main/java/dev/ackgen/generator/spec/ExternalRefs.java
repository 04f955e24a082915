package dev.ackgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a spec's external {@code $ref}s before swagger-parser reads anything, so that it only
 * ever reads files that passed: a referenced file must be a regular file, within the {@linkplain
 * SpecSource#refRoots() ref roots} (the spec's own directory, and any the user adds) both by its
 * path and by its real path (a symbolic link that leads out is refused), at most {@link
 * #MAX_FILE_BYTES} long, and UTF-8 text. URLs ({@code http:}, {@code https:}, {@code file:}, any
 * scheme) are refused: ackgen fetches nothing. The files it references are checked in turn,
 * their {@code $ref}s relative to them (cycles between files are fine), at most {@link #MAX_FILES}
 * files of at most {@link #MAX_TOTAL_BYTES} together.
 *
 * <p>Every refusal is a {@link SpecProblem} at the {@code $ref}: the file that holds it, its line
 * and its pointer. A refused file is never opened, so no message quotes what is in it.
 */
public final class ExternalRefs {
    /**
     * The most bytes one referenced file may have: 3 MiB, the most swagger-parser's OpenAPI 3.1
     * resolver reads (SnakeYAML's default); past it, that resolver falls back to reading the ref
     * relative to the working directory and the class path, files this check never saw.
     */
    public static final long MAX_FILE_BYTES = 3L << 20;
    /** The most files a spec may reference, directly and through the files it references: 1,000. */
    public static final int MAX_FILES = 1_000;
    /** The most bytes all referenced files may have together: 128 MiB. */
    public static final long MAX_TOTAL_BYTES = 128L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = YamlReading.mapper();
    /** A URI scheme: {@code http:}, {@code file:}, {@code jar:}. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final long maxFileBytes;
    private final int maxFiles;
    private final long maxTotalBytes;

    private ExternalRefs(long maxFileBytes, int maxFiles, long maxTotalBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The checks with the default limits. */
    static final ExternalRefs DEFAULT = new ExternalRefs(MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES);

    /** The checks with other limits (for tests, which should not write 16 MiB). */
    static ExternalRefs withLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {
        return new ExternalRefs(maxFileBytes, maxFiles, maxTotalBytes);
    }

    /**
     * Checks the external refs of the spec whose (possibly transformed) text this is, and of the
     * files they reach.
     *
     * @param locator the lines of the spec's original text, for problems in the spec
     * @return the files the spec references, transitively, absolute and normalised, in the order found
     * @throws SpecException with every refusal, located at its {@code $ref}
     */
    public static List<Path> check(SpecSource source, SourceLocator locator, String text) throws SpecException {
        return DEFAULT.files(source, locator, text);
    }

    /** One file whose refs are still to be checked. */
    private record Pending(Path path, String name, String text, SourceLocator locator) {}

    List<Path> files(SpecSource source, SourceLocator locator, String text) throws SpecException {
        if (!text.contains("$ref") && text.indexOf('\\') < 0) {
            return List.of(); // no $ref, nor a backslash that could escape one: nothing to parse again
        }
        Path spec = specPath(source.location());
        List<Path> roots = new ArrayList<>();
        Path specDir = spec == null ? null : spec.getParent();
        if (specDir != null) {
            roots.add(specDir);
        }
        for (Path root : source.refRoots()) {
            roots.add(root.toAbsolutePath().normalize());
        }
        List<Path> realRoots = new ArrayList<>();
        for (Path root : roots) {
            try {
                realRoots.add(root.toRealPath());
            } catch (IOException | SecurityException e) {
                // a root that does not exist holds no file
            }
        }
        Scan scan = new Scan(source, specDir, roots, realRoots);
        if (spec != null) {
            scan.visited.add(spec);
        }
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending(spec, source.name(), text, locator));
        List<Map.Entry<Pending, Ref>> baseChanges = new ArrayList<>();
        while (!pending.isEmpty()) {
            Pending file = pending.pop();
            JsonNode tree;
            try {
                tree = (file.text().stripLeading().startsWith("{") ? JSON : YAML).readTree(file.text());
            } catch (IOException e) {
                // Not checked, so not read: swagger-parser must not resolve what was not looked at.
                scan.problems.add(new SpecProblem(file.name(), 0, "", "cannot check its $refs: not well-formed YAML or JSON"));
                continue;
            }
            for (Ref ref : refs(tree)) {
                if (ref.id()) {
                    if (changesBase(ref.value())) {
                        baseChanges.add(Map.entry(file, ref));
                    }
                } else {
                    scan.follow(file, ref, pending);
                }
            }
        }
        if (scan.external) {
            // swagger-parser resolves a 3.1 $ref against the $ids around it: a file this check did not look at
            for (Map.Entry<Pending, Ref> change : baseChanges) {
                scan.refuse(change.getKey(), change.getValue(), "is not followed by ackgen, and with it swagger-parser would resolve"
                        + " the external $refs of this spec against another base than the file that holds them: remove it, or"
                        + " use a plain name or a #fragment");
            }
        }
        if (!scan.problems.isEmpty()) {
            throw new SpecException(scan.problems);
        }
        return List.copyOf(scan.found);
    }

    /** The spec's path, for a spec in a file; null for one elsewhere (a jar). */
    private static Path specPath(URI location) {
        if (location == null || !"file".equalsIgnoreCase(location.getScheme())) {
            return null;
        }
        try {
            return Path.of(location).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** A {@code $ref} (or, with {@code id}, an {@code $id}) member's value and pointer. */
    private record Ref(String pointer, String value, boolean id) {}

    /**
     * Whether an {@code $id} changes the base that OpenAPI 3.1 {@code $ref}s resolve against
     * (swagger-parser follows it): a URL or a path, rather than a plain name or a fragment.
     */
    private static boolean changesBase(String id) {
        return !id.startsWith("#") && (id.indexOf(':') >= 0 || id.indexOf('/') >= 0 || id.indexOf('\\') >= 0);
    }

    /**
     * Every string {@code $ref}, in document order. Those in examples, defaults and extensions too:
     * a YAML anchor there can be merged into a schema that swagger-parser resolves.
     */
    private static List<Ref> refs(JsonNode tree) {
        List<Ref> refs = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> nodes = new ArrayDeque<>();
        nodes.push(Map.entry("", tree));
        while (!nodes.isEmpty()) {
            Map.Entry<String, JsonNode> entry = nodes.pop();
            String pointer = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    String child = pointer + "/" + SourceLocator.escape(member.getKey());
                    if (member.getKey().equals("$ref") && member.getValue().isTextual()) {
                        refs.add(new Ref(child, member.getValue().asText(), false));
                    } else if (member.getKey().equals("$id") && member.getValue().isTextual()) {
                        refs.add(new Ref(child, member.getValue().asText(), true));
                        children.add(Map.entry(child, member.getValue()));
                    } else {
                        children.add(Map.entry(child, member.getValue()));
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    nodes.push(children.get(i));
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    nodes.push(Map.entry(pointer + "/" + i, node.get(i)));
                }
            }
        }
        return refs;
    }

    /** The file part of a ref swagger-parser reads as external, or null for a ref within the document. */
    static String filePart(String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        if (file.isEmpty()) {
            return null;
        }
        // A bare name ("Pet") is swagger-parser's short form of #/components/schemas/Pet; anything
        // that could be a path or a URL counts as external (a superset of what swagger-parser reads).
        boolean pathLike = file.indexOf('.') >= 0 || file.indexOf('/') >= 0 || file.indexOf('\\') >= 0 || file.indexOf(':') >= 0
                || ref.indexOf("#/") > 0 || ref.startsWith("http");
        return pathLike ? file : null;
    }

    /** The state of one check. */
    private final class Scan {
        final SpecSource source;
        final Path specDir;
        final List<Path> roots;
        final List<Path> realRoots;
        final List<SpecProblem> problems = new ArrayList<>();
        final Set<Path> visited = new LinkedHashSet<>();
        final Set<Path> found = new LinkedHashSet<>();
        long totalBytes;
        /** Whether any ref names another file (checked or refused). */
        boolean external;
        boolean tooMany;
        boolean tooLarge;

        Scan(SpecSource source, Path specDir, List<Path> roots, List<Path> realRoots) {
            this.source = source;
            this.specDir = specDir;
            this.roots = roots;
            this.realRoots = realRoots;
        }

        void refuse(Pending in, Ref ref, String why) {
            problems.add(new SpecProblem(in.name(), in.locator().line(ref.pointer()), ref.pointer(),
                    (ref.id() ? "$id " : "$ref ") + quote(ref.value()) + " " + why));
        }

        void follow(Pending in, Ref ref, Deque<Pending> pending) {
            String file = filePart(ref.value());
            if (file == null) {
                return;
            }
            external = true;
            int hash = ref.value().indexOf('#');
            if (hash >= 0 && !ref.value().startsWith("#/", hash)) {
                // swagger-parser splits at "#/": before anything but a pointer it would read another file than this one
                refuse(in, ref, "has a fragment that is not a JSON pointer: after the file, write #/ and the pointer");
                return;
            }
            if (SCHEME.matcher(file).find()) {
                String scheme = file.substring(0, file.indexOf(':'));
                refuse(in, ref, (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
                                ? "is a remote reference: ackgen fetches nothing over the network"
                                : "is a URL (" + scheme + ":): ackgen fetches nothing by URL")
                        + "; copy the file next to the spec and refer to it by a relative path");
                return;
            }
            if (file.indexOf('%') >= 0 || file.indexOf('?') >= 0) {
                // swagger-parser opens the URI's decoded path without its query: another file than this names
                refuse(in, ref, "has % or ? in its file part, which swagger-parser decodes or drops: write the file's plain path");
                return;
            }
            if (in.path() == null) {
                refuse(in, ref, "refers to a file, but the spec is not a file (" + source.location()
                        + "): external $refs are resolved only for a spec in a file");
                return;
            }
            Path target;
            try {
                target = in.path().getParent().resolve(file).normalize();
            } catch (InvalidPathException e) {
                refuse(in, ref, "is not a file path: " + e.getReason());
                return;
            }
            if (visited.contains(target)) {
                return; // checked already (a cycle, or a second ref to the same file)
            }
            if (roots.stream().noneMatch(target::startsWith)) {
                refuse(in, ref, "leads to " + target + ", outside " + rootsText());
                return;
            }
            Path real;
            BasicFileAttributes attributes;
            try {
                real = target.toRealPath();
                attributes = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (IOException | SecurityException e) {
                refuse(in, ref, "names " + target + ", which does not exist");
                return;
            }
            if (realRoots.stream().noneMatch(real::startsWith)) {
                refuse(in, ref, "leads through a symbolic link to " + real + ", outside " + rootsText());
                return;
            }
            if (!attributes.isRegularFile()) {
                refuse(in, ref, "names " + target + ", which is not a regular file");
                return;
            }
            if (found.size() >= maxFiles) {
                if (!tooMany) {
                    tooMany = true;
                    refuse(in, ref, "is one file too many: a spec may reference at most " + maxFiles + " files");
                }
                return;
            }
            if (attributes.size() > maxFileBytes) {
                refuse(in, ref, "names " + target + ", of " + attributes.size() + " bytes, more than the " + maxFileBytes
                        + " a referenced file may have");
                return;
            }
            if (totalBytes + attributes.size() > maxTotalBytes) {
                if (!tooLarge) {
                    tooLarge = true;
                    refuse(in, ref, "names " + target + ", and the files referenced would be more than " + maxTotalBytes
                            + " bytes together");
                }
                return;
            }
            visited.add(target);
            byte[] bytes;
            try (InputStream stream = Files.newInputStream(real)) {
                bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            } catch (IOException | SecurityException e) {
                refuse(in, ref, "names " + target + ", which cannot be read: " + e.getClass().getSimpleName());
                return;
            }
            if (bytes.length > maxFileBytes) {
                refuse(in, ref, "names " + target + ", which grew beyond the " + maxFileBytes + " bytes a referenced file may have");
                return;
            }
            totalBytes += bytes.length;
            found.add(target);
            String name = name(target);
            try {
                String text = SpecSource.utf8(name, bytes);
                pending.add(new Pending(target, name, text, SourceLocator.of(name, text)));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }

        /** A referenced file's name in problems: its path from the spec's, when it is within the spec's directory. */
        String name(Path target) {
            if (specDir != null && target.startsWith(specDir)) {
                try {
                    Path parent = Path.of(source.name()).getParent();
                    Path relative = specDir.relativize(target);
                    return (parent == null ? relative : parent.resolve(relative)).toString();
                } catch (InvalidPathException e) {
                    return target.toString();
                }
            }
            return target.toString();
        }

        String rootsText() {
            return (roots.size() == 1 ? "the directory $refs may read (" : "the directories $refs may read (")
                    + roots.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + "; add one with --ref-root or the Maven plugin's <refRoots>)";
        }
    }

    /** The ref as the spec has it, shortened when long; it is the user's text, never a refused file's. */
    private static String quote(String ref) {
        String shown = ref.length() > 200 ? ref.substring(0, 200) + "..." : ref;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
