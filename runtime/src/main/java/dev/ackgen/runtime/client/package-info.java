/**
 * What generated clients run on: {@link dev.ackgen.runtime.client.ClientBuilder} (the options),
 * {@link dev.ackgen.runtime.client.ClientRuntime} (signing, sending, safe retries, error mapping),
 * {@link dev.ackgen.runtime.client.Transport} (the HTTP seam, {@link
 * dev.ackgen.runtime.client.JdkHttpTransport} by default) and the exceptions callers catch.
 */
package dev.ackgen.runtime.client;
