package dev.ackgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Sources the tests compile, the compilations, and what the tests read from them. */
final class Sources {
    static final String CREATE_CLUSTER = "specs/ack-edge-create-cluster.yaml";
    static final String CS_API = "specs/ack-cs-2015-12-15.openapi.json";

    private Sources() {}

    /** A {@code package-info.java} annotated with {@code @GenerateAckClient(<attributes>)}. */
    static JavaFileObject packageInfo(String packageName, String attributes) {
        return JavaFileObjects.forSourceString(packageName + ".package-info", """
                @GenerateAckClient(%s)
                package %s;

                import dev.ackgen.runtime.annotations.GenerateAckClient;
                """.formatted(attributes, packageName));
    }

    /** A Java string literal of the text. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Compiles with the processor (claiming as in a build where it is the only one) and the options. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return compile(List.of(new AckgenProcessor(new ClaimPolicy(true))), options, sources);
    }

    static Compilation compile(List<? extends Processor> processors, List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(processors).withOptions(options).compile(sources);
    }

    /** The compilation's generated sources, by path ({@code com/example/Foo.java}), as their exact bytes. */
    static Map<String, byte[]> generated(Compilation compilation) {
        Map<String, byte[]> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            try (InputStream in = file.openInputStream()) {
                files.put(path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Files by path, their bytes as ISO-8859-1 text: equal maps mean byte-identical files, and a difference shows. */
    static Map<String, String> exactly(Map<String, byte[]> files) {
        return files.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new String(e.getValue(), StandardCharsets.ISO_8859_1), (a, b) -> a, TreeMap::new));
    }

    /** The messages of one kind of diagnostic. */
    static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
    }

    /** Every diagnostic, for failure messages. */
    static String describe(Compilation compilation) {
        return compilation.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /** A test resource's file. */
    static Path resource(String name) {
        try {
            return Path.of(Sources.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
