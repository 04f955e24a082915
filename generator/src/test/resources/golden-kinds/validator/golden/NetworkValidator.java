package dev.ackgen.golden.kinds.validator;

import dev.ackgen.runtime.validation.Checks;
import dev.ackgen.runtime.validation.TextPattern;
import dev.ackgen.runtime.validation.ValidationException;
import dev.ackgen.runtime.validation.Violation;
import dev.ackgen.runtime.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link Network} against its spec: every constraint, every cross-field rule, all
 * violations at once, each with the JSON pointer of the value. No reflection.
 */
@Generated("dev.ackgen.generator")
public final class NetworkValidator {
    private static final TextPattern NAME_PATTERN = TextPattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");

    private NetworkValidator() {
    }

    /**
     * {@return every violation in the value, in the order they were checked; empty when it is
     * valid}
     *
     * @param value the value
     */
    public static List<Violation> validate(Network value) {
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
    public static Network requireValid(Network value) {
        List<Violation> found = validate(value);
        if (!found.isEmpty()) {
            throw new ValidationException("Network", found);
        }
        return value;
    }

    /**
     * {@return whether an item of {@code plugins} has {@code name} equal to {@code "flannel"}}
     *
     * @param items the items
     */
    private static boolean pluginsIncludeNameFlannel(List<Plugin> items) {
        for (int i = 0; i < items.size(); i++) {
            Plugin item = items.get(i);
            if (item != null && item.getName() != null && "flannel".equals(item.getName())) {
                return true;
            }
        }
        return false;
    }

    static void validate(Network value, Violations violations) {
        long podCidrBlock = Checks.cidrBlock(value.getPodCidr());
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
        if (value.getMode() == null) {
            violations.add("/mode", "required", "is required");
        } else {
            if (!value.getMode().isKnown()) {
                violations.add("/mode", "enum", "must be one of open, secure; got "
                        + Checks.quote(value.getMode()));
            }
        }
        if (value.getPassword() != null) {
            if (Checks.length(value.getPassword()) < 8) {
                violations.add("/password", "minLength", "must be at least 8 characters long");
            }
            if (Checks.length(value.getPassword()) > 30) {
                violations.add("/password", "maxLength", "must be at most 30 characters long");
            }
            if (Checks.characterClasses(value.getPassword()) < 3) {
                violations.add("/password", "characterClasses",
                        "must contain at least 3 of: upper-case letters, lower-case "
                        + "letters, digits, special characters");
            }
        }
        if (value.hasVswitchIds()) {
            if (value.getVswitchIds().size() < 1) {
                violations.add("/vswitch_ids", "minItems", "must have at least 1 item");
            }
            if (value.getVswitchIds().size() > 5) {
                violations.add("/vswitch_ids", "maxItems", "must have at most 5 items");
            }
            for (int i = 0; i < value.getVswitchIds().size(); i++) {
                String item = value.getVswitchIds().get(i);
                if (item != null) {
                    if (Checks.length(item) > 32) {
                        violations.add("/vswitch_ids/" + i, "maxLength",
                                "must be at most 32 characters long");
                    }
                }
            }
        }
        if (value.getPodCidr() != null) {
            if (podCidrBlock == Checks.NOT_A_CIDR_BLOCK) {
                violations.add("/pod_cidr", "format",
                        "must be an IPv4 CIDR block such as 192.168.0.0/16; got "
                        + Checks.quote(value.getPodCidr()));
            }
        }
        if (value.getServiceCidr() != null) {
            if (serviceCidrBlock == Checks.NOT_A_CIDR_BLOCK) {
                violations.add("/service_cidr", "format",
                        "must be an IPv4 CIDR block such as 192.168.0.0/16; got "
                        + Checks.quote(value.getServiceCidr()));
            }
        }
        if (value.getNodes() != null) {
            if (value.getNodes().longValue() < 0L) {
                violations.add("/nodes", "minimum", "must be at least 0; got "
                        + Checks.quote(value.getNodes()));
            }
            if (value.getNodes().longValue() > 100L) {
                violations.add("/nodes", "maximum", "must be at most 100; got "
                        + Checks.quote(value.getNodes()));
            }
        }
        if (value.getRatio() != null) {
            if (value.getRatio().doubleValue() < 0.0) {
                violations.add("/ratio", "minimum", "must be at least 0; got "
                        + Checks.quote(value.getRatio()));
            }
            if (value.getRatio().doubleValue() >= 1.0) {
                violations.add("/ratio", "exclusiveMaximum", "must be less than 1; got "
                        + Checks.quote(value.getRatio()));
            }
        }
        if (value.getSize() != null) {
            if (value.getSize().longValue() <= 1L) {
                violations.add("/size", "exclusiveMinimum", "must be greater than 1; got "
                        + Checks.quote(value.getSize()));
            }
        }
        if (value.hasPlugins()) {
            for (int i = 0; i < value.getPlugins().size(); i++) {
                Plugin item = value.getPlugins().get(i);
                if (item != null) {
                    violations.enter("/plugins/", i);
                    PluginValidator.validate(item, violations);
                    violations.leave();
                }
            }
        }
        if (value.hasLabels()) {
            for (Map.Entry<String, String> entry : value.getLabels().entrySet()) {
                if (entry.getValue() != null) {
                    if (Checks.length(entry.getValue()) > 63) {
                        violations.add("/labels/" + Checks.pointerSegment(entry.getKey()),
                                "maxLength", "must be at most 63 characters long");
                    }
                }
            }
        }
        if (Checks.countSet(value.getKeyPair(), value.getPassword()) == 0) {
            violations.add("/key_pair", "atLeastOneOf", "set at least one of: key_pair, password");
        }
        if (Checks.countSet(value.getSecurityGroupId(), value.getEnterpriseGroup()) > 1) {
            violations.add("/security_group_id", "atMostOneOf",
                    "Set security_group_id or enterprise_group, not both.");
        }
        if (Checks.isPartlySet(value.getVpcId(), value.getVswitchIds())) {
            violations.add("/vpc_id", "allOrNone",
                    "set all of vpc_id, vswitch_ids, or none of them");
        }
        if (pluginsIncludeNameFlannel(value.getPlugins()) && !Checks.isSet(value.getPodCidr())) {
            violations.add("/pod_cidr", "requiredWhen",
                    "is required when plugins has an item whose name is \"flannel\"");
        }
        if ((value.getMode() != null && "secure".equals(value.getMode().toString()))
                && !Checks.isSet(value.getKeyPair())) {
            violations.add("/key_pair", "requiredWhen", "is required when mode is \"secure\"");
        }
        if ((value.getProfile() == null || "Edge".equals(value.getProfile()))
                && value.getPublicAccess() != null && !value.getPublicAccess().booleanValue()) {
            violations.add("/public_access", "forbiddenValueWhen",
                    "must not be false when profile is \"Edge\"");
        }
        if (Checks.blocksOverlap(podCidrBlock, serviceCidrBlock)) {
            violations.add("/pod_cidr", "disjointCidrs",
                    "pod_cidr and service_cidr must not overlap");
        }
    }
}
