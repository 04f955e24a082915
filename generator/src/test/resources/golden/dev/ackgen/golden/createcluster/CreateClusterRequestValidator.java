package dev.ackgen.golden.createcluster;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.TextPattern;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateClusterRequest} against its spec: every constraint, every cross-field rule,
 * all violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
@SuppressWarnings("deprecation")
public final class CreateClusterRequestValidator {
    private static final TextPattern NAME_PATTERN = TextPattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    private CreateClusterRequestValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(CreateClusterRequest value) {
        Objects.requireNonNull(value, "value");
        Violations violations = new Violations();
        validate(value, violations);
        return violations.toList();
    }

    /**
     * {@return the value if it is valid}
     *
     * @throws ValidationException listing every violation if it is not
     * @param value the value
     */
    public static CreateClusterRequest requireValid(CreateClusterRequest value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("CreateClusterRequest", found);
        }
        return value;
    }

    /**
     * {@return whether an item of {@code addons} has {@code name} equal to {@code "flannel"}}
     *
     * @param items the items
     */
    private static boolean addonsIncludeNameFlannel(List<Addon> items) {
        for (int i = 0; i < items.size(); i++) {
            Addon item = items.get(i);
            if (item != null && item.getName() != null && "flannel".equals(item.getName())) {
                return true;
            }
        }
        return false;
    }

    static void validate(CreateClusterRequest value, Violations violations) {
        long containerCidrBlock = Checks.cidrBlock(value.getContainerCidr());
        long serviceCidrBlock = Checks.cidrBlock(value.getServiceCidr());
        if (value.getName() == null) {
            violations.add("/name", "required", "is required");
        } else {
            if (Checks.length(value.getName()) < 1) {
                violations.add("/name", "minLength", "must be at least 1 character long");
            }
            if (Checks.length(value.getName()) > 63) {
                violations.add("/name", "maxLength", "must be at most 63 characters long");
            }
            if (!NAME_PATTERN.find(value.getName())) {
                violations.add("/name", "pattern",
                        "must match the pattern ^[A-Za-z0-9][A-Za-z0-9-]*$; got "
                        + Checks.quote(value.getName()));
            }
        }
        if (value.getClusterType() == null) {
            violations.add("/cluster_type", "required", "is required");
        } else {
            if (!value.getClusterType().isKnown()) {
                violations.add("/cluster_type", "enum", "must be one of ManagedKubernetes; got "
                        + Checks.quote(value.getClusterType()));
            }
        }
        if (value.getRuntime() != null) {
            violations.enter("/runtime");
            RuntimeModelValidator.validate(value.getRuntime(), violations);
            violations.leave();
        }
        if (value.getRegionId() == null) {
            violations.add("/region_id", "required", "is required");
        }
        if (value.getLoginPassword() != null) {
            if (Checks.length(value.getLoginPassword()) < 8) {
                violations.add("/login_password", "minLength",
                        "must be at least 8 characters long");
            }
            if (Checks.length(value.getLoginPassword()) > 30) {
                violations.add("/login_password", "maxLength",
                        "must be at most 30 characters long");
            }
            if (Checks.characterClasses(value.getLoginPassword()) < 3) {
                violations.add("/login_password", "characterClasses",
                        "must contain at least 3 of: upper-case letters, lower-case "
                        + "letters, digits, special characters");
            }
        }
        if (value.getNumOfNodes() != null) {
            if (value.getNumOfNodes().longValue() < 0L) {
                violations.add("/num_of_nodes", "minimum", "must be at least 0; got "
                        + Checks.quote(value.getNumOfNodes()));
            }
            if (value.getNumOfNodes().longValue() > 100L) {
                violations.add("/num_of_nodes", "maximum", "must be at most 100; got "
                        + Checks.quote(value.getNumOfNodes()));
            }
        }
        if (value.getProfile() != null) {
            if (!value.getProfile().isKnown()) {
                violations.add("/profile", "enum", "must be one of Edge; got "
                        + Checks.quote(value.getProfile()));
            }
        }
        if (value.getLoggingType() != null) {
            if (!value.getLoggingType().isKnown()) {
                violations.add("/logging_type", "enum", "must be one of SLS; got "
                        + Checks.quote(value.getLoggingType()));
            }
        }
        if (value.hasVswitchIds()) {
            if (value.getVswitchIds().size() < 1) {
                violations.add("/vswitch_ids", "minItems", "must have at least 1 item");
            }
            if (value.getVswitchIds().size() > 3) {
                violations.add("/vswitch_ids", "maxItems", "must have at most 3 items");
            }
        }
        if (value.getWorkerSystemDiskCategory() != null) {
            if (!value.getWorkerSystemDiskCategory().isKnown()) {
                violations.add("/worker_system_disk_category", "enum",
                        "must be one of cloud_efficiency, cloud_ssd; got "
                        + Checks.quote(value.getWorkerSystemDiskCategory()));
            }
        }
        if (value.getWorkerSystemDiskSize() != null) {
            if (value.getWorkerSystemDiskSize().longValue() < 40L) {
                violations.add("/worker_system_disk_size", "minimum", "must be at least 40; got "
                        + Checks.quote(value.getWorkerSystemDiskSize()));
            }
            if (value.getWorkerSystemDiskSize().longValue() > 500L) {
                violations.add("/worker_system_disk_size", "maximum", "must be at most 500; got "
                        + Checks.quote(value.getWorkerSystemDiskSize()));
            }
        }
        if (value.getContainerCidr() != null) {
            if (containerCidrBlock == Checks.NOT_A_CIDR_BLOCK) {
                violations.add("/container_cidr", "format",
                        "must be an IPv4 CIDR block such as 192.168.0.0/16; got "
                        + Checks.quote(value.getContainerCidr()));
            }
        }
        if (value.getServiceCidr() != null) {
            if (serviceCidrBlock == Checks.NOT_A_CIDR_BLOCK) {
                violations.add("/service_cidr", "format",
                        "must be an IPv4 CIDR block such as 192.168.0.0/16; got "
                        + Checks.quote(value.getServiceCidr()));
            }
        }
        if (value.hasAddons()) {
            for (int i = 0; i < value.getAddons().size(); i++) {
                Addon item = value.getAddons().get(i);
                if (item != null) {
                    violations.enter("/addons/", i);
                    AddonValidator.validate(item, violations);
                    violations.leave();
                }
            }
        }
        if (value.hasWorkerInstanceTypes()) {
            if (value.getWorkerInstanceTypes().size() < 1) {
                violations.add("/worker_instance_types", "minItems", "must have at least 1 item");
            }
        }
        if (value.getWorkerInstanceChargeType() != null) {
            if (!value.getWorkerInstanceChargeType().isKnown()) {
                violations.add("/worker_instance_charge_type", "enum",
                        "must be one of PrePaid, PostPaid; got "
                        + Checks.quote(value.getWorkerInstanceChargeType()));
            }
        }
        if (value.getClusterSpec() != null) {
            if (!value.getClusterSpec().isKnown()) {
                violations.add("/cluster_spec", "enum",
                        "must be one of ack.pro.small, ack.standard; got "
                        + Checks.quote(value.getClusterSpec()));
            }
        }
        if (Checks.countSet(value.getKeyPair(), value.getLoginPassword()) == 0) {
            violations.add("/key_pair", "atLeastOneOf",
                    "Set key_pair or login_password so that you can log on to "
                    + "the nodes over SSH.");
        }
        if (Checks.isPartlySet(value.getVpcid(), value.getVswitchIds())) {
            violations.add("/vpcid", "allOrNone",
                    "Set both vpcid and vswitch_ids (the vSwitches must belong "
                    + "to that VPC), or leave both blank to let the system create " + "the VPC.");
        }
        if (Checks.countSet(value.getSecurityGroupId(), value.getIsEnterpriseSecurityGroup()) > 1) {
            violations.add("/security_group_id", "atMostOneOf", "Set either security_group_id or "
                    + "is_enterprise_security_group, not both: "
                    + "is_enterprise_security_group only applies when "
                    + "security_group_id is not set.");
        }
        if (addonsIncludeNameFlannel(value.getAddons())
                && !Checks.isSet(value.getContainerCidr())) {
            violations.add("/container_cidr", "requiredWhen",
                    "Set container_cidr (the pod CIDR block, for example "
                    + "172.20.0.0/16): it is required when the cluster uses "
                    + "Flannel as the network plug-in.");
        }
        if (Checks.blocksOverlap(containerCidrBlock, serviceCidrBlock)) {
            violations.add("/container_cidr", "disjointCidrs",
                    "container_cidr (pods) and service_cidr (Services) overlap: "
                    + "choose CIDR blocks that do not overlap, for example "
                    + "172.20.0.0/16 and 172.21.0.0/20.");
        }
        if ((value.getProfile() == null || "Edge".equals(value.getProfile().toString()))
                && value.getEndpointPublicAccess() != null
                && !value.getEndpointPublicAccess().booleanValue()) {
            violations.add("/endpoint_public_access", "forbiddenValueWhen",
                    "Set endpoint_public_access to true (or leave it unset): in "
                    + "ACK Edge clusters, edge nodes communicate with the control "
                    + "plane over the Internet.");
        }
    }
}
