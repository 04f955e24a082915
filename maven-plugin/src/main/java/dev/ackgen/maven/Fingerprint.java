package dev.ackgen.maven;

import dev.ackgen.generator.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether a run can skip generation: a SHA-256 over everything the output depends on
 * (the spec's bytes, the bytes of every file it references through {@code $ref}, transitively, as
 * far as the ref roots allow ({@link ReferenceScanner}), the bytes of each overlay file in the order they apply, the effective
 * configuration, and the generator's identity), kept in
 * {@value #FILE} in the output directory together with a hash of each file the last run
 * produced.
 *
 * <p>A run is up to date only when the inputs hash the same <em>and</em> every recorded output
 * file (and the writer's manifest) is still there with the recorded content: deleting or editing
 * a generated file, or {@code mvn clean}, regenerates.
 *
 * <p>The files the spec referenced are recorded too, with a hash of the inputs that decide which
 * files those are (spec, overlays, configuration, generator). While that hash holds, the recorded
 * list is the list a scan would find, so an up-to-date build hashes files and parses nothing
 * ({@link #recorded}).
 */
final class Fingerprint {
    /** The fingerprint file, in the output directory. */
    static final String FILE = ".ackgen-fingerprint";
    /** The prefix of a stored warning's line. */
    private static final String WARNING = "warning ";
    /** The prefix of a referenced file's line. */
    private static final String REFERENCE = "ref ";
    /** The prefix of the direct inputs' hash line. */
    private static final String DIRECT = "direct ";
    private static final String HEADER = "# ackgen fingerprint v2: the inputs' hash, the files the spec references, then each output's hash."
            + " Delete to regenerate.";
    /**
     * The most a referenced file may hold (as {@code ExternalRefs.MAX_FILE_BYTES}; a constant here, as
     * naming that class would load the JSON parser the quick check exists to avoid). A recorded file
     * that grew past it is left to the full check, which refuses it, rather than read whole.
     */
    private static final long MAX_REFERENCED_BYTES = 3L << 20;

    private final String inputs;
    private final String direct;
    private final List<Path> references;

    private Fingerprint(String inputs, String direct, List<Path> references) {
        this.inputs = inputs;
        this.direct = direct;
        this.references = List.copyOf(references);
    }

    /** Hashes the spec, the files it references, the overlays, the configuration and the generator identity. */
    static Fingerprint of(Configuration configuration, String generatorIdentity) throws IOException {
        ReferenceScanner.References references = ReferenceScanner.scan(configuration.spec(), configuration.refRoots(), configuration.overlays());
        String direct = directText(configuration, generatorIdentity);
        List<Path> files = List.copyOf(references.files());
        return new Fingerprint(inputsHash(configuration, direct, files, references.refused()), sha256(direct.getBytes(StandardCharsets.UTF_8)), files);
    }

    /**
     * The fingerprint computed with the referenced files the last run recorded, without reading
     * the spec's structure (no parser loads): null when there is no record, or when the spec, an
     * overlay, the configuration or the generator changed since, as those decide which files are
     * referenced. A referenced file that changed changes the hash: the full check then runs. So
     * an up-to-date build costs hashing its inputs and outputs, and nothing more.
     */
    static Fingerprint recorded(Configuration configuration, String generatorIdentity) throws IOException {
        Path file = configuration.outputDirectory().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String direct = directText(configuration, generatorIdentity);
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(2).equals(DIRECT + sha256(direct.getBytes(StandardCharsets.UTF_8)))) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            if (line.startsWith(REFERENCE)) {
                Path referenced = Path.of(unescape(line.substring(REFERENCE.length())));
                if (!Files.isRegularFile(referenced) || Files.size(referenced) > MAX_REFERENCED_BYTES) {
                    return null;
                }
                files.add(referenced);
            }
        }
        return new Fingerprint(inputsHash(configuration, direct, files, ""), sha256(direct.getBytes(StandardCharsets.UTF_8)), files);
    }

    /** What decides which files the spec references: the generator, the configuration, the spec's and overlays' bytes. */
    private static String directText(Configuration configuration, String generatorIdentity) throws IOException {
        StringBuilder text = new StringBuilder(generatorIdentity).append(configuration.canonical());
        text.append("spec ").append(fileHash(configuration.spec())).append('\n');
        for (Path overlay : configuration.overlays()) {
            text.append("overlay ").append(fileHash(overlay)).append('\n');
        }
        return text.toString();
    }

    /**
     * The direct inputs, then each referenced file by name, real path (a file swapped for a link
     * elsewhere is a change) and content, then why the refs were refused, if they were.
     */
    private static String inputsHash(Configuration configuration, String direct, List<Path> files, String refused) throws IOException {
        StringBuilder text = new StringBuilder(direct);
        Path base = configuration.spec().getParent();
        for (Path file : files) {
            String name = file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
            String real = Files.exists(file) ? file.toRealPath().toString() : "missing";
            text.append("ref ").append(name).append(' ').append(real).append(' ').append(fileHash(file)).append('\n');
        }
        if (!refused.isEmpty()) {
            text.append("refused ").append(refused.replace("\n", " ")).append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** How many files the spec references (for the log). */
    int referencedFiles() {
        return references.size();
    }

    /** Whether the output directory holds what these inputs generate, untouched. */
    boolean upToDate(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)) {
            return false;
        }
        boolean manifest = false;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith(WARNING) || line.startsWith(REFERENCE) || line.startsWith(DIRECT)) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].equals("output")) {
                return false;
            }
            Path output = outputDirectory.resolve(parts[2]).normalize();
            if (!output.startsWith(outputDirectory) || !Files.isRegularFile(output) || !fileHash(output).equals(parts[1])) {
                return false;
            }
            manifest |= parts[2].equals(OutputWriter.MANIFEST);
        }
        return manifest;
    }

    /**
     * The warnings the run that generated the output gave: an up-to-date build repeats them, so a
     * customisation that no longer applies keeps being reported until it is fixed, not only once.
     */
    static List<String> storedWarnings(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(WARNING))
                .map(line -> unescape(line.substring(WARNING.length())))
                .toList();
    }

    /** One line: backslashes and line breaks escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Undoes {@link #escape}: {@code \\n} is a line break, {@code \\\\} a backslash. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Records these inputs, the run's warnings and the files just written, by path and {@link
     * #sha256} of their bytes (and the manifest), as the output directory's state.
     */
    void store(Path outputDirectory, Map<String, String> fileHashes, List<String> warnings) throws IOException {
        Map<String, String> outputs = new TreeMap<>(fileHashes);
        outputs.put(OutputWriter.MANIFEST, fileHash(outputDirectory.resolve(OutputWriter.MANIFEST)));
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputs).append('\n')
                .append(DIRECT).append(direct).append('\n');
        for (Path reference : references) {
            text.append(REFERENCE).append(escape(reference.toString())).append('\n');
        }
        for (String warning : warnings) {
            text.append(WARNING).append(escape(warning)).append('\n');
        }
        outputs.forEach((path, hash) -> text.append("output ").append(hash).append(' ').append(path).append('\n'));
        Path target = outputDirectory.resolve(FILE);
        Path temporary = Files.createTempFile(outputDirectory, "." + FILE, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && inputs.equals(that.inputs);
    }

    @Override
    public int hashCode() {
        return inputs.hashCode();
    }

    @Override
    public String toString() {
        return inputs;
    }

    private static String fileHash(Path file) throws IOException {
        return Files.isRegularFile(file) ? sha256(Files.readAllBytes(file)) : "missing";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
