/**
 * Loading and running extensions. Entry points use {@link dev.ackgen.generator.extension.ExtensionLoader}
 * to enable the extensions their configuration names and hand the result to the {@link
 * dev.ackgen.generator.Pipeline}; {@link dev.ackgen.generator.extension.ExtensionChain} and the IR
 * check behind it are the pipeline's own and not meant to be called from elsewhere. Extensions
 * themselves see only {@code dev.ackgen.generator.spi}.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.extension;
