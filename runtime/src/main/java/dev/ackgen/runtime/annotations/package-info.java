/**
 * Annotations that drive ackgen at compile time. {@link
 * dev.ackgen.runtime.annotations.GenerateAckClient} names a spec; the annotation processor
 * ({@code dev.ackgen:ackgen-processor}, on the compiler's annotation processor path) generates the
 * models, validators and clients from it while javac compiles the annotated code. The annotations
 * are kept in source only: nothing here is needed at run time.
 */
package dev.ackgen.runtime.annotations;
