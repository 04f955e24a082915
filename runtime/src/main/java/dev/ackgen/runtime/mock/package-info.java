/**
 * A mock ACK server for tests and demos: {@link dev.ackgen.runtime.mock.MockAckServer} listens on
 * the loopback interface, verifies V3 and ROA V1 signatures with known credentials ({@link
 * dev.ackgen.runtime.mock.SignatureVerifier}), checks bodies, answers like ACK (canned {@link
 * dev.ackgen.runtime.mock.MockResponse}s or {@link dev.ackgen.runtime.mock.MockHandler}s, ACK-style
 * error bodies), injects {@link dev.ackgen.runtime.mock.MockFault}s, and records every {@link
 * dev.ackgen.runtime.mock.ReceivedRequest}. It uses the JDK and jackson-databind only.
 */
package dev.ackgen.runtime.mock;
