package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An up-to-date build only hashes: it loads neither the spec parsers (Jackson, SnakeYAML,
 * swagger-parser) nor JavaPoet, which a cold JVM in Maven's plugin realm would pay for on every
 * build. Each run is a JVM of its own, its class loading logged, as Maven's would be.
 */
class UpToDateCheckTest {
    private static final List<String> HEAVY = List.of(
            "com.fasterxml.jackson.databind.", "org.yaml.snakeyaml.", "io.swagger.", "com.palantir.javapoet.");

    @TempDir
    Path dir;

    @Test
    void anUpToDateRunLoadsNoParserAndAnEditedReferencedFileStillRegenerates() throws Exception {
        Path spec = spec();
        Path out = dir.resolve("out");
        assertThat(probe(spec, out, null)).isEqualTo("upToDate=false");

        Path classes = dir.resolve("classes.log");
        assertThat(probe(spec, out, classes)).isEqualTo("upToDate=true");
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded).as("the class loading log").anyMatch(line -> line.contains("dev.ackgen.maven.Fingerprint"));
        for (String heavy : HEAVY) {
            assertThat(loaded).as("classes of " + heavy).noneMatch(line -> line.contains(" " + heavy));
        }

        // The recorded reference list is only trusted with the referenced files' bytes.
        Files.writeString(dir.resolve("spec/parts/b.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"string\"}}}}");
        assertThat(probe(spec, out, null)).isEqualTo("upToDate=false");
        assertThat(Files.readString(out.resolve("p/probe/Tag.java"))).contains("getV()");
        assertThat(probe(spec, out, null)).isEqualTo("upToDate=true");
    }

    private Path spec() throws IOException {
        Files.createDirectories(dir.resolve("spec/parts"));
        Files.writeString(dir.resolve("spec/api.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /a:
                    post:
                      operationId: CreateThing
                      parameters:
                        - {name: q, in: query, schema: {type: string}}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: 'parts/a.yaml#/Thing'}
                      responses: {'200': {description: ok}}
                """);
        Files.writeString(dir.resolve("spec/parts/a.yaml"), "Thing:\n  type: object\n  properties:\n    tag: {$ref: 'b.json#/Tag'}\n");
        Files.writeString(dir.resolve("spec/parts/b.json"), "{\"Tag\": {\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"string\"}}}}");
        return dir.resolve("spec/api.yaml");
    }

    /** Runs {@link UpToDateProbe} in a new JVM; its class loading goes to the log file, when one is given. */
    private static String probe(Path spec, Path out, Path classLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), UpToDateProbe.class.getName(), spec.toString(), out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("upToDate=")).findFirst().orElse(output);
    }
}
