package dev.ackgen.generator.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every rule for turning a name from the spec into a Java identifier lives here, so that a
 * collision is decided once and the same way for every emitter.
 *
 * <ul>
 *   <li>Words are split at anything that is not an ASCII letter or digit and at case changes
 *       ({@code worker_data_disks}, {@code ClusterId}, {@code APIServer}); other characters,
 *       Chinese text among them, are dropped.
 *   <li>A name that starts with a digit gets a leading underscore; a Java keyword or literal gets a
 *       trailing one ({@code class_}).
 *   <li>A class name that a generated file would confuse with a {@code java.lang} type (such as
 *       {@code Runtime}) gets the suffix {@code Model}: {@code RuntimeModel}.
 *   <li>Names that still collide after this ({@code foo_bar} and {@code fooBar}) are numbered in spec
 *       order: {@code fooBar}, {@code fooBar2}.
 * </ul>
 */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed",
            "permits", "non-sealed");

    /**
     * java.lang types (and the types generated code names unqualified) a generated class must not
     * shadow: a reader should never wonder which {@code Runtime} or {@code List} is meant. The
     * classes generated code nests ({@link GeneratedNames#NESTED_CLASSES}) and generates once per
     * package ({@link GeneratedNames#PACKAGE_CLASSES}) are kept clear of too.
     */
    private static final Set<String> RESERVED_CLASS_NAMES = Set.of(
            "Boolean", "Byte", "Character", "Class", "ClassLoader", "Deprecated", "Double", "Enum", "Error",
            "Exception", "Float", "Integer", "Iterable", "Long", "Math", "Module", "Number", "Object",
            "Override", "Package", "Process", "Record", "Runnable", "Runtime", "RuntimeException",
            "SafeVarargs", "Short", "StrictMath", "String", "StringBuilder", "SuppressWarnings", "System",
            "Thread", "Throwable", "Void", "Generated", "List", "Map", "Objects", "Pattern", "JsonNode",
            "Violation",
            // java.lang types generated code names without importing them: a class of the package
            // with the same simple name would be found first (a client is AutoCloseable).
            "AutoCloseable", "CharSequence", "Cloneable", "Comparable", "IllegalArgumentException",
            "IllegalStateException", "NullPointerException", "UnsupportedOperationException", "FunctionalInterface",
            // ackgen's runtime, which generated readers, writers and validators call
            "JsonReading", "JsonWriting", "JsonReadException", "JsonWritable", "IsoValues", "ModelFields", "ModelText",
            "Checks", "ValidationException");

    /** Members every generated class has (from Object) or that serialization gives a meaning to. */
    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait",
            "serialVersionUID");

    private JavaNames() {}

    /**
     * The name of a class nested in a generated class, named after one of its properties: like
     * {@link #className}, but never {@code _2fa}, which is the {@link #memberName member name} of
     * {@code 2fa}. The field of a property would obscure the class of its inline object (javac reads
     * {@code _2fa.JsonReader} as the field), so a name that starts with a digit gets {@code Type}
     * before it instead: {@code Type2fa}. Other class names start upper-case, member names never do.
     */
    public static String nestedClassName(String raw) {
        String name = className(raw);
        return name.startsWith("_") ? "Type" + name.substring(1) : name;
    }

    /** A class name: {@code data_disk} becomes {@code DataDisk}. */
    public static String className(String raw) {
        String name = pascal(words(raw));
        if (name.isEmpty()) {
            name = "Type";
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        if (isReservedClassName(name)) {
            name = name + "Model";
        }
        return name;
    }

    /**
     * Whether a name the spec gives ({@code x-ackgen-java-name}) would clash with what every class
     * has or generated code uses: an {@code Object} method, {@code serialVersionUID}, a class name
     * ackgen reserves ({@link #isReservedClassName}).
     */
    public static boolean isReservedName(String name) {
        return RESERVED_MEMBER_NAMES.contains(name) || isReservedClassName(name);
    }

    /**
     * Whether a generated class must not take this simple name: a java.lang type or a type generated
     * code names unqualified, a class it nests ({@code Builder}, {@code Value}) or one it generates
     * once per package ({@code JsonModelReaders}).
     */
    public static boolean isReservedClassName(String name) {
        return RESERVED_CLASS_NAMES.contains(name) || GeneratedNames.NESTED_CLASSES.contains(name)
                || GeneratedNames.isPackageClass(name);
    }

    /** A field, parameter or method stem: {@code worker_data_disks} becomes {@code workerDataDisks}. */
    public static String memberName(String raw) {
        List<String> words = words(raw);
        String name = words.isEmpty() ? "value" : words.get(0).toLowerCase(Locale.ROOT) + pascal(words.subList(1, words.size()));
        if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        if (KEYWORDS.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    /** A constant: {@code ack.pro.small} becomes {@code ACK_PRO_SMALL}. */
    public static String constantName(String raw) {
        List<String> words = words(raw);
        String name = words.isEmpty() ? "EMPTY" : String.join("_", words).toUpperCase(Locale.ROOT);
        if (raw.length() > 1 && raw.charAt(0) == '-' && Character.isDigit(raw.charAt(1))) {
            name = "MINUS_" + name; // "-1" and "1" are different values and need different names
        } else if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return name;
    }

    /** The accessor for a member: {@code name} becomes {@code getName}, {@code class_} {@code getClass_}. */
    public static String getterName(String memberName) {
        String stem = memberName.startsWith("_") ? memberName : capitalize(memberName);
        return "get" + stem;
    }

    /** The singular of an array property's class name, for the class of its items. */
    public static String itemClassName(String pluralClassName) {
        String name = pluralClassName;
        if (name.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("sses") || name.endsWith("shes") || name.endsWith("ches") || name.endsWith("xes")
                || name.endsWith("uses") || name.endsWith("ases")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && !name.endsWith("is") && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }

    /**
     * The first of {@code name}, {@code name2}, {@code name3}, ... ({@code name_2}, ... when the name
     * ends in a digit) that is not taken, compared
     * ignoring case when {@code ignoreCase} (class names become file names, and some file systems
     * do not tell {@code Foo.java} from {@code FOO.java}). The name returned is added to {@code taken}.
     */
    public static String unique(String name, Set<String> taken, boolean ignoreCase) {
        String candidate = name;
        // A name that ends in a digit gets "_2", so that a second "_1" does not become "_12".
        String stem = Character.isDigit(name.charAt(name.length() - 1)) ? name + "_" : name;
        for (int n = 2; taken.contains(ignoreCase ? candidate.toLowerCase(Locale.ROOT) : candidate); n++) {
            candidate = stem + n;
        }
        taken.add(ignoreCase ? candidate.toLowerCase(Locale.ROOT) : candidate);
        return candidate;
    }

    /** Whether the text is usable as a Java identifier as it is (for {@code x-ackgen-java-name}). */
    public static boolean isIdentifier(String text) {
        if (text == null || text.isEmpty() || KEYWORDS.contains(text)) {
            return false;
        }
        if (!Character.isJavaIdentifierStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isJavaIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && startsNewWord(raw, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /**
     * Splits "clusterId" before 'I', "APIServer" before 'S' and "V2User" before 'U', keeping "API",
     * "v2" and "K8S" whole. An upper-case letter starts a word after a lower-case letter, and after
     * a digit or an upper-case letter only when a lower-case letter follows it: "ClusterV2User" is
     * cluster, v2, user, while "K8SVersion" is k8s, version and "Ipv6CIDRBlock" is ipv6cidr, block.
     */
    private static boolean startsNewWord(String raw, int i) {
        char c = raw.charAt(i);
        char previous = raw.charAt(i - 1);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        if (Character.isLowerCase(previous)) {
            return true;
        }
        boolean lowerCaseFollows = i + 1 < raw.length() && Character.isLowerCase(raw.charAt(i + 1));
        return (Character.isDigit(previous) || Character.isUpperCase(previous)) && lowerCaseFollows;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String pascal(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
