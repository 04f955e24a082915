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
 */
final class Fingerprint {
    /** The fingerprint file, in the output directory. */
    static final String FILE = ".ackgen-fingerprint";
    /** The prefix of a stored warning's line. */
    private static final String WARNING = "warning ";
    private static final String HEADER = "# ackgen fingerprint v1: the inputs' hash, then each output's hash. Delete to regenerate.";

    private final String inputs;
    private final int referencedFiles;

    private Fingerprint(String inputs, int referencedFiles) {
        this.inputs = inputs;
        this.referencedFiles = referencedFiles;
    }

    /** Hashes the spec, the files it references, the overlays, the configuration and the generator identity. */
    static Fingerprint of(Configuration configuration, String generatorIdentity) throws IOException {
        ReferenceScanner.References references = ReferenceScanner.scan(configuration.spec(), configuration.refRoots(), configuration.overlays());
        StringBuilder text = new StringBuilder(generatorIdentity).append(configuration.canonical());
        text.append("spec ").append(fileHash(configuration.spec())).append('\n');
        Path base = configuration.spec().getParent();
        for (Path file : references.files()) {
            String name = file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
            text.append("ref ").append(name).append(' ').append(fileHash(file)).append('\n');
        }
        if (!references.refused().isEmpty()) {
            text.append("refused ").append(references.refused().replace("\n", " ")).append('\n');
        }
        for (Path overlay : configuration.overlays()) {
            text.append("overlay ").append(fileHash(overlay)).append('\n');
        }
        return new Fingerprint(sha256(text.toString().getBytes(StandardCharsets.UTF_8)), references.files().size());
    }

    /** How many files the spec references (for the log). */
    int referencedFiles() {
        return referencedFiles;
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
            if (line.startsWith(WARNING)) {
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

    /** Undoes the escaping of {@link #store}: {@code \\n} is a line break, {@code \\\\} a backslash. */
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
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputs).append('\n');
        for (String warning : warnings) {
            // One line each: backslashes and line breaks escaped.
            text.append(WARNING).append(warning.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
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
