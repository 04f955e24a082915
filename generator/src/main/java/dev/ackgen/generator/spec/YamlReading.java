package dev.ackgen.generator.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How ackgen reads YAML: as large a document as a spec may be. SnakeYAML, under Jackson and under
 * swagger-parser, refuses documents of more than 3 Mi code points by default, far below {@link
 * SpecSource#MAX_BYTES}: a 6 MB YAML spec would fail with "exceeds the limit: 3145728 code points"
 * though a JSON spec ten times larger generates.
 */
public final class YamlReading {
    /** The most code points a YAML document may have: no more than its bytes, so the spec's bound. */
    public static final int MAX_CODE_POINTS = Math.toIntExact(SpecSource.MAX_BYTES);

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    private static final ObjectMapper MAPPER = new YAMLMapper(FACTORY);

    private YamlReading() {}

    /** A factory for YAML parsers with ackgen's bound. */
    public static YAMLFactory factory() {
        return FACTORY;
    }

    /** A mapper reading YAML trees with ackgen's bound. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }
}
