package dev.ackgen.golden.createcluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ackgen.runtime.json.JsonReadException;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.json.JsonWritable;
import dev.ackgen.runtime.json.JsonWriting;
import dev.ackgen.runtime.model.ModelFields;
import dev.ackgen.runtime.model.ModelText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The request body of CreateCluster for an ACK Edge cluster.
 * <p>Required parameters: a parameter is required here only if the request cannot work without
 * it and it has no default, so only name, cluster_type and region_id are required. The product
 * document also marks other parameters as required, which this description relaxes:
 * deprecated parameters (num_of_nodes, worker_system_disk_category, worker_system_disk_size,
 * worker_instance_types, worker_instance_charge_type) are optional because node pools
 * supersede these node settings; profile has a default (Edge); key_pair and login_password
 * become the rule "set at least one of them"; vpcid and vswitch_ids become the rule "set both
 * or neither", because the document allows leaving both blank and then the system creates the
 * VPC; service_cidr has a default when the VPC is created by the system.</p>
 */
@Generated("dev.ackgen.generator")
@JsonDeserialize(
        using = JsonModelReaders.class
)
public final class CreateClusterRequest implements JsonWritable {
    private static final SerializedString NAME = new SerializedString("name");

    private static final SerializedString CLUSTER_TYPE = new SerializedString("cluster_type");

    private static final SerializedString DISABLE_ROLLBACK = new SerializedString(
            "disable_rollback");

    private static final SerializedString TIMEOUT_MINS = new SerializedString("timeout_mins");

    private static final SerializedString KUBERNETES_VERSION = new SerializedString(
            "kubernetes_version");

    private static final SerializedString RUNTIME = new SerializedString("runtime");

    private static final SerializedString REGION_ID = new SerializedString("region_id");

    private static final SerializedString KEY_PAIR = new SerializedString("key_pair");

    private static final SerializedString LOGIN_PASSWORD = new SerializedString("login_password");

    private static final SerializedString NUM_OF_NODES = new SerializedString("num_of_nodes");

    private static final SerializedString PROFILE = new SerializedString("profile");

    private static final SerializedString LOGGING_TYPE = new SerializedString("logging_type");

    private static final SerializedString SNAT_ENTRY = new SerializedString("snat_entry");

    private static final SerializedString VSWITCH_IDS = new SerializedString("vswitch_ids");

    private static final SerializedString WORKER_SYSTEM_DISK_CATEGORY = new SerializedString(
            "worker_system_disk_category");

    private static final SerializedString WORKER_SYSTEM_DISK_SIZE = new SerializedString(
            "worker_system_disk_size");

    private static final SerializedString CONTAINER_CIDR = new SerializedString("container_cidr");

    private static final SerializedString CLOUD_MONITOR_FLAGS = new SerializedString(
            "cloud_monitor_flags");

    private static final SerializedString ENDPOINT_PUBLIC_ACCESS = new SerializedString(
            "endpoint_public_access");

    private static final SerializedString SERVICE_CIDR = new SerializedString("service_cidr");

    private static final SerializedString ADDONS = new SerializedString("addons");

    private static final SerializedString TAGS = new SerializedString("tags");

    private static final SerializedString VPCID = new SerializedString("vpcid");

    private static final SerializedString WORKER_DATA_DISKS = new SerializedString(
            "worker_data_disks");

    private static final SerializedString DELETION_PROTECTION = new SerializedString(
            "deletion_protection");

    private static final SerializedString NODE_CIDR_MASK = new SerializedString("node_cidr_mask");

    private static final SerializedString WORKER_INSTANCE_TYPES = new SerializedString(
            "worker_instance_types");

    private static final SerializedString WORKER_INSTANCE_CHARGE_TYPE = new SerializedString(
            "worker_instance_charge_type");

    private static final SerializedString SECURITY_GROUP_ID = new SerializedString(
            "security_group_id");

    private static final SerializedString IS_ENTERPRISE_SECURITY_GROUP = new SerializedString(
            "is_enterprise_security_group");

    private static final SerializedString RDS_INSTANCES = new SerializedString("rds_instances");

    private static final SerializedString CLUSTER_SPEC = new SerializedString("cluster_spec");

    private static final SerializedString RESOURCE_GROUP_ID = new SerializedString(
            "resource_group_id");

    /** The value of {@code name}. */
    private final String name;

    /** The value of {@code cluster_type}. */
    private final ClusterType clusterType;

    /** The value of {@code disable_rollback}. */
    private final Boolean disableRollback;

    /** The value of {@code timeout_mins}. */
    private final Long timeoutMins;

    /** The value of {@code kubernetes_version}. */
    private final String kubernetesVersion;

    /** The value of {@code runtime}. */
    private final RuntimeModel runtime;

    /** The value of {@code region_id}. */
    private final String regionId;

    /** The value of {@code key_pair}. */
    private final String keyPair;

    /** The value of {@code login_password}. */
    private final String loginPassword;

    /** The value of {@code num_of_nodes}. */
    private final Long numOfNodes;

    /** The value of {@code profile}. */
    private final Profile profile;

    /** The value of {@code logging_type}. */
    private final LoggingType loggingType;

    /** The value of {@code snat_entry}. */
    private final Boolean snatEntry;

    /** The value of {@code vswitch_ids}. */
    private final List<String> vswitchIds;

    /** The value of {@code worker_system_disk_category}. */
    private final WorkerSystemDiskCategory workerSystemDiskCategory;

    /** The value of {@code worker_system_disk_size}. */
    private final Long workerSystemDiskSize;

    /** The value of {@code container_cidr}. */
    private final String containerCidr;

    /** The value of {@code cloud_monitor_flags}. */
    private final Boolean cloudMonitorFlags;

    /** The value of {@code endpoint_public_access}. */
    private final Boolean endpointPublicAccess;

    /** The value of {@code service_cidr}. */
    private final String serviceCidr;

    /** The value of {@code addons}. */
    private final List<Addon> addons;

    /** The value of {@code tags}. */
    private final List<Tag> tags;

    /** The value of {@code vpcid}. */
    private final String vpcid;

    /** The value of {@code worker_data_disks}. */
    private final List<DataDisk> workerDataDisks;

    /** The value of {@code deletion_protection}. */
    private final Boolean deletionProtection;

    /** The value of {@code node_cidr_mask}. */
    private final String nodeCidrMask;

    /** The value of {@code worker_instance_types}. */
    private final List<String> workerInstanceTypes;

    /** The value of {@code worker_instance_charge_type}. */
    private final WorkerInstanceChargeType workerInstanceChargeType;

    /** The value of {@code security_group_id}. */
    private final String securityGroupId;

    /** The value of {@code is_enterprise_security_group}. */
    private final Boolean isEnterpriseSecurityGroup;

    /** The value of {@code rds_instances}. */
    private final List<String> rdsInstances;

    /** The value of {@code cluster_spec}. */
    private final ClusterSpec clusterSpec;

    /** The value of {@code resource_group_id}. */
    private final String resourceGroupId;

    /** The members of the JSON object that the model does not know. */
    private final Map<String, JsonNode> additionalProperties;

    private CreateClusterRequest(Builder builder) {
        this.name = builder.name;
        this.clusterType = builder.clusterType;
        this.disableRollback = builder.disableRollback;
        this.timeoutMins = builder.timeoutMins;
        this.kubernetesVersion = builder.kubernetesVersion;
        this.runtime = builder.runtime;
        this.regionId = builder.regionId;
        this.keyPair = builder.keyPair;
        this.loginPassword = builder.loginPassword;
        this.numOfNodes = builder.numOfNodes;
        this.profile = builder.profile;
        this.loggingType = builder.loggingType;
        this.snatEntry = builder.snatEntry;
        this.vswitchIds = ModelFields.copyOf(builder.vswitchIds);
        this.workerSystemDiskCategory = builder.workerSystemDiskCategory;
        this.workerSystemDiskSize = builder.workerSystemDiskSize;
        this.containerCidr = builder.containerCidr;
        this.cloudMonitorFlags = builder.cloudMonitorFlags;
        this.endpointPublicAccess = builder.endpointPublicAccess;
        this.serviceCidr = builder.serviceCidr;
        this.addons = ModelFields.copyOf(builder.addons);
        this.tags = ModelFields.copyOf(builder.tags);
        this.vpcid = builder.vpcid;
        this.workerDataDisks = ModelFields.copyOf(builder.workerDataDisks);
        this.deletionProtection = builder.deletionProtection;
        this.nodeCidrMask = builder.nodeCidrMask;
        this.workerInstanceTypes = ModelFields.copyOf(builder.workerInstanceTypes);
        this.workerInstanceChargeType = builder.workerInstanceChargeType;
        this.securityGroupId = builder.securityGroupId;
        this.isEnterpriseSecurityGroup = builder.isEnterpriseSecurityGroup;
        this.rdsInstances = ModelFields.copyOf(builder.rdsInstances);
        this.clusterSpec = builder.clusterSpec;
        this.resourceGroupId = builder.resourceGroupId;
        this.additionalProperties = ModelFields.copyOfMembers(builder.additionalProperties);
    }

    /**
     * {@return the name of the cluster} The name must be 1 to 63 characters in length and can
     * contain digits, letters, and hyphens (-). The name cannot start with a hyphen (-).
     *
     * <p>JSON member {@code name}, required.
     * <p>Example: {@code demo-edge-cluster}.
     */
    public String getName() {
        return name;
    }

    /**
     * {@return the type of the cluster} Set this parameter to ManagedKubernetes to create an ACK
     * Edge cluster.
     *
     * <p>JSON member {@code cluster_type}, required.
     * <p>Example: {@code ManagedKubernetes}.
     */
    public ClusterType getClusterType() {
        return clusterType;
    }

    /**
     * Deprecated. Specifies whether to perform a rollback when the cluster fails to be created.
     * Valid values: true (performs a rollback) and false (does not perform a rollback). Default
     * value: false.
     *
     * <p>JSON member {@code disable_rollback}, optional; null when absent (the server's default:
     * {@code false}).
     * <p>Example: {@code true}.
     * @deprecated the spec marks {@code disable_rollback} deprecated
     * @return whether to perform a rollback when the cluster fails to be created
     */
    @Deprecated
    public Boolean getDisableRollback() {
        return disableRollback;
    }

    /**
     * Deprecated. The timeout period for resource creation. Unit: minutes. Default value: 60.
     *
     * <p>JSON member {@code timeout_mins}, optional; null when absent (the server's default:
     * {@code 60}).
     * <p>Example: {@code 60}.
     * @deprecated the spec marks {@code timeout_mins} deprecated
     * @return the timeout period for resource creation
     */
    @Deprecated
    public Long getTimeoutMins() {
        return timeoutMins;
    }

    /**
     * {@return the Kubernetes version of the cluster} The Kubernetes versions supported by ACK are
     * the same as those supported by open-source Kubernetes. If this parameter is not set, the
     * latest Kubernetes version is used. You can create clusters of the latest three Kubernetes
     * versions in the ACK console, or create clusters of earlier versions by calling API
     * operations. For more information, see Support for Kubernetes versions.
     *
     * <p>JSON member {@code kubernetes_version}, optional; null when absent.
     * <p>Example: {@code 1.30.1-aliyun.1}.
     */
    public String getKubernetesVersion() {
        return kubernetesVersion;
    }

    /**
     * {@return the container runtime} Supported runtimes are containerd and docker. This parameter
     * includes: name (the name of the container runtime) and version (the version of the container
     * runtime).
     *
     * <p>JSON member {@code runtime}, optional; null when absent.
     * <p>Example: {@code {"name":"containerd","version":"1.6.20"}}.
     */
    public RuntimeModel getRuntime() {
        return runtime;
    }

    /**
     * {@return the region ID of the cluster}
     *
     * <p>JSON member {@code region_id}, required.
     * <p>Example: {@code cn-beijing}.
     */
    public String getRegionId() {
        return regionId;
    }

    /**
     * Deprecated. The name of the key pair. Set this parameter or login_password.
     *
     * <p>JSON member {@code key_pair}, optional; null when absent.
     * <p>Example: {@code demo-key}.
     * @deprecated the spec marks {@code key_pair} deprecated
     * @return the name of the key pair
     */
    @Deprecated
    public String getKeyPair() {
        return keyPair;
    }

    /**
     * Deprecated. The password for SSH logon. Set this parameter or key_pair. The password must be
     * 8 to 30 characters in length and must contain at least three of the following character
     * types: uppercase letters, lowercase letters, digits, and special characters.
     *
     * <p>JSON member {@code login_password}, optional; null when absent. A secret: never shown by
     * {@code toString}.
     * @deprecated the spec marks {@code login_password} deprecated
     * @return the password for SSH logon
     */
    @Deprecated
    public String getLoginPassword() {
        return loginPassword;
    }

    /**
     * Deprecated. The number of worker nodes. Valid values: 0 to 100.
     *
     * <p>JSON member {@code num_of_nodes}, optional; null when absent.
     * <p>Example: {@code 1}.
     * @deprecated the spec marks {@code num_of_nodes} deprecated
     * @return the number of worker nodes
     */
    @Deprecated
    public Long getNumOfNodes() {
        return numOfNodes;
    }

    /**
     * Identifies the cluster as an ACK Edge cluster. Default value: Edge.
     *
     * <p>JSON member {@code profile}, optional; null when absent (the server's default:
     * {@code "Edge"}).
     * <p>Example: {@code Edge}.
     *
     * @return identifies the cluster as an ACK Edge cluster
     */
    public Profile getProfile() {
        return profile;
    }

    /**
     * {@return whether to enable Simple Log Service for the cluster} Set this parameter to SLS to
     * enable Simple Log Service. This parameter takes effect only for ACK Serverless clusters.
     *
     * <p>JSON member {@code logging_type}, optional; null when absent.
     * <p>Example: {@code SLS}.
     */
    public LoggingType getLoggingType() {
        return loggingType;
    }

    /**
     * {@return whether to configure SNAT rules for the virtual private cloud (VPC) in which the
     * cluster is deployed} If the VPC can access the Internet, set this parameter to false. If the
     * VPC does not provide Internet access, valid values are: true (configures SNAT rules to enable
     * Internet access from the VPC) and false (does not configure SNAT rules, leaving the cluster
     * without Internet access). If applications in the cluster need Internet access, set this
     * parameter to true. Default value: false.
     *
     * <p>JSON member {@code snat_entry}, optional; null when absent (the server's default:
     * {@code false}).
     * <p>Example: {@code true}.
     */
    public Boolean getSnatEntry() {
        return snatEntry;
    }

    /**
     * {@return the IDs of vSwitches} Specify one to three vSwitches.
     *
     * <p>JSON member {@code vswitch_ids}, optional; read as empty when absent
     * ({@code hasVswitchIds()} tells absent from empty).
     * <p>Example: {@code ["vsw-2ze48rkq464rsdts1****"]}.
     */
    public List<String> getVswitchIds() {
        return ModelFields.orEmpty(vswitchIds);
    }

    /**
     * Whether {@code vswitch_ids} was present, even empty: {@link #getVswitchIds()} reads an absent
     * list as empty.
     *
     * @return false when absent
     */
    public boolean hasVswitchIds() {
        return vswitchIds != null;
    }

    /**
     * Deprecated. The system disk type for worker nodes. Valid values: cloud_efficiency (ultra
     * disk) and cloud_ssd (standard SSD). Default value: cloud_ssd.
     *
     * <p>JSON member {@code worker_system_disk_category}, optional; null when absent (the server's
     * default: {@code "cloud_ssd"}).
     * <p>Example: {@code cloud_efficiency}.
     * @deprecated the spec marks {@code worker_system_disk_category} deprecated
     * @return the system disk type for worker nodes
     */
    @Deprecated
    public WorkerSystemDiskCategory getWorkerSystemDiskCategory() {
        return workerSystemDiskCategory;
    }

    /**
     * Deprecated. The size of the system disk for worker nodes. Unit: GiB. Valid values: 40 to 500.
     * The value must be at least 40 and no less than the image size. Default value: 120.
     *
     * <p>JSON member {@code worker_system_disk_size}, optional; null when absent (the server's
     * default: {@code 120}).
     * <p>Example: {@code 100}.
     * @deprecated the spec marks {@code worker_system_disk_size} deprecated
     * @return the size of the system disk for worker nodes
     */
    @Deprecated
    public Long getWorkerSystemDiskSize() {
        return workerSystemDiskSize;
    }

    /**
     * {@return the CIDR block of pods} This CIDR block cannot overlap with the CIDR block of the
     * VPC. If the VPC is automatically created by the system, the default pod CIDR block is
     * 172.16.0.0/16.
     * <p>Important: This parameter is required if the cluster uses Flannel as the network
     * plug-in, and optional if the cluster uses Terway.</p>
     *
     * <p>JSON member {@code container_cidr}, optional; null when absent.
     * <p>Example: {@code 172.20.0.0/16}.
     */
    public String getContainerCidr() {
        return containerCidr;
    }

    /**
     * Deprecated. Specifies whether to install the CloudMonitor agent. Valid values: true (installs
     * the agent) and false (does not install the agent). Default value: false.
     *
     * <p>JSON member {@code cloud_monitor_flags}, optional; null when absent (the server's default:
     * {@code false}).
     * <p>Example: {@code true}.
     * @deprecated the spec marks {@code cloud_monitor_flags} deprecated
     * @return whether to install the CloudMonitor agent
     */
    @Deprecated
    public Boolean getCloudMonitorFlags() {
        return cloudMonitorFlags;
    }

    /**
     * {@return whether to enable Internet access for the API server} Valid values: true
     * (enables Internet access) and false (disables Internet access; the API server is
     * accessible only within the internal network). Default value: true.
     * <p>Important: In ACK Edge clusters, edge nodes communicate with the control plane over the
     * Internet. Enable Internet access for the API server when creating an ACK Edge cluster.</p>
     *
     * <p>JSON member {@code endpoint_public_access}, optional; null when absent (the server's
     * default: {@code true}).
     * <p>Example: {@code true}.
     */
    public Boolean getEndpointPublicAccess() {
        return endpointPublicAccess;
    }

    /**
     * {@return the CIDR block of Services} This CIDR block cannot overlap with the pod CIDR block
     * or the VPC CIDR block. If the VPC is automatically created by the system, the default Service
     * CIDR block is 172.19.0.0/20.
     *
     * <p>JSON member {@code service_cidr}, optional; null when absent.
     * <p>Example: {@code 172.21.0.0/20}.
     */
    public String getServiceCidr() {
        return serviceCidr;
    }

    /**
     * {@return the components to install in the cluster} Parameters: name (required; the component
     * name), config (optional; leave blank if no configuration is needed), and disabled
     * (optional; specifies whether to disable automatic installation).
     * <ul>
     * <li>Network plug-in (required): Flannel or Terway. Specify Flannel as
     * {@code [{"name":"flannel","config":""}]}. Specify Terway as
     * {@code [{"name":"terway-eniip","config":""}]}.</li>
     * <li>Volume plug-in (optional): Container Storage Interface (CSI). Specify CSI as
     * {@code [{"name":"csi-plugin","config":""},{"name":"csi-provisioner","config":""}]}.</li>
     * <li>Log Service component (optional): If Simple Log Service is disabled, the cluster
     * auditing feature is unavailable. To use an existing project:
     * {@code [{"name":"logtail-ds","config":"{\"IngressDashboardEnabled\":\"true\",\"sls_project_name\":\"your_sls_project_name\"}"}]}.
     * To create a new project:
     * {@code [{"name":"logtail-ds","config":"{\"IngressDashboardEnabled\":\"true\"}"}]}.</li>
     * <li>Ingress controller (optional): By default, nginx-ingress-controller is installed in
     * ACK dedicated clusters. To install nginx-ingress-controller with Internet access:
     * {@code [{"name":"nginx-ingress-controller","config":"{\"IngressSlbNetworkType\":\"internet\"}"}]}.
     * To skip installation:
     * {@code [{"name":"nginx-ingress-controller","config":"","disabled":true}]}.</li>
     * <li>Event center (optional): Enabled by default. To enable the event center:
     * {@code [{"name":"ack-node-problem-detector","config":"{\"sls_project_name\":\"your_sls_project_name\"}"}]}.
     * For more information, see Create and use an event center.</li>
     * </ul>
     *
     * <p>JSON member {@code addons}, optional; read as empty when absent ({@code hasAddons()} tells
     * absent from empty).
     * <p>Example:
     * {@code [{"name":"flannel","config":""},{"name":"logtail-ds-docker","config":""},{"name":"alibaba-log-controller","config":"{\"IngressDashboardEnabled\":\"false\"}"}]}.
     */
    public List<Addon> getAddons() {
        return ModelFields.orEmpty(addons);
    }

    /**
     * Whether {@code addons} was present, even empty: {@link #getAddons()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasAddons() {
        return addons != null;
    }

    /**
     * {@return the labels to add to the cluster} key: the label key. value: the label value.
     *
     * <p>JSON member {@code tags}, optional; read as empty when absent ({@code hasTags()} tells
     * absent from empty).
     * <p>Example: {@code [{"key":"env","value":"prod"}]}.
     */
    public List<Tag> getTags() {
        return ModelFields.orEmpty(tags);
    }

    /**
     * Whether {@code tags} was present, even empty: {@link #getTags()} reads an absent list as
     * empty.
     *
     * @return false when absent
     */
    public boolean hasTags() {
        return tags != null;
    }

    /**
     * {@return the ID of the VPC in which to deploy the cluster} A VPC is required when creating a
     * cluster.
     * <p>Note: Leave both vpcid and vswitch_ids blank, or make sure the vSwitches specified by
     * vswitch_ids belong to the VPC specified by vpcid.</p>
     *
     * <p>JSON member {@code vpcid}, optional; null when absent.
     * <p>Example: {@code vpc-2zeik9h3ahvv2zz95****}.
     */
    public String getVpcid() {
        return vpcid;
    }

    /**
     * Deprecated. The data disk configuration for worker nodes, including disk type and size.
     *
     * <p>JSON member {@code worker_data_disks}, optional; read as empty when absent
     * ({@code hasWorkerDataDisks()} tells absent from empty).
     * <p>Example:
     * {@code [{"category":"cloud_efficiency","size":40,"encrypted":"false","auto_snapshot_policy_id":""}]}.
     * @deprecated the spec marks {@code worker_data_disks} deprecated
     * @return the data disk configuration for worker nodes, including disk type and size
     */
    @Deprecated
    public List<DataDisk> getWorkerDataDisks() {
        return ModelFields.orEmpty(workerDataDisks);
    }

    /**
     * Whether {@code worker_data_disks} was present, even empty: {@link #getWorkerDataDisks()}
     * reads an absent list as empty.
     *
     * @return false when absent
     * @deprecated the spec marks {@code worker_data_disks} deprecated
     */
    @Deprecated
    public boolean hasWorkerDataDisks() {
        return workerDataDisks != null;
    }

    /**
     * {@return whether to enable deletion protection for the cluster} When enabled, the cluster
     * cannot be deleted from the ACK console or by calling API operations. Valid values: true
     * (enables deletion protection) and false (disables deletion protection). Default value: false.
     *
     * <p>JSON member {@code deletion_protection}, optional; null when absent (the server's default:
     * {@code false}).
     * <p>Example: {@code true}.
     */
    public Boolean getDeletionProtection() {
        return deletionProtection;
    }

    /**
     * {@return the maximum number of IP addresses assignable to each node, determined by the pod
     * CIDR block} This parameter takes effect only when the cluster uses the Flannel plug-in.
     * Default value: 25.
     *
     * <p>JSON member {@code node_cidr_mask}, optional; null when absent (the server's default:
     * {@code "25"}).
     * <p>Example: {@code 25}.
     */
    public String getNodeCidrMask() {
        return nodeCidrMask;
    }

    /**
     * Deprecated. The Elastic Compute Service (ECS) instance types for worker nodes. Specify at
     * least one instance type. The types are listed in descending priority order; if the system
     * cannot create nodes with the highest-priority type, it attempts the next type. For more
     * information, see Overview of instance families.
     *
     * <p>JSON member {@code worker_instance_types}, optional; read as empty when absent
     * ({@code hasWorkerInstanceTypes()} tells absent from empty).
     * <p>Example: {@code ["ecs.n4.large"]}.
     * @deprecated the spec marks {@code worker_instance_types} deprecated
     * @return the Elastic Compute Service (ECS) instance types for worker nodes
     */
    @Deprecated
    public List<String> getWorkerInstanceTypes() {
        return ModelFields.orEmpty(workerInstanceTypes);
    }

    /**
     * Whether {@code worker_instance_types} was present, even empty:
     * {@link #getWorkerInstanceTypes()} reads an absent list as empty.
     *
     * @return false when absent
     * @deprecated the spec marks {@code worker_instance_types} deprecated
     */
    @Deprecated
    public boolean hasWorkerInstanceTypes() {
        return workerInstanceTypes != null;
    }

    /**
     * Deprecated. The billing method of worker nodes. Valid values: PrePaid (subscription) and
     * PostPaid (pay-as-you-go). Default value: PostPaid.
     *
     * <p>JSON member {@code worker_instance_charge_type}, optional; null when absent (the server's
     * default: {@code "PostPaid"}).
     * <p>Example: {@code PrePaid}.
     * @deprecated the spec marks {@code worker_instance_charge_type} deprecated
     * @return the billing method of worker nodes
     */
    @Deprecated
    public WorkerInstanceChargeType getWorkerInstanceChargeType() {
        return workerInstanceChargeType;
    }

    /**
     * {@return the ID of an existing security group for the cluster} Set this parameter or
     * is_enterprise_security_group. Nodes in the cluster are automatically added to the specified
     * security group.
     *
     * <p>JSON member {@code security_group_id}, optional; null when absent.
     * <p>Example: {@code sg-bp1bdue0qc1g7k****}.
     */
    public String getSecurityGroupId() {
        return securityGroupId;
    }

    /**
     * {@return whether to create an advanced security group} This parameter takes effect
     * only when security_group_id is not set. Valid values: true (creates an advanced
     * security group) and false (does not create one). Default value: true.
     * <p>Note: To use a basic security group, make sure the total number of nodes and Terway
     * pods does not exceed 2,000. For clusters using the Terway network plug-in, use an
     * advanced security group.</p>
     *
     * <p>JSON member {@code is_enterprise_security_group}, optional; null when absent (the server's
     * default: {@code true}).
     * <p>Example: {@code true}.
     */
    public Boolean getIsEnterpriseSecurityGroup() {
        return isEnterpriseSecurityGroup;
    }

    /**
     * Deprecated. The names of the ApsaraDB RDS instances.
     *
     * <p>JSON member {@code rds_instances}, optional; read as empty when absent
     * ({@code hasRdsInstances()} tells absent from empty).
     * <p>Example: {@code ["rm-2zev748xi27xc****"]}.
     * @deprecated the spec marks {@code rds_instances} deprecated
     * @return the names of the ApsaraDB RDS instances
     */
    @Deprecated
    public List<String> getRdsInstances() {
        return ModelFields.orEmpty(rdsInstances);
    }

    /**
     * Whether {@code rds_instances} was present, even empty: {@link #getRdsInstances()} reads an
     * absent list as empty.
     *
     * @return false when absent
     * @deprecated the spec marks {@code rds_instances} deprecated
     */
    @Deprecated
    public boolean hasRdsInstances() {
        return rdsInstances != null;
    }

    /**
     * {@return the type of ACK managed cluster} Valid values: ack.pro.small (ACK Edge Pro cluster)
     * and ack.standard (ACK Edge Basic cluster). Default value: ack.standard. If this parameter is
     * not set, an ACK Edge Basic cluster is created. For more information, see the introduction to
     * ACK Edge Pro clusters.
     *
     * <p>JSON member {@code cluster_spec}, optional; null when absent (the server's default:
     * {@code "ack.standard"}).
     * <p>Example: {@code ack.pro.small}.
     */
    public ClusterSpec getClusterSpec() {
        return clusterSpec;
    }

    /**
     * {@return the ID of the resource group to which the cluster belongs} Use this parameter to
     * isolate clusters across different resource groups.
     *
     * <p>JSON member {@code resource_group_id}, optional; null when absent.
     * <p>Example: {@code rg-acfm3mkrure****}.
     */
    public String getResourceGroupId() {
        return resourceGroupId;
    }

    /**
     * {@return members of the JSON object that this version of the model does not know, kept so
     * that nothing is lost on a round trip} Never null.
     */
    public Map<String, JsonNode> getAdditionalProperties() {
        return additionalProperties;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this object's values, to make a changed copy} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof CreateClusterRequest that
                        && Objects.equals(this.name, that.name)
                        && Objects.equals(this.clusterType, that.clusterType)
                        && Objects.equals(this.disableRollback, that.disableRollback)
                        && Objects.equals(this.timeoutMins, that.timeoutMins)
                        && Objects.equals(this.kubernetesVersion, that.kubernetesVersion)
                        && Objects.equals(this.runtime, that.runtime)
                        && Objects.equals(this.regionId, that.regionId)
                        && Objects.equals(this.keyPair, that.keyPair)
                        && Objects.equals(this.loginPassword, that.loginPassword)
                        && Objects.equals(this.numOfNodes, that.numOfNodes)
                        && Objects.equals(this.profile, that.profile)
                        && Objects.equals(this.loggingType, that.loggingType)
                        && Objects.equals(this.snatEntry, that.snatEntry)
                        && Objects.equals(this.vswitchIds, that.vswitchIds)
                        && Objects.equals(this.workerSystemDiskCategory,
                                that.workerSystemDiskCategory)
                        && Objects.equals(this.workerSystemDiskSize, that.workerSystemDiskSize)
                        && Objects.equals(this.containerCidr, that.containerCidr)
                        && Objects.equals(this.cloudMonitorFlags, that.cloudMonitorFlags)
                        && Objects.equals(this.endpointPublicAccess, that.endpointPublicAccess)
                        && Objects.equals(this.serviceCidr, that.serviceCidr)
                        && Objects.equals(this.addons, that.addons)
                        && Objects.equals(this.tags, that.tags)
                        && Objects.equals(this.vpcid, that.vpcid)
                        && Objects.equals(this.workerDataDisks, that.workerDataDisks)
                        && Objects.equals(this.deletionProtection, that.deletionProtection)
                        && Objects.equals(this.nodeCidrMask, that.nodeCidrMask)
                        && Objects.equals(this.workerInstanceTypes, that.workerInstanceTypes)
                        && Objects.equals(this.workerInstanceChargeType,
                                that.workerInstanceChargeType)
                        && Objects.equals(this.securityGroupId, that.securityGroupId)
                        && Objects.equals(this.isEnterpriseSecurityGroup,
                                that.isEnterpriseSecurityGroup)
                        && Objects.equals(this.rdsInstances, that.rdsInstances)
                        && Objects.equals(this.clusterSpec, that.clusterSpec)
                        && Objects.equals(this.resourceGroupId, that.resourceGroupId)
                        && this.additionalProperties.equals(that.additionalProperties));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, clusterType, disableRollback, timeoutMins, kubernetesVersion,
                runtime, regionId, keyPair, loginPassword, numOfNodes, profile, loggingType,
                snatEntry, vswitchIds, workerSystemDiskCategory, workerSystemDiskSize,
                containerCidr, cloudMonitorFlags, endpointPublicAccess, serviceCidr, addons, tags,
                vpcid, workerDataDisks, deletionProtection, nodeCidrMask, workerInstanceTypes,
                workerInstanceChargeType, securityGroupId, isEnterpriseSecurityGroup, rdsInstances,
                clusterSpec, resourceGroupId, additionalProperties);
    }

    /** {@return the values that are set, by wire name; secrets as {@code ***}} */
    @Override
    public String toString() {
        ModelText text = new ModelText("CreateClusterRequest");
        text.add("name", this.name);
        text.add("cluster_type", this.clusterType);
        text.add("disable_rollback", this.disableRollback);
        text.add("timeout_mins", this.timeoutMins);
        text.add("kubernetes_version", this.kubernetesVersion);
        text.add("runtime", this.runtime);
        text.add("region_id", this.regionId);
        text.add("key_pair", this.keyPair);
        text.addSecret("login_password", this.loginPassword);
        text.add("num_of_nodes", this.numOfNodes);
        text.add("profile", this.profile);
        text.add("logging_type", this.loggingType);
        text.add("snat_entry", this.snatEntry);
        text.add("vswitch_ids", this.vswitchIds);
        text.add("worker_system_disk_category", this.workerSystemDiskCategory);
        text.add("worker_system_disk_size", this.workerSystemDiskSize);
        text.add("container_cidr", this.containerCidr);
        text.add("cloud_monitor_flags", this.cloudMonitorFlags);
        text.add("endpoint_public_access", this.endpointPublicAccess);
        text.add("service_cidr", this.serviceCidr);
        text.add("addons", this.addons);
        text.add("tags", this.tags);
        text.add("vpcid", this.vpcid);
        text.add("worker_data_disks", this.workerDataDisks);
        text.add("deletion_protection", this.deletionProtection);
        text.add("node_cidr_mask", this.nodeCidrMask);
        text.add("worker_instance_types", this.workerInstanceTypes);
        text.add("worker_instance_charge_type", this.workerInstanceChargeType);
        text.add("security_group_id", this.securityGroupId);
        text.add("is_enterprise_security_group", this.isEnterpriseSecurityGroup);
        text.add("rds_instances", this.rdsInstances);
        text.add("cluster_spec", this.clusterSpec);
        text.add("resource_group_id", this.resourceGroupId);
        text.addUnknown(this.additionalProperties);
        return text.toString();
    }

    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWriting.stringMember(generator, NAME, this.name);
        JsonWriting.enumMember(generator, CLUSTER_TYPE, this.clusterType);
        JsonWriting.booleanMember(generator, DISABLE_ROLLBACK, this.disableRollback);
        JsonWriting.longMember(generator, TIMEOUT_MINS, this.timeoutMins);
        JsonWriting.stringMember(generator, KUBERNETES_VERSION, this.kubernetesVersion);
        JsonWriting.objectMember(generator, RUNTIME, this.runtime);
        JsonWriting.stringMember(generator, REGION_ID, this.regionId);
        JsonWriting.stringMember(generator, KEY_PAIR, this.keyPair);
        JsonWriting.stringMember(generator, LOGIN_PASSWORD, this.loginPassword);
        JsonWriting.longMember(generator, NUM_OF_NODES, this.numOfNodes);
        JsonWriting.enumMember(generator, PROFILE, this.profile);
        JsonWriting.enumMember(generator, LOGGING_TYPE, this.loggingType);
        JsonWriting.booleanMember(generator, SNAT_ENTRY, this.snatEntry);
        if (this.vswitchIds != null) {
            generator.writeFieldName(VSWITCH_IDS);
            generator.writeStartArray();
            for (int i = 0; i < this.vswitchIds.size(); i++) {
                String item = this.vswitchIds.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(item);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.enumMember(generator, WORKER_SYSTEM_DISK_CATEGORY,
                this.workerSystemDiskCategory);
        JsonWriting.longMember(generator, WORKER_SYSTEM_DISK_SIZE, this.workerSystemDiskSize);
        JsonWriting.stringMember(generator, CONTAINER_CIDR, this.containerCidr);
        JsonWriting.booleanMember(generator, CLOUD_MONITOR_FLAGS, this.cloudMonitorFlags);
        JsonWriting.booleanMember(generator, ENDPOINT_PUBLIC_ACCESS, this.endpointPublicAccess);
        JsonWriting.stringMember(generator, SERVICE_CIDR, this.serviceCidr);
        if (this.addons != null) {
            generator.writeFieldName(ADDONS);
            generator.writeStartArray();
            for (int i = 0; i < this.addons.size(); i++) {
                Addon item = this.addons.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    item.writeJson(generator);
                }
            }
            generator.writeEndArray();
        }
        if (this.tags != null) {
            generator.writeFieldName(TAGS);
            generator.writeStartArray();
            for (int i = 0; i < this.tags.size(); i++) {
                Tag item = this.tags.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    item.writeJson(generator);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.stringMember(generator, VPCID, this.vpcid);
        if (this.workerDataDisks != null) {
            generator.writeFieldName(WORKER_DATA_DISKS);
            generator.writeStartArray();
            for (int i = 0; i < this.workerDataDisks.size(); i++) {
                DataDisk item = this.workerDataDisks.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    item.writeJson(generator);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.booleanMember(generator, DELETION_PROTECTION, this.deletionProtection);
        JsonWriting.stringMember(generator, NODE_CIDR_MASK, this.nodeCidrMask);
        if (this.workerInstanceTypes != null) {
            generator.writeFieldName(WORKER_INSTANCE_TYPES);
            generator.writeStartArray();
            for (int i = 0; i < this.workerInstanceTypes.size(); i++) {
                String item = this.workerInstanceTypes.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(item);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.enumMember(generator, WORKER_INSTANCE_CHARGE_TYPE,
                this.workerInstanceChargeType);
        JsonWriting.stringMember(generator, SECURITY_GROUP_ID, this.securityGroupId);
        JsonWriting.booleanMember(generator, IS_ENTERPRISE_SECURITY_GROUP,
                this.isEnterpriseSecurityGroup);
        if (this.rdsInstances != null) {
            generator.writeFieldName(RDS_INSTANCES);
            generator.writeStartArray();
            for (int i = 0; i < this.rdsInstances.size(); i++) {
                String item = this.rdsInstances.get(i);
                if (item == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(item);
                }
            }
            generator.writeEndArray();
        }
        JsonWriting.enumMember(generator, CLUSTER_SPEC, this.clusterSpec);
        JsonWriting.stringMember(generator, RESOURCE_GROUP_ID, this.resourceGroupId);
        JsonWriting.unknownMembers(generator, this.additionalProperties);
        generator.writeEndObject();
    }

    /**
     * Reads the object the parser stands on. Members the model does not know are kept.
     *
     * @param parser a parser on the object's first token
     * @return the object; null for a JSON null
     * @throws IOException if the JSON does not fit the model, naming where
     */
    public static CreateClusterRequest readJson(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonReading.expectObject(parser);
        Builder builder = new Builder();
        String member;
        while ((member = parser.nextFieldName()) != null) {
            parser.nextToken();
            try {
                switch (member) {
                    case "name":
                        builder.name = JsonReading.readString(parser);
                        break;
                    case "cluster_type":
                        builder.clusterType = JsonReading.readEnum(parser, ClusterType::valueOf);
                        break;
                    case "disable_rollback":
                        builder.disableRollback = JsonReading.readBoolean(parser);
                        break;
                    case "timeout_mins":
                        builder.timeoutMins = JsonReading.readLong(parser);
                        break;
                    case "kubernetes_version":
                        builder.kubernetesVersion = JsonReading.readString(parser);
                        break;
                    case "runtime":
                        builder.runtime = RuntimeModel.readJson(parser);
                        break;
                    case "region_id":
                        builder.regionId = JsonReading.readString(parser);
                        break;
                    case "key_pair":
                        builder.keyPair = JsonReading.readString(parser);
                        break;
                    case "login_password":
                        builder.loginPassword = JsonReading.readString(parser);
                        break;
                    case "num_of_nodes":
                        builder.numOfNodes = JsonReading.readLong(parser);
                        break;
                    case "profile":
                        builder.profile = JsonReading.readEnum(parser, Profile::valueOf);
                        break;
                    case "logging_type":
                        builder.loggingType = JsonReading.readEnum(parser, LoggingType::valueOf);
                        break;
                    case "snat_entry":
                        builder.snatEntry = JsonReading.readBoolean(parser);
                        break;
                    case "vswitch_ids":
                        builder.vswitchIds = JsonReading.readList(parser, JsonReading::readString);
                        break;
                    case "worker_system_disk_category":
                        builder.workerSystemDiskCategory = JsonReading.readEnum(parser,
                                WorkerSystemDiskCategory::valueOf);
                        break;
                    case "worker_system_disk_size":
                        builder.workerSystemDiskSize = JsonReading.readLong(parser);
                        break;
                    case "container_cidr":
                        builder.containerCidr = JsonReading.readString(parser);
                        break;
                    case "cloud_monitor_flags":
                        builder.cloudMonitorFlags = JsonReading.readBoolean(parser);
                        break;
                    case "endpoint_public_access":
                        builder.endpointPublicAccess = JsonReading.readBoolean(parser);
                        break;
                    case "service_cidr":
                        builder.serviceCidr = JsonReading.readString(parser);
                        break;
                    case "addons":
                        builder.addons = JsonReading.readList(parser, Addon::readJson);
                        break;
                    case "tags":
                        builder.tags = JsonReading.readList(parser, Tag::readJson);
                        break;
                    case "vpcid":
                        builder.vpcid = JsonReading.readString(parser);
                        break;
                    case "worker_data_disks":
                        builder.workerDataDisks = JsonReading.readList(parser, DataDisk::readJson);
                        break;
                    case "deletion_protection":
                        builder.deletionProtection = JsonReading.readBoolean(parser);
                        break;
                    case "node_cidr_mask":
                        builder.nodeCidrMask = JsonReading.readString(parser);
                        break;
                    case "worker_instance_types":
                        builder.workerInstanceTypes = JsonReading.readList(parser,
                                JsonReading::readString);
                        break;
                    case "worker_instance_charge_type":
                        builder.workerInstanceChargeType = JsonReading.readEnum(parser,
                                WorkerInstanceChargeType::valueOf);
                        break;
                    case "security_group_id":
                        builder.securityGroupId = JsonReading.readString(parser);
                        break;
                    case "is_enterprise_security_group":
                        builder.isEnterpriseSecurityGroup = JsonReading.readBoolean(parser);
                        break;
                    case "rds_instances":
                        builder.rdsInstances = JsonReading.readList(parser,
                                JsonReading::readString);
                        break;
                    case "cluster_spec":
                        builder.clusterSpec = JsonReading.readEnum(parser, ClusterSpec::valueOf);
                        break;
                    case "resource_group_id":
                        builder.resourceGroupId = JsonReading.readString(parser);
                        break;
                    default:
                        builder.additionalProperties.put(member, JsonReading.readTree(parser));
                }
            } catch (JsonReadException e) {
                throw e.under(member);
            }
        }
        return builder.build();
    }

    /**
     * Builds a {@link CreateClusterRequest}. Not thread-safe; {@link #build()} may be called more
     * than once.
     */
    public static final class Builder {
        private String name;

        private ClusterType clusterType;

        private Boolean disableRollback;

        private Long timeoutMins;

        private String kubernetesVersion;

        private RuntimeModel runtime;

        private String regionId;

        private String keyPair;

        private String loginPassword;

        private Long numOfNodes;

        private Profile profile;

        private LoggingType loggingType;

        private Boolean snatEntry;

        private List<String> vswitchIds;

        private WorkerSystemDiskCategory workerSystemDiskCategory;

        private Long workerSystemDiskSize;

        private String containerCidr;

        private Boolean cloudMonitorFlags;

        private Boolean endpointPublicAccess;

        private String serviceCidr;

        private List<Addon> addons;

        private List<Tag> tags;

        private String vpcid;

        private List<DataDisk> workerDataDisks;

        private Boolean deletionProtection;

        private String nodeCidrMask;

        private List<String> workerInstanceTypes;

        private WorkerInstanceChargeType workerInstanceChargeType;

        private String securityGroupId;

        private Boolean isEnterpriseSecurityGroup;

        private List<String> rdsInstances;

        private ClusterSpec clusterSpec;

        private String resourceGroupId;

        private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CreateClusterRequest source) {
            this.name = source.name;
            this.clusterType = source.clusterType;
            this.disableRollback = source.disableRollback;
            this.timeoutMins = source.timeoutMins;
            this.kubernetesVersion = source.kubernetesVersion;
            this.runtime = source.runtime;
            this.regionId = source.regionId;
            this.keyPair = source.keyPair;
            this.loginPassword = source.loginPassword;
            this.numOfNodes = source.numOfNodes;
            this.profile = source.profile;
            this.loggingType = source.loggingType;
            this.snatEntry = source.snatEntry;
            this.vswitchIds = source.vswitchIds;
            this.workerSystemDiskCategory = source.workerSystemDiskCategory;
            this.workerSystemDiskSize = source.workerSystemDiskSize;
            this.containerCidr = source.containerCidr;
            this.cloudMonitorFlags = source.cloudMonitorFlags;
            this.endpointPublicAccess = source.endpointPublicAccess;
            this.serviceCidr = source.serviceCidr;
            this.addons = source.addons;
            this.tags = source.tags;
            this.vpcid = source.vpcid;
            this.workerDataDisks = source.workerDataDisks;
            this.deletionProtection = source.deletionProtection;
            this.nodeCidrMask = source.nodeCidrMask;
            this.workerInstanceTypes = source.workerInstanceTypes;
            this.workerInstanceChargeType = source.workerInstanceChargeType;
            this.securityGroupId = source.securityGroupId;
            this.isEnterpriseSecurityGroup = source.isEnterpriseSecurityGroup;
            this.rdsInstances = source.rdsInstances;
            this.clusterSpec = source.clusterSpec;
            this.resourceGroupId = source.resourceGroupId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * The name of the cluster. The name must be 1 to 63 characters in length and can contain
         * digits, letters, and hyphens (-). The name cannot start with a hyphen (-).
         *
         * <p>JSON member {@code name}, required.
         * <p>Example: {@code demo-edge-cluster}.
         *
         * @param name the name of the cluster
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The type of the cluster. Set this parameter to ManagedKubernetes to create an ACK Edge
         * cluster.
         *
         * <p>JSON member {@code cluster_type}, required.
         * <p>Example: {@code ManagedKubernetes}.
         *
         * @param clusterType the type of the cluster
         * @return this builder
         */
        public Builder clusterType(ClusterType clusterType) {
            this.clusterType = clusterType;
            return this;
        }

        /**
         * Deprecated. Specifies whether to perform a rollback when the cluster fails to be created.
         * Valid values: true (performs a rollback) and false (does not perform a rollback). Default
         * value: false.
         *
         * <p>JSON member {@code disable_rollback}, optional; null when absent (the server's
         * default: {@code false}).
         * <p>Example: {@code true}.
         * @deprecated the spec marks {@code disable_rollback} deprecated
         * @param disableRollback whether to perform a rollback when the cluster fails to be created
         * @return this builder
         */
        @Deprecated
        public Builder disableRollback(Boolean disableRollback) {
            this.disableRollback = disableRollback;
            return this;
        }

        /**
         * Deprecated. The timeout period for resource creation. Unit: minutes. Default value: 60.
         *
         * <p>JSON member {@code timeout_mins}, optional; null when absent (the server's default:
         * {@code 60}).
         * <p>Example: {@code 60}.
         * @deprecated the spec marks {@code timeout_mins} deprecated
         * @param timeoutMins the timeout period for resource creation
         * @return this builder
         */
        @Deprecated
        public Builder timeoutMins(Long timeoutMins) {
            this.timeoutMins = timeoutMins;
            return this;
        }

        /**
         * The Kubernetes version of the cluster. The Kubernetes versions supported by ACK are the
         * same as those supported by open-source Kubernetes. If this parameter is not set, the
         * latest Kubernetes version is used. You can create clusters of the latest three Kubernetes
         * versions in the ACK console, or create clusters of earlier versions by calling API
         * operations. For more information, see Support for Kubernetes versions.
         *
         * <p>JSON member {@code kubernetes_version}, optional; null when absent.
         * <p>Example: {@code 1.30.1-aliyun.1}.
         *
         * @param kubernetesVersion the Kubernetes version of the cluster
         * @return this builder
         */
        public Builder kubernetesVersion(String kubernetesVersion) {
            this.kubernetesVersion = kubernetesVersion;
            return this;
        }

        /**
         * The container runtime. Supported runtimes are containerd and docker. This parameter
         * includes: name (the name of the container runtime) and version (the version of the
         * container runtime).
         *
         * <p>JSON member {@code runtime}, optional; null when absent.
         * <p>Example: {@code {"name":"containerd","version":"1.6.20"}}.
         *
         * @param runtime the container runtime
         * @return this builder
         */
        public Builder runtime(RuntimeModel runtime) {
            this.runtime = runtime;
            return this;
        }

        /**
         * The region ID of the cluster.
         *
         * <p>JSON member {@code region_id}, required.
         * <p>Example: {@code cn-beijing}.
         *
         * @param regionId the region ID of the cluster
         * @return this builder
         */
        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        /**
         * Deprecated. The name of the key pair. Set this parameter or login_password.
         *
         * <p>JSON member {@code key_pair}, optional; null when absent.
         * <p>Example: {@code demo-key}.
         * @deprecated the spec marks {@code key_pair} deprecated
         * @param keyPair the name of the key pair
         * @return this builder
         */
        @Deprecated
        public Builder keyPair(String keyPair) {
            this.keyPair = keyPair;
            return this;
        }

        /**
         * Deprecated. The password for SSH logon. Set this parameter or key_pair. The password must
         * be 8 to 30 characters in length and must contain at least three of the following
         * character types: uppercase letters, lowercase letters, digits, and special characters.
         *
         * <p>JSON member {@code login_password}, optional; null when absent. A secret: never shown
         * by {@code toString}.
         * @deprecated the spec marks {@code login_password} deprecated
         * @param loginPassword the password for SSH logon
         * @return this builder
         */
        @Deprecated
        public Builder loginPassword(String loginPassword) {
            this.loginPassword = loginPassword;
            return this;
        }

        /**
         * Deprecated. The number of worker nodes. Valid values: 0 to 100.
         *
         * <p>JSON member {@code num_of_nodes}, optional; null when absent.
         * <p>Example: {@code 1}.
         * @deprecated the spec marks {@code num_of_nodes} deprecated
         * @param numOfNodes the number of worker nodes
         * @return this builder
         */
        @Deprecated
        public Builder numOfNodes(Long numOfNodes) {
            this.numOfNodes = numOfNodes;
            return this;
        }

        /**
         * Identifies the cluster as an ACK Edge cluster. Default value: Edge.
         *
         * <p>JSON member {@code profile}, optional; null when absent (the server's default:
         * {@code "Edge"}).
         * <p>Example: {@code Edge}.
         *
         * @param profile identifies the cluster as an ACK Edge cluster
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /**
         * Specifies whether to enable Simple Log Service for the cluster. Set this parameter to SLS
         * to enable Simple Log Service. This parameter takes effect only for ACK Serverless
         * clusters.
         *
         * <p>JSON member {@code logging_type}, optional; null when absent.
         * <p>Example: {@code SLS}.
         *
         * @param loggingType whether to enable Simple Log Service for the cluster
         * @return this builder
         */
        public Builder loggingType(LoggingType loggingType) {
            this.loggingType = loggingType;
            return this;
        }

        /**
         * Specifies whether to configure SNAT rules for the virtual private cloud (VPC) in which
         * the cluster is deployed. If the VPC can access the Internet, set this parameter to false.
         * If the VPC does not provide Internet access, valid values are: true (configures SNAT
         * rules to enable Internet access from the VPC) and false (does not configure SNAT rules,
         * leaving the cluster without Internet access). If applications in the cluster need
         * Internet access, set this parameter to true. Default value: false.
         *
         * <p>JSON member {@code snat_entry}, optional; null when absent (the server's default:
         * {@code false}).
         * <p>Example: {@code true}.
         *
         * @param snatEntry whether to configure SNAT rules for the virtual private cloud (VPC) in
         *     which the cluster is deployed
         * @return this builder
         */
        public Builder snatEntry(Boolean snatEntry) {
            this.snatEntry = snatEntry;
            return this;
        }

        /**
         * The IDs of vSwitches. Specify one to three vSwitches.
         *
         * <p>JSON member {@code vswitch_ids}, optional; read as empty when absent
         * ({@code hasVswitchIds()} tells absent from empty).
         * <p>Example: {@code ["vsw-2ze48rkq464rsdts1****"]}.
         *
         * @param vswitchIds the IDs of vSwitches
         * @return this builder
         */
        public Builder vswitchIds(List<String> vswitchIds) {
            this.vswitchIds = vswitchIds;
            return this;
        }

        /**
         * Sets {@code vswitch_ids} to these items.
         *
         * @see #vswitchIds(List<String>)
         * @param vswitchIds the items
         * @return this builder
         */
        public Builder vswitchIds(String... vswitchIds) {
            this.vswitchIds = List.of(vswitchIds);
            return this;
        }

        /**
         * Deprecated. The system disk type for worker nodes. Valid values: cloud_efficiency (ultra
         * disk) and cloud_ssd (standard SSD). Default value: cloud_ssd.
         *
         * <p>JSON member {@code worker_system_disk_category}, optional; null when absent (the
         * server's default: {@code "cloud_ssd"}).
         * <p>Example: {@code cloud_efficiency}.
         * @deprecated the spec marks {@code worker_system_disk_category} deprecated
         * @param workerSystemDiskCategory the system disk type for worker nodes
         * @return this builder
         */
        @Deprecated
        public Builder workerSystemDiskCategory(WorkerSystemDiskCategory workerSystemDiskCategory) {
            this.workerSystemDiskCategory = workerSystemDiskCategory;
            return this;
        }

        /**
         * Deprecated. The size of the system disk for worker nodes. Unit: GiB. Valid values: 40 to
         * 500. The value must be at least 40 and no less than the image size. Default value: 120.
         *
         * <p>JSON member {@code worker_system_disk_size}, optional; null when absent (the server's
         * default: {@code 120}).
         * <p>Example: {@code 100}.
         * @deprecated the spec marks {@code worker_system_disk_size} deprecated
         * @param workerSystemDiskSize the size of the system disk for worker nodes
         * @return this builder
         */
        @Deprecated
        public Builder workerSystemDiskSize(Long workerSystemDiskSize) {
            this.workerSystemDiskSize = workerSystemDiskSize;
            return this;
        }

        /**
         * The CIDR block of pods. This CIDR block cannot overlap with the CIDR block of the VPC.
         * If the VPC is automatically created by the system, the default pod CIDR block is
         * 172.16.0.0/16.
         * <p>Important: This parameter is required if the cluster uses Flannel as the network
         * plug-in, and optional if the cluster uses Terway.</p>
         *
         * <p>JSON member {@code container_cidr}, optional; null when absent.
         * <p>Example: {@code 172.20.0.0/16}.
         *
         * @param containerCidr the CIDR block of pods
         * @return this builder
         */
        public Builder containerCidr(String containerCidr) {
            this.containerCidr = containerCidr;
            return this;
        }

        /**
         * Deprecated. Specifies whether to install the CloudMonitor agent. Valid values: true
         * (installs the agent) and false (does not install the agent). Default value: false.
         *
         * <p>JSON member {@code cloud_monitor_flags}, optional; null when absent (the server's
         * default: {@code false}).
         * <p>Example: {@code true}.
         * @deprecated the spec marks {@code cloud_monitor_flags} deprecated
         * @param cloudMonitorFlags whether to install the CloudMonitor agent
         * @return this builder
         */
        @Deprecated
        public Builder cloudMonitorFlags(Boolean cloudMonitorFlags) {
            this.cloudMonitorFlags = cloudMonitorFlags;
            return this;
        }

        /**
         * Specifies whether to enable Internet access for the API server. Valid values: true
         * (enables Internet access) and false (disables Internet access; the API server is
         * accessible only within the internal network). Default value: true.
         * <p>Important: In ACK Edge clusters, edge nodes communicate with the control plane over
         * the Internet. Enable Internet access for the API server when creating an ACK Edge
         * cluster.</p>
         *
         * <p>JSON member {@code endpoint_public_access}, optional; null when absent (the server's
         * default: {@code true}).
         * <p>Example: {@code true}.
         *
         * @param endpointPublicAccess whether to enable Internet access for the API server
         * @return this builder
         */
        public Builder endpointPublicAccess(Boolean endpointPublicAccess) {
            this.endpointPublicAccess = endpointPublicAccess;
            return this;
        }

        /**
         * The CIDR block of Services. This CIDR block cannot overlap with the pod CIDR block or the
         * VPC CIDR block. If the VPC is automatically created by the system, the default Service
         * CIDR block is 172.19.0.0/20.
         *
         * <p>JSON member {@code service_cidr}, optional; null when absent.
         * <p>Example: {@code 172.21.0.0/20}.
         *
         * @param serviceCidr the CIDR block of Services
         * @return this builder
         */
        public Builder serviceCidr(String serviceCidr) {
            this.serviceCidr = serviceCidr;
            return this;
        }

        /**
         * The components to install in the cluster. Parameters: name (required; the component
         * name), config (optional; leave blank if no configuration is needed), and disabled
         * (optional; specifies whether to disable automatic installation).
         * <ul>
         * <li>Network plug-in (required): Flannel or Terway. Specify Flannel as
         * {@code [{"name":"flannel","config":""}]}. Specify Terway as
         * {@code [{"name":"terway-eniip","config":""}]}.</li>
         * <li>Volume plug-in (optional): Container Storage Interface (CSI). Specify CSI as
         * {@code [{"name":"csi-plugin","config":""},{"name":"csi-provisioner","config":""}]}.</li>
         * <li>Log Service component (optional): If Simple Log Service is disabled, the cluster
         * auditing feature is unavailable. To use an existing project:
         * {@code [{"name":"logtail-ds","config":"{\"IngressDashboardEnabled\":\"true\",\"sls_project_name\":\"your_sls_project_name\"}"}]}.
         * To create a new project:
         * {@code [{"name":"logtail-ds","config":"{\"IngressDashboardEnabled\":\"true\"}"}]}.</li>
         * <li>Ingress controller (optional): By default, nginx-ingress-controller is installed in
         * ACK dedicated clusters. To install nginx-ingress-controller with Internet access:
         * {@code [{"name":"nginx-ingress-controller","config":"{\"IngressSlbNetworkType\":\"internet\"}"}]}.
         * To skip installation:
         * {@code [{"name":"nginx-ingress-controller","config":"","disabled":true}]}.</li>
         * <li>Event center (optional): Enabled by default. To enable the event center:
         * {@code [{"name":"ack-node-problem-detector","config":"{\"sls_project_name\":\"your_sls_project_name\"}"}]}.
         * For more information, see Create and use an event center.</li>
         * </ul>
         *
         * <p>JSON member {@code addons}, optional; read as empty when absent ({@code hasAddons()}
         * tells absent from empty).
         * <p>Example:
         * {@code [{"name":"flannel","config":""},{"name":"logtail-ds-docker","config":""},{"name":"alibaba-log-controller","config":"{\"IngressDashboardEnabled\":\"false\"}"}]}.
         *
         * @param addons the components to install in the cluster
         * @return this builder
         */
        public Builder addons(List<Addon> addons) {
            this.addons = addons;
            return this;
        }

        /**
         * Sets {@code addons} to these items.
         *
         * @see #addons(List<Addon>)
         * @param addons the items
         * @return this builder
         */
        public Builder addons(Addon... addons) {
            this.addons = List.of(addons);
            return this;
        }

        /**
         * The labels to add to the cluster. key: the label key. value: the label value.
         *
         * <p>JSON member {@code tags}, optional; read as empty when absent ({@code hasTags()} tells
         * absent from empty).
         * <p>Example: {@code [{"key":"env","value":"prod"}]}.
         *
         * @param tags the labels to add to the cluster
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets {@code tags} to these items.
         *
         * @see #tags(List<Tag>)
         * @param tags the items
         * @return this builder
         */
        public Builder tags(Tag... tags) {
            this.tags = List.of(tags);
            return this;
        }

        /**
         * The ID of the VPC in which to deploy the cluster. A VPC is required when creating a
         * cluster.
         * <p>Note: Leave both vpcid and vswitch_ids blank, or make sure the vSwitches specified by
         * vswitch_ids belong to the VPC specified by vpcid.</p>
         *
         * <p>JSON member {@code vpcid}, optional; null when absent.
         * <p>Example: {@code vpc-2zeik9h3ahvv2zz95****}.
         *
         * @param vpcid the ID of the VPC in which to deploy the cluster
         * @return this builder
         */
        public Builder vpcid(String vpcid) {
            this.vpcid = vpcid;
            return this;
        }

        /**
         * Deprecated. The data disk configuration for worker nodes, including disk type and size.
         *
         * <p>JSON member {@code worker_data_disks}, optional; read as empty when absent
         * ({@code hasWorkerDataDisks()} tells absent from empty).
         * <p>Example:
         * {@code [{"category":"cloud_efficiency","size":40,"encrypted":"false","auto_snapshot_policy_id":""}]}.
         * @deprecated the spec marks {@code worker_data_disks} deprecated
         * @param workerDataDisks the data disk configuration for worker nodes, including disk type
         *     and size
         * @return this builder
         */
        @Deprecated
        public Builder workerDataDisks(List<DataDisk> workerDataDisks) {
            this.workerDataDisks = workerDataDisks;
            return this;
        }

        /**
         * Sets {@code worker_data_disks} to these items.
         *
         * @see #workerDataDisks(List<DataDisk>)
         * @deprecated the spec marks {@code worker_data_disks} deprecated
         * @param workerDataDisks the items
         * @return this builder
         */
        @Deprecated
        public Builder workerDataDisks(DataDisk... workerDataDisks) {
            this.workerDataDisks = List.of(workerDataDisks);
            return this;
        }

        /**
         * Specifies whether to enable deletion protection for the cluster. When enabled, the
         * cluster cannot be deleted from the ACK console or by calling API operations. Valid
         * values: true (enables deletion protection) and false (disables deletion protection).
         * Default value: false.
         *
         * <p>JSON member {@code deletion_protection}, optional; null when absent (the server's
         * default: {@code false}).
         * <p>Example: {@code true}.
         *
         * @param deletionProtection whether to enable deletion protection for the cluster
         * @return this builder
         */
        public Builder deletionProtection(Boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return this;
        }

        /**
         * The maximum number of IP addresses assignable to each node, determined by the pod CIDR
         * block. This parameter takes effect only when the cluster uses the Flannel plug-in.
         * Default value: 25.
         *
         * <p>JSON member {@code node_cidr_mask}, optional; null when absent (the server's default:
         * {@code "25"}).
         * <p>Example: {@code 25}.
         *
         * @param nodeCidrMask the maximum number of IP addresses assignable to each node,
         *     determined by the pod CIDR block
         * @return this builder
         */
        public Builder nodeCidrMask(String nodeCidrMask) {
            this.nodeCidrMask = nodeCidrMask;
            return this;
        }

        /**
         * Deprecated. The Elastic Compute Service (ECS) instance types for worker nodes. Specify at
         * least one instance type. The types are listed in descending priority order; if the system
         * cannot create nodes with the highest-priority type, it attempts the next type. For more
         * information, see Overview of instance families.
         *
         * <p>JSON member {@code worker_instance_types}, optional; read as empty when absent
         * ({@code hasWorkerInstanceTypes()} tells absent from empty).
         * <p>Example: {@code ["ecs.n4.large"]}.
         * @deprecated the spec marks {@code worker_instance_types} deprecated
         * @param workerInstanceTypes the Elastic Compute Service (ECS) instance types for worker
         *     nodes
         * @return this builder
         */
        @Deprecated
        public Builder workerInstanceTypes(List<String> workerInstanceTypes) {
            this.workerInstanceTypes = workerInstanceTypes;
            return this;
        }

        /**
         * Sets {@code worker_instance_types} to these items.
         *
         * @see #workerInstanceTypes(List<String>)
         * @deprecated the spec marks {@code worker_instance_types} deprecated
         * @param workerInstanceTypes the items
         * @return this builder
         */
        @Deprecated
        public Builder workerInstanceTypes(String... workerInstanceTypes) {
            this.workerInstanceTypes = List.of(workerInstanceTypes);
            return this;
        }

        /**
         * Deprecated. The billing method of worker nodes. Valid values: PrePaid (subscription) and
         * PostPaid (pay-as-you-go). Default value: PostPaid.
         *
         * <p>JSON member {@code worker_instance_charge_type}, optional; null when absent (the
         * server's default: {@code "PostPaid"}).
         * <p>Example: {@code PrePaid}.
         * @deprecated the spec marks {@code worker_instance_charge_type} deprecated
         * @param workerInstanceChargeType the billing method of worker nodes
         * @return this builder
         */
        @Deprecated
        public Builder workerInstanceChargeType(WorkerInstanceChargeType workerInstanceChargeType) {
            this.workerInstanceChargeType = workerInstanceChargeType;
            return this;
        }

        /**
         * The ID of an existing security group for the cluster. Set this parameter or
         * is_enterprise_security_group. Nodes in the cluster are automatically added to the
         * specified security group.
         *
         * <p>JSON member {@code security_group_id}, optional; null when absent.
         * <p>Example: {@code sg-bp1bdue0qc1g7k****}.
         *
         * @param securityGroupId the ID of an existing security group for the cluster
         * @return this builder
         */
        public Builder securityGroupId(String securityGroupId) {
            this.securityGroupId = securityGroupId;
            return this;
        }

        /**
         * Specifies whether to create an advanced security group. This parameter takes effect
         * only when security_group_id is not set. Valid values: true (creates an advanced
         * security group) and false (does not create one). Default value: true.
         * <p>Note: To use a basic security group, make sure the total number of nodes and Terway
         * pods does not exceed 2,000. For clusters using the Terway network plug-in, use an
         * advanced security group.</p>
         *
         * <p>JSON member {@code is_enterprise_security_group}, optional; null when absent (the
         * server's default: {@code true}).
         * <p>Example: {@code true}.
         *
         * @param isEnterpriseSecurityGroup whether to create an advanced security group
         * @return this builder
         */
        public Builder isEnterpriseSecurityGroup(Boolean isEnterpriseSecurityGroup) {
            this.isEnterpriseSecurityGroup = isEnterpriseSecurityGroup;
            return this;
        }

        /**
         * Deprecated. The names of the ApsaraDB RDS instances.
         *
         * <p>JSON member {@code rds_instances}, optional; read as empty when absent
         * ({@code hasRdsInstances()} tells absent from empty).
         * <p>Example: {@code ["rm-2zev748xi27xc****"]}.
         * @deprecated the spec marks {@code rds_instances} deprecated
         * @param rdsInstances the names of the ApsaraDB RDS instances
         * @return this builder
         */
        @Deprecated
        public Builder rdsInstances(List<String> rdsInstances) {
            this.rdsInstances = rdsInstances;
            return this;
        }

        /**
         * Sets {@code rds_instances} to these items.
         *
         * @see #rdsInstances(List<String>)
         * @deprecated the spec marks {@code rds_instances} deprecated
         * @param rdsInstances the items
         * @return this builder
         */
        @Deprecated
        public Builder rdsInstances(String... rdsInstances) {
            this.rdsInstances = List.of(rdsInstances);
            return this;
        }

        /**
         * The type of ACK managed cluster. Valid values: ack.pro.small (ACK Edge Pro cluster) and
         * ack.standard (ACK Edge Basic cluster). Default value: ack.standard. If this parameter is
         * not set, an ACK Edge Basic cluster is created. For more information, see the introduction
         * to ACK Edge Pro clusters.
         *
         * <p>JSON member {@code cluster_spec}, optional; null when absent (the server's default:
         * {@code "ack.standard"}).
         * <p>Example: {@code ack.pro.small}.
         *
         * @param clusterSpec the type of ACK managed cluster
         * @return this builder
         */
        public Builder clusterSpec(ClusterSpec clusterSpec) {
            this.clusterSpec = clusterSpec;
            return this;
        }

        /**
         * The ID of the resource group to which the cluster belongs. Use this parameter to isolate
         * clusters across different resource groups.
         *
         * <p>JSON member {@code resource_group_id}, optional; null when absent.
         * <p>Example: {@code rg-acfm3mkrure****}.
         *
         * @param resourceGroupId the ID of the resource group to which the cluster belongs
         * @return this builder
         */
        public Builder resourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return this;
        }

        /**
         * Sets a member the model does not know; it is written as it is.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder additionalProperty(String name, JsonNode value) {
            this.additionalProperties.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /** {@return an immutable CreateClusterRequest with the values set so far} */
        public CreateClusterRequest build() {
            return new CreateClusterRequest(this);
        }
    }

    /**
     * The type of the cluster. Set this parameter to ManagedKubernetes to create an ACK Edge
     * cluster.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class ClusterType {
        /** {@code ManagedKubernetes}. */
        public static final ClusterType MANAGED_KUBERNETES = new ClusterType(
                Value.MANAGED_KUBERNETES, "ManagedKubernetes");

        private static final List<ClusterType> VALUES = List.of(MANAGED_KUBERNETES);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private ClusterType(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static ClusterType valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "ManagedKubernetes":
                    return MANAGED_KUBERNETES;
                default:
                    return new ClusterType(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<ClusterType> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof ClusterType that
                    && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of ClusterType, for {@code switch}. */
        public enum Value {
            /** {@code ManagedKubernetes}. */
            MANAGED_KUBERNETES,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }

    /**
     * Identifies the cluster as an ACK Edge cluster. Default value: Edge.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class Profile {
        /** {@code Edge}. */
        public static final Profile EDGE = new Profile(Value.EDGE, "Edge");

        private static final List<Profile> VALUES = List.of(EDGE);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private Profile(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static Profile valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "Edge":
                    return EDGE;
                default:
                    return new Profile(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<Profile> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof Profile that && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of Profile, for {@code switch}. */
        public enum Value {
            /** {@code Edge}. */
            EDGE,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }

    /**
     * Specifies whether to enable Simple Log Service for the cluster. Set this parameter to SLS to
     * enable Simple Log Service. This parameter takes effect only for ACK Serverless clusters.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class LoggingType {
        /** {@code SLS}. */
        public static final LoggingType SLS = new LoggingType(Value.SLS, "SLS");

        private static final List<LoggingType> VALUES = List.of(SLS);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private LoggingType(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static LoggingType valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "SLS":
                    return SLS;
                default:
                    return new LoggingType(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<LoggingType> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof LoggingType that
                    && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of LoggingType, for {@code switch}. */
        public enum Value {
            /** {@code SLS}. */
            SLS,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }

    /**
     * Deprecated. The system disk type for worker nodes. Valid values: cloud_efficiency (ultra
     * disk) and cloud_ssd (standard SSD). Default value: cloud_ssd.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     *
     * @deprecated the spec marks this type deprecated
     */
    @Deprecated
    public static final class WorkerSystemDiskCategory {
        /** {@code cloud_efficiency}. */
        public static final WorkerSystemDiskCategory CLOUD_EFFICIENCY = new WorkerSystemDiskCategory(
                Value.CLOUD_EFFICIENCY, "cloud_efficiency");

        /** {@code cloud_ssd}. */
        public static final WorkerSystemDiskCategory CLOUD_SSD = new WorkerSystemDiskCategory(
                Value.CLOUD_SSD, "cloud_ssd");

        private static final List<WorkerSystemDiskCategory> VALUES = List.of(CLOUD_EFFICIENCY,
                CLOUD_SSD);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private WorkerSystemDiskCategory(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static WorkerSystemDiskCategory valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "cloud_efficiency":
                    return CLOUD_EFFICIENCY;
                case "cloud_ssd":
                    return CLOUD_SSD;
                default:
                    return new WorkerSystemDiskCategory(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<WorkerSystemDiskCategory> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof WorkerSystemDiskCategory that
                    && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of WorkerSystemDiskCategory, for {@code switch}. */
        public enum Value {
            /** {@code cloud_efficiency}. */
            CLOUD_EFFICIENCY,

            /** {@code cloud_ssd}. */
            CLOUD_SSD,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }

    /**
     * Deprecated. The billing method of worker nodes. Valid values: PrePaid (subscription) and
     * PostPaid (pay-as-you-go). Default value: PostPaid.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     *
     * @deprecated the spec marks this type deprecated
     */
    @Deprecated
    public static final class WorkerInstanceChargeType {
        /** {@code PrePaid}. */
        public static final WorkerInstanceChargeType PRE_PAID = new WorkerInstanceChargeType(
                Value.PRE_PAID, "PrePaid");

        /** {@code PostPaid}. */
        public static final WorkerInstanceChargeType POST_PAID = new WorkerInstanceChargeType(
                Value.POST_PAID, "PostPaid");

        private static final List<WorkerInstanceChargeType> VALUES = List.of(PRE_PAID, POST_PAID);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private WorkerInstanceChargeType(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static WorkerInstanceChargeType valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "PrePaid":
                    return PRE_PAID;
                case "PostPaid":
                    return POST_PAID;
                default:
                    return new WorkerInstanceChargeType(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<WorkerInstanceChargeType> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof WorkerInstanceChargeType that
                    && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of WorkerInstanceChargeType, for {@code switch}. */
        public enum Value {
            /** {@code PrePaid}. */
            PRE_PAID,

            /** {@code PostPaid}. */
            POST_PAID,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }

    /**
     * The type of ACK managed cluster. Valid values: ack.pro.small (ACK Edge Pro cluster) and
     * ack.standard (ACK Edge Basic cluster). Default value: ack.standard. If this parameter is not
     * set, an ACK Edge Basic cluster is created. For more information, see the introduction to ACK
     * Edge Pro clusters.
     * <p>Values this version does not know are kept as they are: {@link #get()} gives
     * {@link Value#UNKNOWN} for them and {@link #toString()} the value itself.
     */
    public static final class ClusterSpec {
        /** {@code ack.pro.small}. */
        public static final ClusterSpec ACK_PRO_SMALL = new ClusterSpec(Value.ACK_PRO_SMALL,
                "ack.pro.small");

        /** {@code ack.standard}. */
        public static final ClusterSpec ACK_STANDARD = new ClusterSpec(Value.ACK_STANDARD,
                "ack.standard");

        private static final List<ClusterSpec> VALUES = List.of(ACK_PRO_SMALL, ACK_STANDARD);

        /** The constant of the value, {@link Value#UNKNOWN} for one this version does not know. */
        private final Value value;

        /** The value as it is in JSON. */
        private final String string;

        private ClusterSpec(Value value, String string) {
            this.value = value;
            this.string = string;
        }

        /**
         * {@return the value for {@code switch}; {@link Value#UNKNOWN} for a value this version
         * does not know}
         */
        public Value get() {
            return value;
        }

        /** {@return whether the value is one the spec documents} */
        public boolean isKnown() {
            return value != Value.UNKNOWN;
        }

        /** {@return the value exactly as it is sent and received} */
        @Override
        @JsonValue
        public String toString() {
            return string;
        }

        /**
         * {@return the constant for a documented value, or a new instance keeping an unknown one}
         *
         * @param value the value
         */
        @JsonCreator
        public static ClusterSpec valueOf(String value) {
            Objects.requireNonNull(value, "value");
            switch (value) {
                case "ack.pro.small":
                    return ACK_PRO_SMALL;
                case "ack.standard":
                    return ACK_STANDARD;
                default:
                    return new ClusterSpec(Value.UNKNOWN, value);
            }
        }

        /** {@return the documented values, in the spec's order} */
        public static List<ClusterSpec> values() {
            return VALUES;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || (other instanceof ClusterSpec that
                    && string.equals(that.string));
        }

        @Override
        public int hashCode() {
            return string.hashCode();
        }

        /** The values of ClusterSpec, for {@code switch}. */
        public enum Value {
            /** {@code ack.pro.small}. */
            ACK_PRO_SMALL,

            /** {@code ack.standard}. */
            ACK_STANDARD,

            /** A value this version of the client does not know. */
            UNKNOWN
        }
    }
}
