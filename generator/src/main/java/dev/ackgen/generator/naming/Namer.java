package dev.ackgen.generator.naming;

import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.spi.NamingSite;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides the Java names of one model: asks the {@link NameHook} at every naming site, starting
 * from ackgen's proposal, and keeps top-level class names unique. Top-level names are compared
 * ignoring case, since they become file names and some file systems do not tell {@code Foo.java}
 * from {@code FOO.java}.
 */
public final class Namer {
    private final NameHook hook;
    private final Set<String> topLevelNames = new HashSet<>();

    public Namer(NameHook hook) {
        this.hook = hook;
    }

    /** The name the hook gives this site, starting from ackgen's proposal; unique in its scope is the caller's business. */
    public String named(NamingSite.Kind kind, String specName, JavaName owner, String pointer, String proposal) {
        return hook.name(new NamingSite(kind, specName, owner, pointer), proposal);
    }

    /** A top-level class name for this site, asked of the hook and then made unique. */
    public String topLevel(NamingSite.Kind kind, String specName, String pointer, String proposal) {
        return uniqueTopLevel(named(kind, specName, null, pointer, proposal));
    }

    /** The name, numbered if a top-level class already has it; for classes no extension names (validators, implementations). */
    public String uniqueTopLevel(String name) {
        return JavaNames.unique(name, topLevelNames, true);
    }
}
