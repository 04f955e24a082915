package dev.ackgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SourceLocatorTest {

    private static final String YAML = String.join("\n",
            "openapi: 3.0.3", // 1
            "info:", // 2
            "  title: ACK", // 3
            "  version: '1'", // 4
            "paths:", // 5
            "  /clusters:", // 6
            "    post:", // 7
            "      operationId: CreateCluster", // 8
            "      requestBody:", // 9
            "        content: {}", // 10
            "components:", // 11
            "  schemas:", // 12
            "    a:", // 13
            "      type: array", // 14
            "      items:", // 15
            "        - first", // 16
            "        - name: second", // 17
            "          size: 2", // 18
            "        - [x, y]", // 19
            "    'tilde~key':", // 20
            "      type: string", // 21
            "");

    private static final String JSON = String.join("\n",
            "{", // 1
            "  \"openapi\": \"3.0.3\",", // 2
            "  \"paths\": {", // 3
            "    \"/clusters/{id}\": {", // 4
            "      \"get\": {", // 5
            "        \"operationId\": \"DescribeCluster\"", // 6
            "      }", // 7
            "    }", // 8
            "  },", // 9
            "  \"a\": {", // 10
            "    \"items\": [", // 11
            "      1,", // 12
            "      {", // 13
            "        \"b\": true", // 14
            "      },", // 15
            "      [", // 16
            "        \"c\"", // 17
            "      ]", // 18
            "    ],", // 19
            "    \"after\": null", // 20
            "  }", // 21
            "}", // 22
            "");

    @Nested
    class Yaml {
        private final SourceLocator locator = locate(YAML);

        @Test
        void findsScalarMembersOnTheirOwnLine() {
            assertThat(locator.line("/openapi")).isEqualTo(1);
            assertThat(locator.line("/info/title")).isEqualTo(3);
            assertThat(locator.line("/info/version")).isEqualTo(4);
            assertThat(locator.line("/paths/~1clusters/post/operationId")).isEqualTo(8);
            assertThat(locator.line("/components/schemas/a/type")).isEqualTo(14);
        }

        @Test
        void findsMappingsAndSequencesOnTheLineOfTheirKey() {
            assertThat(locator.line("/info")).isEqualTo(2);
            assertThat(locator.line("/paths")).isEqualTo(5);
            assertThat(locator.line("/paths/~1clusters")).isEqualTo(6);
            assertThat(locator.line("/paths/~1clusters/post")).isEqualTo(7);
            assertThat(locator.line("/paths/~1clusters/post/requestBody")).isEqualTo(9);
            assertThat(locator.line("/components/schemas/a/items")).isEqualTo(15);
        }

        @Test
        void findsTheDocumentItself() {
            assertThat(locator.line("")).isEqualTo(1);
        }

        @Test
        void findsMapsUnderEscapedPathKeys() {
            assertThat(locator.line("/paths/~1clusters/post/requestBody/content")).isEqualTo(10);
        }

        @Test
        void findsArrayItemsByIndex() {
            assertThat(locator.line("/components/schemas/a/items/0")).isEqualTo(16);
            assertThat(locator.line("/components/schemas/a/items/1")).isEqualTo(17);
            assertThat(locator.line("/components/schemas/a/items/1/name")).isEqualTo(17);
            assertThat(locator.line("/components/schemas/a/items/1/size")).isEqualTo(18);
            assertThat(locator.line("/components/schemas/a/items/2")).isEqualTo(19);
            assertThat(locator.line("/components/schemas/a/items/2/1")).isEqualTo(19);
        }

        @Test
        void findsKeysWithATildeEscaped() {
            assertThat(locator.line("/components/schemas/tilde~0key/type")).isEqualTo(21);
            assertThat(locator.line("/components/schemas/tilde~key/type"))
                    .isNotEqualTo(21)
                    .isEqualTo(locator.line("/components/schemas"));
        }

        @Test
        void missingMemberFallsBackToTheNearestAncestor() {
            assertThat(locator.line("/paths/~1clusters/post/operationId/nothing/deeper")).isEqualTo(8);
            assertThat(locator.line("/components/schemas/a/items/7")).isEqualTo(locator.line("/components/schemas/a/items"));
            assertThat(locator.line("/nowhere")).isEqualTo(1);
        }

        @Test
        void unescapedSlashIsNotAPathKey() {
            assertThat(locator.line("/paths//clusters/post/operationId"))
                    .isEqualTo(locator.line("/paths"));
        }
    }

    @Nested
    class Json {
        private final SourceLocator locator = locate(JSON);

        @Test
        void findsTheDocumentAndScalarMembers() {
            assertThat(locator.line("")).isEqualTo(1);
            assertThat(locator.line("/openapi")).isEqualTo(2);
            assertThat(locator.line("/paths/~1clusters~1{id}/get/operationId")).isEqualTo(6);
        }

        @Test
        void findsObjectsWhereTheirBraceOpens() {
            assertThat(locator.line("/paths")).isEqualTo(3);
            assertThat(locator.line("/paths/~1clusters~1{id}")).isEqualTo(4);
            assertThat(locator.line("/paths/~1clusters~1{id}/get")).isEqualTo(5);
            assertThat(locator.line("/a")).isEqualTo(10);
        }

        @Test
        void findsArrayItemsByIndex() {
            assertThat(locator.line("/a/items")).isEqualTo(11);
            assertThat(locator.line("/a/items/0")).isEqualTo(12);
            assertThat(locator.line("/a/items/1")).isEqualTo(13);
            assertThat(locator.line("/a/items/1/b")).isEqualTo(14);
            assertThat(locator.line("/a/items/2")).isEqualTo(16);
            assertThat(locator.line("/a/items/2/0")).isEqualTo(17);
        }

        @Test
        void membersAfterAnArrayKeepTheirOwnPath() {
            assertThat(locator.line("/a/after")).isEqualTo(20);
        }

        @Test
        void missingMemberFallsBackToTheNearestAncestor() {
            assertThat(locator.line("/paths/~1clusters~1{id}/get/responses")).isEqualTo(5);
            assertThat(locator.line("/a/items/3")).isEqualTo(11);
            assertThat(locator.line("/a/missing/more")).isEqualTo(10);
        }
    }

    @Nested
    class Malformed {
        @Test
        void malformedYamlIsASpecExceptionNamingTheLine() {
            String text = "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\npaths: {}\n";
            SpecException exception = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("spec.yaml", text));
            assertThat(exception).isNotNull();
            assertThat(exception.problems()).hasSize(1);
            SpecProblem problem = exception.problems().get(0);
            assertThat(problem.file()).isEqualTo("spec.yaml");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.message()).startsWith("not well-formed YAML or JSON: ");
            assertThat(exception).hasMessageStartingWith("The spec has 1 problem:\n  spec.yaml:4: not well-formed YAML or JSON: ");
        }

        @Test
        void badIndentationIsReportedOnItsLine() {
            String text = "openapi: 3.0.3\ninfo:\n  title: x\n version: 1\n";
            SpecException exception = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("spec.yaml", text));
            assertThat(exception).isNotNull();
            assertThat(exception.problems()).singleElement().extracting(SpecProblem::line).isEqualTo(4);
        }

        @Test
        void malformedJsonIsASpecExceptionNamingTheLine() {
            String text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n    \"a\": 1,,\n  }\n}\n";
            SpecException exception = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("spec.json", text));
            assertThat(exception).isNotNull();
            assertThat(exception.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("spec.json");
                assertThat(problem.line()).isEqualTo(4);
            });
        }

        @Test
        void emptyTextIsNoDocument() {
            SpecException e = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("empty.yaml", ""));
            assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo("the document is empty"));
        }
    }

    @Nested
    class Escape {
        @Test
        void escapesTildeAndSlash() {
            assertThat(SourceLocator.escape("/clusters/{id}")).isEqualTo("~1clusters~1{id}");
            assertThat(SourceLocator.escape("a~b")).isEqualTo("a~0b");
            assertThat(SourceLocator.escape("~1")).isEqualTo("~01");
        }
    }

    private static SourceLocator locate(String text) {
        try {
            return SourceLocator.of("test", text);
        } catch (SpecException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class DocumentsThatAreNotObjects {
        @Test
        void aTextFileIsRefusedWithoutQuotingIt() {
            SpecException e = catchThrowableOfType(SpecException.class,
                    () -> SourceLocator.of("passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"));
            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(1);
                assertThat(problem.message()).isEqualTo("the document must be a YAML mapping or a JSON object, not a string");
            });
            assertThat(e.getMessage()).doesNotContain("root:x");
        }

        @Test
        void aListIsRefused() {
            SpecException e = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("list.json", "[1, 2]"));
            assertThat(e.problems().get(0).message()).endsWith("not an array");
        }

        @Test
        void anEmptyDocumentIsRefused() {
            SpecException e = catchThrowableOfType(SpecException.class, () -> SourceLocator.of("empty.yaml", "# nothing\n"));
            assertThat(e.problems().get(0).message()).isEqualTo("the document is empty");
        }
    }
}
