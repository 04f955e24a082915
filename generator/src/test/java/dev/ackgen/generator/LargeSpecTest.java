package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ackgen.generator.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec far larger than the CS API generates within a small, fixed heap: the command line (in a
 * JVM of its own, with {@code -Xmx}) streams each file to disk as it is built instead of holding the
 * whole output. The spec is the CS API's 119 operations repeated under new paths and ids until
 * there are {@code ackgen.large.operations} (default 600, about 1,650 files and 27 MB of sources,
 * which a run holding everything in memory does not fit in the default 128 MB). The long run:
 * {@code -Dackgen.large.operations=10000 -Dackgen.large.heap=1g} (a 56 MB spec, 27,575 files).
 * Nothing here is timed; the run prints its time for the record.
 */
class LargeSpecTest {
    private static final int OPERATIONS = Integer.getInteger("ackgen.large.operations", 600);
    private static final String HEAP = System.getProperty("ackgen.large.heap", "128m");

    @TempDir
    Path temp;

    @Test
    void aSpecOfManyOperationsGeneratesWithinASmallHeap() throws IOException, InterruptedException {
        Path spec = temp.resolve("large.json");
        ObjectMapper json = new ObjectMapper();
        json.writeValue(spec.toFile(), repeated(json, OPERATIONS));
        Path out = temp.resolve("out");
        Path log = temp.resolve("ackgen.log");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                spec.toString(), "com.example.large", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).as("the run ended").isTrue();
        String said = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("large spec: %d operations, %d MB, -Xmx%s: %s", OPERATIONS, Files.size(spec) >> 20, HEAP, said);

        assertThat(process.exitValue()).as(said).isZero();
        assertThat(said).startsWith("ackgen: " + OPERATIONS + " operations, ");
        List<String> manifest = Files.readAllLines(out.resolve(OutputWriter.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).hasSizeGreaterThan(2 * OPERATIONS);
        for (String path : List.of(manifest.get(0), manifest.get(manifest.size() / 2), manifest.get(manifest.size() - 1))) {
            assertThat(Files.readString(out.resolve(path))).startsWith("package com.example.large;");
        }
        try (var leftovers = Files.walk(out)) {
            assertThat(leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    /** The CS API with its operations repeated under new paths ({@code /x/v2}) and ids ({@code CreateCluster2}) up to n. */
    static ObjectNode repeated(ObjectMapper json, int n) throws IOException {
        ObjectNode spec = (ObjectNode) json.readTree(GeneratorFixture.csApiSpec().toFile());
        List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (method.getValue().has("operationId")) {
                    operations.add(Map.entry(path.getKey(), method));
                }
            }
        }
        ObjectNode paths = json.createObjectNode();
        for (int i = 0; i < n; i++) {
            Map.Entry<String, Map.Entry<String, JsonNode>> operation = operations.get(i % operations.size());
            int round = i / operations.size();
            ObjectNode copy = operation.getValue().getValue().deepCopy();
            String suffix = round == 0 ? "" : String.valueOf(round + 1);
            copy.put("operationId", copy.get("operationId").asText() + suffix);
            String path = operation.getKey() + (round == 0 ? "" : "/v" + (round + 1));
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            item.set(operation.getValue().getKey(), copy);
        }
        spec.set("paths", paths);
        return spec;
    }
}
