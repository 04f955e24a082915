/**
 * The emitters: JavaPoet generators of models, builders, JSON codecs, validators and clients from
 * the IR.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.emit;
