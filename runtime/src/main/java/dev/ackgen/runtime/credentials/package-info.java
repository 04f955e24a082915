/**
 * Where clients get their AccessKey credentials: an explicit value, the environment, or a chain
 * of providers. Nothing here puts a secret or a token into a message or a {@code toString}.
 */
package dev.ackgen.runtime.credentials;
