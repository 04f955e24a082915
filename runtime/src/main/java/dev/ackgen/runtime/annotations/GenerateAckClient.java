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
 * <p>Problems (a bad spec, an unknown operationId, a failing extension) are compile errors on the
 * annotation, naming the spec file, line and JSON pointer.
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
}
