package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets at any depth of a request (a nested object's password, secret list items and map
 * values, a recursive type, a whole body beside a path parameter) are sent, but never shown in an
 * exception message nor by toString, even when ACK echoes the body back.
 */
class NestedSecretsTest {
    private static final Credentials CREDENTIALS = Credentials.of("nested-id", "nested-secret-never-shown");

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: nested, version: "1"}
            x-ackgen-api-version: "2015-12-15"
            paths:
              /clusters/{ClusterId}/nodes:
                post:
                  operationId: AddNodes
                  parameters:
                    - {name: ClusterId, in: path, required: true, schema: {type: string}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            node: {$ref: '#/components/schemas/Node'}
                            members:
                              type: array
                              items:
                                type: object
                                properties:
                                  name: {type: string}
                                  pin: {type: string, format: password}
                            keys:
                              type: array
                              items: {type: string, format: password}
                            env:
                              type: object
                              additionalProperties: {type: string, x-ackgen-secret: true}
                            grid:
                              type: object
                              additionalProperties:
                                type: array
                                items: {$ref: '#/components/schemas/Node'}
                  responses: {"202": {description: accepted}}
              /pools:
                post:
                  operationId: AddPools
                  parameters:
                    - {name: x-trace, in: header, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema: {type: array, items: {$ref: '#/components/schemas/Node'}}
                  responses: {"202": {description: accepted}}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    name: {type: string}
                    root_credential: {type: string, x-ackgen-secret: true}
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Node'}
            """;

    /** Every secret of the request below; each with a character JSON escapes, to check the echoed JSON too. */
    private static final List<String> SECRETS = List.of("Root\"Cred-1", "Child\\Cred-2", "Pin-3\"x", "Key-4\"k", "Env-5\"e",
            "Grid-6\"g");

    @Test
    void secretsAtAnyDepthNeverShowInMessagesOrToString() throws Exception {
        List<JavaFile> files = GeneratorFixture.generate(GeneratorFixture.writeSpec("nested.yaml", SPEC), "nested.secrets");
        Compilation compilation = GeneratorFixture.compileStrictly(files);
        LoadedClasses loaded = new LoadedClasses(compilation);
        String implementation = files.stream().filter(f -> f.typeSpec().name().equals("DefaultNestedClient"))
                .findFirst().orElseThrow().toString();
        assertThat(implementation).contains(".secrets(request.getNode(), DefaultNestedClient::collectSecrets)",
                "private static void collectSecrets(Node value, Consumer<String> secret)");

        Object child = loaded.build("nested.secrets.Node", "name", "child-node", "rootCredential", SECRETS.get(1));
        Object node = loaded.build("nested.secrets.Node", "name", "root-node", "rootCredential", SECRETS.get(0),
                "children", List.of(child));
        Object member = loaded.build("nested.secrets.AddNodesRequest$Member", "name", "m1", "pin", SECRETS.get(2));
        Object gridNode = loaded.build("nested.secrets.Node", "name", "grid-node", "rootCredential", SECRETS.get(5));
        Object request = loaded.build("nested.secrets.AddNodesRequest", "clusterId", "c-1", "node", node,
                "members", List.of(member), "keys", List.of(SECRETS.get(3)), "env", Map.of("A", SECRETS.get(4)),
                "grid", Map.of("g", List.of(gridNode)));

        assertThat(request.toString()).contains("root-node", "child-node", "m1");
        SECRETS.forEach(secret -> assertThat(request.toString()).doesNotContain(secret));

        // ACK echoes the body, once as the message (the secrets as they are) and once as raw JSON (escaped).
        try (MockAckServer server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .handler("AddNodes", received -> MockResponse.json(400, "{\"code\":\"InvalidParameter\",\"message\":"
                        + quoted(new String(received.body(), StandardCharsets.UTF_8)) + "}"))
                .handler("AddPools", received -> MockResponse.json(400, "{\"echo\":"
                        + new String(received.body(), StandardCharsets.UTF_8) + "}"))
                .start()) {
            Object client = client(loaded, "nested.secrets.NestedClient", server);

            AckServiceException echoed = serviceException(() -> loaded.call(client, "addNodes", request));
            String sent = new String(server.received("AddNodes").get(0).body(), StandardCharsets.UTF_8);
            assertThat(sent).contains("root-node", "Root\\\"Cred-1", "Child\\\\Cred-2", "Pin-3", "Key-4", "Env-5", "Grid-6");
            assertThat(echoed.getMessage()).contains("root-node", "***");
            assertThat(echoed.errorMessage().orElseThrow()).contains("child-node");
            for (String secret : SECRETS) {
                assertThat(echoed.getMessage()).doesNotContain(secret, escaped(secret));
                assertThat(echoed.errorMessage().orElseThrow()).doesNotContain(secret, escaped(secret));
            }

            Object pools = loaded.build("nested.secrets.AddPoolsRequest", "body", List.of(node));
            AckServiceException raw = serviceException(() -> loaded.call(client, "addPools", pools));
            assertThat(raw.getMessage()).contains("root-node", "child-node", "***");
            for (String secret : SECRETS) {
                assertThat(raw.getMessage()).doesNotContain(secret, escaped(secret));
            }
            loaded.call(client, "close");
        }
    }

    @Test
    void walkersOverDeprecatedTypesAndPropertiesCompileWithoutWarnings() throws Exception {
        String spec = """
                openapi: 3.0.3
                info: {title: old, version: "1"}
                paths:
                  /vaults/{VaultId}:
                    put:
                      operationId: PutVault
                      parameters:
                        - {name: VaultId, in: path, required: true, schema: {type: string}}
                      requestBody:
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                vault: {$ref: '#/components/schemas/Vault'}
                                old_vaults:
                                  type: array
                                  deprecated: true
                                  items: {$ref: '#/components/schemas/Vault'}
                      responses: {"200": {description: ok}}
                components:
                  schemas:
                    Vault:
                      type: object
                      deprecated: true
                      properties:
                        pin: {type: string, format: password, deprecated: true}
                        nested:
                          type: object
                          deprecated: true
                          properties:
                            key: {type: string, x-ackgen-secret: true}
                """;
        List<JavaFile> files = GeneratorFixture.generate(GeneratorFixture.writeSpec("old.yaml", spec), "nested.old");
        GeneratorFixture.compileStrictly(files);
        assertThat(files.stream().filter(f -> f.typeSpec().name().startsWith("Default")).findFirst().orElseThrow().toString())
                .contains("collectSecrets(Vault value", "collectSecrets(Vault.Nested value");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static AckServiceException serviceException(Call call) throws Exception {
        try {
            call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AckServiceException service) {
                return service;
            }
            throw e;
        } catch (AckServiceException e) {
            return e;
        }
        throw new AssertionError("no AckServiceException");
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String quoted(String text) {
        return "\"" + escaped(text) + "\"";
    }

    private static Object client(LoadedClasses loaded, String interfaceName, MockAckServer server) throws ReflectiveOperationException {
        Object builder = loaded.call(loaded.load(interfaceName), "builder");
        loaded.call(builder, "endpoint", server.endpoint());
        loaded.call(builder, "credentialsProvider", CredentialsProvider.of(CREDENTIALS));
        return loaded.call(builder, "build");
    }
}
