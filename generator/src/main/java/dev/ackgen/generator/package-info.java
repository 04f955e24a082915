/**
 * The entry points behind ackgen's tools: {@link dev.ackgen.generator.Main} (the command line),
 * {@link dev.ackgen.generator.Pipeline} with {@link dev.ackgen.generator.GeneratorOptions} (the
 * one run from spec to files the Maven plugin and the annotation processor call), {@link
 * dev.ackgen.generator.Generator} (the IR to JavaPoet files).
 *
 * <p><b>Internal:</b> these classes serve ackgen's own entry points; their Java API (which takes
 * internal types such as the IR and enabled extensions) may change in any release without notice.
 * The stable interfaces are the command line's arguments, the Maven plugin's parameters, the
 * annotation's attributes, and for extensions {@code dev.ackgen.generator.spi}.
 */
package dev.ackgen.generator;
