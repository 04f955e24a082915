package com.example.quickstart;

import com.example.ack.Addon;
import com.example.ack.ClusterClient;
import com.example.ack.CreateClusterRequest;
import com.example.ack.CreateClusterRequestValidator;
import com.example.ack.CreateClusterResponse;
import com.example.ack.DataDisk;
import com.example.ack.RuntimeModel;
import com.example.ack.Tag;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.mock.ReceivedRequest;
import dev.ackgen.runtime.client.AckException;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.credentials.EnvironmentCredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.validation.Violation;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the CreateCluster sample request of ACK's product document, shows what is wrong with it,
 * fixes it and sends it: to an embedded mock ACK server by default, to real ACK when
 * ACKGEN_QUICKSTART_REGION and the ALIBABA_CLOUD_* credentials are set (that creates a real,
 * billed cluster, hence a variable of its own rather than the usual region variable).
 */
public final class Quickstart {
    private static final JsonFactory JSON = new JsonFactory();

    private Quickstart() {}

    public static void main(String[] args) throws IOException {
        CreateClusterRequest sample = seedSample();
        List<Violation> violations = CreateClusterRequestValidator.validate(sample);
        System.out.println("The seed's sample request breaks " + violations.size() + " rules:");
        violations.forEach(violation -> System.out.println("  " + violation));

        // "ACK Edge cluster" has spaces, which cluster names may not; an enterprise security group
        // only applies when ACK creates the group, not with security_group_id.
        CreateClusterRequest fixed = sample.toBuilder()
                .name("ack-edge-demo")
                .isEnterpriseSecurityGroup(null)
                .build();
        List<Violation> left = CreateClusterRequestValidator.validate(fixed);
        if (!left.isEmpty()) {
            throw new IllegalStateException("still invalid: " + left);
        }
        System.out.println("Fixed: name=ack-edge-demo, is_enterprise_security_group removed; 0 violations.");

        String region = System.getenv("ACKGEN_QUICKSTART_REGION");
        EnvironmentCredentialsProvider environment = new EnvironmentCredentialsProvider(System::getenv);
        try {
            if (region != null && !region.isBlank() && environment.isAvailable()) {
                sendToAck(fixed, region.trim(), environment);
            } else {
                sendToMock(fixed);
            }
        } catch (AckException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void sendToAck(CreateClusterRequest request, String region, CredentialsProvider credentials) {
        System.out.println("Sending CreateCluster to ACK in " + region + " (this creates a real cluster).");
        try (ClusterClient client = ClusterClient.builder().region(region).credentialsProvider(credentials).build()) {
            print(client.createCluster(request.toBuilder().regionId(region).build()));
        }
    }

    private static void sendToMock(CreateClusterRequest request) throws IOException {
        // A throwaway secret: the server checks signatures with it, nothing else ever sees it.
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        Credentials credentials = Credentials.of("quickstart-key-id", HexFormat.of().formatHex(secret));
        try (MockAckServer server = MockAckServer.builder()
                        .credentials(credentials)
                        .respond("CreateCluster", MockResponse.json(200, "{\"cluster_id\":\"c82e6987e2961451182edacd74faf****\","
                                + "\"request_id\":\"687C5BAA-D103-4993-884B-C35E4314A1E1\","
                                + "\"task_id\":\"T-5a54309c80282e39ea00002f\"}"))
                        .bodyCheck("CreateCluster", Quickstart::problems)
                        .start();
                ClusterClient client = ClusterClient.builder()
                        .endpoint(server.endpoint())
                        .credentialsProvider(CredentialsProvider.of(credentials))
                        .build()) {
            System.out.println("Sending CreateCluster to the embedded mock ACK server at " + server.endpoint() + ".");
            CreateClusterResponse response = client.createCluster(request);
            ReceivedRequest received = server.received("CreateCluster").get(0);
            System.out.println("The server verified the " + received.signatureCheck().algorithm() + " signature: "
                    + received.signatureCheck().valid() + "; body " + received.bodyLength() + " bytes, valid.");
            print(response);
        }
    }

    /** What the mock server says about a body: the generated validator's findings. */
    private static List<String> problems(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            List<String> problems = new ArrayList<>();
            CreateClusterRequestValidator.validate(CreateClusterRequest.readJson(parser))
                    .forEach(violation -> problems.add(violation.toString()));
            return problems;
        } catch (IOException e) {
            return List.of("not a CreateCluster request: " + e.getMessage());
        }
    }

    private static void print(CreateClusterResponse response) {
        System.out.println("cluster_id: " + response.getClusterId());
        System.out.println("task_id:    " + response.getTaskId());
        System.out.println("request_id: " + response.getRequestId());
    }

    /** The request body of the product document's example, as a user would write it. */
    @SuppressWarnings("deprecation") // the sample sets parameters the document marks deprecated
    private static CreateClusterRequest seedSample() {
        return CreateClusterRequest.builder()
                .name("ACK Edge cluster")
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
                .workerDataDisks(DataDisk.builder().category("cloud_efficiency").size(40L).encrypted("false")
                        .autoSnapshotPolicyId("").build())
                .workerInstanceChargeType(CreateClusterRequest.WorkerInstanceChargeType.POST_PAID)
                .vpcid("vpc-8vb435kr467tnfj42****")
                .containerCidr("172.20.0.0/16")
                .serviceCidr("172.21.0.0/20")
                .vswitchIds("vsw-8vbhdhn461i65p32g****")
                .loginPassword("Hello1234")
                .keyPair("sin-name")
                .securityGroupId("sg-8vb7grbyvlb10j0i****")
                .isEnterpriseSecurityGroup(true)
                .rdsInstances("rm-xx", "rm-xx")
                .build();
    }
}
