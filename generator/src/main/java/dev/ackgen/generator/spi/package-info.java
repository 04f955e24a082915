/**
 * The extension API of ackgen: {@link dev.ackgen.generator.spi.AckgenExtension} and what its hooks
 * see. This package is the stable surface for extensions: its types change only compatibly.
 * Extensions see the model through the read-only views here ({@link
 * dev.ackgen.generator.spi.ModelView} and the views it leads to), change it through {@link
 * dev.ackgen.generator.spi.ModelEditor}, and shape generated code through JavaPoet builders; they
 * never see the generator's internal packages (its IR, emitters or swagger-parser's types), which
 * may change in any release. A test ({@code SpiSurfaceTest}) fails when a type of this package
 * exposes a type of another {@code dev.ackgen.generator} package.
 */
package dev.ackgen.generator.spi;
