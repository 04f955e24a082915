/**
 * A mock ACK server for tests and demos: {@link dev.ackgen.mock.MockAckServer} listens on
 * the loopback interface, verifies V3 and ROA V1 signatures with known credentials ({@link
 * dev.ackgen.mock.SignatureVerifier}), checks bodies, answers like ACK (canned {@link
 * dev.ackgen.mock.MockResponse}s or {@link dev.ackgen.mock.MockHandler}s, ACK-style
 * error bodies), injects {@link dev.ackgen.mock.MockFault}s, and records every {@link
 * dev.ackgen.mock.ReceivedRequest}. It uses the JDK, jackson-databind and ackgen-runtime (for the signing code) only; it is the
 * ackgen-mock artifact, a test dependency that ackgen-runtime does not depend on.
 */
package dev.ackgen.mock;
