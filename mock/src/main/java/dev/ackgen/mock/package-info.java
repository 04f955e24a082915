/**
 * A mock ACK server for tests and demos, shipped as its own artifact ({@code dev.ackgen:ackgen-mock},
 * meant for test scope) so that no production class path carries a test HTTP server; it depends on
 * ackgen-runtime for the signing code it verifies with, and the runtime does not depend on it.
 * {@link dev.ackgen.mock.MockAckServer} listens on the loopback interface, verifies V3 and ROA V1
 * signatures with known credentials ({@link dev.ackgen.mock.SignatureVerifier}), checks bodies,
 * answers like ACK (canned {@link dev.ackgen.mock.MockResponse}s or {@link
 * dev.ackgen.mock.MockHandler}s, ACK-style error bodies), injects {@link dev.ackgen.mock.MockFault}s,
 * and records every {@link dev.ackgen.mock.ReceivedRequest}. It uses the JDK, jackson-databind and
 * ackgen-runtime only.
 *
 * <h2>Why the HTTP layer is hand-written and not {@code com.sun.net.httpserver}</h2>
 *
 * <p>The HTTP/1.1 layer ({@code HttpReader}, {@code HttpRequestHead}, {@code RequestTarget},
 * {@code HttpResponseWriter}, {@code ConnectionWorker}) was weighed against the JDK's {@code
 * com.sun.net.httpserver.HttpServer}, which would handle keep-alive, chunking and 100-continue
 * itself. It was kept, because on JDK 17 the JDK server (checked with raw requests over a socket):
 *
 * <ul>
 *   <li>answers some requests itself, with an HTML body, before any handler runs, so they get no
 *       ACK-style error body and no {@code x-acs-request-id}: a malformed request line gets
 *       {@code 404 No context found for request}; conflicting {@code Content-Length} headers get
 *       {@code 400 Conflicting or malformed headers detected}; a request target that {@code
 *       java.net.URI} refuses gets {@code 400 URISyntaxException thrown}: raw {@code [ ] |} in a
 *       query ({@code ?x=[1]&y=a|b}), which the mock records and verifies as sent, and malformed
 *       percent-encoding ({@code /a%zz}), which it answers with an ACK-style {@code BadRequest}.
 *       {@code HttpFramingTest} checks the malformed request line, the conflicting lengths and
 *       the percent-encoding;
 *   <li>does not accept a chunked body with a trailer section: reading the body throws, and the
 *       connection closes without an answer, where the mock decodes it ({@code
 *       aChunkedBodyWithExtensionsAndTrailersIsDecoded}); a malformed chunk size likewise closes
 *       the connection instead of answering {@code 400 BadRequest};
 *   <li>sends {@code 100 Continue} before the handler runs, so {@link
 *       dev.ackgen.mock.MockFault#dropBeforeReading} could no longer drop a request that asked
 *       for it before the client was invited to send its body.
 * </ul>
 *
 * <p>What would have worked: dropping the connection without a byte of response ({@code
 * HttpExchange.close()} before {@code sendResponseHeaders} closes the socket), delays, errors,
 * throttling and raw bodies, and the raw path and query for targets {@code java.net.URI} accepts.
 * Header names arrive normalised ({@code X-acs-action}), which would not matter: the signers and
 * {@link dev.ackgen.mock.ReceivedRequest#headers} ignore case.
 */
package dev.ackgen.mock;
