package dev.ackgen.generator.customize;

/**
 * The customisation options, each a list of entries, with the one name the Maven plugin and the
 * annotation processor use for it and the flag of the command line. Mappings are {@code key=value}
 * entries; annotations and interfaces are qualified Java names.
 */
public enum CustomizationOption {
    /** {@code Schema=ClassName}: a component schema (or the class ackgen would name) renamed. */
    MODEL_NAME_MAPPINGS("modelNameMappings", "--model-name-mapping", Shape.NAME_MAPPING),
    /** {@code property=memberName} or {@code Class.property=memberName}: a property or parameter renamed. */
    PROPERTY_NAME_MAPPINGS("propertyNameMappings", "--property-name-mapping", Shape.NAME_MAPPING),
    /** {@code operationId=methodName}: a client method renamed. */
    OPERATION_NAME_MAPPINGS("operationNameMappings", "--operation-name-mapping", Shape.NAME_MAPPING),
    /** {@code value=CONSTANT} or {@code EnumClass.value=CONSTANT}: an enum constant renamed. */
    ENUM_NAME_MAPPINGS("enumNameMappings", "--enum-name-mapping", Shape.NAME_MAPPING),
    /** {@code tag=InterfaceName} (or {@code CsClient=AckClient}): a client interface renamed. */
    CLIENT_NAME_MAPPINGS("clientNameMappings", "--client-name-mapping", Shape.NAME_MAPPING),
    /** {@code format=java.Type}: values of this {@code format} become this type. */
    TYPE_MAPPINGS("typeMappings", "--type-mapping", Shape.TYPE_MAPPING),
    /** {@code Schema=java.Type}: a component schema becomes the user's class instead of a generated one. */
    SCHEMA_MAPPINGS("schemaMappings", "--schema-mapping", Shape.TYPE_MAPPING),
    /** Annotation types put on every generated model class. */
    ADDITIONAL_MODEL_ANNOTATIONS("additionalModelAnnotations", "--model-annotation", Shape.ANNOTATION),
    /** Annotation types put on every generated enum. */
    ADDITIONAL_ENUM_ANNOTATIONS("additionalEnumAnnotations", "--enum-annotation", Shape.ANNOTATION),
    /** Annotation types put on every generated client interface and implementation. */
    ADDITIONAL_CLIENT_ANNOTATIONS("additionalClientAnnotations", "--client-annotation", Shape.ANNOTATION),
    /** Interfaces every generated model class implements. */
    ADDITIONAL_MODEL_INTERFACES("additionalModelInterfaces", "--model-interface", Shape.INTERFACE),
    /** Interfaces every generated enum implements. */
    ADDITIONAL_ENUM_INTERFACES("additionalEnumInterfaces", "--enum-interface", Shape.INTERFACE),
    /** Interfaces every generated client interface extends. */
    ADDITIONAL_CLIENT_INTERFACES("additionalClientInterfaces", "--client-interface", Shape.INTERFACE);

    /** What an entry of the option is. */
    public enum Shape {
        NAME_MAPPING,
        TYPE_MAPPING,
        ANNOTATION,
        INTERFACE;

        boolean isMapping() {
            return this == NAME_MAPPING || this == TYPE_MAPPING;
        }
    }

    private final String optionName;
    private final String flag;
    private final Shape shape;

    CustomizationOption(String optionName, String flag, Shape shape) {
        this.optionName = optionName;
        this.flag = flag;
        this.shape = shape;
    }

    /** The name in the Maven plugin's configuration and in {@code @GenerateAckClient}. */
    public String optionName() {
        return optionName;
    }

    /** The command line's flag, repeatable: {@code --type-mapping date-time=java.time.Instant}. */
    public String flag() {
        return flag;
    }

    public Shape shape() {
        return shape;
    }

    /** The option with this flag, or null. */
    public static CustomizationOption byFlag(String flag) {
        for (CustomizationOption option : values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return optionName;
    }
}
