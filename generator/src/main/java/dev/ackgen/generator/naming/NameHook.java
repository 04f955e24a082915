package dev.ackgen.generator.naming;

import dev.ackgen.generator.spi.NamingSite;

/**
 * Where the model builder asks for each Java name it decides: given the site and the name ackgen
 * proposes, the name to use (extensions answer through it). The builder still makes the answer
 * unique in its scope.
 */
@FunctionalInterface
public interface NameHook {
    /** Keeps every proposal. */
    NameHook NONE = (site, proposal) -> proposal;

    String name(NamingSite site, String proposal);
}
