package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Requests captured from the official SDK, each with the Authorization header the SDK sent. Every
 * {@code *.json} in the classpath directory {@code signing/} is one vector, and so is every {@code
 * *.json} in the directory named by the system property {@value #VECTORS_PROPERTY} when it is set
 * (e.g. {@code ./mvnw test -pl runtime -Dackgen.signing.vectors=/work/shared/signing}).
 *
 * <p>A vector holds {@code name}, {@code algorithm} ({@code ACS3-HMAC-SHA256} or {@code
 * HMAC-SHA1}), {@code method}, {@code path} (as on the wire: percent-decoded here), {@code query}
 * (decoded; {@code rawQuery} is parsed when it is absent), {@code headers} (any {@code
 * Authorization} among them is dropped), {@code body} (UTF-8 text) or {@code bodyBase64}, {@code
 * accessKeyId}, {@code secret}, optionally {@code securityToken}, and {@code
 * expectedAuthorization}.
 */
class SigningVectorsTest {
    static final String VECTORS_PROPERTY = "ackgen.signing.vectors";
    private static final String CLASSPATH_DIRECTORY = "signing";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyVectorSignsAsTheSdkDid() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> classpathVectors = classpathVectors();
        if (classpathVectors.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("classpath " + CLASSPATH_DIRECTORY + "/ holds vectors",
                    () -> fail("no *.json in classpath directory " + CLASSPATH_DIRECTORY + "/")));
        }
        classpathVectors.forEach(file -> tests.add(vectorTest(file)));
        String extra = System.getProperty(VECTORS_PROPERTY);
        if (extra != null && !extra.isBlank()) {
            Path directory = Path.of(extra);
            List<Path> extraVectors = Files.isDirectory(directory) ? jsonFiles(directory) : List.of();
            if (extraVectors.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(VECTORS_PROPERTY + " names a directory of vectors",
                        () -> fail(VECTORS_PROPERTY + "=" + extra + " is no directory holding *.json")));
            }
            extraVectors.forEach(file -> tests.add(vectorTest(file)));
        }
        return tests.stream();
    }

    private static DynamicTest vectorTest(Path file) {
        JsonNode vector;
        try {
            vector = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            return DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                throw e;
            });
        }
        String name = vector.path("name").asText(file.getFileName().toString());
        return DynamicTest.dynamicTest(name, file.toUri(), () -> check(vector));
    }

    private static void check(JsonNode vector) {
        String algorithm = text(vector, "algorithm");
        Credentials credentials = Credentials.of(text(vector, "accessKeyId"), text(vector, "secret"),
                vector.path("securityToken").isTextual() ? vector.get("securityToken").asText() : null);
        SignableRequest request = request(vector);
        String expected = text(vector, "expectedAuthorization");
        JsonNode derived = vector.path("derivedByIndependentReimplementation");
        RequestSigner signer;
        String diagnostics;
        switch (algorithm) {
            case AcsV3Signer.ALGORITHM:
                signer = AcsV3Signer.INSTANCE;
                diagnostics = "canonical request:\n" + AcsV3Signer.INSTANCE.canonicalRequest(request, credentials)
                        + "\n--- vector's canonical request:\n" + derived.path("canonicalRequest").asText("(none)");
                break;
            case RoaV1Signer.ALGORITHM:
                signer = RoaV1Signer.INSTANCE;
                diagnostics = "string to sign:\n" + RoaV1Signer.INSTANCE.stringToSign(request, credentials)
                        + "\n--- vector's string to sign:\n" + derived.path("stringToSign").asText("(none)");
                break;
            default:
                throw new AssertionError("unknown algorithm " + algorithm);
        }
        assertThat(signer.authorization(request, credentials)).as(diagnostics).isEqualTo(expected);

        // What sign() adds is what the SDK sent: the derived headers and the Authorization.
        SignableRequest signed = signer.sign(request, credentials);
        assertThat(signed.header(RequestSigner.AUTHORIZATION)).contains(expected);
        Map<String, String> captured = headers(vector, false);
        signer.derivedHeaders(request, credentials).forEach((header, value) -> {
            if (containsIgnoringCase(captured, header)) {
                assertThat(request.header(header)).as("captured %s", header).contains(value);
            }
        });
    }

    /** Rebuilds the request the SDK signed from a vector. */
    static SignableRequest request(JsonNode vector) {
        byte[] body;
        if (vector.path("bodyBase64").isTextual()) {
            body = Base64.getDecoder().decode(vector.get("bodyBase64").asText());
        } else {
            body = vector.path("body").asText("").getBytes(StandardCharsets.UTF_8);
        }
        return new SignableRequest(text(vector, "method"), decodePath(text(vector, "path")), query(vector),
                headers(vector, true), body);
    }

    private static Map<String, String> query(JsonNode vector) {
        Map<String, String> query = new LinkedHashMap<>();
        if (vector.path("query").isObject()) {
            vector.get("query").properties().forEach(e -> query.put(e.getKey(), e.getValue().asText()));
        } else {
            String raw = vector.path("rawQuery").asText("");
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : pair.substring(eq + 1);
                    query.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static Map<String, String> headers(JsonNode vector, boolean withoutAuthorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : vector.path("headers").properties()) {
            if (!(withoutAuthorization && e.getKey().equalsIgnoreCase(RequestSigner.AUTHORIZATION))) {
                headers.put(e.getKey(), e.getValue().asText());
            }
        }
        return headers;
    }

    private static boolean containsIgnoringCase(Map<String, String> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Percent-decodes a wire path segment by segment ({@code +} stays {@code +}). */
    static String decodePath(String wirePath) {
        List<String> segments = new ArrayList<>();
        for (String segment : wirePath.split("/", -1)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int i = 0;
            while (i < segment.length()) {
                int c = segment.codePointAt(i);
                if (c == '%' && i + 2 < segment.length()) {
                    bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                    i += 3;
                } else {
                    byte[] utf8 = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                    bytes.write(utf8, 0, utf8.length);
                    i += Character.charCount(c);
                }
            }
            String decoded = bytes.toString(StandardCharsets.UTF_8);
            if (decoded.contains("/")) {
                throw new AssertionError("a path segment holds an encoded /, which SignableRequest cannot express");
            }
            segments.add(decoded);
        }
        return String.join("/", segments);
    }

    private static String text(JsonNode vector, String field) {
        JsonNode node = vector.get(field);
        if (node == null || !node.isTextual()) {
            throw new AssertionError("vector lacks text field " + field);
        }
        return node.asText();
    }

    private static List<Path> classpathVectors() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        Enumeration<URL> roots = SigningVectorsTest.class.getClassLoader().getResources(CLASSPATH_DIRECTORY);
        for (URL root : Collections.list(roots)) {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                files.addAll(jsonFiles(jar.provider().getPath(uri)));
            } else {
                files.addAll(jsonFiles(Path.of(uri)));
            }
        }
        return files;
    }

    private static List<Path> jsonFiles(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
