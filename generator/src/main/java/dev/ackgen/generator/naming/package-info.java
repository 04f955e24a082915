/**
 * Java names: turning spec names into identifiers, the names generated code itself uses, and the
 * naming hook that asks extensions and name mappings.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.naming;
