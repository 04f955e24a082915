package dev.ackgen.processor;

import static dev.ackgen.processor.Sources.CREATE_CLUSTER;
import static dev.ackgen.processor.Sources.compile;
import static dev.ackgen.processor.Sources.describe;
import static dev.ackgen.processor.Sources.generated;
import static dev.ackgen.processor.Sources.messages;
import static dev.ackgen.processor.Sources.packageInfo;
import static dev.ackgen.processor.Sources.quoted;
import static dev.ackgen.processor.Sources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor in javac (compile-testing): what it generates and compiles with {@code -Xlint:all
 * -Werror}, where it finds the spec, and the errors a user sees, located on the annotation.
 */
class AckgenProcessorTest {
    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

    @Test
    void createClusterPackageGeneratesCodeThatCompilesStrictlyAndIsUsableInTheSameCompilation() {
        JavaFileObject user = JavaFileObjects.forSourceString("com.example.ack.Launcher", """
                package com.example.ack;

                /** Uses the generated client and model in the compilation that generates them. */
                final class Launcher {
                    static String create(ClusterClient client) {
                        return client.createCluster(CreateClusterRequest.builder().name("demo").build()).getClusterId();
                    }
                }
                """);

        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)), user);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.diagnostics()).as(describe(compilation)).isEmpty();
        assertThat(generated(compilation)).containsKeys(
                "com/example/ack/CreateClusterRequest.java",
                "com/example/ack/CreateClusterRequestValidator.java",
                "com/example/ack/ClusterClient.java",
                "com/example/ack/DefaultClusterClient.java");
    }

    @Test
    void onATypeTheDefaultPackageIsTheTypesAndTheSwitchesAreHonoured() {
        JavaFileObject api = JavaFileObjects.forSourceString("com.example.api.Api", """
                package com.example.api;

                import dev.ackgen.runtime.annotations.GenerateAckClient;

                @GenerateAckClient(spec = "%s", client = false, validators = false)
                final class Api {}
                """.formatted(CREATE_CLUSTER));

        Compilation compilation = compile(STRICT, api);

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation).keySet())
                .contains("com/example/api/CreateClusterRequest.java")
                .allMatch(path -> path.startsWith("com/example/api/"))
                .noneMatch(path -> path.endsWith("Validator.java") || path.endsWith("Client.java"));
    }

    @Test
    void includeSelectsOperations() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.cs",
                "spec = " + quoted(Sources.CS_API) + ", include = {\"DescribeClusterDetail\"}, exclude = {}"));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation).keySet())
                .contains("com/example/cs/DescribeClusterDetailRequest.java")
                .noneMatch(path -> path.contains("CreateCluster"));
    }

    // ------------------------------------------------------------------------- finding the spec

    @Test
    void aSpecFoundOnTheClassPathResolvesRefsToItsSiblingFile() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.things", "spec = \"specs/refs/things.yaml\""));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation)).containsKeys("com/example/things/Thing.java", "com/example/things/ThingResult.java");
    }

    @Test
    void anAbsolutePathIsReadAsIs() {
        String spec = resource("specs/refs/things.yaml").toString();

        Compilation compilation = compile(STRICT, packageInfo("com.example.things", "spec = " + quoted(spec)));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation)).containsKey("com/example/things/Thing.java");
    }

    @Test
    void theSourcePathComesBeforeTheClassPath(@TempDir Path sourcePath) throws IOException {
        Path shadow = sourcePath.resolve(CREATE_CLUSTER);
        Files.createDirectories(shadow.getParent());
        Files.copy(resource("specs/broken.yaml"), shadow);

        Compilation compilation = compile(List.of("-sourcepath", sourcePath.toString()),
                packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                .startsWith("ackgen: " + shadow + ":8 at #/components/schemas/A/x-ackgen-rulez: ");
    }

    @Test
    void aRelativePathResolvesAgainstTheProjectDirectoryOption(@TempDir Path project) throws IOException {
        Path specs = Files.createDirectories(project.resolve("src/main/openapi"));
        Files.copy(resource("specs/refs/things.yaml"), specs.resolve("things.yaml"));
        Files.copy(resource("specs/refs/schemas.yaml"), specs.resolve("schemas.yaml"));

        Compilation compilation = compile(List.of("-Xlint:all", "-Werror", "-A" + SpecLookup.PROJECT_DIR_OPTION + "=" + project),
                packageInfo("com.example.things", "spec = \"src/main/openapi/things.yaml\""));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation)).containsKey("com/example/things/Thing.java");
    }

    @Test
    void withoutTheOptionARelativePathResolvesAgainstTheWorkingDirectory() {
        // Surefire runs in the module's directory; the path is not a resource name on any location.
        Compilation compilation = compile(STRICT, packageInfo("com.example.things", "spec = \"src/test/resources/specs/refs/things.yaml\""));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation)).containsKey("com/example/things/Thing.java");
    }

    @Test
    void aSpecInAJarOnTheClassPathIsReadButItsRelativeRefsAreNotResolved(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("specs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("ack-edge-create-cluster.yaml", "refs/things.yaml", "refs/schemas.yaml")) {
                out.putNextEntry(new JarEntry("jarred/" + name));
                out.write(Files.readAllBytes(resource("specs/" + name)));
                out.closeEntry();
            }
        }
        List<String> options = List.of("-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path") + File.pathSeparator + jar);

        Compilation selfContained = compile(options, packageInfo("com.example.ack", "spec = \"jarred/ack-edge-create-cluster.yaml\""));
        Compilation withRefs = compile(options, packageInfo("com.example.things", "spec = \"jarred/refs/things.yaml\""));

        assertThat(selfContained.status()).as(describe(selfContained)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(selfContained)).containsKey("com/example/ack/CreateClusterRequest.java");
        // ackgen resolves external refs only for a spec in a file: a jar's are refused before swagger-parser reads any.
        assertThat(messages(withRefs, Diagnostic.Kind.ERROR)).isNotEmpty().allSatisfy(message -> assertThat(message)
                .startsWith("ackgen: jar:" + jar.toUri() + "!/jarred/refs/things.yaml").contains("schemas.yaml"));
    }

    @Test
    void aSpecThatIsNotUtf8IsALocatedErrorWhetherAFileOrAResource(@TempDir Path sourcePath) throws IOException {
        byte[] latin1 = Files.readString(resource(CREATE_CLUSTER)).replaceFirst("title: ", "title: caf\u00e9 ")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = sourcePath.resolve("latin1/spec.yaml");
        Files.createDirectories(file.getParent());
        Files.write(file, latin1);

        Compilation absolute = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(file.toString())));
        Compilation onSourcePath = compile(List.of("-sourcepath", sourcePath.toString()),
                packageInfo("com.example.ack", "spec = \"latin1/spec.yaml\""));

        for (Compilation compilation : List.of(absolute, onSourcePath)) {
            assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
            assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                    .startsWith("ackgen: " + file + ":").contains("not UTF-8 text at byte offset");
        }
    }

    @Test
    void aRefOutOfTheSpecsDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.copy(resource("specs/refs/schemas.yaml"), dir.resolve("schemas.yaml"));
        Files.writeString(specs.resolve("things.yaml"), Files.readString(resource("specs/refs/things.yaml"))
                .replace("schemas.yaml#", "../schemas.yaml#"));

        Compilation compilation = compile(STRICT, packageInfo("com.example.things", "spec = " + quoted(specs.resolve("things.yaml").toString())));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).isNotEmpty().allSatisfy(message -> assertThat(message)
                .startsWith("ackgen: " + specs.resolve("things.yaml") + ":").contains("../schemas.yaml", "outside"));
    }

    @Test
    void aMissingSpecSaysWhereItWasLookedFor() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = \"openapi/nowhere.yaml\""));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                .startsWith("ackgen: openapi/nowhere.yaml: the spec is not found")
                .contains("source path", "class output", "class path",
                        Path.of("openapi/nowhere.yaml").toAbsolutePath().toString(), "-A" + SpecLookup.PROJECT_DIR_OPTION);
    }

    // ------------------------------------------------------------------------------- problems

    @Test
    void aBrokenSpecIsAnErrorOnTheAnnotationWithFileLineAndPointer() {
        JavaFileObject source = packageInfo("com.example.broken", "spec = \"specs/broken.yaml\"");

        Compilation compilation = compile(STRICT, source);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertThat(compilation.errors()).hasSize(1);
        assertThat(error.getMessage(null)).startsWith("ackgen: " + resource("specs/broken.yaml")
                + ":8 at #/components/schemas/A/x-ackgen-rulez: unknown extension x-ackgen-rulez");
        assertThat(error.getMessage(null)).doesNotContain("\tat ", "Exception");
        assertThat(error.getSource()).isEqualTo(source);
        assertThat(error.getLineNumber()).isEqualTo(1); // the annotation
    }

    @Test
    void anUnknownOperationInIncludeIsAClearError() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack",
                "spec = " + quoted(CREATE_CLUSTER) + ", include = {\"CreateClustr\"}"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: include names CreateClustr, which is not an operationId of the spec; did you mean CreateCluster?");
    }

    @Test
    void anInvalidPackageNameIsAnError() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack",
                "spec = " + quoted(CREATE_CLUSTER) + ", packageName = \"com.example.class\""));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                .startsWith("ackgen: ").contains("com.example.class");
    }

    @Test
    void twoAnnotationsGeneratingTheSameClassesAreAnError() {
        String annotation = "@GenerateAckClient(spec = \"" + CREATE_CLUSTER + "\", packageName = \"com.example.ack\")";
        JavaFileObject first = JavaFileObjects.forSourceString("com.example.First", "package com.example;\n"
                + "import dev.ackgen.runtime.annotations.GenerateAckClient;\n" + annotation + "\nfinal class First {}\n");
        JavaFileObject second = JavaFileObjects.forSourceString("com.example.Second", "package com.example;\n"
                + "import dev.ackgen.runtime.annotations.GenerateAckClient;\n" + annotation + "\nfinal class Second {}\n");

        Compilation compilation = compile(STRICT, first, second);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage(null)).matches(
                    "ackgen: com\\.example\\.ack\\.\\w+ is generated by @GenerateAckClient on com\\.example\\.(First|Second) already;"
                            + " give each annotation its own packageName");
            assertThat(error.getSource()).isIn(first, second);
        });
    }

    @Test
    void anEmptySpecIsAnError() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = \" \""));

        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: spec is empty; name the OpenAPI spec, e.g. spec = \"openapi/ack.yaml\"");
    }

    // ----------------------------------------------------------------------------- extensions

    @Test
    void anEnabledExtensionChangesTheModels() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)
                + ", extensions = \"serializable-models\", extensionOptions = \"serializable-models.serialVersionUID=7\""));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(new String(generated(compilation).get("com/example/ack/CreateClusterRequest.java"), StandardCharsets.UTF_8))
                .contains("implements JsonWritable, Serializable", "serialVersionUID = 7L");
    }

    @Test
    void anExtensionThatThrowsIsAClearError() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)
                + ", extensions = \"troublesome\", extensionOptions = {\"troublesome.model=CreateClusterRequest\", \"troublesome.mode=throw\"}"));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(messages(compilation, Diagnostic.Kind.ERROR)).singleElement().asString()
                .startsWith("ackgen: " + resource(CREATE_CLUSTER) + ":66 at #/components/schemas/CreateClusterRequest: extension troublesome (")
                .contains("failed in customizeModel(CreateClusterRequest)", "troublesome cannot stand CreateClusterRequest")
                .doesNotContain("\tat ");
    }

    @Test
    void extensionWarningsAreNotesSoWerrorBuildsStillPass() {
        Compilation compilation = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)
                + ", extensions = \"troublesome\", extensionOptions = {\"troublesome.model=CreateClusterRequest\", \"troublesome.mode=warn\"}"));

        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(messages(compilation, Diagnostic.Kind.NOTE)).singleElement().asString()
                .matches("ackgen warning: " + Pattern.quote(resource(CREATE_CLUSTER).toString())
                        + ":\\d+ at #/components/schemas/CreateClusterRequest: extension troublesome: does not like CreateClusterRequest");
    }

    @Test
    void anUnknownExtensionOrMalformedOptionIsAClearError() {
        Compilation unknown = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER) + ", extensions = \"nope\""));
        Compilation malformed = compile(STRICT, packageInfo("com.example.ack", "spec = " + quoted(CREATE_CLUSTER)
                + ", extensions = \"troublesome\", extensionOptions = \"troublesome-mode=warn\""));

        assertThat(messages(unknown, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: no extension has the id nope; found: serializable-models, troublesome");
        assertThat(messages(malformed, Diagnostic.Kind.ERROR)).containsExactly(
                "ackgen: extensionOptions takes id.name=value entries, not \"troublesome-mode=warn\"");
    }
}
