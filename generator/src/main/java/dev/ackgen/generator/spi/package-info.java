/**
 * The extension API of ackgen: {@link dev.ackgen.generator.spi.AckgenExtension} and what its hooks
 * see. Extensions see the IR ({@code dev.ackgen.generator.model}) and JavaPoet builders, never
 * swagger-parser's types.
 */
package dev.ackgen.generator.spi;
