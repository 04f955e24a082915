package dev.ackgen.maven;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The extensions one run enables: the ids of {@code <extensions>}, in order, each with its options
 * from {@code <extensionOptions>} (keys {@code <extension id>.<option name>}), found with {@link
 * java.util.ServiceLoader} in a class loader (the plugin's class realm, which holds the jars of the
 * plugin's {@code <dependencies>}).
 *
 * @param enabled the extensions, in the order they run
 */
record Extensions(List<EnabledExtension> enabled) {
    /** No extension: the class path is not even searched. */
    static final Extensions NONE = new Extensions(List.of());

    Extensions {
        enabled = List.copyOf(enabled);
    }

    /**
     * Checks the raw parameter values and loads the extensions they name.
     *
     * @param classLoader where the extensions are looked for
     * @param ids {@code <extensions>}; {@code -Dackgen.extensions=a,b} may arrive as one "a,b"
     * @param options {@code <extensionOptions>}, by {@code id.name}
     * @throws ConfigurationException naming the parameter: a repeated id, an option key that is not
     *     {@code id.name} or names an extension that is not enabled, an id no extension has (listing
     *     the ids found), an extension that cannot be loaded
     */
    static Extensions load(ClassLoader classLoader, Collection<String> ids, Map<String, String> options)
            throws ConfigurationException {
        List<String> order = parseIds(ids);
        Map<String, Map<String, String>> byId = parseOptions(options, order);
        if (order.isEmpty()) {
            return NONE;
        }
        try {
            return new Extensions(ExtensionLoader.load(classLoader, order, byId));
        } catch (InvalidOptionsException e) {
            throw new ConfigurationException("<extensions>: " + e.getMessage());
        }
    }

    private static List<String> parseIds(Collection<String> raw) throws ConfigurationException {
        Set<String> ids = new LinkedHashSet<>();
        if (raw != null) {
            for (String entry : raw) {
                if (entry == null) {
                    continue;
                }
                for (String id : entry.split(",")) {
                    if (!id.isBlank() && !ids.add(id.strip())) {
                        throw new ConfigurationException("<extensions> names " + id.strip() + " twice: each extension runs once");
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private static Map<String, Map<String, String>> parseOptions(Map<String, String> raw, List<String> ids) throws ConfigurationException {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        if (raw == null) {
            return byId;
        }
        for (Map.Entry<String, String> option : new TreeMap<>(raw).entrySet()) {
            String key = option.getKey().strip();
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new ConfigurationException("<extensionOptions> <" + key + ">: name each option <extension id>.<option name>,"
                        + " e.g. <" + (ids.isEmpty() ? "my-extension" : ids.get(0)) + ".someOption>");
            }
            String id = key.substring(0, dot);
            if (!ids.contains(id)) {
                throw new ConfigurationException("<extensionOptions> <" + key + "> is an option of extension " + id
                        + ", which <extensions> does not enable" + (ids.isEmpty() ? "" : " (it enables " + String.join(", ", ids) + ")"));
            }
            byId.computeIfAbsent(id, enabled -> new TreeMap<>())
                    .put(key.substring(dot + 1), option.getValue() == null ? "" : option.getValue());
        }
        return byId;
    }

    /**
     * What the fingerprint records, one line each, in run order: every extension's id, class and
     * code hash (the jar or classes directory its class comes from, by content), then its options.
     * Empty when none is enabled.
     */
    String canonical() {
        StringBuilder text = new StringBuilder();
        for (EnabledExtension extension : enabled) {
            Class<?> type = extension.extension().getClass();
            text.append("extension ").append(extension.id()).append(' ').append(type.getName())
                    .append(" code ").append(CodeHash.of(type)).append('\n');
            extension.options().forEach((name, value) -> text.append("extension ").append(extension.id())
                    .append(" option ").append(name).append('=').append(escape(value)).append('\n'));
        }
        return text.toString();
    }

    /** The ids, in run order. */
    List<String> ids() {
        return enabled.stream().map(EnabledExtension::id).toList();
    }

    /** One value a line: a newline in a value cannot pass for the next line. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
