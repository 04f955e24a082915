package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.it.createcluster.Addon;
import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.it.createcluster.CreateClusterRequestValidator;
import dev.ackgen.it.createcluster.RuntimeModel;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** One test per constraint the seed states, on both sides of each bound. */
@SuppressWarnings("deprecation") // several constrained parameters are deprecated
class ConstraintValidationTest {

    @Test
    void theMinimalRequestIsValid() {
        assertThat(Requests.violations(Requests.valid())).isEmpty();
    }

    @Test
    void nameClusterTypeAndRegionAreRequired() {
        List<Violation> violations = Requests.violations(CreateClusterRequest.builder().keyPair("k"));

        assertThat(violations).extracting(Violation::path, Violation::rule, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/name", "required", "is required"),
                org.assertj.core.groups.Tuple.tuple("/cluster_type", "required", "is required"),
                org.assertj.core.groups.Tuple.tuple("/region_id", "required", "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "demo-edge-cluster", "A1-b2", "0abc"})
    void validNames(String name) {
        assertThat(Requests.violations(Requests.valid().name(name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-starts-with-hyphen", "has space", "under_score", "dot.ted", "集群"})
    void namesOutsideTheAllowedCharactersBreakThePattern(String name) {
        assertOnly(b -> b.name(name), "/name", "pattern");
    }

    @Test
    void nameLengthIsOneToSixtyThreeCharacters() {
        assertThat(Requests.violations(Requests.valid().name("a".repeat(63)))).isEmpty();
        assertOnly(b -> b.name("a".repeat(64)), "/name", "maxLength");
        assertThat(Requests.violations(Requests.valid().name(""))).extracting(Violation::rule).containsExactly("minLength", "pattern");
    }

    @Test
    void loginPasswordLengthIsEightToThirty() {
        assertThat(Requests.violations(Requests.valid().loginPassword("Abcdef12"))).isEmpty();
        assertThat(Requests.violations(Requests.valid().loginPassword("Abcdef12" + "x".repeat(22)))).isEmpty();
        assertOnly(b -> b.loginPassword("Abcde12"), "/login_password", "minLength");
        assertOnly(b -> b.loginPassword("Abcdef12" + "x".repeat(23)), "/login_password", "maxLength");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello1234", "hello123!", "HELLO123!", "Hello!!!!", "Hello12!"})
    void loginPasswordWithThreeOrFourCharacterClassesIsValid(String password) {
        assertThat(Requests.violations(Requests.valid().loginPassword(password))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"helloworld", "hello1234", "HELLOworld", "12345678!", "!!!!!!!!aa"})
    void loginPasswordWithFewerThanThreeCharacterClassesIsInvalid(String password) {
        assertOnly(b -> b.loginPassword(password), "/login_password", "characterClasses");
    }

    @Test
    void numberOfNodesIsZeroToOneHundred() {
        assertThat(Requests.violations(Requests.valid().numOfNodes(0L))).isEmpty();
        assertThat(Requests.violations(Requests.valid().numOfNodes(100L))).isEmpty();
        assertOnly(b -> b.numOfNodes(-1L), "/num_of_nodes", "minimum");
        assertOnly(b -> b.numOfNodes(101L), "/num_of_nodes", "maximum");
    }

    @Test
    void workerSystemDiskSizeIsFortyToFiveHundred() {
        assertThat(Requests.violations(Requests.valid().workerSystemDiskSize(40L))).isEmpty();
        assertThat(Requests.violations(Requests.valid().workerSystemDiskSize(500L))).isEmpty();
        assertOnly(b -> b.workerSystemDiskSize(39L), "/worker_system_disk_size", "minimum");
        assertOnly(b -> b.workerSystemDiskSize(501L), "/worker_system_disk_size", "maximum");
    }

    @Test
    void oneToThreeVSwitches() {
        assertThat(Requests.violations(Requests.valid().vpcid("vpc-1").vswitchIds("a", "b", "c"))).isEmpty();
        assertOnly(b -> b.vpcid("vpc-1").vswitchIds("a", "b", "c", "d"), "/vswitch_ids", "maxItems");
        // An empty list is "not set" for the VPC rule, and too short for minItems.
        assertThat(Requests.violations(Requests.valid().vswitchIds(List.of())))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/vswitch_ids", "minItems"));
    }

    @Test
    void atLeastOneWorkerInstanceType() {
        assertThat(Requests.violations(Requests.valid().workerInstanceTypes("ecs.n4.large"))).isEmpty();
        assertOnly(b -> b.workerInstanceTypes(List.of()), "/worker_instance_types", "minItems");
    }

    @Test
    void cidrBlocksMustBeCidrBlocks() {
        assertThat(Requests.violations(Requests.valid().containerCidr("172.20.0.0/16").serviceCidr("172.21.0.0/20"))).isEmpty();
        // The seed's own table gives "172.20.0.0" as the example: an address, not a block.
        assertOnly(b -> b.containerCidr("172.20.0.0"), "/container_cidr", "format");
        assertOnly(b -> b.serviceCidr("172.21.0.0/33"), "/service_cidr", "format");
    }

    @Test
    void everyEnumRejectsValuesOutsideItsDocumentedSet() {
        List<Violation> violations = Requests.violations(Requests.valid()
                .clusterType(CreateClusterRequest.ClusterType.valueOf("Kubernetes"))
                .profile(CreateClusterRequest.Profile.valueOf("Default"))
                .clusterSpec(CreateClusterRequest.ClusterSpec.valueOf("ack.pro.large"))
                .workerInstanceChargeType(CreateClusterRequest.WorkerInstanceChargeType.valueOf("Spot"))
                .workerSystemDiskCategory(CreateClusterRequest.WorkerSystemDiskCategory.valueOf("cloud_essd"))
                .loggingType(CreateClusterRequest.LoggingType.valueOf("ELK"))
                .runtime(RuntimeModel.builder().name(RuntimeModel.Name.valueOf("cri-o")).build()));

        assertThat(violations).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/cluster_type", "enum"),
                org.assertj.core.groups.Tuple.tuple("/profile", "enum"),
                org.assertj.core.groups.Tuple.tuple("/cluster_spec", "enum"),
                org.assertj.core.groups.Tuple.tuple("/worker_instance_charge_type", "enum"),
                org.assertj.core.groups.Tuple.tuple("/worker_system_disk_category", "enum"),
                org.assertj.core.groups.Tuple.tuple("/logging_type", "enum"),
                org.assertj.core.groups.Tuple.tuple("/runtime/name", "enum"));
        assertThat(violations).filteredOn(v -> v.path().equals("/cluster_type")).singleElement()
                .extracting(Violation::message).isEqualTo("must be one of ManagedKubernetes; got \"Kubernetes\"");
        assertThat(violations).filteredOn(v -> v.path().equals("/runtime/name")).singleElement()
                .extracting(Violation::message).isEqualTo("must be one of containerd, docker; got \"cri-o\"");
    }

    @Test
    void everyDocumentedEnumValueIsValid() {
        for (var spec : CreateClusterRequest.ClusterSpec.values()) {
            for (var charge : CreateClusterRequest.WorkerInstanceChargeType.values()) {
                for (var disk : CreateClusterRequest.WorkerSystemDiskCategory.values()) {
                    assertThat(Requests.violations(Requests.valid().clusterSpec(spec).workerInstanceChargeType(charge)
                            .workerSystemDiskCategory(disk))).isEmpty();
                }
            }
        }
    }

    @Test
    void nestedViolationsCarryTheirArrayIndexInThePath() {
        List<Violation> violations = Requests.violations(Requests.valid()
                .addons(Addon.builder().name("terway-eniip").build(), Addon.builder().config("{}").build()));

        assertThat(violations).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/addons/1/name", "required"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        List<Violation> violations = Requests.violations(CreateClusterRequest.builder()
                .name("-bad name")
                .numOfNodes(1000L)
                .workerSystemDiskSize(1L)
                .loginPassword("short"));

        assertThat(violations).extracting(Violation::path).containsExactly(
                "/name", "/cluster_type", "/region_id", "/login_password", "/login_password", "/num_of_nodes",
                "/worker_system_disk_size");
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        CreateClusterRequest invalid = Requests.valid().name("-x").numOfNodes(-5L).build();

        assertThatThrownBy(() -> CreateClusterRequestValidator.requireValid(invalid))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 violations")
                .hasMessageContaining("/name [pattern]")
                .hasMessageContaining("/num_of_nodes [minimum]");
        CreateClusterRequest valid = Requests.valid().build();
        assertThat(CreateClusterRequestValidator.requireValid(valid)).isSameAs(valid);
    }

    /** The request with one change has exactly one violation, at this path, of this rule. */
    private static void assertOnly(UnaryOperator<CreateClusterRequest.Builder> change, String path, String rule) {
        assertThat(Requests.violations(change.apply(Requests.valid())))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(path, rule));
    }
}
