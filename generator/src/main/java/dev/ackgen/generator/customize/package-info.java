/**
 * The customisation options (name and type mappings, added annotations and interfaces) and how
 * they hook into naming, type translation and the emitters.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.customize;
