package dev.ackgen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates ackgen's sources for an OpenAPI spec while javac compiles the annotated package (put
 * it on {@code package-info.java}) or type. It needs the annotation processor {@code
 * dev.ackgen:ackgen-processor} on the compiler's annotation processor path (Maven: {@code
 * <annotationProcessorPaths>} of maven-compiler-plugin); the sources are the same, byte for byte,
 * as the Maven plugin's and the command line's for the same spec and settings.
 *
 * <pre>
 * // src/main/java/com/example/ack/package-info.java
 * &#64;GenerateAckClient(spec = "openapi/ack-edge-create-cluster.yaml")
 * package com.example.ack;
 *
 * import dev.ackgen.runtime.annotations.GenerateAckClient;
 * </pre>
 *
 * <p>The spec is looked for, in this order: as an absolute path; as a resource of the compilation
 * (the source path, the class output, which in Maven holds {@code src/main/resources}, then the
 * class path); relative to the project directory given by {@code -Aackgen.projectDir=...}; relative
 * to the compiler's working directory. Relative {@code $ref}s resolve against the spec's location.
 * Overlay files are looked for in the same places.
 *
 * <p>Customisations rename what ackgen generates ({@link #modelNameMappings()} and the other
 * {@code *NameMappings}), put Java types of your choice in place of formats and schemas ({@link
 * #typeMappings()}, {@link #schemaMappings()}), and add annotations and interfaces to the generated
 * models, enums and clients ({@code additional*}); they are the Maven plugin's parameters of the same
 * names, with the same entries, and apply before the extensions. The types they name are looked up
 * in the compilation's class path and sources (a class compiled in the same compilation is found).
 *
 * <pre>
 * &#64;GenerateAckClient(spec = "openapi/ack.yaml",
 *         typeMappings = "date-time=java.time.Instant",
 *         modelNameMappings = "ClusterDetail=Cluster",
 *         additionalModelInterfaces = "java.io.Serializable")
 * package com.example.ack;
 * </pre>
 *
 * <p>Problems (a bad spec, an unknown operationId, a failing extension, a customisation entry that
 * is not what its attribute takes or names a type that is not there) are compile errors on the
 * annotation, naming the spec file, line and JSON pointer, or the attribute.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface GenerateAckClient {

    /**
     * The OpenAPI spec (YAML or JSON): an absolute path, a resource path such as {@code
     * openapi/ack.yaml}, or a path relative to the project directory.
     */
    String spec();

    /**
     * The Java package of the generated classes; empty (the default) for the package of the
     * annotated element.
     */
    String packageName() default "";

    /** The operationIds to generate; empty (the default) for all. An id the spec lacks is an error. */
    String[] include() default {};

    /** The operationIds to leave out. An id the spec lacks is an error. */
    String[] exclude() default {};

    /** Whether to generate the models (with their JSON codecs); validators and clients need them. */
    boolean models() default true;

    /** Whether to generate a validator per request type. */
    boolean validators() default true;

    /** Whether to generate a client interface and implementation per API group. */
    boolean client() default true;

    /**
     * The ids of the extensions to enable, in the order they run; their jars go on the annotation
     * processor path too.
     */
    String[] extensions() default {};

    /** Options of the enabled extensions, each {@code id.name=value}, e.g. {@code serializable.marker=true}. */
    String[] extensionOptions() default {};

    /**
     * Overlay files (OpenAPI Overlay Specification 1.0.0, YAML or JSON), found like the spec, applied
     * in this order to the spec's tree in memory before the extensions run; the spec is not changed.
     * An action whose target selects nothing is a note (a warning), or an error with {@link
     * #strictOverlays()}.
     */
    String[] overlays() default {};

    /** Whether an overlay action whose target selects nothing is an error instead of a note. */
    boolean strictOverlays() default false;

    /**
     * Renames generated classes, each entry {@code Schema=ClassName}: a component schema's name, or
     * the name ackgen would give the class ({@code Outer.Inner} for a nested one), and the Java
     * identifier to use; e.g. {@code modelNameMappings = "ClusterDetail=Cluster"}. A name another
     * generated class also takes (case ignored) is an error naming both; an entry that matches
     * nothing is a note ("ackgen warning").
     */
    String[] modelNameMappings() default {};

    /**
     * Renames the members of properties and parameters, each entry {@code property=memberName} for
     * every class or {@code Class.property=memberName} for one (the property's name in the spec, the
     * generated class's name); e.g. {@code propertyNameMappings = "Cluster.vpcid=vpcId"}. The name
     * starts with a lower-case letter; one another member of the class also takes is an error.
     */
    String[] propertyNameMappings() default {};

    /**
     * Renames client methods, each entry {@code operationId=methodName}; e.g. {@code
     * operationNameMappings = "DescribeClusterDetail=getCluster"}.
     */
    String[] operationNameMappings() default {};

    /**
     * Renames enum constants, each entry {@code value=CONSTANT} for every enum or {@code
     * EnumClass.value=CONSTANT} for one; e.g. {@code enumNameMappings = "ClusterType.ManagedKubernetes=MANAGED"}.
     */
    String[] enumNameMappings() default {};

    /**
     * Renames client interfaces (and their implementations), each entry {@code tag=InterfaceName} with
     * an OpenAPI tag or the name ackgen would give; e.g. {@code clientNameMappings = "CsClient=AckClient"}.
     */
    String[] clientNameMappings() default {};

    /**
     * The Java type of the values of a {@code format}, each entry {@code format=qualified.ClassName};
     * e.g. {@code typeMappings = "date-time=java.time.Instant"}. Built in, {@code date-time} is {@code
     * java.time.OffsetDateTime} and {@code date} is {@code java.time.LocalDate}; {@code
     * date-time=String} keeps plain strings. A class the compilation does not have, or an annotation
     * type, is an error on this attribute.
     */
    String[] typeMappings() default {};

    /**
     * Uses your class instead of generating one for a component schema, each entry {@code
     * Schema=qualified.ClassName}; e.g. {@code schemaMappings = "Money=com.example.Money"}. The class is
     * read and written through Jackson databind. One the compilation does not have is an error on
     * this attribute.
     */
    String[] schemaMappings() default {};

    /**
     * Annotation types put on every generated model class (and its nested builder and JSON classes),
     * by qualified name; e.g. {@code additionalModelAnnotations = "com.example.Generated"}. They take no
     * arguments, so each must need none and be allowed on classes. One the compilation does not have,
     * or that is not an annotation type, is an error on this attribute.
     */
    String[] additionalModelAnnotations() default {};

    /** Annotation types put on every generated enum, as {@link #additionalModelAnnotations()}; e.g. {@code "com.example.Generated"}. */
    String[] additionalEnumAnnotations() default {};

    /**
     * Annotation types put on every generated client interface and implementation, as {@link
     * #additionalModelAnnotations()}; e.g. {@code "com.example.Generated"}.
     */
    String[] additionalClientAnnotations() default {};

    /**
     * Interfaces every generated model class implements, by qualified name; e.g. {@code
     * additionalModelInterfaces = "java.io.Serializable"} (a Serializable model gets a {@code
     * serialVersionUID}). They must leave no method to implement. One the compilation does not have,
     * or that is not an interface, is an error on this attribute.
     */
    String[] additionalModelInterfaces() default {};

    /** Interfaces every generated enum implements, as {@link #additionalModelInterfaces()}; e.g. {@code "com.example.Coded"}. */
    String[] additionalEnumInterfaces() default {};

    /** Interfaces every generated client interface extends, as {@link #additionalModelInterfaces()}; e.g. {@code "com.example.AckApi"}. */
    String[] additionalClientInterfaces() default {};
}
