package dev.ackgen.generator.extension;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.spi.AckgenExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds extensions with {@link ServiceLoader} and enables those the configuration names, in the
 * order it names them. Extensions on the class path that are not named never run.
 */
public final class ExtensionLoader {
    private ExtensionLoader() {}

    /**
     * The named extensions, in the order given.
     *
     * @param classLoader where to look ({@code META-INF/services/dev.ackgen.generator.spi.AckgenExtension})
     * @param ids the ids the configuration enables, in order
     * @param options each extension's options, by id; an id here must also be in {@code ids}
     * @throws InvalidOptionsException when an id is unknown, named twice, or found twice on the class
     *     path, or options name an extension that is not enabled
     */
    public static List<EnabledExtension> load(ClassLoader classLoader, List<String> ids, Map<String, Map<String, String>> options)
            throws InvalidOptionsException {
        if (ids.isEmpty() && options.isEmpty()) {
            return List.of();
        }
        Map<String, AckgenExtension> available = available(classLoader);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<EnabledExtension> enabled = new ArrayList<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add("extension " + id + " is named twice");
                continue;
            }
            AckgenExtension extension = available.get(id);
            if (extension == null) {
                problems.add("no extension has the id " + id + "; " + (available.isEmpty()
                        ? "none is on the class path (add its jar to the plugin's <dependencies> or the annotation processor path)"
                        : "found: " + String.join(", ", available.keySet())));
                continue;
            }
            enabled.add(new EnabledExtension(extension, options.getOrDefault(id, Map.of())));
        }
        for (String id : new TreeMap<>(options).keySet()) {
            if (!seen.contains(id)) {
                problems.add("options are given for extension " + id + ", which is not enabled");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(String.join("\n", problems));
        }
        return List.copyOf(enabled);
    }

    /** Every extension on the class path, by id, sorted. */
    public static Map<String, AckgenExtension> available(ClassLoader classLoader) throws InvalidOptionsException {
        Map<String, AckgenExtension> byId = new TreeMap<>();
        try {
            for (AckgenExtension extension : ServiceLoader.load(AckgenExtension.class, classLoader)) {
                AckgenExtension other = byId.putIfAbsent(id(extension), extension);
                if (other != null) {
                    throw new InvalidOptionsException("two extensions have the id " + other.id() + ": "
                            + other.getClass().getName() + " and " + extension.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new InvalidOptionsException("an extension cannot be loaded: " + e.getMessage());
        }
        return byId;
    }

    /** The extension's id, checked: the configuration names extensions by it. */
    private static String id(AckgenExtension extension) throws InvalidOptionsException {
        String id;
        try {
            id = extension.id();
        } catch (RuntimeException | LinkageError e) {
            throw new InvalidOptionsException("the extension " + extension.getClass().getName() + " failed in id(): " + e);
        }
        if (id == null || id.isBlank()) {
            throw new InvalidOptionsException("the extension " + extension.getClass().getName() + " has no id");
        }
        return id;
    }
}
