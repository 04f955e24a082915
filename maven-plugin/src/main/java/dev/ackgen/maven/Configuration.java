package dev.ackgen.maven;

import dev.ackgen.generator.Generator;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.Customizations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checked configuration of one run: everything that decides what is generated. Built only
 * through {@link #of}, which refuses a configuration that cannot work with a message naming the
 * parameter.
 *
 * <p>Adding an option means: a field here, a check in {@link #of} (or a {@code with...} method), and
 * a line in {@link #canonical()} so that changing it regenerates.
 *
 * @param spec the spec file, absolute and normalised
 * @param outputDirectory where the sources go, absolute and normalised
 * @param options package and kinds of file, for the generator
 * @param includeOperations operationIds to generate (empty: all), sorted
 * @param excludeOperations operationIds to leave out, sorted
 * @param extensions the extensions to run, loaded, with their options
 * @param overlays the overlay files, absolute and normalised, in the order they apply
 * @param strictOverlays whether an overlay action whose target selects nothing fails the run
 * @param customizations the name and type mappings and the annotations and interfaces to add, checked
 * @param refRoots directories besides the spec's whose files its {@code $ref}s may read, absolute and normalised
 */
public record Configuration(
        Path spec,
        Path outputDirectory,
        GeneratorOptions options,
        Set<String> includeOperations,
        Set<String> excludeOperations,
        Extensions extensions,
        List<Path> overlays,
        boolean strictOverlays,
        Customizations customizations,
        List<Path> refRoots) {

    public Configuration {
        refRoots = List.copyOf(refRoots);
        includeOperations = Set.copyOf(new TreeSet<>(includeOperations));
        excludeOperations = Set.copyOf(new TreeSet<>(excludeOperations));
        Objects.requireNonNull(extensions, "extensions (Extensions.NONE for none)");
        overlays = List.copyOf(overlays);
        Objects.requireNonNull(customizations, "customizations (Customizations.NONE for none)");
    }

    /**
     * Checks the raw parameter values ({@code extensions} is checked when loaded, {@link
     * Extensions#load}).
     *
     * @throws ConfigurationException naming the parameter and what is wrong with it
     */
    public static Configuration of(
            Path spec,
            String packageName,
            Path outputDirectory,
            Collection<String> include,
            Collection<String> exclude,
            boolean models,
            boolean validators,
            boolean client,
            Extensions extensions) throws ConfigurationException {
        if (spec == null) {
            throw new ConfigurationException("<spec> is not set: name the OpenAPI spec file (YAML or JSON)");
        }
        Path specFile = spec.toAbsolutePath().normalize();
        if (Files.isDirectory(specFile)) {
            throw new ConfigurationException("<spec> " + specFile + " is a directory: name the OpenAPI spec file (YAML or JSON)");
        }
        if (!Files.isRegularFile(specFile)) {
            throw new ConfigurationException("<spec> " + specFile + " does not exist");
        }
        if (packageName == null || packageName.isBlank()) {
            throw new ConfigurationException("<packageName> is not set: name the Java package of the generated classes");
        }
        if (outputDirectory == null) {
            throw new ConfigurationException("<outputDirectory> is not set");
        }
        try {
            Generator.checkPackageName(packageName.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("<packageName> " + e.getMessage());
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(packageName.strip(), models, validators, client);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("<models>/<validators>/<client>: " + e.getMessage());
        }
        Set<String> included = ids(include);
        Set<String> excluded = ids(exclude);
        List<String> both = new ArrayList<>(included);
        both.retainAll(excluded);
        if (!both.isEmpty()) {
            throw new ConfigurationException("<includeOperations> and <excludeOperations> both name " + String.join(", ", both)
                    + ": keep each operationId in one of them");
        }
        return new Configuration(specFile, outputDirectory.toAbsolutePath().normalize(), options, included, excluded, extensions,
                List.of(), false, Customizations.NONE, List.of());
    }

    /**
     * This configuration with these overlay files, applied in this order to the spec before the
     * extensions run.
     *
     * @param files the overlay files (null: none)
     * @param strict whether an action whose target selects nothing fails the run instead of warning
     * @throws ConfigurationException naming an overlay file that does not exist or is a directory
     */
    public Configuration withOverlays(Collection<Path> files, boolean strict) throws ConfigurationException {
        List<Path> checked = new ArrayList<>();
        if (files != null) {
            for (Path file : files) {
                Path overlay = file.toAbsolutePath().normalize();
                if (!Files.isRegularFile(overlay)) {
                    throw new ConfigurationException("<overlays> " + overlay + (Files.isDirectory(overlay) ? " is a directory" : " does not exist")
                            + ": name each overlay file (YAML or JSON) in an <overlay> element");
                }
                checked.add(overlay);
            }
        }
        return new Configuration(spec, outputDirectory, options, includeOperations, excludeOperations, extensions, checked, strict,
                customizations, refRoots);
    }

    /**
     * This configuration with these customisations, each option's entries as its parameter lists
     * them ({@link CustomizationOption#optionName()}; null or missing: none). The entries are
     * checked here; the types they name are looked up when the run starts (see {@link GenerationRun}).
     *
     * @throws ConfigurationException naming the parameter and each entry that is not what it takes
     */
    public Configuration withCustomizations(Map<CustomizationOption, List<String>> entries) throws ConfigurationException {
        Customizations checked;
        try {
            checked = Customizations.of(entries);
        } catch (InvalidOptionsException e) {
            throw new ConfigurationException(parameterNames(e.getMessage()));
        }
        return new Configuration(spec, outputDirectory, options, includeOperations, excludeOperations, extensions, overlays,
                strictOverlays, checked, refRoots);
    }

    /**
     * This configuration with these directories besides the spec's own whose files its {@code $ref}s
     * may read.
     *
     * @param directories the ref roots (null: none)
     * @throws ConfigurationException naming a ref root that is not a directory
     */
    public Configuration withRefRoots(Collection<Path> directories) throws ConfigurationException {
        List<Path> checked = new ArrayList<>();
        if (directories != null) {
            for (Path directory : directories) {
                Path root = directory.toAbsolutePath().normalize();
                if (!Files.isDirectory(root)) {
                    throw new ConfigurationException("<refRoots> " + root + (Files.exists(root) ? " is not a directory" : " does not exist")
                            + ": name each directory whose files the spec's $refs may read in a <refRoot> element");
                }
                checked.add(root);
            }
        }
        return new Configuration(spec, outputDirectory, options, includeOperations, excludeOperations, extensions, overlays,
                strictOverlays, customizations, checked);
    }

    /**
     * The generator's messages about options, in the plugin's terms: a line that starts with an
     * option's name ({@code typeMappings entry ...}) starts with the parameter instead
     * ({@code <typeMappings> entry ...}), as the plugin's other messages name parameters.
     */
    static String parameterNames(String message) {
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            if (text.length() > 0) {
                text.append('\n');
            }
            String named = line;
            for (CustomizationOption option : CustomizationOption.values()) {
                String name = option.optionName();
                if (line.startsWith(name) && line.length() > name.length()
                        && (line.charAt(name.length()) == ' ' || line.charAt(name.length()) == ':')) {
                    named = "<" + name + ">" + line.substring(name.length());
                    break;
                }
            }
            text.append(named);
        }
        return text.toString();
    }

    /** Trimmed, non-blank ids; {@code -Dackgen.includeOperations=A,B} arrives as "A", "B". */
    private static Set<String> ids(Collection<String> raw) {
        Set<String> ids = new TreeSet<>();
        if (raw != null) {
            for (String entry : raw) {
                if (entry == null) {
                    continue;
                }
                for (String id : entry.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The configuration as text, one setting a line, in a fixed order: what the fingerprint hashes.
     * The spec's path is not part of it (its content is, and the overlays' content, in order: see
     * {@link Fingerprint}), nor the output directory (the fingerprint lives there). Enabled extensions add their ids, code hashes and options;
     * the customisations a line per entry, in a stable order ({@link Customizations#canonical()}). Where the
     * types they name are found is not part of it: the generated code names them, it does not depend on them.
     */
    public String canonical() {
        return "package=" + options.packageName() + "\n"
                + "models=" + options.models() + "\n"
                + "validators=" + options.validators() + "\n"
                + "client=" + options.client() + "\n"
                + "strictOverlays=" + strictOverlays + "\n"
                + "refRoots=" + refRoots.stream().map(this::fromSpec).collect(Collectors.joining(",")) + "\n"
                + "includeOperations=" + String.join(",", new TreeSet<>(includeOperations)) + "\n"
                + "excludeOperations=" + String.join(",", new TreeSet<>(excludeOperations)) + "\n"
                + extensions.canonical()
                + customizations.canonical().stream().map(entry -> "customization " + Extensions.escape(entry) + "\n").collect(Collectors.joining());
    }

    /** A ref root as the fingerprint names it: relative to the spec's directory, so moving the project keeps it. */
    private String fromSpec(Path root) {
        Path base = spec.getParent();
        return (base != null && root.getRoot() != null && root.getRoot().equals(base.getRoot()) ? base.relativize(root) : root)
                .toString().replace('\\', '/');
    }
}
