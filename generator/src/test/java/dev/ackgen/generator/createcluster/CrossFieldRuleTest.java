package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ackgen.it.createcluster.Addon;
import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.runtime.validation.Violation;
import org.junit.jupiter.api.Test;

/** The seed's rules that OpenAPI cannot say, written as x-ackgen-rules in the spec. */
@SuppressWarnings("deprecation") // key_pair and login_password are deprecated
class CrossFieldRuleTest {

    @Test
    void keyPairOrLoginPasswordMustBeSet() {
        assertThat(Requests.violations(Requests.valid().keyPair(null)))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("/key_pair", "atLeastOneOf"));
        assertThat(Requests.violations(Requests.valid().keyPair(""))).extracting(Violation::rule).containsExactly("atLeastOneOf");
        assertThat(Requests.violations(Requests.valid().keyPair(null).loginPassword("Hello1234"))).isEmpty();
        assertThat(Requests.violations(Requests.valid().loginPassword("Hello1234"))).isEmpty();
    }

    @Test
    void vpcAndVSwitchesAreBothSetOrBothBlank() {
        assertThat(Requests.violations(Requests.valid().vpcid("vpc-1").vswitchIds("vsw-1"))).isEmpty();
        assertThat(Requests.violations(Requests.valid())).isEmpty();
        assertThat(Requests.violations(Requests.valid().vpcid("").vswitchIds(java.util.List.of())))
                .extracting(Violation::rule).containsExactly("minItems");
        assertThat(Requests.violations(Requests.valid().vpcid("vpc-1")))
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("/vpcid", "allOrNone"));
        assertThat(Requests.violations(Requests.valid().vswitchIds("vsw-1")))
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("/vpcid", "allOrNone"));
    }

    @Test
    void enterpriseSecurityGroupOnlyAppliesWithoutASecurityGroup() {
        assertThat(Requests.violations(Requests.valid().securityGroupId("sg-1"))).isEmpty();
        assertThat(Requests.violations(Requests.valid().isEnterpriseSecurityGroup(true))).isEmpty();
        assertThat(Requests.violations(Requests.valid().securityGroupId("sg-1").isEnterpriseSecurityGroup(true)))
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("/security_group_id", "atMostOneOf"));
    }

    @Test
    void containerCidrIsRequiredWithFlannel() {
        CreateClusterRequest.Builder flannel = Requests.valid().addons(Addon.builder().name("flannel").build());

        assertThat(Requests.violations(flannel))
                .extracting(Violation::path, Violation::rule, Violation::message)
                .containsExactly(tuple("/container_cidr", "requiredWhen",
                        "Set container_cidr (the pod CIDR block, for example 172.20.0.0/16): it is required when the cluster uses"
                                + " Flannel as the network plug-in."));
        assertThat(Requests.violations(flannel.containerCidr("172.20.0.0/16"))).isEmpty();
        // Terway: container_cidr is optional.
        assertThat(Requests.violations(Requests.valid().addons(Addon.builder().name("terway-eniip").build()))).isEmpty();
        // Only the name counts, not the config.
        assertThat(Requests.violations(Requests.valid().addons(Addon.builder().name("csi-plugin").config("flannel").build())))
                .isEmpty();
    }

    @Test
    void podAndServiceCidrsMustNotOverlap() {
        assertThat(Requests.violations(Requests.valid().containerCidr("172.20.0.0/16").serviceCidr("172.21.0.0/20"))).isEmpty();
        assertThat(Requests.violations(Requests.valid().containerCidr("172.16.0.0/12").serviceCidr("172.21.0.0/20")))
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("/container_cidr", "disjointCidrs"));
        assertThat(Requests.violations(Requests.valid().containerCidr("10.0.0.0/8").serviceCidr("10.0.0.0/8")))
                .extracting(Violation::rule).containsExactly("disjointCidrs");
        // Only one of them set: nothing to compare.
        assertThat(Requests.violations(Requests.valid().serviceCidr("172.21.0.0/20"))).isEmpty();
    }

    @Test
    void edgeClustersNeedPublicApiServerAccess() {
        assertThat(Requests.violations(Requests.valid().profile(CreateClusterRequest.Profile.EDGE).endpointPublicAccess(false)))
                .extracting(Violation::path, Violation::rule).containsExactly(tuple("/endpoint_public_access", "forbiddenValueWhen"));
        assertThat(Requests.violations(Requests.valid().profile(CreateClusterRequest.Profile.EDGE).endpointPublicAccess(true))).isEmpty();
        assertThat(Requests.violations(Requests.valid().profile(CreateClusterRequest.Profile.EDGE))).isEmpty();
    }

    @Test
    void profileDefaultsToEdgeSoTheEdgeRuleAppliesWhenProfileIsAbsent() {
        assertThat(Requests.violations(Requests.valid().endpointPublicAccess(false)))
                .extracting(Violation::rule).containsExactly("forbiddenValueWhen");
    }

    @Test
    void theEdgeRuleDoesNotApplyToOtherProfiles() {
        assertThat(Requests.violations(Requests.valid().profile(CreateClusterRequest.Profile.valueOf("Serverless")).endpointPublicAccess(false)))
                .extracting(Violation::rule).containsExactly("enum");
    }
}
