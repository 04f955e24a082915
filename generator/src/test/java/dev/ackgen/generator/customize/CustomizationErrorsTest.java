package dev.ackgen.generator.customize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.generator.GeneratorFixture;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a customisation that cannot work gets: entries that are not what their option takes and
 * types that are not there are refused before the spec is read; names a mapping makes collide are
 * located errors naming both sides; entries that match nothing are warnings.
 */
class CustomizationErrorsTest {

    private static Pipeline.Result run(CustomizationOption option, String... entries) throws Exception {
        return CustomizationGoldenTest.generate(Map.of(option, List.of(entries)));
    }

    private static String specProblems(CustomizationOption option, String... entries) {
        SpecException e = (SpecException) org.assertj.core.api.Assertions.catchThrowable(() -> run(option, entries));
        assertThat(e).as("a SpecException").isNotNull();
        return e.getMessage();
    }

    @Test
    void entriesThatAreNotWhatTheOptionTakesAreRefusedNamingTheOptionAndTheEntry() {
        assertThatThrownBy(() -> Customizations.of(Map.of(
                        CustomizationOption.MODEL_NAME_MAPPINGS, List.of("Pet", "Money=class", "PetStatus=String", "Owner=owner"),
                        CustomizationOption.PROPERTY_NAME_MAPPINGS, List.of("name=Paging", "born=additionalProperties"),
                        CustomizationOption.TYPE_MAPPINGS, List.of("date-time=Instant", "date=java.time.LocalDate", "date=String"),
                        CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of("@lombok.Generated(\"x\")"),
                        CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("Serializable"))))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("modelNameMappings entry 'Pet': takes key=value")
                .hasMessageContaining("modelNameMappings entry 'Money=class': class is not a Java identifier")
                .hasMessageContaining("modelNameMappings entry 'PetStatus=String': String is a class generated code already names")
                .hasMessageContaining("modelNameMappings entry 'Owner=owner': owner starts with a lower-case letter")
                .hasMessageContaining("propertyNameMappings entry 'name=Paging': Paging starts with an upper-case letter")
                .hasMessageContaining("propertyNameMappings entry 'born=additionalProperties': additionalProperties is a member every model has")
                .hasMessageContaining("typeMappings entry 'date-time=Instant': Instant is not a qualified Java class name")
                .hasMessageContaining("typeMappings maps date twice: 'date=java.time.LocalDate' and 'date=String'")
                .hasMessageContaining("additionalModelAnnotations entry '@lombok.Generated(\"x\")': is not a qualified Java type name")
                .hasMessageContaining("additionalModelInterfaces entry 'Serializable': is not a qualified Java type name");
    }

    @Test
    void typesThatAreNotThereOrNotOfTheRightKindAreRefusedBeforeTheSpecIsRead() throws Exception {
        Customizations customizations = Customizations.of(Map.of(
                CustomizationOption.TYPE_MAPPINGS, List.of("date-time=com.example.Nope"),
                CustomizationOption.SCHEMA_MAPPINGS, List.of("Money=java.lang.Deprecated"),
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of("java.lang.String"),
                CustomizationOption.ADDITIONAL_CLIENT_INTERFACES, List.of("java.lang.String")));
        Pipeline pipeline = Pipeline.of(GeneratorOptions.all("com.example.pets"))
                .withCustomizations(customizations, TypeLookup.of(getClass().getClassLoader()), "the test class path");
        // The spec is not even there: the options are checked first.
        assertThatThrownBy(() -> pipeline.run(new SpecSource("missing.yaml", Path.of("missing.yaml").toUri(), "")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("typeMappings: no such type com.example.Nope in the test class path")
                .hasMessageContaining("schemaMappings: java.lang.Deprecated is an annotation type, not a class")
                .hasMessageContaining("additionalModelAnnotations: java.lang.String is not an annotation type")
                .hasMessageContaining("additionalClientInterfaces: java.lang.String is not an interface");
    }

    @Test
    void annotationsAndInterfacesGeneratedCodeCannotUseAreRefusedSaysWhy() throws Exception {
        Customizations customizations = Customizations.of(Map.of(
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of("java.lang.FunctionalInterface", "java.lang.SuppressWarnings", "java.beans.JavaBean"),
                CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS, List.of("java.lang.SafeVarargs"),
                CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("java.lang.Comparable", "java.lang.Runnable", "java.io.Serializable"),
                CustomizationOption.ADDITIONAL_ENUM_INTERFACES, List.of("dev.ackgen.generator.customize.Audited")));
        assertThatThrownBy(() -> customizations.checkTypes(TypeLookup.of(getClass().getClassLoader()), "the test class path"))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("additionalModelAnnotations: java.lang.SuppressWarnings needs values (value), which an added annotation cannot give")
                .hasMessageContaining("additionalClientAnnotations: java.lang.SafeVarargs cannot annotate a class (its @Target has no TYPE)")
                .hasMessageContaining("additionalModelInterfaces: java.lang.Comparable is generic")
                .hasMessageContaining("additionalModelInterfaces: java.lang.Runnable declares methods generated classes do not implement (run)")
                .hasMessageContaining("additionalModelAnnotations: java.lang.FunctionalInterface is only for interfaces")
                .hasMessageNotContaining("JavaBean")
                .hasMessageNotContaining("Serializable")
                .hasMessageNotContaining("Audited");
        assertThatThrownBy(() -> Customizations.of(Map.of(CustomizationOption.ADDITIONAL_CLIENT_INTERFACES, List.of("java.io.Serializable"))))
                .hasMessageContaining("additionalClientInterfaces entry 'java.io.Serializable': a client holds connections and threads");
    }

    @Test
    void sourceRootsFindNestedTypesByTheirFile(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("com/example"));
        java.nio.file.Files.writeString(root.resolve("com/example/Outer.java"), "package com.example; public class Outer {}");
        TypeLookup sources = TypeLookup.sources(List.of(root));
        assertThat(sources.find("com.example.Outer")).isEqualTo(TypeLookup.Kind.SOURCE);
        assertThat(sources.find("com.example.Outer.Inner")).isEqualTo(TypeLookup.Kind.SOURCE);
        assertThat(sources.find("com.example.Other")).isNull();
    }

    @Test
    void aClassNameTakenByAnotherSchemaIsAnErrorNamingBoth() {
        assertThat(specProblems(CustomizationOption.MODEL_NAME_MAPPINGS, "Pet=Money"))
                .contains("pets.yaml:")
                .contains("at #/components/schemas/Pet: modelNameMappings Pet=Money: Money is also the name of the class for 'Money'"
                        + " at #/components/schemas/Money");
    }

    @Test
    void aClassNameThatDiffersOnlyInCaseCollidesToo() {
        // Foo.java and FOO.java are one file on some file systems.
        assertThat(specProblems(CustomizationOption.MODEL_NAME_MAPPINGS, "Pet=MONEY"))
                .contains("modelNameMappings Pet=MONEY: MONEY is also the name of the class for 'Money'");
    }

    @Test
    void aClientInterfaceNameTakenByAModelIsAnError() {
        assertThat(specProblems(CustomizationOption.CLIENT_NAME_MAPPINGS, "pets=Pet"))
                .contains("clientNameMappings pets=Pet: Pet is also the name of the class for 'Pet' at #/components/schemas/Pet");
    }

    @Test
    void aMemberNameTakenByAnotherPropertyIsAnErrorNamingBoth() {
        assertThat(specProblems(CustomizationOption.PROPERTY_NAME_MAPPINGS, "Pet.born=name"))
                .contains("propertyNameMappings Pet.born=name: name is also the name of the member for property 'name'"
                        + " at #/components/schemas/Pet/properties/name in Pet");
    }

    @Test
    void anEnumConstantTakenByAnotherValueIsAnError() {
        assertThat(specProblems(CustomizationOption.ENUM_NAME_MAPPINGS, "PetStatus.sold=AVAILABLE"))
                .contains("enumNameMappings PetStatus.sold=AVAILABLE: AVAILABLE is also the name of the constant for enum value 'available'");
    }

    @Test
    void aMethodNameTakenByAnotherOperationIsAnError() {
        assertThat(specProblems(CustomizationOption.OPERATION_NAME_MAPPINGS, "ListPets=updatePet"))
                .contains("operationNameMappings ListPets=updatePet: updatePet is also the name of the client method for operation 'UpdatePet'");
    }

    @Test
    void aNestedClassNamedLikeItsEnclosingClassIsAnError() {
        assertThat(specProblems(CustomizationOption.MODEL_NAME_MAPPINGS, "ListPetsResponse.Paging=ListPetsResponse"))
                .contains("modelNameMappings ListPetsResponse.Paging=ListPetsResponse: ListPetsResponse is the name of an enclosing class");
    }

    @Test
    void entriesThatMatchNothingAreWarningsSoUsersLearnARenameNoLongerApplies() throws Exception {
        Pipeline.Result result = CustomizationGoldenTest.generate(Map.of(
                CustomizationOption.MODEL_NAME_MAPPINGS, List.of("Cat=Feline"),
                CustomizationOption.TYPE_MAPPINGS, List.of("uuid=java.util.UUID"),
                CustomizationOption.SCHEMA_MAPPINGS, List.of("Owner=java.lang.Object")));
        assertThat(result.warnings()).extracting(SpecProblem::message).containsExactlyInAnyOrder(
                "modelNameMappings Cat=Feline matches nothing the spec generates; it no longer applies",
                "typeMappings uuid=java.util.UUID matches no format of the generated operations; it no longer applies",
                "schemaMappings Owner=java.lang.Object matches no component schema of the generated operations; it no longer applies");
    }

    @Test
    void constraintsOnAMappedValueAreDroppedWithALocatedWarningAndTheCodeCompiles() throws Exception {
        Path spec = GeneratorFixture.writeSpec("stamped.yaml", """
                openapi: 3.0.3
                info: {title: Stamps, version: '1'}
                paths: {}
                components:
                  schemas:
                    Stamp:
                      type: object
                      properties:
                        at:
                          type: string
                          format: date-time
                          maxLength: 30
                """);
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all("com.example.stamps")).run(SpecSource.read(spec));
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.pointer()).isEqualTo("/components/schemas/Stamp/properties/at");
            assertThat(warning.line()).isEqualTo(9);
            assertThat(warning.message()).contains("not checked: the value is a java.time.OffsetDateTime (a type mapping)");
        });
        CustomizationGoldenTest.compile(result.files());
    }
}
