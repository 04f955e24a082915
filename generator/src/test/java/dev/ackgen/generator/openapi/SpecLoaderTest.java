package dev.ackgen.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.spec.SourceLocator;
import dev.ackgen.generator.spec.SpecException;
import org.junit.jupiter.api.Test;

/** swagger-parser's messages name places with dotted paths; problems need JSON pointers. */
class SpecLoaderTest {

    private static final String YAML = String.join("\n",
            "openapi: 3.0.3", // 1
            "info:", // 2
            "  title: ACK", // 3
            "  version: '1'", // 4
            "paths:", // 5
            "  /clusters:", // 6
            "    post:", // 7
            "      operationId: CreateCluster", // 8
            "");

    @Test
    void turnsSwaggerParsersDottedPathIntoAJsonPointer() {
        assertThat(SpecLoader.pointerOf("attribute paths.'/clusters'(post).requestBody.foo is unexpected"))
                .isEqualTo("/paths/~1clusters/post/requestBody/foo");
    }

    @Test
    void handlesPlainDottedPaths() {
        assertThat(SpecLoader.pointerOf("attribute info.title is missing")).isEqualTo("/info/title");
        assertThat(SpecLoader.pointerOf("attribute components.schemas.DataDisk.type is not of type `string`"))
                .isEqualTo("/components/schemas/DataDisk/type");
    }

    @Test
    void findsTheDottedPathAMessageStartsWith() {
        assertThat(SpecLoader.pointerOf("paths.'/a'(post).requestBody.content.'application/json'.schema.multipleOf value must be > 0"))
                .isEqualTo("/paths/~1a/post/requestBody/content/application~1json/schema/multipleOf");
        assertThat(SpecLoader.pointerOf("pathsX is not a path")).isEmpty();
    }

    @Test
    void keepsDotsInsideQuotedSegmentsAndEscapesTildes() {
        assertThat(SpecLoader.pointerOf("attribute paths.'/v1.0/a~b'(get) is missing"))
                .isEqualTo("/paths/~1v1.0~1a~0b/get");
    }

    @Test
    void aMessageWithoutAnAttributeHasNoPointer() {
        assertThat(SpecLoader.pointerOf("Unable to read location `spec.yaml`")).isEmpty();
        assertThat(SpecLoader.pointerOf("")).isEmpty();
    }

    @Test
    void pointerOfAMessageFindsItsLineInTheSpec() throws SpecException {
        SourceLocator locator = SourceLocator.of("test", YAML);
        String pointer = SpecLoader.pointerOf("attribute paths.'/clusters'(post).operationId is unexpected");
        assertThat(pointer).isEqualTo("/paths/~1clusters/post/operationId");
        assertThat(locator.line(pointer)).isEqualTo(8);
    }
}
