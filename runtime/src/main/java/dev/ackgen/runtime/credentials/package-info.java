/**
 * Where clients get their AccessKey credentials: an explicit value, a single provider, or a chain
 * of providers. {@link dev.ackgen.runtime.credentials.CredentialsProvider#defaultChain()} follows
 * Alibaba Cloud's own credentials library (com.aliyun:credentials-java) in order, variable names,
 * file formats and JSON fields, so credentials set up for the official SDKs and the aliyun CLI
 * work unchanged:
 *
 * <ol>
 *   <li>{@link dev.ackgen.runtime.credentials.SystemPropertiesCredentialsProvider}: {@code
 *       alibabacloud.accessKeyId}, {@code alibabacloud.accessKeySecret}, {@code
 *       alibabacloud.sessionToken};
 *   <li>{@link dev.ackgen.runtime.credentials.EnvironmentCredentialsProvider}: {@code
 *       ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}, {@code
 *       ALIBABA_CLOUD_SECURITY_TOKEN};
 *   <li>{@link dev.ackgen.runtime.credentials.OidcRoleCredentialsProvider} (ACK RRSA): {@code
 *       ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN}, {@code
 *       ALIBABA_CLOUD_OIDC_TOKEN_FILE}, exchanged with STS {@code AssumeRoleWithOIDC};
 *   <li>{@link dev.ackgen.runtime.credentials.CliConfigCredentialsProvider}: the aliyun CLI's
 *       {@code ~/.aliyun/config.json};
 *   <li>{@link dev.ackgen.runtime.credentials.CredentialsFileProvider}: {@code
 *       ~/.alibabacloud/credentials.ini} or {@code ALIBABA_CLOUD_CREDENTIALS_FILE};
 *   <li>{@link dev.ackgen.runtime.credentials.EcsRamRoleCredentialsProvider}: the ECS instance
 *       metadata service (IMDSv2), unless {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true};
 *   <li>{@link dev.ackgen.runtime.credentials.CredentialsUriProvider}: {@code
 *       ALIBABA_CLOUD_CREDENTIALS_URI}.
 * </ol>
 *
 * <p>Temporary credentials (OIDC, ECS, URI) are cached and fetched again before they expire, one
 * fetch however many threads ask; every HTTP call has a connect and a read timeout. {@link
 * dev.ackgen.runtime.credentials.CredentialsSettings} says what the providers read and reach (the
 * environment, system properties, home directory, clock, STS and metadata endpoints, timeouts), so
 * a chain can be built that touches nothing real. When no provider has credentials, the exception
 * lists what each one tried: variables, files and profiles, URLs (without query), HTTP statuses.
 * Nothing here puts a secret, a security token or an OIDC token into a message or a {@code
 * toString}.
 */
package dev.ackgen.runtime.credentials;
