/**
 * The javac entry point of ackgen: {@link dev.ackgen.processor.AckgenProcessor} generates, for each
 * package or type annotated with {@code @dev.ackgen.runtime.annotations.GenerateAckClient}, the
 * same sources as the Maven plugin and the command line, through the generator's {@code Pipeline}.
 */
package dev.ackgen.processor;
