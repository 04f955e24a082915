/**
 * The IR: immutable records of one spec (types, properties, operations, clients) with every Java
 * name decided, what the emitters work on instead of swagger-parser's types.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 * Extensions see the IR through the views of {@code dev.ackgen.generator.spi}.
 */
package dev.ackgen.generator.model;
