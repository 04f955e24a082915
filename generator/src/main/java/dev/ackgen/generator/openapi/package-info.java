/**
 * Reading OpenAPI: the only package that sees swagger-parser's types. {@link
 * dev.ackgen.generator.openapi.SpecLoader} parses a spec, {@link
 * dev.ackgen.generator.openapi.ModelBuilder} turns it into the IR ({@code dev.ackgen.generator.model});
 * everything after that works on the IR alone ({@code ArchitectureTest} keeps it so).
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.openapi;
