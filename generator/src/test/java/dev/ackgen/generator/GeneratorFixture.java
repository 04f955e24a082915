package dev.ackgen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import dev.ackgen.generator.model.ApiModel;
import dev.ackgen.generator.openapi.ModelBuilder;
import dev.ackgen.generator.openapi.SpecLoader;
import dev.ackgen.generator.spec.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * What generator tests share: the specs (all from the test classpath, so tests run on a fresh
 * clone with nothing beside it), generation, and compilation with {@code -Xlint:all -Werror}.
 */
public final class GeneratorFixture {
    /** The CreateCluster spec, as the ackgen-spec jar ships it. */
    public static final String CREATE_CLUSTER_RESOURCE = "dev/ackgen/spec/ack-edge-create-cluster.yaml";
    /** The whole public CS API (119 operations), converted from Alibaba Cloud's metadata. */
    public static final String CS_API_RESOURCE = "specs/ack-cs-2015-12-15.openapi.json";

    private static Path createClusterSpec;

    private GeneratorFixture() {}

    /** The CreateCluster spec as a file (copied out of the spec jar once per run). */
    public static synchronized Path createClusterSpec() {
        if (createClusterSpec == null) {
            try (InputStream in = resource(CREATE_CLUSTER_RESOURCE).openStream()) {
                Path directory = Files.createTempDirectory("ackgen-spec");
                createClusterSpec = directory.resolve("ack-edge-create-cluster.yaml");
                Files.copy(in, createClusterSpec, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return createClusterSpec;
    }

    public static Path csApiSpec() {
        try {
            return Path.of(resource(CS_API_RESOURCE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The source with each comment's wrapped lines joined ("text\n     * more" as "text more"), to
     * look for a sentence wherever the wrapping at column 100 broke it.
     */
    public static String unwrapped(String source) {
        return source.replaceAll("\n[ \t]*\\* +(?!/)", " ");
    }

    /** A test resource's text. */
    public static String text(String resource) {
        try (InputStream in = resource(resource).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a spec text to a new temporary file, for hostile and broken specs. */
    public static Path writeSpec(String fileName, String text) {
        try {
            Path file = Files.createTempDirectory("ackgen-test-spec").resolve(fileName);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiModel model(Path spec) throws SpecException {
        return ModelBuilder.build(SpecLoader.load(spec));
    }

    public static List<JavaFile> generate(Path spec, String packageName) throws SpecException {
        return Generator.generate(model(spec), packageName);
    }

    /** Compiles in memory with {@code -Xlint:all -Werror} and asserts it succeeded without a warning. */
    public static Compilation compileStrictly(List<JavaFile> files) {
        List<JavaFileObject> sources = files.stream().map(JavaFile::toJavaFileObject).toList();
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static URL resource(String name) {
        URL url = GeneratorFixture.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return url;
    }
}
