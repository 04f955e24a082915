/**
 * Writing generated files: rendering in parallel, staging, and replacing the output atomically with
 * stale files removed.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.output;
