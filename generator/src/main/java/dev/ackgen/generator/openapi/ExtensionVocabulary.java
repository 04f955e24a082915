package dev.ackgen.generator.openapi;

import dev.ackgen.generator.naming.JavaNames;
import java.util.Map;
import java.util.Set;

/**
 * The {@code x-ackgen-*} keys ackgen knows (spec/EXTENSIONS.md) and the checks on their shape
 * that do not need the rest of the model. A misspelt key is an error, not something silently
 * ignored: a rule the user wrote and the validator does not check is worse than a failed build.
 */
final class ExtensionVocabulary {
    static final String MIN_CHARACTER_CLASSES = "x-ackgen-min-character-classes";
    static final String SECRET = "x-ackgen-secret";
    static final String JAVA_NAME = "x-ackgen-java-name";
    static final String RULES = "x-ackgen-rules";
    static final String ACTION = "x-ackgen-action";
    static final String API_VERSION = "x-ackgen-api-version";
    static final String PAGINATION = "x-ackgen-pagination";
    /** Not ackgen's: Alibaba Cloud's descriptions of enum values, which ackgen reads. */
    static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";

    private static final String PREFIX = "x-ackgen-";
    private static final Set<String> KNOWN = Set.of(MIN_CHARACTER_CLASSES, SECRET, JAVA_NAME, RULES, ACTION, API_VERSION, PAGINATION);

    private final Problems problems;

    ExtensionVocabulary(Problems problems) {
        this.problems = problems;
    }

    /** Reports every {@code x-ackgen-*} key of a node that ackgen does not know. */
    void checkKnown(Map<String, Object> extensions, String pointer) {
        if (extensions == null) {
            return;
        }
        for (String key : extensions.keySet()) {
            if (key.startsWith(PREFIX) && !KNOWN.contains(key)) {
                problems.add(pointer + "/" + key, "unknown extension " + key + " (see spec/EXTENSIONS.md for the ones ackgen knows)");
            }
        }
    }

    /** The node's {@code x-ackgen-java-name}, or the fallback when it has none or a bad one (reported). */
    String javaName(Map<String, Object> extensions, String pointer, String fallback) {
        Object name = extensions == null ? null : extensions.get(JAVA_NAME);
        if (name == null) {
            return fallback;
        }
        if (!(name instanceof String text) || !JavaNames.isIdentifier(text)) {
            problems.add(pointer + "/" + JAVA_NAME, JAVA_NAME + " must be a Java identifier, not " + name);
            return fallback;
        }
        if (JavaNames.isReservedName(text)) {
            problems.add(pointer + "/" + JAVA_NAME, JAVA_NAME + " " + text + " is a name generated code uses itself"
                    + " (an Object method, serialVersionUID, a nested class such as Builder or Value, or a class"
                    + " generated code refers to by its simple name); choose another");
            return fallback;
        }
        return text;
    }

    /**
     * The class name {@code x-ackgen-java-name} gives a schema, else the fallback. A name that
     * starts in lower case is capitalised ({@code additionalProperties}: {@code AdditionalProperties}):
     * generated code names classes and fields side by side, and a field of the same name hides the
     * class ({@code pets.readJson} would mean the field {@code pets}).
     */
    String javaClassName(Map<String, Object> extensions, String pointer, String fallback) {
        String name = javaName(extensions, pointer, fallback);
        return Character.isLowerCase(name.charAt(0)) ? JavaNames.className(name) : name;
    }

    /**
     * The member name {@code x-ackgen-java-name} gives a property or parameter, else ackgen's name
     * for the wire name. A capitalised name is made a member name ({@code Paging}: {@code paging}):
     * a field named like a class hides that class from the code around it, so an inline object
     * property named {@code Paging} would not compile.
     */
    String javaMemberName(Map<String, Object> extensions, String pointer, String wireName) {
        String name = javaName(extensions, pointer, null);
        if (name == null) {
            return JavaNames.memberName(wireName);
        }
        return Character.isUpperCase(name.charAt(0)) ? JavaNames.memberName(name) : name;
    }

    /** {@code x-ackgen-min-character-classes}: 1 to 4, or null when absent or bad (reported). */
    Integer minCharacterClasses(Map<String, Object> extensions, String pointer) {
        Object value = extensions == null ? null : extensions.get(MIN_CHARACTER_CLASSES);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer n && n >= 1 && n <= 4) {
            return n;
        }
        problems.add(pointer + "/" + MIN_CHARACTER_CLASSES, "must be an integer from 1 to 4");
        return null;
    }

    /** Whether the node says {@code x-ackgen-secret: true}. */
    static boolean isSecret(Map<String, Object> extensions) {
        return extensions != null && Boolean.TRUE.equals(extensions.get(SECRET));
    }

    /** A text-valued extension, or null when absent. */
    static String text(Map<String, Object> extensions, String key) {
        Object value = extensions == null ? null : extensions.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
