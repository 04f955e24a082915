package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ackgen.it.createcluster.Addon;
import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.it.createcluster.CreateClusterResponse;
import dev.ackgen.it.createcluster.DataDisk;
import dev.ackgen.it.createcluster.RuntimeModel;
import dev.ackgen.runtime.json.JsonReadException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the seed's sample uses deprecated parameters
class JsonBindingTest {

    @Test
    void seedSampleBindsEveryParameterToTheModel() {
        CreateClusterRequest request = Requests.seedSample();

        assertThat(request.getName()).isEqualTo("ACK Edge cluster");
        assertThat(request.getClusterType()).isEqualTo(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES);
        assertThat(request.getDisableRollback()).isTrue();
        assertThat(request.getTimeoutMins()).isEqualTo(60L);
        assertThat(request.getKubernetesVersion()).isEqualTo("1.14.8-aliyunedge.1");
        assertThat(request.getRegionId()).isEqualTo("cn-zhangjiakou");
        assertThat(request.getProfile()).isEqualTo(CreateClusterRequest.Profile.EDGE);
        assertThat(request.getLoggingType()).isEqualTo(CreateClusterRequest.LoggingType.SLS);
        assertThat(request.getRuntime().getName()).isEqualTo(RuntimeModel.Name.CONTAINERD);
        assertThat(request.getRuntime().getVersion()).isEqualTo("1.6.20");
        assertThat(request.getNumOfNodes()).isEqualTo(1L);
        assertThat(request.getWorkerSystemDiskCategory()).isEqualTo(CreateClusterRequest.WorkerSystemDiskCategory.CLOUD_SSD);
        assertThat(request.getWorkerSystemDiskSize()).isEqualTo(40L);
        assertThat(request.getWorkerInstanceChargeType()).isEqualTo(CreateClusterRequest.WorkerInstanceChargeType.POST_PAID);
        assertThat(request.getVswitchIds()).containsExactly("vsw-8vbhdhn461i65p32g****");
        assertThat(request.getWorkerInstanceTypes()).containsExactly("ecs.hfc6.large");
        assertThat(request.getRdsInstances()).containsExactly("rm-xx", "rm-xx");
        assertThat(request.getAddons()).extracting(Addon::getName)
                .containsExactly("logtail-ds-docker", "alibaba-log-controller", "flannel", "alicloud-monitor-controller");
        assertThat(request.getAddons().get(1).getConfig()).isEqualTo("{\"IngressDashboardEnabled\":\"false\"}");
        assertThat(request.getTags()).singleElement().satisfies(tag -> {
            assertThat(tag.getKey()).isEqualTo("tag-k");
            assertThat(tag.getValue()).isEqualTo("tag-v");
        });
        assertThat(request.getLoginPassword()).isEqualTo("Hello1234");
        assertThat(request.getKeyPair()).isEqualTo("sin-name");
        assertThat(request.getIsEnterpriseSecurityGroup()).isTrue();
        assertThat(request.getAdditionalProperties()).isEmpty();
    }

    @Test
    void seedSampleDataDiskSizeWrittenAsStringIsAcceptedAsANumber() {
        DataDisk disk = Requests.seedSample().getWorkerDataDisks().get(0);

        assertThat(disk.getSize()).isEqualTo(40L);
        assertThat(disk.getCategory()).isEqualTo("cloud_efficiency");
        assertThat(disk.getEncrypted()).isEqualTo("false");
        assertThat(disk.getAutoSnapshotPolicyId()).isEmpty();
    }

    @Test
    void seedSampleWritesBackWithTheSameWireNamesAndValues() throws Exception {
        JsonNode original = Requests.SEED_READER.readTree(Requests.seedSampleText());
        // The one value that changes: the seed writes the data disk's Long size as a string.
        ((ObjectNode) original.get("worker_data_disks").get(0)).put("size", 40);

        JsonNode written = Requests.MAPPER.readTree(Requests.MAPPER.writeValueAsString(Requests.seedSample()));

        assertThat(written).isEqualTo(original);
        assertThat(fieldNames(written)).containsExactlyElementsOf(fieldNamesInSpecOrder(original));
    }

    @Test
    void absentFieldsAreNotSent() throws Exception {
        String json = Requests.MAPPER.writeValueAsString(CreateClusterRequest.builder().name("a").build());

        assertThat(json).isEqualTo("{\"name\":\"a\"}");
    }

    @Test
    void unknownFieldsSurviveARoundTrip() throws Exception {
        String json = "{\"name\":\"a\",\"future_flag\":true,\"future_object\":{\"x\":[1,2,{\"y\":null}]},"
                + "\"runtime\":{\"name\":\"containerd\",\"runtime_extra\":\"kept\"}}";

        CreateClusterRequest request = Requests.MAPPER.readValue(json, CreateClusterRequest.class);

        assertThat(request.getAdditionalProperties()).containsOnlyKeys("future_flag", "future_object");
        assertThat(request.getRuntime().getAdditionalProperties()).containsEntry("runtime_extra", TextNode.valueOf("kept"));
        assertThat(Requests.MAPPER.readTree(Requests.MAPPER.writeValueAsString(request))).isEqualTo(Requests.MAPPER.readTree(json));
    }

    @Test
    void unknownEnumValueSurvivesARoundTripAndIsMarkedUnknown() throws Exception {
        String json = "{\"cluster_type\":\"Kubernetes2030\",\"runtime\":{\"name\":\"sandboxed-containerd\"}}";

        CreateClusterRequest request = Requests.MAPPER.readValue(json, CreateClusterRequest.class);

        assertThat(request.getClusterType().isKnown()).isFalse();
        assertThat(request.getClusterType().get()).isEqualTo(CreateClusterRequest.ClusterType.Value.UNKNOWN);
        assertThat(request.getClusterType().toString()).isEqualTo("Kubernetes2030");
        assertThat(request.getRuntime().getName().get()).isEqualTo(RuntimeModel.Name.Value.UNKNOWN);
        assertThat(Requests.MAPPER.writeValueAsString(request)).isEqualTo(json);
    }

    @Test
    void knownEnumValuesAreTheConstants() {
        assertThat(CreateClusterRequest.ClusterSpec.valueOf("ack.pro.small")).isSameAs(CreateClusterRequest.ClusterSpec.ACK_PRO_SMALL);
        assertThat(CreateClusterRequest.ClusterSpec.values()).extracting(Object::toString).containsExactly("ack.pro.small", "ack.standard");
        // Values are case-sensitive on the wire: "edge" is not "Edge".
        assertThat(CreateClusterRequest.Profile.valueOf("edge").isKnown()).isFalse();
        assertThat(CreateClusterRequest.Profile.valueOf("edge")).isNotEqualTo(CreateClusterRequest.Profile.EDGE);
        assertThat(CreateClusterRequest.Profile.valueOf("edge")).isEqualTo(CreateClusterRequest.Profile.valueOf("edge"));
    }

    @Test
    void responseSampleFromTheSeedBinds() throws Exception {
        CreateClusterResponse response = Requests.MAPPER.readValue(
                dev.ackgen.generator.GeneratorFixture.text("seed/create-cluster-sample-response.json"), CreateClusterResponse.class);

        assertThat(response.getClusterId()).isEqualTo("cb95aa626a47740afbf6aa099b650****");
        assertThat(response.getTaskId()).isEqualTo("T-5a54309c80282e39ea00002f");
        assertThat(response.getRequestId()).isEqualTo("687C5BAA-D103-4993-884B-C35E4314A1E1");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsJsonPointer() {
        String json = "{\"worker_data_disks\":[{\"size\":40},{\"size\":\"forty\"}]}";

        assertThatThrownBy(() -> Requests.MAPPER.readValue(json, CreateClusterRequest.class))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("/worker_data_disks/1/size")
                .satisfies(e -> assertThat(((JsonReadException) e).pointer()).isEqualTo("/worker_data_disks/1/size"));
    }

    @Test
    void modelsAreImmutable() {
        List<String> vswitches = new java.util.ArrayList<>(List.of("vsw-1"));
        CreateClusterRequest request = CreateClusterRequest.builder().vswitchIds(vswitches).build();
        vswitches.add("vsw-2");

        assertThat(request.getVswitchIds()).containsExactly("vsw-1");
        assertThatThrownBy(() -> request.getVswitchIds().add("vsw-3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.getAdditionalProperties().put("x", TextNode.valueOf("y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderMakesAnEqualCopyThatCanBeChanged() {
        CreateClusterRequest request = Requests.seedSample();
        CreateClusterRequest copy = request.toBuilder().build();
        CreateClusterRequest renamed = request.toBuilder().name("renamed").build();

        assertThat(copy).isEqualTo(request).hasSameHashCodeAs(request);
        assertThat(renamed).isNotEqualTo(request);
        assertThat(renamed.getName()).isEqualTo("renamed");
        assertThat(request.getName()).isEqualTo("ACK Edge cluster");
    }

    @Test
    void equalityCoversUnknownMembers() throws Exception {
        CreateClusterRequest plain = Requests.MAPPER.readValue("{\"name\":\"a\"}", CreateClusterRequest.class);
        CreateClusterRequest withExtra = Requests.MAPPER.readValue("{\"name\":\"a\",\"x\":1}", CreateClusterRequest.class);

        assertThat(plain).isNotEqualTo(withExtra);
        assertThat(plain.toBuilder().additionalProperty("x", Requests.MAPPER.readTree("1")).build()).isEqualTo(withExtra);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            names.add(member.getKey());
        }
        return names;
    }

    /** The model writes members in spec order, which is the seed's table order, not the sample's. */
    private static List<String> fieldNamesInSpecOrder(JsonNode original) {
        List<String> specOrder = List.of("name", "cluster_type", "disable_rollback", "timeout_mins", "kubernetes_version", "runtime",
                "region_id", "key_pair", "login_password", "num_of_nodes", "profile", "logging_type", "snat_entry", "vswitch_ids",
                "worker_system_disk_category", "worker_system_disk_size", "container_cidr", "cloud_monitor_flags",
                "endpoint_public_access", "service_cidr", "addons", "tags", "vpcid", "worker_data_disks", "deletion_protection",
                "node_cidr_mask", "worker_instance_types", "worker_instance_charge_type", "security_group_id",
                "is_enterprise_security_group", "rds_instances", "cluster_spec", "resource_group_id");
        return specOrder.stream().filter(original::has).toList();
    }
}
