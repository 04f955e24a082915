package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.spec.SpecSource;
import dev.ackgen.generator.spec.YamlReading;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A YAML spec past SnakeYAML's default 3 Mi code points reads as a JSON spec of that size does. */
class LargeYamlTest {
    @Test
    void aYamlSpecOfFourMillionCodePointsGenerates() throws Exception {
        StringBuilder text = new StringBuilder("""
                openapi: 3.0.3
                info: {title: large, version: "1"}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: {name: {type: string}}}
                """);
        String line = "# " + "y".repeat(97) + "\n";
        while (text.length() <= 4_000_000) {
            text.append(line);
        }
        assertThat(text.length()).isGreaterThan(3 << 20).isLessThan(YamlReading.MAX_CODE_POINTS);
        Path spec = GeneratorFixture.writeSpec("large.yaml", text.toString());

        Pipeline.Result result = Pipeline.of(GeneratorOptions.all("com.example.large")).run(SpecSource.read(spec));

        assertThat(result.model().operations()).hasSize(1);
        assertThat(result.files()).containsKey("com/example/large/ListThingsResponse.java");
    }
}
