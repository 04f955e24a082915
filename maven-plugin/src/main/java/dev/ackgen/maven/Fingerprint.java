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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

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
 *
 * <p>Each file is recorded with its size and modification time, the inputs as well as the outputs,
 * and an up-to-date check reads only the files whose stamp moved ({@link FileHashes}).
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
    /** The prefix of an input file's stamp line: size, modification time, hash, path. */
    private static final String STAMP = "stamp ";
    /** The prefix of an output file's line: hash, size, modification time, path in the output directory. */
    private static final String OUTPUT = "output ";
    private static final String HEADER = "# ackgen fingerprint v3: the inputs' hash, the files the spec references, the inputs' stamps,"
            + " then each output's hash and stamp. Delete to regenerate.";
    /**
     * The most a referenced file may hold (as {@code ExternalRefs.MAX_FILE_BYTES}; a constant here, as
     * naming that class would load the JSON parser the quick check exists to avoid). A recorded file
     * that grew past it is left to the full check, which refuses it, rather than read whole.
     */
    private static final long MAX_REFERENCED_BYTES = 3L << 20;

    private final String inputs;
    private final String direct;
    private final List<Path> references;
    private final Map<Path, FileHashes.Stamp> stamps;

    private Fingerprint(String inputs, String direct, List<Path> references, Map<Path, FileHashes.Stamp> stamps) {
        this.inputs = inputs;
        this.direct = direct;
        this.references = List.copyOf(references);
        this.stamps = new TreeMap<>(stamps);
    }

    /** Hashes the spec, the files it references, the overlays, the configuration and the generator identity. */
    static Fingerprint of(Configuration configuration, String generatorIdentity) throws IOException {
        ReferenceScanner.References references = ReferenceScanner.scan(configuration.spec(), configuration.refRoots(), configuration.overlays());
        FileHashes hashes = FileHashes.reading();
        String direct = directText(configuration, generatorIdentity, hashes);
        List<Path> files = List.copyOf(references.files());
        String inputs = inputsHash(configuration, direct, files, references.refused(), hashes);
        return new Fingerprint(inputs, sha256(direct.getBytes(StandardCharsets.UTF_8)), files, hashes.taken());
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
        if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
            return null;
        }
        Map<Path, FileHashes.Stamp> recordedStamps = new HashMap<>();
        for (String line : lines.subList(3, lines.size())) {
            if (line.startsWith(STAMP)) {
                String[] parts = line.substring(STAMP.length()).split(" ", 4);
                FileHashes.Stamp stamp = parts.length == 4 ? stamp(parts[0], parts[1], parts[2]) : null;
                if (stamp == null) {
                    return null;
                }
                recordedStamps.put(Path.of(unescape(parts[3])), stamp);
            }
        }
        FileHashes hashes = FileHashes.trusting(recordedStamps, modified(file));
        String direct = directText(configuration, generatorIdentity, hashes);
        if (!lines.get(2).equals(DIRECT + sha256(direct.getBytes(StandardCharsets.UTF_8)))) {
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
        String inputs = inputsHash(configuration, direct, files, "", hashes);
        return new Fingerprint(inputs, sha256(direct.getBytes(StandardCharsets.UTF_8)), files, hashes.taken());
    }

    /** What decides which files the spec references: the generator, the configuration, the spec's and overlays' bytes. */
    private static String directText(Configuration configuration, String generatorIdentity, FileHashes hashes) throws IOException {
        StringBuilder text = new StringBuilder(generatorIdentity).append(configuration.canonical());
        text.append("spec ").append(hashes.hash(configuration.spec())).append('\n');
        for (Path overlay : configuration.overlays()) {
            text.append("overlay ").append(hashes.hash(overlay)).append('\n');
        }
        return text.toString();
    }

    /**
     * The direct inputs, then each referenced file by name, real path (a file swapped for a link
     * elsewhere is a change) and content, then why the refs were refused, if they were.
     */
    private static String inputsHash(Configuration configuration, String direct, List<Path> files, String refused, FileHashes hashes)
            throws IOException {
        StringBuilder text = new StringBuilder(direct);
        Path base = configuration.spec().getParent();
        for (Path file : files) {
            String name = file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
            String real = Files.exists(file) ? file.toRealPath().toString() : "missing";
            text.append("ref ").append(name).append(' ').append(real).append(' ').append(hashes.hash(file)).append('\n');
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

    /**
     * Whether the output directory holds what these inputs generate, untouched: each recorded
     * output is there with its hash, read only when its size or modification time moved.
     */
    boolean upToDate(Path outputDirectory) throws IOException {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)) {
            return false;
        }
        Map<Path, String> outputs = new TreeMap<>();
        Map<Path, FileHashes.Stamp> outputStamps = new HashMap<>();
        boolean manifest = false;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith(WARNING) || line.startsWith(REFERENCE) || line.startsWith(DIRECT) || line.startsWith(STAMP)) {
                continue;
            }
            String[] parts = line.split(" ", 5);
            if (parts.length != 5 || !line.startsWith(OUTPUT)) {
                return false;
            }
            Path output = outputDirectory.resolve(parts[4]).normalize();
            if (!output.startsWith(outputDirectory)) {
                return false;
            }
            FileHashes.Stamp stamp = stamp(parts[2], parts[3], parts[1]);
            if (stamp == null) {
                return false;
            }
            outputs.put(output, parts[1]);
            outputStamps.put(output, stamp);
            manifest |= parts[4].equals(OutputWriter.MANIFEST);
        }
        FileHashes hashes = FileHashes.trusting(outputStamps, modified(file));
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            if (!hashes.matches(output.getKey(), output.getValue())) {
                return false;
            }
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
     * Records these inputs, the run's warnings and the files just written, by path, {@link
     * #sha256} of their bytes and stamp (and the manifest), as the output directory's state.
     */
    void store(Path outputDirectory, Map<String, String> fileHashes, List<String> warnings) throws IOException {
        Map<String, String> outputs = new TreeMap<>(fileHashes);
        outputs.put(OutputWriter.MANIFEST, FileHashes.reading().hash(outputDirectory.resolve(OutputWriter.MANIFEST)));
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputs).append('\n')
                .append(DIRECT).append(direct).append('\n');
        for (Path reference : references) {
            text.append(REFERENCE).append(escape(reference.toString())).append('\n');
        }
        stamps.forEach((path, stamp) -> text.append(STAMP).append(stamp.size()).append(' ').append(stamp.modified()).append(' ')
                .append(stamp.hash()).append(' ').append(escape(path.toString())).append('\n'));
        for (String warning : warnings) {
            text.append(WARNING).append(escape(warning)).append('\n');
        }
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            FileHashes.Stamp stamp = FileHashes.stamp(outputDirectory.resolve(output.getKey()), output.getValue());
            if (stamp == null) {
                return; // an output vanished as it was written: no record, so the next run regenerates
            }
            text.append(OUTPUT).append(output.getValue()).append(' ').append(stamp.size()).append(' ').append(stamp.modified())
                    .append(' ').append(output.getKey()).append('\n');
        }
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

    /** A recorded stamp, or null when the fingerprint file was damaged. */
    private static FileHashes.Stamp stamp(String size, String modified, String hash) {
        try {
            return new FileHashes.Stamp(Long.parseLong(size), Long.parseLong(modified), hash);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A file's modification time in nanoseconds. */
    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
