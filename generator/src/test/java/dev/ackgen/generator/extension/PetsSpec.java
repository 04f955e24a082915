package dev.ackgen.generator.extension;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spi.AckgenExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.tools.JavaFileObject;

/** A small spec (one schema, one enum, one operation) and the pipeline run on it with extensions. */
final class PetsSpec {
    static final String PACKAGE = "com.example.pets";

    private PetsSpec() {}

    /** The spec as a file in a new temporary directory. */
    static Path file() {
        try (InputStream in = PetsSpec.class.getResourceAsStream("/extension/pets.yaml")) {
            Path file = Files.createTempDirectory("ackgen-pets").resolve("pets.yaml");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pipeline's output with these extensions enabled (no options), in order. */
    static Pipeline.Result generate(AckgenExtension... extensions) throws SpecException, InvalidOptionsException {
        List<EnabledExtension> enabled = new ArrayList<>();
        for (AckgenExtension extension : extensions) {
            enabled.add(new EnabledExtension(extension, Map.of()));
        }
        return Pipeline.of(GeneratorOptions.all(PACKAGE)).withExtensions(enabled).run(SpecSource.read(file()));
    }

    /** One generated file's text, by path relative to the output root. */
    static String source(Pipeline.Result result, String path) {
        byte[] bytes = result.files().get(path);
        if (bytes == null) {
            throw new AssertionError("not generated: " + path + "; generated: " + result.files().keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The path of a class in the spec's package. */
    static String path(String simpleName) {
        return PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    }

    /** Compiles the files with -Xlint:all -Werror (the runtime is on the test class path). */
    static Compilation compile(SortedMap<String, byte[]> files) {
        List<JavaFileObject> sources = new ArrayList<>();
        files.forEach((path, bytes) -> sources.add(JavaFileObjects.forSourceString(
                path.substring(0, path.length() - ".java".length()).replace('/', '.'), new String(bytes, StandardCharsets.UTF_8))));
        return Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    }
}
