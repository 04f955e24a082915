package dev.ackgen.bench;

import dev.ackgen.bench.createcluster.Addon;
import dev.ackgen.bench.createcluster.CreateClusterRequest;
import dev.ackgen.bench.createcluster.DataDisk;
import dev.ackgen.bench.createcluster.RuntimeModel;
import dev.ackgen.bench.createcluster.Tag;
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
    private SampleRequests() {}

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
}
