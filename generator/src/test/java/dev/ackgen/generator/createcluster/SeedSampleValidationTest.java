package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.it.createcluster.CreateClusterRequestValidator;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's own sample request, checked against the seed's own rules. It breaks two of them, and
 * only two; everything else in it (the deprecated parameters included) is allowed.
 */
class SeedSampleValidationTest {

    @Test
    void seedSampleBreaksExactlyTheRulesTheSeedImplies() {
        List<Violation> violations = CreateClusterRequestValidator.validate(Requests.seedSample());

        assertThat(violations).extracting(Violation::path, Violation::rule).containsExactly(
                // "The name can contain digits, letters, and hyphens": "ACK Edge cluster" has spaces.
                org.assertj.core.groups.Tuple.tuple("/name", "pattern"),
                // security_group_id is set, and is_enterprise_security_group "takes effect only when
                // security_group_id is not set": the sample sets both.
                org.assertj.core.groups.Tuple.tuple("/security_group_id", "atMostOneOf"));
        assertThat(violations.get(0).message()).contains("^[A-Za-z0-9][A-Za-z0-9-]*$").contains("\"ACK Edge cluster\"");
        assertThat(violations.get(1).message()).contains("is_enterprise_security_group only applies when security_group_id is not set");
    }

    @Test
    void seedSampleSatisfiesTheOtherRulesForTheRightReasons() {
        var sample = Requests.seedSample();
        // key_pair and login_password are both set: "set this parameter or ..." needs at least one.
        // vpcid and vswitch_ids are both set; flannel is installed and container_cidr is set;
        // 172.20.0.0/16 and 172.21.0.0/20 do not overlap; profile Edge with endpoint_public_access true;
        // "Hello1234" has 9 characters of three classes; the disk size 40 is the minimum allowed.
        var fixed = sample.toBuilder().name("ack-edge-cluster").isEnterpriseSecurityGroup(null).build();

        assertThat(CreateClusterRequestValidator.validate(fixed)).isEmpty();
    }
}
