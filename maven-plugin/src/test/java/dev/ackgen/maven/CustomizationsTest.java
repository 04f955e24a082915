package dev.ackgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.TypeLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customisation parameters in the plugin's run: they change the output, their entries are part
 * of the fingerprint, bad entries and types that are not there are configuration errors naming the
 * parameter (the previous output kept), and each option is a parameter of the goal by its one name.
 */
class CustomizationsTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: CreateThing
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses: {'200': {description: ok}}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    name: {type: string}
                    created: {type: string, format: date-time}
            """;

    private Path spec() throws IOException {
        return Files.writeString(dir.resolve("api.yaml"), SPEC);
    }

    private Configuration config(Map<CustomizationOption, List<String>> customizations) throws Exception {
        return Configuration.of(spec(), "p", dir.resolve("out"), Set.of(), Set.of(), true, true, false, Extensions.NONE)
                .withCustomizations(customizations);
    }

    private GenerationRun.Result run(Map<CustomizationOption, List<String>> customizations) throws Exception {
        return GenerationRun.run(config(customizations), log::add);
    }

    private String generated(String file) throws IOException {
        return Files.readString(dir.resolve("out/p/" + file), StandardCharsets.UTF_8);
    }

    private static Map<CustomizationOption, List<String>> options(Object... optionAndEntries) {
        Map<CustomizationOption, List<String>> options = new EnumMap<>(CustomizationOption.class);
        for (int i = 0; i < optionAndEntries.length; i += 2) {
            options.put((CustomizationOption) optionAndEntries[i], List.of(((String) optionAndEntries[i + 1]).split(" ")));
        }
        return options;
    }

    @Test
    void mappingsAndAddedTypesChangeTheOutputAndAnUnchangedBuildWritesNothing() throws Exception {
        Map<CustomizationOption, List<String>> customizations = options(
                CustomizationOption.TYPE_MAPPINGS, "date-time=java.time.Instant",
                CustomizationOption.MODEL_NAME_MAPPINGS, "Thing=Item",
                CustomizationOption.PROPERTY_NAME_MAPPINGS, "name=label",
                CustomizationOption.ADDITIONAL_MODEL_INTERFACES, "java.io.Serializable");

        GenerationRun.Result first = run(customizations);

        assertThat(first.upToDate()).isFalse();
        assertThat(first.warnings()).isEmpty();
        assertThat(dir.resolve("out/p/Thing.java")).doesNotExist();
        assertThat(generated("Item.java"))
                .contains("import java.time.Instant;", "private final Instant created;", "public String getLabel()",
                        "public final class Item implements JsonWritable, Serializable {", "private static final long serialVersionUID = 1L;");
        assertThat(run(customizations).upToDate()).isTrue();
    }

    @Test
    void changingAddingOrRemovingAnEntryChangesTheFingerprintAndRegenerates() throws Exception {
        Map<CustomizationOption, List<String>> instant = options(CustomizationOption.TYPE_MAPPINGS, "date-time=java.time.Instant");
        Map<CustomizationOption, List<String>> local = options(CustomizationOption.TYPE_MAPPINGS, "date-time=java.time.LocalDateTime");
        String identity = GeneratorVersion.identity();
        assertThat(Fingerprint.of(config(instant), identity)).isEqualTo(Fingerprint.of(config(instant), identity))
                .isNotEqualTo(Fingerprint.of(config(local), identity))
                .isNotEqualTo(Fingerprint.of(config(Map.of()), identity));
        assertThat(config(instant).canonical()).endsWith("customization typeMappings=date-time=java.time.Instant\n");

        run(instant);
        assertThat(generated("Thing.java")).contains("private final Instant created;");

        assertThat(run(local).upToDate()).as("changed").isFalse();
        assertThat(generated("Thing.java")).contains("private final LocalDateTime created;");
        assertThat(run(local).upToDate()).isTrue();

        Map<CustomizationOption, List<String>> annotated = options(CustomizationOption.TYPE_MAPPINGS, "date-time=java.time.LocalDateTime",
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, "@" + Audited.class.getCanonicalName());
        assertThat(GenerationRun.run(config(annotated), userTypes(), log::add).upToDate()).as("added").isFalse();
        assertThat(generated("Thing.java")).contains("@Audited\npublic final class Thing implements JsonWritable {");

        assertThat(run(Map.of()).upToDate()).as("removed").isFalse();
        assertThat(generated("Thing.java")).contains("private final OffsetDateTime created;").doesNotContain("Audited");
    }

    @Test
    void anEntryThatMatchesNothingIsABuildWarning() throws Exception {
        GenerationRun.Result result = run(options(CustomizationOption.TYPE_MAPPINGS, "uuid=java.util.UUID",
                CustomizationOption.MODEL_NAME_MAPPINGS, "Thingy=Item"));

        assertThat(result.warnings()).containsExactly(
                dir.resolve("api.yaml") + ": modelNameMappings Thingy=Item matches nothing the spec generates; it no longer applies",
                dir.resolve("api.yaml") + ": typeMappings uuid=java.util.UUID matches no format of the generated operations; it no longer applies");

        // Repeated by every build that finds the output up to date, until the entry is fixed.
        GenerationRun.Result again = run(options(CustomizationOption.TYPE_MAPPINGS, "uuid=java.util.UUID",
                CustomizationOption.MODEL_NAME_MAPPINGS, "Thingy=Item"));
        assertThat(again.upToDate()).isTrue();
        assertThat(again.warnings()).isEqualTo(result.warnings());
        assertThat(run(options()).warnings()).as("fixed: regenerated without warnings").isEmpty();
        assertThat(run(options()).warnings()).as("and an up-to-date build has none to repeat").isEmpty();
    }

    @Test
    void aBadEntryIsAConfigurationErrorNamingTheParameter() throws Exception {
        assertThatThrownBy(() -> config(options(CustomizationOption.TYPE_MAPPINGS, "date-time")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<typeMappings> entry 'date-time': takes key=value");
        assertThatThrownBy(() -> config(options(CustomizationOption.MODEL_NAME_MAPPINGS, "Thing=Item Thing=Other",
                CustomizationOption.ADDITIONAL_ENUM_INTERFACES, "Serializable")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<additionalEnumInterfaces> entry 'Serializable': is not a qualified Java type name (java.io.Serializable)\n"
                        + "<modelNameMappings> maps Thing twice: 'Thing=Item' and 'Thing=Other'");
    }

    @Test
    void aTypeThatIsNotThereOrOfTheWrongKindIsAConfigurationErrorAndTheOutputIsKept() throws Exception {
        run(options(CustomizationOption.MODEL_NAME_MAPPINGS, "Thing=Item"));
        String before = generated("Item.java");

        assertThatThrownBy(() -> GenerationRun.run(config(options(CustomizationOption.MODEL_NAME_MAPPINGS, "Thing=Other",
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, "com.example.Missing")), userTypes(), log::add))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<additionalModelAnnotations>: no such type com.example.Missing in " + GenerateMojo.USER_TYPES_PLACE);
        assertThatThrownBy(() -> GenerationRun.run(config(options(CustomizationOption.ADDITIONAL_MODEL_INTERFACES,
                Audited.class.getCanonicalName())), userTypes(), log::add))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("<additionalModelInterfaces>: " + Audited.class.getCanonicalName() + " is not an interface");

        assertThat(dir.resolve("out/p/Other.java")).doesNotExist();
        assertThat(generated("Item.java")).isEqualTo(before);
        assertThat(run(options(CustomizationOption.MODEL_NAME_MAPPINGS, "Thing=Item")).upToDate()).as("the old fingerprint kept").isTrue();
    }

    @Test
    void aClassOfTheProjectsSourcesIsFoundBeforeItIsCompiled() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/main/java/com/example"));
        Files.writeString(sources.resolve("Money.java"), "package com.example;\npublic record Money(long cents) {}\n");
        GenerationRun.UserTypes userTypes = new GenerationRun.UserTypes(
                TypeLookup.of(ClassLoader.getPlatformClassLoader()).or(TypeLookup.sources(List.of(dir.resolve("src/main/java")))),
                GenerateMojo.USER_TYPES_PLACE);

        GenerationRun.run(config(options(CustomizationOption.TYPE_MAPPINGS, "date-time=com.example.Money")), userTypes, log::add);

        assertThat(generated("Thing.java")).contains("import com.example.Money;", "private final Money created;");
    }

    /** Each option is a List parameter of the goal, by its one name, with user property ackgen.name and an example element in its description. */
    @Test
    void everyOptionIsAParameterOfTheGoal() throws IOException {
        String descriptor;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor in target/classes").isNotNull();
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (CustomizationOption option : CustomizationOption.values()) {
            String name = option.optionName();
            String element = name.substring(0, name.length() - 1); // typeMappings: a typeMapping element per entry
            assertThat(descriptor).as(name)
                    .containsPattern("<parameter>\\s*<name>" + name + "</name>\\s*<type>java.util.List</type>\\s*<required>false</required>"
                            + "\\s*<editable>true</editable>\\s*<description>[^<]*"
                            + "&lt;" + element + "&gt;[^<]*&lt;/" + element + "&gt;[^<]*</description>")
                    .contains("<" + name + " implementation=\"java.util.List\">${ackgen." + name + "}</" + name + ">");
        }
    }

    /** The test's class path, for a type of these tests. */
    private static GenerationRun.UserTypes userTypes() {
        return new GenerationRun.UserTypes(TypeLookup.of(CustomizationsTest.class.getClassLoader()), GenerateMojo.USER_TYPES_PLACE);
    }
}
