package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ackgen.generator.customize.CustomizationGoldenTest;
import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.Money;
import dev.ackgen.generator.customize.Reviewed;
import dev.ackgen.runtime.json.JsonReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What customised generated code does when it runs: the types it reads and writes, the annotations it carries. */
class CustomizedCodeTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PET = "{\"name\":\"Rex\",\"born\":\"2020-05-01T08:00+08:00\",\"vaccinated_on\":[\"2021-01-02\"],"
            + "\"price\":{\"amount\":\"10.50\",\"currency\":\"EUR\"}}";

    private static LoadedClasses compiled(Map<CustomizationOption, List<String>> options) throws Exception {
        return new LoadedClasses(CustomizationGoldenTest.compile(CustomizationGoldenTest.generate(options).files()));
    }

    @Test
    void dateTimesAndDatesAreJavaTimeValuesReadAndWrittenAsRfc3339() throws Exception {
        LoadedClasses classes = compiled(Map.of());
        Class<?> pet = classes.load("com.example.pets.Pet");
        Object rex = JSON.readValue(PET, pet);

        assertThat(classes.call(rex, "getBorn")).isEqualTo(OffsetDateTime.parse("2020-05-01T08:00:00+08:00"));
        assertThat(classes.call(rex, "getVaccinatedOn")).isEqualTo(List.of(LocalDate.of(2021, 1, 2)));
        // Written back with its offset and with seconds, which RFC 3339 requires and toString() would drop.
        assertThat(JSON.writeValueAsString(rex)).contains("\"born\":\"2020-05-01T08:00:00+08:00\"")
                .contains("\"vaccinated_on\":[\"2021-01-02\"]");
    }

    @Test
    void aMalformedDateTimeIsAReadErrorAtItsPointerThatDoesNotQuoteTheValue() throws Exception {
        Class<?> pet = compiled(Map.of()).load("com.example.pets.Pet");
        assertThatThrownBy(() -> JSON.readValue("{\"name\":\"Rex\",\"born\":\"yesterday at noon\"}", pet))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/born"))
                .hasMessageContaining("Expected an RFC 3339 date-time")
                .hasMessageNotContaining("yesterday");
    }

    @Test
    void mappedTypesAreTheUsersTypesReadAndWrittenTheirWay() throws Exception {
        LoadedClasses classes = compiled(Map.of(
                CustomizationOption.TYPE_MAPPINGS, List.of("date-time=java.time.Instant", "date=String"),
                CustomizationOption.SCHEMA_MAPPINGS, List.of("Money=dev.ackgen.generator.customize.Money")));
        Object rex = JSON.readValue(PET, classes.load("com.example.pets.Pet"));

        assertThat(classes.call(rex, "getBorn")).isEqualTo(Instant.parse("2020-05-01T00:00:00Z"));
        assertThat(classes.call(rex, "getVaccinatedOn")).isEqualTo(List.of("2021-01-02"));
        assertThat(classes.call(rex, "getPrice")).isEqualTo(new Money("10.50", "EUR"));
        assertThat(JSON.readTree(JSON.writeValueAsString(rex))).isEqualTo(JSON.readTree(
                "{\"name\":\"Rex\",\"born\":\"2020-05-01T00:00:00Z\",\"vaccinated_on\":[\"2021-01-02\"],"
                        + "\"price\":{\"amount\":\"10.50\",\"currency\":\"EUR\"}}"));
    }

    @Test
    void addedAnnotationsAreOnEveryModelClassAndSerializableModelsSurviveARoundTrip() throws Exception {
        LoadedClasses classes = compiled(Map.of(
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of("dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_ENUM_ANNOTATIONS, List.of("dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS, List.of("dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("java.io.Serializable")));
        for (String name : List.of("Pet", "Pet$Builder", "ListPetsResponse$Paging",
                "PetStatus", "PetsClient", "DefaultPetsClient")) {
            assertThat(classes.load("com.example.pets." + name).isAnnotationPresent(Reviewed.class)).as(name).isTrue();
        }
        Object rex = JSON.readValue(PET, classes.load("com.example.pets.Pet"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rex);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {
                return desc.getName().startsWith("com.example.pets.") ? classes.load(desc.getName()) : super.resolveClass(desc);
            }
        }) {
            assertThat(in.readObject()).isEqualTo(rex);
        }
    }

    @Test
    void anInlineObjectPropertyNamedPagingGetsAMemberPagingOfClassPaging() throws Exception {
        // Regression: x-ackgen-java-name "Paging" on an inline object property generated
        // "private final Paging Paging;", a field that hides its own class.
        LoadedClasses classes = compiled(Map.of());
        Class<?> response = classes.load("com.example.pets.ListPetsResponse");
        assertThat(response.getDeclaredField("paging").getType().getName()).isEqualTo("com.example.pets.ListPetsResponse$Paging");
        Object read = JSON.readValue("{\"page_info\":{\"page_number\":2,\"total_count\":41}}", response);
        assertThat(classes.call(classes.call(read, "getPaging"), "getTotalCount")).isEqualTo(41L);
    }
}
