package dev.ackgen.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Which annotations the processor claims. Javac's {@code -Xlint:processing} warns "No processor
 * claimed any of these annotations" for every annotation in the sources that no processor claimed
 * ({@code @Test}, {@code @JsonProperty}, ...), and {@code -Werror} makes that an error, although it
 * says nothing about the code.
 *
 * <ul>
 *   <li>When ackgen is the only processor on its processor path (the usual case: {@code
 *       <annotationProcessorPaths>} with ackgen-processor alone), it supports {@code "*"} and claims
 *       every annotation: no other processor can miss one, and the warning never comes.
 *   <li>With other processors beside it, claiming everything could hide their annotations from
 *       them (javac does not ask later processors for claimed annotations), so it supports only
 *       {@code @GenerateAckClient} and the annotations the generated code carries, and claims them
 *       only when they are on ackgen's own code. Other annotations are left to the other
 *       processors; those none claims still draw the warning ({@code -Xlint:all,-processing} then).
 * </ul>
 */
final class ClaimPolicy {
    /** The annotations generated code carries, beyond java.lang's (which javac never warns about). */
    static final Set<String> GENERATED_CODE_ANNOTATIONS = Set.of(
            "javax.annotation.processing.Generated",
            "com.fasterxml.jackson.annotation.JsonCreator",
            "com.fasterxml.jackson.annotation.JsonValue",
            "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "com.fasterxml.jackson.databind.annotation.JsonSerialize");

    private static final String SERVICES = "META-INF/services/" + Processor.class.getName();

    private final boolean claimAll;

    /** @param claimAll whether ackgen is the only processor, and so claims every annotation */
    ClaimPolicy(boolean claimAll) {
        this.claimAll = claimAll;
    }

    /**
     * The policy for the processor loaded by this class loader: claim all when the processors
     * registered on it (as javac's {@link java.util.ServiceLoader} finds them) are ackgen's alone.
     */
    static ClaimPolicy detect(ClassLoader loader) {
        return new ClaimPolicy(registeredProcessors(loader).equals(Set.of(AckgenProcessor.class.getName())));
    }

    /** The processor class names registered in every {@code META-INF/services} file the loader sees. */
    static Set<String> registeredProcessors(ClassLoader loader) {
        Set<String> names = new HashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICES);
            while (files.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines()
                            .map(line -> line.replaceFirst("#.*", "").strip())
                            .filter(line -> !line.isEmpty())
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            names.add("?"); // cannot tell: assume other processors, and claim only our own annotations
        }
        return names;
    }

    /** Whether ackgen claims every annotation. */
    boolean claimsAll() {
        return claimAll;
    }

    Set<String> supportedAnnotationTypes() {
        if (claimAll) {
            return Set.of("*");
        }
        Set<String> types = new HashSet<>(GENERATED_CODE_ANNOTATIONS);
        types.add(AckgenProcessor.ANNOTATION);
        return Set.copyOf(types);
    }

    /**
     * What {@code process} returns: whether the round's annotations (those the processor supports)
     * are claimed.
     *
     * @param generatedTypes the qualified names of the types ackgen generated so far
     */
    boolean claim(Set<? extends TypeElement> annotations, RoundEnvironment round, Collection<String> generatedTypes) {
        if (claimAll) {
            return true;
        }
        for (TypeElement annotation : annotations) {
            if (!annotation.getQualifiedName().contentEquals(AckgenProcessor.ANNOTATION)) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (!generatedTypes.contains(topLevelName(element))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String topLevelName(Element element) {
        Element current = element;
        while (current.getEnclosingElement() != null && !(current.getEnclosingElement() instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return current instanceof TypeElement type ? type.getQualifiedName().toString() : "";
    }
}
