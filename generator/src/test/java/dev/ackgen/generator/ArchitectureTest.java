package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's layering, checked on its sources: swagger-parser's types are read in one package,
 * {@code dev.ackgen.generator.openapi}, so the IR, the emitters and the extension SPI never depend on
 * them and another reader of OpenAPI could replace it without touching anything else.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path OPENAPI = Path.of("dev/ackgen/generator/openapi");
    /** {@code io.swagger.} as a name in code: an import, or a qualified name anywhere. */
    private static final Path EMIT = Path.of("dev/ackgen/generator/emit");
    /** A name in one of the generator's packages: {@code dev.ackgen.generator.model.}. */
    private static final Pattern GENERATOR_PACKAGE = Pattern.compile("\\bdev\\.ackgen\\.generator\\.([a-z]+)\\b");
    private static final Set<String> EMIT_MAY_USE = Set.of("emit", "model", "naming");
    /** {@code FooGenerator.member}: a static of a generator (its own {@code Foo.this.x} is allowed). */
    private static final Pattern GENERATOR_STATIC = Pattern.compile("\\b(\\w+Generator)\\s*\\.\\s*(?!this\\b)\\w+");
    private static final Pattern SWAGGER = Pattern.compile("\\bio\\s*\\.\\s*swagger\\s*\\.");

    @Test
    void onlyTheOpenapiPackageUsesSwaggerParser() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).as("the generator's sources, from the module directory").isNotEmpty();
        for (Path file : files) {
            Path relative = SOURCES.relativize(file);
            if (!relative.startsWith(OPENAPI) && usesSwagger(Files.readString(file, StandardCharsets.UTF_8))) {
                offenders.add(relative.toString());
            }
        }
        assertThat(offenders).as("files outside %s that use io.swagger", OPENAPI).isEmpty();
    }

    /**
     * The emitters use the IR and the naming rules, nothing nearer the spec: what another reader of
     * OpenAPI would not give them, they must not need.
     */
    @Test
    void emittersUseOnlyTheModelAndNaming() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : emitSources()) {
            Matcher uses = GENERATOR_PACKAGE.matcher(codeOnly(Files.readString(file, StandardCharsets.UTF_8)));
            while (uses.find()) {
                if (!EMIT_MAY_USE.contains(uses.group(1))) {
                    offenders.add(file.getFileName() + " uses dev.ackgen.generator." + uses.group(1));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * One generator per output kind, each made from the run's EmitContext: a generator does not
     * reach into another's statics (shared constants and answers live in the context, the
     * policies, {@code Splitting} and {@code RuntimeTypes}).
     */
    @Test
    void noGeneratorUsesAnotherGeneratorsStatics() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : emitSources()) {
            String self = file.getFileName().toString().replace(".java", "");
            Matcher uses = GENERATOR_STATIC.matcher(codeOnly(Files.readString(file, StandardCharsets.UTF_8)));
            while (uses.find()) {
                if (!uses.group(1).equals(self)) {
                    offenders.add(self + " uses " + uses.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> emitSources() throws IOException {
        try (Stream<Path> walk = Files.list(SOURCES.resolve(EMIT))) {
            List<Path> files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            assertThat(files).as("the emitters' sources, from the module directory").isNotEmpty();
            return files;
        }
    }

    @Test
    void findsImportsAndQualifiedNamesButNotCommentsOrStrings() {
        assertThat(usesSwagger("import io.swagger.v3.oas.models.OpenAPI;\nclass A {}")).isTrue();
        assertThat(usesSwagger("import static io.swagger.v3.core.util.Json.mapper;\nclass A {}")).isTrue();
        assertThat(usesSwagger("class A { io.swagger.v3.oas.models.media.Schema<?> schema; }")).isTrue();
        assertThat(usesSwagger("class A { io . swagger.v3.oas.models.OpenAPI api; }")).isTrue();
        assertThat(usesSwagger("/** Unlike io.swagger.v3, this is ours. */\nclass A {} // io.swagger.x")).isFalse();
        assertThat(usesSwagger("class A { String s = \"io.swagger.v3\"; char c = '\"'; }")).isFalse();
    }

    /** Whether Java source text names a swagger type in code (comments and literals do not count). */
    static boolean usesSwagger(String source) {
        return SWAGGER.matcher(codeOnly(source)).find();
    }

    /** The source with comments, string, text block and character literals blanked out. */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }
}
