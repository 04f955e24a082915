package dev.ackgen.generator.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What may change the spec's raw tree before it is parsed (extensions; overlays). */
@FunctionalInterface
public interface SpecTreeHook {
    /** Changes nothing: the spec's text is parsed as it is. */
    SpecTreeHook NONE = (tree, locator) -> {};

    /**
     * Changes the tree in place.
     *
     * @param locator the line of each pointer in the original text, for problems
     * @throws SpecException when the hook finds problems
     */
    void apply(ObjectNode tree, SourceLocator locator) throws SpecException;
}
