package dev.ackgen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @Nested
    class ClassName {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "data_disk, DataDisk",
                "worker_data_disks, WorkerDataDisks",
                "x-acs-action, XAcsAction",
                "ClusterId, ClusterId",
                "APIServer, ApiServer",
                "HTTPServer, HttpServer",
                "kube-proxy v2, KubeProxyV2",
                "ClusterV2User, ClusterV2User",
                "cluster_v2_user, ClusterV2User",
                "DescribeClusterV2UserKubeconfig, DescribeClusterV2UserKubeconfig",
                "K8SVersion, K8sVersion",
                "K8SCluster, K8sCluster",
                "K8S, K8s",
                "IPv4CIDR, IPv4cidr",
                "Ipv6CIDRBlock, Ipv6cidrBlock",
                "cloud.ssd, CloudSsd",
                "addon, Addon",
        })
        void splitsWordsAndJoinsThemInPascalCase(String raw, String expected) {
            assertThat(JavaNames.className(raw)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "Runtime, RuntimeModel",
                "runtime, RuntimeModel",
                "String, StringModel",
                "Error, ErrorModel",
                "error, ErrorModel",
                "Object, ObjectModel",
                "List, ListModel",
                "Builder, BuilderModel",
                "Violation, ViolationModel",
        })
        void suffixesNamesThatWouldShadowJavaLangOrGeneratedCodeTypes(String raw, String expected) {
            assertThat(JavaNames.className(raw)).isEqualTo(expected);
        }

        @Test
        void suffixesTheNamesOfEveryClassThatGeneratedCodeNests() {
            for (String nested : GeneratedNames.NESTED_CLASSES) {
                assertThat(JavaNames.className(nested)).as(nested).isEqualTo(nested + "Model");
            }
        }

        @Test
        void doesNotSuffixLongerNamesThatOnlyStartWithAReservedName() {
            assertThat(JavaNames.className("RuntimeConfig")).isEqualTo("RuntimeConfig");
            assertThat(JavaNames.className("error_code")).isEqualTo("ErrorCode");
        }

        @Test
        void prefixesAnUnderscoreWhenTheNameStartsWithADigit() {
            assertThat(JavaNames.className("2fa")).isEqualTo("_2fa");
        }

        @Test
        void fallsBackToTypeWhenNothingUsableIsLeft() {
            assertThat(JavaNames.className("集群")).isEqualTo("Type");
            assertThat(JavaNames.className("")).isEqualTo("Type");
            assertThat(JavaNames.className("---")).isEqualTo("Type");
        }

        @Test
        void dropsNonAsciiCharactersButKeepsTheAsciiWords() {
            assertThat(JavaNames.className("集群_config")).isEqualTo("Config");
        }

        @Test
        void resultIsAlwaysAJavaIdentifier() {
            for (String raw : new String[] {"data_disk", "2fa", "集群", "class", "Runtime", "", "a b c"}) {
                assertThat(JavaNames.isIdentifier(JavaNames.className(raw))).as(raw).isTrue();
            }
        }
    }

    @Nested
    class MemberName {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "worker_data_disks, workerDataDisks",
                "ClusterId, clusterId",
                "clusterId, clusterId",
                "APIServer, apiServer",
                "x-acs-date, xAcsDate",
                "ID, id",
                "userID, userId",
                "vswitch_ids, vswitchIds",
                "name, name",
                "NAME, name",
                "k8s_version, k8sVersion",
                "DescribeClusterV2UserKubeconfig, describeClusterV2UserKubeconfig",
                "DescribeClustersV1, describeClustersV1",
                "ipv4Cidr, ipv4Cidr",
                "K8S, k8s",
                "K8SVersion, k8sVersion",
                "K8SCluster, k8sCluster",
                "k8sCluster, k8sCluster",
                "IPv4CIDR, iPv4cidr",
                "Ipv6CIDRBlock, ipv6cidrBlock",
                "3DModel, _3dModel",
        })
        void convertsToLowerCamelCase(String raw, String expected) {
            assertThat(JavaNames.memberName(raw)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "class, class_",
                "default, default_",
                "Class, class_",
                "new, new_",
                "true, true_",
                "null, null_",
                "enum, enum_",
                "record, record_",
        })
        void suffixesJavaKeywordsAndLiteralsWithAnUnderscore(String raw, String expected) {
            assertThat(JavaNames.memberName(raw)).isEqualTo(expected);
        }

        @Test
        void prefixesAnUnderscoreWhenTheNameStartsWithADigit() {
            assertThat(JavaNames.memberName("2fa")).isEqualTo("_2fa");
            assertThat(JavaNames.memberName("_2fa")).isEqualTo("_2fa");
        }

        @Test
        void fallsBackToValueWhenNothingUsableIsLeft() {
            assertThat(JavaNames.memberName("")).isEqualTo("value");
            assertThat(JavaNames.memberName("集群")).isEqualTo("value");
            assertThat(JavaNames.memberName("_")).isEqualTo("value");
        }

        @Test
        void namesThatDifferOnlyInSeparatorsMeetSoUniqueMustNumberThem() {
            assertThat(JavaNames.memberName("foo_bar")).isEqualTo("fooBar");
            assertThat(JavaNames.memberName("fooBar")).isEqualTo("fooBar");
            assertThat(JavaNames.memberName("foo-bar")).isEqualTo("fooBar");
        }
    }

    @Nested
    class ConstantName {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "ack.pro.small, ACK_PRO_SMALL",
                "cloud_ssd, CLOUD_SSD",
                "ManagedKubernetes, MANAGED_KUBERNETES",
                "cloud_essd, CLOUD_ESSD",
                "x-acs-action, X_ACS_ACTION",
                "PL0, PL0",
                "APIServer, API_SERVER",
        })
        void convertsToUpperSnakeCase(String raw, String expected) {
            assertThat(JavaNames.constantName(raw)).isEqualTo(expected);
        }

        @Test
        void prefixesAnUnderscoreWhenTheNameStartsWithADigit() {
            assertThat(JavaNames.constantName("1.6")).isEqualTo("_1_6");
            assertThat(JavaNames.constantName("1.22.3-aliyun.1")).isEqualTo("_1_22_3_ALIYUN_1");
            assertThat(JavaNames.constantName("-1")).isEqualTo("MINUS_1");
            assertThat(JavaNames.constantName("-")).isEqualTo("EMPTY");
        }

        @Test
        void fallsBackToEmptyWhenNothingUsableIsLeft() {
            assertThat(JavaNames.constantName("")).isEqualTo("EMPTY");
            assertThat(JavaNames.constantName("集群")).isEqualTo("EMPTY");
        }
    }

    @Nested
    class GetterName {
        @Test
        void capitalizesTheMemberAfterGet() {
            assertThat(JavaNames.getterName("name")).isEqualTo("getName");
            assertThat(JavaNames.getterName("workerDataDisks")).isEqualTo("getWorkerDataDisks");
        }

        @Test
        void keepsTheKeywordUnderscoreSoItNeverBecomesGetClass() {
            assertThat(JavaNames.getterName("class_")).isEqualTo("getClass_");
        }

        @Test
        void keepsALeadingUnderscoreAsItIs() {
            assertThat(JavaNames.getterName("_2fa")).isEqualTo("get_2fa");
        }
    }

    @Nested
    class ItemClassName {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "Addons, Addon",
                "Tags, Tag",
                "WorkerDataDisks, WorkerDataDisk",
                "Policies, Policy",
                "Boxes, Box",
                "Addresses, Address",
                "Meshes, Mesh",
                "Patches, Patch",
        })
        void singularizesRegularPlurals(String plural, String expected) {
            assertThat(JavaNames.itemClassName(plural)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "Status, StatusItem",
                "Data, DataItem",
                "Class, ClassItem",
                "Analysis, AnalysisItem",
                "S, SItem",
        })
        void appendsItemWhenTheNameIsNotAPlural(String name, String expected) {
            assertThat(JavaNames.itemClassName(name)).isEqualTo(expected);
        }

        @Test
        void singularizesStatusesToStatus() {
            assertThat(JavaNames.itemClassName("Statuses")).isEqualTo("Status");
        }
    }

    @Nested
    class Unique {
        @Test
        void numbersCollisionsFromTwo() {
            Set<String> taken = new HashSet<>();
            assertThat(JavaNames.unique("foo", taken, false)).isEqualTo("foo");
            assertThat(JavaNames.unique("foo", taken, false)).isEqualTo("foo2");
            assertThat(JavaNames.unique("foo", taken, false)).isEqualTo("foo3");
            assertThat(taken).containsExactlyInAnyOrder("foo", "foo2", "foo3");
        }

        @Test
        void namesEndingInADigitAreNumberedAfterAnUnderscore() {
            Set<String> taken = new HashSet<>(Set.of("_12"));
            assertThat(JavaNames.unique("_1", taken, false)).isEqualTo("_1");
            assertThat(JavaNames.unique("_1", taken, false)).isEqualTo("_1_2");
            assertThat(JavaNames.unique("DescribeClustersV1", taken, true)).isEqualTo("DescribeClustersV1");
            assertThat(JavaNames.unique("describeclustersv1", taken, true)).isEqualTo("describeclustersv1_2");
        }

        @Test
        void skipsNumbersThatAreAlreadyTaken() {
            Set<String> taken = new HashSet<>(Set.of("foo", "foo2"));
            assertThat(JavaNames.unique("foo", taken, false)).isEqualTo("foo3");
        }

        @Test
        void caseSensitiveModeTellsFooFromFOO() {
            Set<String> taken = new HashSet<>();
            assertThat(JavaNames.unique("Foo", taken, false)).isEqualTo("Foo");
            assertThat(JavaNames.unique("FOO", taken, false)).isEqualTo("FOO");
            assertThat(JavaNames.unique("foo", taken, false)).isEqualTo("foo");
        }

        @Test
        void caseInsensitiveModeTreatsFooAndFOOAsTheSameName() {
            Set<String> taken = new HashSet<>();
            assertThat(JavaNames.unique("Foo", taken, true)).isEqualTo("Foo");
            assertThat(JavaNames.unique("FOO", taken, true)).isEqualTo("FOO2");
            assertThat(JavaNames.unique("foo", taken, true)).isEqualTo("foo3");
            assertThat(taken).containsExactlyInAnyOrder("foo", "foo2", "foo3");
        }

        @Test
        void caseInsensitiveModeKeepsTheCaseOfTheNameItReturns() {
            Set<String> taken = new HashSet<>();
            assertThat(JavaNames.unique("DataDisk", taken, true)).isEqualTo("DataDisk");
            assertThat(taken).containsExactly("datadisk");
        }
    }

    @Nested
    class IsIdentifier {
        @ParameterizedTest
        @ValueSource(strings = {"foo", "Foo", "_2fa", "$x", "a1", "clusterId", "集群", "class_"})
        void acceptsJavaIdentifiers(String text) {
            assertThat(JavaNames.isIdentifier(text)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"2fa", "a-b", "a b", "a.b", "class", "default", "true", "null", "_", "x!"})
        void rejectsEverythingElse(String text) {
            assertThat(JavaNames.isIdentifier(text)).isFalse();
        }
    }
}
