package dev.ackgen.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IR's builders and withers, which extensions use to make changed copies. */
class IrBuildersTest {
    private static final Property SIZE = Property.builder()
            .wireName("size")
            .fieldName("size")
            .getterName("getSize")
            .type(new TypeRef.Scalar(TypeRef.Scalar.Kind.INT64))
            .required(true)
            .constraints(Constraints.builder().minimum(new BigDecimal("40"), false).build())
            .defaultValue(Literal.number(new BigDecimal("40")))
            .pointer("/components/schemas/DataDisk/properties/size")
            .build();

    @Test
    void aPropertyBuilderDefaultsToAnOptionalUnconstrainedBodyMember() {
        Property property = Property.builder().wireName("a").fieldName("a").getterName("getA").type(TypeRef.string()).build();

        assertThat(property.required()).isFalse();
        assertThat(property.location()).isEqualTo(Property.Location.BODY);
        assertThat(property.constraints()).isEqualTo(Constraints.NONE);
        assertThat(property.description()).isEmpty();
        assertThat(property.defaultValue()).isNull();
    }

    @Test
    void toBuilderCopiesEveryValueAndChangesOnlyWhatIsSet() {
        assertThat(SIZE.toBuilder().build()).isEqualTo(SIZE);

        Property secret = SIZE.toBuilder().secret(true).build();
        assertThat(secret.secret()).isTrue();
        assertThat(secret.toBuilder().secret(false).build()).isEqualTo(SIZE);
        Constraints constraints = SIZE.constraints();
        assertThat(constraints.toBuilder().build()).isEqualTo(constraints);
        assertThat(constraints.toBuilder().maxItems(3).build().maxItems()).isEqualTo(3);
    }

    @Test
    void aPropertyNeedsItsNamesAndType() {
        assertThatThrownBy(() -> Property.builder().wireName("a").fieldName("a").getterName("getA").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void withersReplaceOneComponent() {
        ObjectType disk = new ObjectType(JavaName.topLevel("DataDisk"), "", false, List.of(SIZE), List.of(), List.of(), "/d");

        ObjectType renamed = disk.withName(JavaName.topLevel("Disk")).withProperties(List.of());
        assertThat(renamed.name()).isEqualTo(JavaName.topLevel("Disk"));
        assertThat(renamed.properties()).isEmpty();
        assertThat(renamed.withName(disk.name()).withProperties(disk.properties())).isEqualTo(disk);

        Operation operation = Operation.builder()
                .operationId("CreateDisk").method("POST").path("/disks").request(disk).pointer("/paths/~1disks/post").build();
        assertThat(operation.action()).isEqualTo("CreateDisk");
        assertThat(operation.withAction("CreateDiskV2").action()).isEqualTo("CreateDiskV2");
        assertThat(operation.toBuilder().build()).isEqualTo(operation);

        ClientGroup client = new ClientGroup("", "DiskClient", "DefaultDiskClient",
                List.of(new ClientGroup.ClientMethod(operation, "createDisk")));
        ApiModel model = new ApiModel("t", "1", "", List.of(operation), List.of(disk), Map.of("DataDisk", "DataDiskValidator"), List.of(client));
        ApiModel changed = model.withTypes(List.of(renamed)).withClients(List.of()).withOperations(List.of());
        assertThat(changed.types()).containsExactly(renamed);
        assertThat(changed.clients()).isEmpty();
        assertThat(changed.title()).isEqualTo("t");
        assertThat(client.withMethods(List.of()).methods()).isEmpty();
        assertThat(client.methods().get(0).withName("make").asyncName()).isEqualTo("makeAsync");
    }

    @Test
    void literalsAreTypedAndShowThemselvesAsJson() {
        assertThat(Literal.string("a\"b").toJson()).isEqualTo("\"a\\\"b\"");
        assertThat(Literal.string("a\"b").text()).isEqualTo("a\"b");
        assertThat(Literal.number(new BigDecimal("1.50")).toJson()).isEqualTo("1.50");
        assertThat(Literal.bool(true).toJson()).isEqualTo("true");
        assertThat(Literal.json("{\"a\":1}").text()).isEqualTo("{\"a\":1}");
        // 40 and 40.0 are different JSON values, and 40 the string is not the number.
        assertThat(Literal.number(new BigDecimal("40"))).isNotEqualTo(Literal.number(new BigDecimal("40.0")));
        assertThat(Literal.string("40")).isNotEqualTo(Literal.number(new BigDecimal("40")));
        assertThat(new Literal.Decimal(new BigDecimal("2147483647")).fitsIn(31)).isTrue();
        assertThat(new Literal.Decimal(new BigDecimal("2147483648")).fitsIn(31)).isFalse();
        assertThat(new Literal.Decimal(new BigDecimal("5.0")).fitsIn(63)).isFalse();
    }
}
