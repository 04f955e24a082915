package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.openapi.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec against the product document it was written from (seed/ack-edge-create-cluster.txt,
 * copied verbatim): the request table is parsed from the document's text, not from our spec.
 */
@SuppressWarnings("rawtypes") // swagger-parser hands out raw Map<String, Schema> property maps
class SpecMatchesSeedTest {
    private static final Pattern ROW = Pattern.compile(
            "^([a-z_]+) (String|Boolean|Long|Array of [A-Za-z_]+|rds_instances) (Yes|No) (.*)$");
    private static final Pattern DEFAULT = Pattern.compile("Default value: ([^ ]+?)\\.( |$)");

    private static Map<String, SeedRow> seed;
    private static Schema<?> request;
    private static OpenAPI openApi;

    record SeedRow(String name, String type, boolean required, String rest) {
        boolean deprecated() {
            return rest.contains(" Deprecated. ") || rest.startsWith("Deprecated. ");
        }
    }

    @BeforeAll
    static void load() throws Exception {
        seed = new LinkedHashMap<>();
        String text = GeneratorFixture.text("seed/ack-edge-create-cluster.txt");
        String table = text.substring(text.indexOf("Table 1. Request body parameters"), text.indexOf("Response syntax"));
        for (String line : table.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                seed.put(row.group(1), new SeedRow(row.group(1), row.group(2), row.group(3).equals("Yes"), row.group(4)));
            }
        }
        openApi = SpecLoader.load(GeneratorFixture.createClusterSpec()).openApi();
        request = openApi.getComponents().getSchemas().get("CreateClusterRequest");
    }

    @Test
    void everyParameterOfTheSeedTableIsInTheSpecInTheSameOrder() {
        assertThat(seed).hasSize(33);
        assertThat(new ArrayList<>(request.getProperties().keySet())).containsExactlyElementsOf(seed.keySet());
    }

    @Test
    void typesAndFormatsFollowTheSeed() {
        for (SeedRow row : seed.values()) {
            Schema<?> property = request.getProperties().get(row.name());
            String described = describe(property);
            String expected = switch (row.type()) {
                // Strings the spec refines with a format: a secret, and CIDR blocks ("This CIDR block...").
                case "String" -> switch (row.name()) {
                    case "login_password" -> "string/password";
                    case "container_cidr", "service_cidr" -> "string/cidr";
                    default -> "string";
                };
                case "Boolean" -> "boolean";
                case "Long" -> "integer/int64";
                case "Array of String", "rds_instances" -> "array of string";
                case "Array of addon" -> "array of Addon";
                case "Array of tag" -> "array of Tag";
                case "Array of data_disk" -> "array of DataDisk";
                // The table says "Array of runtime", but its request syntax and example show one object.
                case "Array of runtime" -> "Runtime";
                default -> "unexpected seed type " + row.type();
            };
            assertThat(described).as(row.name()).isEqualTo(expected);
        }
    }

    @Test
    void exactlyTheTwelveParametersTheSeedCallsDeprecatedAreDeprecated() {
        List<String> seedDeprecated = seed.values().stream().filter(SeedRow::deprecated).map(SeedRow::name).toList();
        List<String> specDeprecated = request.getProperties().entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue().getDeprecated())).map(Map.Entry::getKey).toList();

        assertThat(seedDeprecated).hasSize(12);
        assertThat(specDeprecated).containsExactlyElementsOf(seedDeprecated);
    }

    @Test
    void defaultsStatedInTheSeedAreSpecDefaults() {
        int checked = 0;
        for (SeedRow row : seed.values()) {
            Matcher matcher = DEFAULT.matcher(row.rest());
            if (matcher.find()) {
                checked++;
                Object specDefault = request.getProperties().get(row.name()).getDefault();
                assertThat(String.valueOf(specDefault)).as(row.name()).isEqualTo(matcher.group(1));
            }
        }
        assertThat(checked).isEqualTo(13);
    }

    @Test
    void requiredDeviatesFromTheSeedOnlyAsTheSpecDocuments() {
        assertThat(request.getRequired()).containsExactlyInAnyOrder("name", "cluster_type", "region_id");
        for (String name : request.getRequired()) {
            assertThat(seed.get(name).required()).as(name).isTrue();
        }
        // The decision and its reasons are written in the spec itself.
        assertThat(request.getDescription()).contains("only name, cluster_type and region_id are required");
    }

    @Test
    void seedConstraintsAreSpecKeywords() {
        Map<String, Schema> properties = request.getProperties();
        assertThat(properties.get("name").getMinLength()).isEqualTo(1);
        assertThat(properties.get("name").getMaxLength()).isEqualTo(63);
        assertThat(properties.get("login_password").getMinLength()).isEqualTo(8);
        assertThat(properties.get("login_password").getMaxLength()).isEqualTo(30);
        assertThat(properties.get("login_password").getFormat()).isEqualTo("password");
        assertThat(properties.get("num_of_nodes").getMinimum()).isEqualByComparingTo("0");
        assertThat(properties.get("num_of_nodes").getMaximum()).isEqualByComparingTo("100");
        assertThat(properties.get("worker_system_disk_size").getMinimum()).isEqualByComparingTo("40");
        assertThat(properties.get("worker_system_disk_size").getMaximum()).isEqualByComparingTo("500");
        assertThat(properties.get("vswitch_ids").getMinItems()).isEqualTo(1);
        assertThat(properties.get("vswitch_ids").getMaxItems()).isEqualTo(3);
        assertThat(enumOf(properties.get("cluster_spec"))).containsExactly("ack.pro.small", "ack.standard");
        assertThat(enumOf(properties.get("worker_instance_charge_type"))).containsExactly("PrePaid", "PostPaid");
        assertThat(enumOf(properties.get("worker_system_disk_category"))).containsExactly("cloud_efficiency", "cloud_ssd");
        Schema<?> runtime = openApi.getComponents().getSchemas().get("Runtime");
        assertThat(enumOf(runtime.getProperties().get("name"))).containsExactly("containerd", "docker");
    }

    @Test
    void operationIsCreateClusterOfApiVersion20151215() {
        var operation = openApi.getPaths().get("/clusters").getPost();
        assertThat(operation.getOperationId()).isEqualTo("CreateCluster");
        assertThat(operation.getExtensions()).containsEntry("x-ackgen-action", "CreateCluster");
        assertThat(openApi.getExtensions()).containsEntry("x-ackgen-api-version", "2015-12-15");
        assertThat(openApi.getServers().get(0).getUrl()).isEqualTo("https://cs.{region}.aliyuncs.com");
        assertThat(operation.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .endsWith("CreateClusterResponse");
    }

    private static List<String> enumOf(Schema<?> schema) {
        List<String> values = new ArrayList<>();
        for (Object value : schema.getEnum()) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    private static String describe(Schema<?> property) {
        if (property.get$ref() != null) {
            return property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1);
        }
        if ("array".equals(property.getType())) {
            return "array of " + describe(property.getItems());
        }
        return property.getType() + (property.getFormat() == null ? "" : "/" + property.getFormat());
    }
}
