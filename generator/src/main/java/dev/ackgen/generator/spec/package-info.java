/**
 * Spec sources: reading specs and the files they reference within bounds, locating problems by
 * file, line and JSON pointer.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.spec;
