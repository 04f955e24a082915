package dev.ackgen.processor;

import com.google.auto.service.AutoService;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.OperationSelection;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.Customizations;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.extension.EnabledExtension;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates ackgen's sources at javac time: for each package or type annotated with {@code
 * @dev.ackgen.runtime.annotations.GenerateAckClient}, it finds the spec ({@link SpecLookup}), runs
 * the generator's {@link Pipeline} and writes every file through the {@link
 * javax.annotation.processing.Filer}, byte for byte what the Maven plugin and the command line write,
 * with the annotated element as the originating element (IDEs regenerate when it changes).
 *
 * <p>Each annotated element generates once, in the round it appears in. Problems are compile
 * errors on the annotation: each spec problem with its file, line and JSON pointer; an unknown
 * operationId or extension; a failing extension; two annotations generating the same class; a
 * customisation entry that is not what its attribute takes, or names a type the compilation does
 * not have (or of the wrong kind), on that attribute.
 * Extensions' warnings are notes ("ackgen warning: ..."), so that a build with {@code -Werror}
 * fails on the code's warnings, not on the spec's, as the Maven plugin and the command line do.
 *
 * <p>Javac's {@code -Xlint:processing} warns about annotations no processor claimed, which {@code
 * -Werror} turns into errors. When ackgen is the only processor on the processor path, it claims
 * every annotation ({@code "*"}), so a project compiled with {@code -Xlint:all -Werror} needs no
 * change of flags; with other processors beside it, it claims only its own annotation and those on
 * the code it generated, leaving the rest to them ({@link ClaimPolicy}).
 */
@AutoService(Processor.class)
public final class AckgenProcessor extends AbstractProcessor {
    /** The annotation this processor reads, by name: the processor needs no class of the runtime. */
    static final String ANNOTATION = "dev.ackgen.runtime.annotations.GenerateAckClient";
    /** Where the types customisations name are looked up, in messages about one that is not there. */
    static final String USER_TYPES_PLACE = "the compilation's class path and sources";

    private final ClaimPolicy claims;
    /** Every annotated element handled so far (by name), so none generates twice. */
    private final Set<String> handled = new HashSet<>();
    /** Every type generated so far, with the element whose annotation generated it. */
    private final Map<String, String> generated = new HashMap<>();

    /** The processor javac finds through {@link java.util.ServiceLoader}. */
    public AckgenProcessor() {
        this(ClaimPolicy.detect(AckgenProcessor.class.getClassLoader()));
    }

    AckgenProcessor(ClaimPolicy claims) {
        this.claims = claims;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return claims.supportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SpecLookup.PROJECT_DIR_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(ANNOTATION)) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (handled.add(nameOf(element))) {
                        generate(element, mirror(element, annotation));
                    }
                }
            }
        }
        return claims.claim(annotations, round, generated.keySet());
    }

    private static AnnotationMirror mirror(Element element, TypeElement annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> mirror.getAnnotationType().asElement().equals(annotation))
                .findFirst()
                .orElseThrow();
    }

    private void generate(Element element, AnnotationMirror mirror) {
        AnnotationSettings settings = AnnotationSettings.read(mirror, processingEnv.getElementUtils());
        String spec = settings.string("spec");
        if (spec.isBlank()) {
            error("ackgen: spec is empty; name the OpenAPI spec, e.g. spec = \"openapi/ack.yaml\"", element, mirror, settings.value("spec"));
            return;
        }
        GeneratorOptions options;
        Map<String, Map<String, String>> extensionOptions;
        try {
            String packageName = settings.string("packageName");
            options = new GeneratorOptions(packageName.isEmpty() ? packageOf(element) : packageName,
                    settings.flag("models"), settings.flag("validators"), settings.flag("client"));
        } catch (IllegalArgumentException e) {
            error("ackgen: " + e.getMessage(), element, mirror, settings.value("packageName"));
            return;
        }
        try {
            extensionOptions = settings.extensionOptions();
        } catch (IllegalArgumentException e) {
            error("ackgen: " + e.getMessage(), element, mirror, settings.value("extensionOptions"));
            return;
        }
        Customizations customizations;
        TypeLookup types = compilationTypes(processingEnv.getElementUtils());
        try {
            Map<CustomizationOption, List<String>> entries = new EnumMap<>(CustomizationOption.class);
            for (CustomizationOption option : CustomizationOption.values()) {
                entries.put(option, settings.strings(option.optionName()));
            }
            customizations = Customizations.of(entries);
            customizations.checkTypes(types, USER_TYPES_PLACE);
        } catch (InvalidOptionsException e) {
            optionErrors(e.getMessage(), element, mirror, settings);
            return;
        }
        Pipeline.Result result;
        try {
            SpecLookup lookup = new SpecLookup(processingEnv.getFiler(), processingEnv.getOptions().get(SpecLookup.PROJECT_DIR_OPTION));
            SpecSource source = lookup.find(spec);
            List<OverlaySource> overlays = new ArrayList<>();
            for (String overlay : settings.strings("overlays")) {
                overlays.add(lookup.findOverlay(overlay));
            }
            List<EnabledExtension> extensions =
                    ExtensionLoader.load(AckgenProcessor.class.getClassLoader(), settings.strings("extensions"), extensionOptions);
            result = Pipeline.of(options)
                    .withOperations(new OperationSelection(settings.stringSet("include"), settings.stringSet("exclude")), "include", "exclude")
                    .withExtensions(extensions)
                    .withOverlays(overlays, settings.flag("strictOverlays", false))
                    .withCustomizations(customizations, types, USER_TYPES_PLACE)
                    .run(source);
        } catch (SpecException e) {
            for (SpecProblem problem : e.problems()) {
                error("ackgen: " + problem, element, mirror, null);
            }
            return;
        } catch (InvalidOptionsException e) {
            error("ackgen: " + e.getMessage(), element, mirror, null);
            return;
        } catch (RuntimeException e) {
            // A defect of ackgen itself: a compile error that says so, not javac's stack trace.
            error("ackgen: generating from " + spec + " failed unexpectedly (a bug of ackgen, please report it): " + e, element, mirror, null);
            return;
        }
        for (SpecProblem warning : result.warnings()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "ackgen warning: " + warning, element, mirror);
        }
        write(result, element, mirror);
    }

    /** Writes every file, after checking that no earlier annotation generated any of them. */
    private void write(Pipeline.Result result, Element element, AnnotationMirror mirror) {
        String owner = nameOf(element);
        for (String path : result.files().keySet()) {
            String earlier = generated.get(typeName(path));
            if (earlier != null) {
                error("ackgen: " + typeName(path) + " is generated by @GenerateAckClient on " + earlier
                        + " already; give each annotation its own packageName", element, mirror, null);
                return;
            }
        }
        int written = 0;
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            String type = typeName(file.getKey());
            try {
                JavaFileObject source = processingEnv.getFiler().createSourceFile(type, element);
                try (OutputStream out = source.openOutputStream()) {
                    out.write(file.getValue());
                }
            } catch (IOException e) {
                // The compilation fails with this error; the files already handed to javac go with it.
                error("ackgen: cannot write " + type + " (" + written + " of " + result.files().size() + " files written): "
                        + e.getMessage(), element, mirror, null);
                return;
            }
            generated.put(type, owner);
            written++;
        }
    }

    /**
     * The types of the compilation (its class path, its module path and its sources), by canonical
     * name, as javac sees them: a class of the sources being compiled is found too.
     */
    static TypeLookup compilationTypes(Elements elements) {
        return name -> {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                return null;
            }
            return switch (type.getKind()) {
                case ANNOTATION_TYPE -> TypeLookup.Kind.ANNOTATION;
                case INTERFACE -> TypeLookup.Kind.INTERFACE;
                case ENUM -> TypeLookup.Kind.ENUM;
                default -> TypeLookup.Kind.CLASS; // CLASS, RECORD
            };
        };
    }

    /**
     * A compile error per problem of the customisations, on the attribute it names (each line of
     * the message starts with the option's name, which is the attribute's).
     */
    private void optionErrors(String message, Element element, AnnotationMirror mirror, AnnotationSettings settings) {
        for (String line : message.split("\n")) {
            AnnotationValue value = null;
            for (CustomizationOption option : CustomizationOption.values()) {
                String name = option.optionName();
                if (line.startsWith(name) && line.length() > name.length()
                        && (line.charAt(name.length()) == ' ' || line.charAt(name.length()) == ':')) {
                    value = settings.value(name);
                    break;
                }
            }
            error("ackgen: " + line, element, mirror, value);
        }
    }

    /** {@code com/example/Foo.java} -> {@code com.example.Foo}. */
    private static String typeName(String path) {
        return path.substring(0, path.length() - ".java".length()).replace('/', '.');
    }

    private String packageOf(Element element) {
        return processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    }

    private static String nameOf(Element element) {
        String name = element instanceof QualifiedNameable named ? named.getQualifiedName().toString() : element.toString();
        return element instanceof PackageElement ? "package " + name : name;
    }

    private void error(String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
        if (value == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element, mirror);
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element, mirror, value);
        }
    }
}
