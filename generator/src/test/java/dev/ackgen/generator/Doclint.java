package dev.ackgen.generator;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's javadoc tool, run in-process on generated sources with {@code -Xdoclint:all}: what a
 * user's {@code javadoc} run (or maven-javadoc-plugin with doclint on) would report about them.
 */
public final class Doclint {
    private Doclint() {}

    /** The warnings and errors javadoc reports for these files, one line each; empty when clean. */
    public static List<String> problems(List<JavaFile> files) {
        return check(files.stream().map(JavaFile::toJavaFileObject).toList());
    }

    /** The same for rendered files: path (as {@code com/example/Foo.java}) to text. */
    public static List<String> problems(Map<String, byte[]> files) {
        return check(files.entrySet().stream()
                .filter(file -> file.getKey().endsWith(".java"))
                .map(file -> JavaFileObjects.forSourceString(
                        file.getKey().substring(0, file.getKey().length() - ".java".length()).replace('/', '.'),
                        new String(file.getValue(), StandardCharsets.UTF_8)))
                .toList());
    }

    private static List<String> check(List<JavaFileObject> sources) {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path output = null;
        try (StandardJavaFileManager fileManager = tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            output = Files.createTempDirectory("ackgen-javadoc");
            StringWriter log = new StringWriter();
            List<String> options = List.of("-Xdoclint:all", "-quiet", "-Xmaxwarns", "1000000", "-Xmaxerrs", "1000000", "-notimestamp", "-noindex", "-notree", "-nohelp", "-nodeprecatedlist", "-nonavbar", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", output.toString());
            boolean ok = tool.getTask(log, fileManager, diagnostics, null, options, sources).call();
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                    problems.add(diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
                            + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
                }
            }
            String text = log.toString().strip();
            if (!text.isEmpty()) {
                problems.add("javadoc output: " + text);
            }
            if (!ok && problems.isEmpty()) {
                problems.add("javadoc failed without a diagnostic");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (output != null) {
                delete(output);
            }
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
