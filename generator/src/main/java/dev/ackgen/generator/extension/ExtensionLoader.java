package dev.ackgen.generator.extension;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.spi.AckgenExtension;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds extensions with {@link ServiceLoader} and enables those the configuration names, in the
 * order it names them. Extensions on the class path that are not named never run, and one that
 * cannot even be loaded (its constructor or {@code id()} fails) stops a run only when it might be
 * the one the configuration names.
 */
public final class ExtensionLoader {
    private ExtensionLoader() {}

    /** What the class path offers: the extensions by id, and the providers that could not be loaded. */
    public record Found(Map<String, List<AckgenExtension>> byId, List<String> broken) {
        public Found {
            byId = java.util.Collections.unmodifiableMap(new TreeMap<>(byId));
            broken = List.copyOf(broken);
        }
    }

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
        Found found = find(classLoader);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<EnabledExtension> enabled = new ArrayList<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add("extension " + id + " is named twice");
                continue;
            }
            List<AckgenExtension> candidates = found.byId().getOrDefault(id, List.of());
            if (candidates.size() > 1) {
                problems.add("two extensions have the id " + id + ": " + String.join(" and ",
                        candidates.stream().map(extension -> extension.getClass().getName()).toList()));
            } else if (candidates.isEmpty()) {
                problems.add(notFound(id, found));
            } else {
                enabled.add(new EnabledExtension(candidates.get(0), options.getOrDefault(id, Map.of())));
            }
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

    /** Every extension on the class path by id (sorted), and every provider that failed to load. */
    public static Found find(ClassLoader classLoader) {
        Map<String, List<AckgenExtension>> byId = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        Iterator<AckgenExtension> providers = ServiceLoader.load(AckgenExtension.class, classLoader).iterator();
        while (true) {
            AckgenExtension extension;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                extension = providers.next();
            } catch (ServiceConfigurationError e) {
                // The loader goes on with the next provider after an error (ServiceLoader's contract).
                broken.add(e.getMessage());
                continue;
            }
            String id = idOf(extension, broken);
            if (id != null) {
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(extension);
            }
        }
        return new Found(byId, broken);
    }

    /** The extension's id, or null (noted as broken) when id() fails or gives nothing. */
    private static String idOf(AckgenExtension extension, List<String> broken) {
        try {
            String id = extension.id();
            if (id == null || id.isBlank()) {
                broken.add(extension.getClass().getName() + " has no id");
                return null;
            }
            return id;
        } catch (RuntimeException | LinkageError e) {
            broken.add(extension.getClass().getName() + " failed in id(): " + e);
            return null;
        }
    }

    private static String notFound(String id, Found found) {
        StringBuilder message = new StringBuilder("no extension has the id ").append(id).append("; ");
        message.append(found.byId().isEmpty()
                ? "none is on the class path (add its jar where ackgen runs: the plugin's <dependencies>, the annotation"
                        + " processor path, or the command line's class path)"
                : "found: " + String.join(", ", found.byId().keySet()));
        if (!found.broken().isEmpty()) {
            message.append("; could not load: ").append(String.join("; ", found.broken()));
        }
        return message.toString();
    }
}
