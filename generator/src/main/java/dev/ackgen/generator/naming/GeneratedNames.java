package dev.ackgen.generator.naming;

import java.util.Set;

/**
 * The names ackgen's emitters give the members and nested classes of what they generate, declared
 * once: the emitters write them, and the naming code keeps names taken from the spec clear of them
 * (a property called {@code builder} must not become a second {@code builder()} method, a schema
 * called {@code Builder} must not shadow the nested {@code Builder} of the class that holds it).
 */
public final class GeneratedNames {
    /** The builder class nested in every model and client interface. */
    public static final String BUILDER = "Builder";
    /**
     * The one class of the package that reads its models for jackson-databind (each model names it
     * in {@code @JsonDeserialize}).
     */
    public static final String JSON_MODEL_READERS = "JsonModelReaders";
    /** A model's method that writes it as JSON (runtime {@code JsonWritable}). */
    public static final String WRITE_JSON = "writeJson";
    /** A model's static method that reads one from JSON. */
    public static final String READ_JSON = "readJson";
    /** The Java enum nested in every generated enum class, for {@code switch}. */
    public static final String ENUM_VALUE = "Value";
    /** The {@link #ENUM_VALUE} constant for a value the spec does not list. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The static field of an enum class that lists its documented values. */
    public static final String VALUES = "VALUES";

    /** A model's map of the JSON members it does not know, and its builder's method that adds one. */
    public static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    public static final String ADDITIONAL_PROPERTY = "additionalProperty";
    /** The static factory of a builder (on models and client interfaces). */
    public static final String BUILDER_METHOD = "builder";
    /** A model's copy into a new builder. */
    public static final String TO_BUILDER = "toBuilder";
    /** A builder's method that makes the object. */
    public static final String BUILD = "build";
    /** A client's method that releases its connections. */
    public static final String CLOSE = "close";
    /** A validator's public methods. */
    public static final String VALIDATE = "validate";

    public static final String REQUIRE_VALID = "requireValid";

    /** Suffix of an operation's {@code CompletableFuture} method. */
    public static final String ASYNC_SUFFIX = "Async";
    /** Suffix of the client implementation's private method that builds an operation's call. */
    public static final String CALL_SUFFIX = "Call";
    /** Suffix of a top-level type's validator class. */
    public static final String VALIDATOR_SUFFIX = "Validator";
    /** Prefix of a client interface's implementation class. */
    public static final String IMPLEMENTATION_PREFIX = "Default";

    /** The classes nested in generated classes: no class named from the spec may take these names. */
    public static final Set<String> NESTED_CLASSES = Set.of(BUILDER, ENUM_VALUE);
    /**
     * The classes generated once per package: no class named from the spec may take these names
     * either ({@link #isPackageClass}).
     */
    public static final Set<String> PACKAGE_CLASSES = Set.of(JSON_MODEL_READERS);
    /** The members of a model (and its builder) that no property's Java name may take. */
    public static final Set<String> MODEL_MEMBERS = Set.of(ADDITIONAL_PROPERTIES, ADDITIONAL_PROPERTY, BUILD, BUILDER_METHOD, TO_BUILDER);
    /** The names in an enum class's constant namespace that no documented value's constant may take. */
    public static final Set<String> ENUM_MEMBERS = Set.of(UNKNOWN, VALUES);
    /** The members of a client that no operation's method may take: its own and {@code Object}'s methods. */
    public static final Set<String> CLIENT_MEMBERS = Set.of(CLOSE, BUILDER_METHOD, "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "finalize", "clone");
    /** The methods of a validator that its private helper methods must not take. */
    public static final Set<String> VALIDATOR_METHODS = Set.of(VALIDATE, REQUIRE_VALID);

    private GeneratedNames() {}

    /**
     * The name of the package's reader class of models with this index: {@code JsonModelReaders},
     * then {@code JsonModelReaders2}, ... (a class holds a thousand models).
     */
    public static String jsonModelReadersName(int index) {
        return index == 0 ? JSON_MODEL_READERS : JSON_MODEL_READERS + (index + 1);
    }

    /** Whether a class generated once per package has this name (its numbered siblings included). */
    public static boolean isPackageClass(String name) {
        return PACKAGE_CLASSES.contains(name)
                || name.startsWith(JSON_MODEL_READERS) && name.length() > JSON_MODEL_READERS.length()
                        && name.substring(JSON_MODEL_READERS.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The {@code CompletableFuture} method of an operation whose sync method has this name. */
    public static String asyncName(String methodName) {
        return methodName + ASYNC_SUFFIX;
    }

    /** The method that pages through an operation whose sync method has this name (paged operations only). */
    public static String pagesName(String methodName) {
        return methodName + "Pages";
    }

    /** The implementation's call-building method of an operation whose sync method has this name. */
    public static String callName(String methodName) {
        return methodName + CALL_SUFFIX;
    }

    /** The validator's class name of a top-level type, before it is made unique. */
    public static String validatorName(String typeName) {
        return typeName + VALIDATOR_SUFFIX;
    }

    /** The implementation's class name of a client interface, before it is made unique. */
    public static String implementationName(String interfaceName) {
        return IMPLEMENTATION_PREFIX + interfaceName;
    }
}
