package dev.ackgen.generator.customize;

import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.naming.GeneratedNames;
import dev.ackgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every customisation option of a run, read and checked once for all entry points: name mappings,
 * type mappings, and annotations and interfaces to add. A bad entry is refused here, before the
 * spec is read, with the option and the entry named; a name a mapping gives must be a Java
 * identifier the generated code does not use itself.
 */
public final class Customizations {
    /** No customisation: ackgen's own names and types. */
    public static final Customizations NONE = new Customizations(new EnumMap<>(CustomizationOption.class));

    /** The value of a type mapping that keeps a format's values as plain strings. */
    static final Set<String> STRING = Set.of("String", "java.lang.String");

    private final Map<CustomizationOption, List<String>> entries;
    private final Map<CustomizationOption, Map<String, String>> mappings = new EnumMap<>(CustomizationOption.class);

    private Customizations(Map<CustomizationOption, List<String>> entries) {
        this.entries = entries;
        for (Map.Entry<CustomizationOption, List<String>> option : entries.entrySet()) {
            if (option.getKey().shape().isMapping()) {
                Map<String, String> mapping = new LinkedHashMap<>();
                for (String entry : option.getValue()) {
                    int equals = entry.indexOf('=');
                    mapping.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
                }
                mappings.put(option.getKey(), Collections.unmodifiableMap(mapping));
            }
        }
    }

    /**
     * Reads the options' entries.
     *
     * @throws InvalidOptionsException naming every entry that is not what its option takes
     */
    public static Customizations of(Map<CustomizationOption, List<String>> options) throws InvalidOptionsException {
        Map<CustomizationOption, List<String>> entries = new EnumMap<>(CustomizationOption.class);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<CustomizationOption, List<String>> option : options.entrySet()) {
            List<String> kept = new ArrayList<>();
            for (String entry : option.getValue()) {
                if (entry == null || entry.isBlank()) {
                    continue; // an empty element in a Maven list or a trailing comma
                }
                String problem = check(option.getKey(), entry.strip());
                if (problem != null) {
                    problems.add(option.getKey() + " entry '" + entry.strip() + "': " + problem);
                } else if (!kept.contains(entry.strip())) {
                    kept.add(entry.strip());
                }
            }
            if (!kept.isEmpty()) {
                entries.put(option.getKey(), List.copyOf(kept));
            }
        }
        problems.addAll(duplicateKeys(entries));
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(String.join("\n", problems));
        }
        return new Customizations(entries);
    }

    /** Whether no option has an entry. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries of an option, as given (trimmed, blanks and repeats dropped). */
    public List<String> entries(CustomizationOption option) {
        return entries.getOrDefault(option, List.of());
    }

    /** Every option's entries in a stable order, for fingerprints: {@code typeMappings=date-time=java.time.Instant}. */
    public List<String> canonical() {
        List<String> lines = new ArrayList<>();
        entries.forEach((option, values) -> values.forEach(value -> lines.add(option.optionName() + "=" + value)));
        return lines;
    }

    /** A mapping option as key to value, in the order given. */
    public Map<String, String> mapping(CustomizationOption option) {
        return mappings.getOrDefault(option, Map.of());
    }

    /** The qualified names of the types an annotation or interface option lists ({@code @} taken off). */
    public List<String> typeNames(CustomizationOption option) {
        List<String> names = new ArrayList<>();
        for (String entry : entries(option)) {
            names.add(entry.startsWith("@") ? entry.substring(1).strip() : entry);
        }
        return names;
    }

    /**
     * Checks that every type the options name is there and is what the option needs (an
     * annotation type, an interface, a class), where the entry point looks.
     *
     * @throws InvalidOptionsException naming every entry whose type is missing or of the wrong kind
     */
    public void checkTypes(TypeLookup lookup, String whereLooked) throws InvalidOptionsException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<CustomizationOption, List<String>> option : entries.entrySet()) {
            CustomizationOption.Shape shape = option.getKey().shape();
            if (shape == CustomizationOption.Shape.NAME_MAPPING) {
                continue;
            }
            List<String> types = shape == CustomizationOption.Shape.TYPE_MAPPING
                    ? List.copyOf(mapping(option.getKey()).values())
                    : typeNames(option.getKey());
            for (String type : types) {
                if (option.getKey() == CustomizationOption.TYPE_MAPPINGS && STRING.contains(type)) {
                    continue; // keeps the format's values as strings
                }
                TypeLookup.Kind kind = lookup.find(type);
                String problem = kind == null ? "no such type " + type + " in " + whereLooked : switch (shape) {
                    case ANNOTATION -> kind == TypeLookup.Kind.ANNOTATION || kind == TypeLookup.Kind.SOURCE ? null
                            : type + " is not an annotation type";
                    case INTERFACE -> kind == TypeLookup.Kind.INTERFACE || kind == TypeLookup.Kind.SOURCE ? null
                            : type + " is not an interface";
                    default -> kind == TypeLookup.Kind.ANNOTATION ? type + " is an annotation type, not a class" : null;
                };
                if (problem == null && (shape == CustomizationOption.Shape.ANNOTATION || shape == CustomizationOption.Shape.INTERFACE)) {
                    problem = lookup.unusable(type, shape);
                }
                if (problem != null) {
                    problems.add(option.getKey() + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(String.join("\n", problems));
        }
    }

    private static String check(CustomizationOption option, String entry) {
        switch (option.shape()) {
            case NAME_MAPPING, TYPE_MAPPING -> {
                int equals = entry.indexOf('=');
                if (equals <= 0 || entry.substring(0, equals).isBlank() || equals == entry.length() - 1) {
                    return "takes key=value";
                }
                String value = entry.substring(equals + 1).strip();
                return option.shape() == CustomizationOption.Shape.NAME_MAPPING
                        ? checkName(option, value)
                        : checkType(option, value);
            }
            case ANNOTATION -> {
                return isQualifiedName(entry.startsWith("@") ? entry.substring(1).strip() : entry)
                        ? null : "is not a qualified Java type name (com.example.Marker); arguments are not supported";
            }
            default -> {
                if (option == CustomizationOption.ADDITIONAL_CLIENT_INTERFACES && entry.equals("java.io.Serializable")) {
                    return "a client holds connections and threads: it cannot be serializable";
                }
                return isQualifiedName(entry) ? null : "is not a qualified Java type name (java.io.Serializable)";
            }
        }
    }

    /** What is wrong with a name a mapping gives, or null. */
    private static String checkName(CustomizationOption option, String name) {
        if (!JavaNames.isIdentifier(name)) {
            return name + " is not a Java identifier";
        }
        return switch (option) {
            case MODEL_NAME_MAPPINGS, CLIENT_NAME_MAPPINGS -> JavaNames.isReservedClassName(name)
                    ? name + " is a class generated code already names (java.lang or ackgen's own)"
                    : Character.isLowerCase(name.charAt(0))
                    ? name + " starts with a lower-case letter: a field so named would hide the class" : null;
            case PROPERTY_NAME_MAPPINGS -> Character.isUpperCase(name.charAt(0))
                    ? name + " starts with an upper-case letter: a member so named hides the class of that name"
                    : GeneratedNames.MODEL_MEMBERS.contains(name) ? name + " is a member every model has" : null;
            case OPERATION_NAME_MAPPINGS -> GeneratedNames.CLIENT_MEMBERS.contains(name) ? name + " is a member every client has" : null;
            case ENUM_NAME_MAPPINGS -> GeneratedNames.ENUM_MEMBERS.contains(name) ? name + " is a member every enum has" : null;
            default -> null;
        };
    }

    /** What is wrong with the type a type mapping gives, or null. */
    private static String checkType(CustomizationOption option, String type) {
        if (option == CustomizationOption.TYPE_MAPPINGS && STRING.contains(type)) {
            return null;
        }
        return isQualifiedName(type) ? null : type + " is not a qualified Java class name (java.time.Instant)";
    }

    /** {@code a.b.C}: two or more identifiers joined by dots. */
    static boolean isQualifiedName(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!JavaNames.isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> duplicateKeys(Map<CustomizationOption, List<String>> entries) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<CustomizationOption, List<String>> option : entries.entrySet()) {
            if (!option.getKey().shape().isMapping()) {
                continue;
            }
            Map<String, String> seen = new LinkedHashMap<>();
            for (String entry : option.getValue()) {
                String key = entry.substring(0, entry.indexOf('=')).strip();
                String earlier = seen.putIfAbsent(key, entry);
                if (earlier != null) {
                    problems.add(option.getKey() + " maps " + key + " twice: '" + earlier + "' and '" + entry + "'");
                }
            }
        }
        return problems;
    }
}
