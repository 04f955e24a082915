/**
 * OpenAPI Overlays (Overlay Specification 1.0.0; 1.1's {@code copy}): local changes to a vendor
 * spec, kept in files of their own and applied, in order, to the spec's raw tree in memory before
 * the extensions' {@code transformSpec} and before swagger-parser reads it. {@link
 * dev.ackgen.generator.overlay.Overlay} reads and checks one overlay document, {@link
 * dev.ackgen.generator.overlay.OverlayApplier} applies a list of them; targets are JSONPath
 * expressions, evaluated with Jayway JsonPath on the Jackson tree.
 *
 * <p><b>Internal:</b> not part of ackgen's API; it may change in any release without notice.
 * Extensions use {@code dev.ackgen.generator.spi} only.
 */
package dev.ackgen.generator.overlay;
