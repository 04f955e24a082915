package dev.ackgen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ackgen.bench.createcluster.Addon;
import dev.ackgen.bench.createcluster.CreateClusterRequest;
import dev.ackgen.bench.createcluster.DataDisk;
import dev.ackgen.bench.createcluster.RuntimeModel;
import dev.ackgen.bench.createcluster.Tag;
import dev.ackgen.bench.peer.invoker.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The CreateCluster request of ACK's product document (the seed's sample), fixed to be valid
 * (name {@code ack-edge-demo}, no {@code is_enterprise_security_group}, as in the quickstart), once
 * as ackgen's generated model and once as the official SDK's model, with the same content.
 *
 * <p>One difference from the seed: the data disk's {@code auto_snapshot_policy_id} (an empty
 * string there) is left out on both sides, because the official SDK's model (3.0.15) has no field
 * for it; with it, ackgen would send a few bytes more than the SDK.
 */
final class SampleRequests {
    /** The seed's document, copied into this jar by the build (bench/pom.xml, resources). */
    private static final String SEED = "create-cluster-sample-request.json";

    private SampleRequests() {}

    /**
     * The seed's sample request document itself ({@code
     * generator/src/test/resources/seed/create-cluster-sample-request.json}), fixed the same way, as
     * plain JSON: name {@code ack-edge-demo}, no {@code is_enterprise_security_group}, and the data
     * disk's {@code size} as the integer the spec declares instead of the string {@code "40"}. The
     * document's comments and trailing comma are read and dropped. Unlike {@link #ackgen()}, it
     * keeps the data disk's {@code auto_snapshot_policy_id} (an empty string): both models read
     * here have it. For the benchmarks that compare ackgen's model with openapi-generator's, which
     * both read from these bytes.
     */
    static byte[] fixedSampleJson() {
        JsonMapper lenient = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        try (InputStream in = SampleRequests.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is not in the benchmark jar");
            }
            ObjectNode document = (ObjectNode) lenient.readTree(in);
            document.put("name", "ack-edge-demo");
            document.remove("is_enterprise_security_group");
            for (JsonNode disk : document.get("worker_data_disks")) {
                ((ObjectNode) disk).put("size", disk.get("size").asLong());
            }
            return lenient.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixed sample as ackgen's generated model. */
    @SuppressWarnings("deprecation") // the sample sets parameters the document marks deprecated
    static CreateClusterRequest ackgen() {
        return CreateClusterRequest.builder()
                .name("ack-edge-demo")
                .clusterType(CreateClusterRequest.ClusterType.MANAGED_KUBERNETES)
                .disableRollback(true)
                .timeoutMins(60L)
                .kubernetesVersion("1.14.8-aliyunedge.1")
                .regionId("cn-zhangjiakou")
                .snatEntry(true)
                .cloudMonitorFlags(true)
                .endpointPublicAccess(true)
                .deletionProtection(true)
                .nodeCidrMask("25")
                .tags(Tag.builder().key("tag-k").value("tag-v").build())
                .addons(
                        Addon.builder().name("logtail-ds-docker").build(),
                        Addon.builder().name("alibaba-log-controller").config("{\"IngressDashboardEnabled\":\"false\"}").build(),
                        Addon.builder().name("flannel").build(),
                        Addon.builder().name("alicloud-monitor-controller").build())
                .profile(CreateClusterRequest.Profile.EDGE)
                .loggingType(CreateClusterRequest.LoggingType.SLS)
                .workerInstanceTypes("ecs.hfc6.large")
                .runtime(RuntimeModel.builder().name(RuntimeModel.Name.CONTAINERD).version("1.6.20").build())
                .numOfNodes(1L)
                .workerSystemDiskCategory(CreateClusterRequest.WorkerSystemDiskCategory.CLOUD_SSD)
                .workerSystemDiskSize(40L)
                .workerDataDisks(DataDisk.builder().category("cloud_efficiency").size(40L).encrypted("false").build())
                .workerInstanceChargeType(CreateClusterRequest.WorkerInstanceChargeType.POST_PAID)
                .vpcid("vpc-8vb435kr467tnfj42****")
                .containerCidr("172.20.0.0/16")
                .serviceCidr("172.21.0.0/20")
                .vswitchIds("vsw-8vbhdhn461i65p32g****")
                .loginPassword("Hello1234")
                .keyPair("sin-name")
                .securityGroupId("sg-8vb7grbyvlb10j0i****")
                .rdsInstances("rm-xx", "rm-xx")
                .build();
    }

    /** The same request as the official SDK's model (com.aliyun:cs20151215). */
    static com.aliyun.cs20151215.models.CreateClusterRequest officialSdk() {
        return new com.aliyun.cs20151215.models.CreateClusterRequest()
                .setName("ack-edge-demo")
                .setClusterType("ManagedKubernetes")
                .setDisableRollback(true)
                .setTimeoutMins(60L)
                .setKubernetesVersion("1.14.8-aliyunedge.1")
                .setRegionId("cn-zhangjiakou")
                .setSnatEntry(true)
                .setCloudMonitorFlags(true)
                .setEndpointPublicAccess(true)
                .setDeletionProtection(true)
                .setNodeCidrMask("25")
                .setTags(List.of(new com.aliyun.cs20151215.models.Tag().setKey("tag-k").setValue("tag-v")))
                .setAddons(List.of(
                        new com.aliyun.cs20151215.models.Addon().setName("logtail-ds-docker"),
                        new com.aliyun.cs20151215.models.Addon().setName("alibaba-log-controller")
                                .setConfig("{\"IngressDashboardEnabled\":\"false\"}"),
                        new com.aliyun.cs20151215.models.Addon().setName("flannel"),
                        new com.aliyun.cs20151215.models.Addon().setName("alicloud-monitor-controller")))
                .setProfile("Edge")
                .setLoggingType("SLS")
                .setWorkerInstanceTypes(List.of("ecs.hfc6.large"))
                .setRuntime(new com.aliyun.cs20151215.models.Runtime().setName("containerd").setVersion("1.6.20"))
                .setNumOfNodes(1L)
                .setWorkerSystemDiskCategory("cloud_ssd")
                .setWorkerSystemDiskSize(40L)
                .setWorkerDataDisks(List.of(
                        new com.aliyun.cs20151215.models.CreateClusterRequest.CreateClusterRequestWorkerDataDisks()
                                .setCategory("cloud_efficiency").setSize("40").setEncrypted("false")))
                .setWorkerInstanceChargeType("PostPaid")
                .setVpcid("vpc-8vb435kr467tnfj42****")
                .setContainerCidr("172.20.0.0/16")
                .setServiceCidr("172.21.0.0/20")
                .setVswitchIds(List.of("vsw-8vbhdhn461i65p32g****"))
                .setLoginPassword("Hello1234")
                .setKeyPair("sin-name")
                .setSecurityGroupId("sg-8vb7grbyvlb10j0i****")
                .setRdsInstances(List.of("rm-xx", "rm-xx"));
    }

    /**
     * Reads a request with ackgen's generated reader, as ackgen's runtime reads a body: a parser from
     * a {@link JsonFactory}, on the first token, {@code CreateClusterRequest.readJson}.
     */
    static CreateClusterRequest readAckgen(JsonFactory json, byte[] bytes) throws IOException {
        try (JsonParser parser = json.createParser(bytes)) {
            parser.nextToken();
            return CreateClusterRequest.readJson(parser);
        }
    }

    /**
     * Writes a request with ackgen's generated writer, as ackgen's runtime writes a request body
     * ({@code ApiCall}): a {@link ByteArrayBuilder} on a buffer from the factory's recycler (given
     * back after), a generator from that {@link JsonFactory}, {@code writeJson}.
     */
    static byte[] writeAckgen(JsonFactory json, CreateClusterRequest request) throws IOException {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(json._getBufferRecycler());
                JsonGenerator generator = json.createGenerator(bytes)) {
            request.writeJson(generator);
            generator.flush();
            byte[] written = bytes.toByteArray();
            bytes.release();
            return written;
        }
    }

    /**
     * The ObjectMapper openapi-generator's native client uses for its models ({@code
     * ApiClient.createDefaultObjectMapper()}: nulls left out, unknown members ignored, java.time
     * and JsonNullable modules).
     */
    static ObjectMapper peerMapper() {
        return ApiClient.createDefaultObjectMapper();
    }

    /**
     * Reads a request into openapi-generator's model, as its ObjectMapper does, then unsets the two
     * members the model fills in by itself: its fields start with the spec's defaults, so an object
     * read from the sample has {@code is_enterprise_security_group = true} and {@code cluster_spec =
     * ack.standard} although the document has neither, and would write them. Unset, the object holds
     * what the document holds, as ackgen's model does (ackgen writes only what was set). The other
     * members with a default are all in the sample.
     */
    static dev.ackgen.bench.peer.CreateClusterRequest readPeer(ObjectMapper peerMapper, byte[] document)
            throws IOException {
        return withoutFilledDefaults(peerMapper.readValue(document, dev.ackgen.bench.peer.CreateClusterRequest.class));
    }

    /** Unsets what openapi-generator's model sets by itself and the sample does not (see {@link #readPeer}). */
    static dev.ackgen.bench.peer.CreateClusterRequest withoutFilledDefaults(
            dev.ackgen.bench.peer.CreateClusterRequest request) {
        request.setIsEnterpriseSecurityGroup(null);
        request.setClusterSpec(null);
        return request;
    }

    /**
     * Checks that ackgen's request and the peer's request hold the same content: each written back
     * by its own side gives the same JSON tree as {@code document}. Throws with both texts if not.
     */
    static void checkSameContent(JsonFactory json, CreateClusterRequest ackgen, ObjectMapper peerMapper,
            dev.ackgen.bench.peer.CreateClusterRequest peer, byte[] document) throws IOException {
        JsonNode expected = peerMapper.readTree(document);
        JsonNode fromAckgen = peerMapper.readTree(writeAckgen(json, ackgen));
        JsonNode fromPeer = peerMapper.readTree(peerMapper.writeValueAsBytes(peer));
        if (!expected.equals(fromAckgen) || !expected.equals(fromPeer)) {
            throw new IllegalStateException("the two models do not hold the same request:\n  document "
                    + expected + "\n  ackgen   " + fromAckgen + "\n  peer     " + fromPeer);
        }
    }
}
