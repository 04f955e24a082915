package dev.ackgen.generator.naming;

import dev.ackgen.generator.model.JavaName;
import dev.ackgen.generator.spi.NamingSite;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Decides the Java names of one model: asks the {@link NameHook} at every naming site, starting
 * from ackgen's proposal, and keeps top-level class names unique. Top-level names are compared
 * ignoring case, since they become file names and some file systems do not tell {@code Foo.java}
 * from {@code FOO.java}.
 *
 * <p>It is also where names are bounded ({@link #MAX_NAME_BYTES}): a Java name, and the spec's
 * name of a property or parameter, which generated code matches as a constant ({@code case
 * "name":}), at most that many UTF-8 bytes. javac refuses a name or constant of more than 65,535
 * bytes ("too long for the constant pool", "constant string too long") without saying which one
 * of the spec it came from; a longer name is a problem at its site's pointer.
 */
public final class Namer {
    /** The most UTF-8 bytes of a Java name, and of a property's or parameter's name in the spec. */
    public static final int MAX_NAME_BYTES = 1_000;

    private final NameHook hook;
    private final BiConsumer<String, String> problems;
    private final Set<String> topLevelNames = new HashSet<>();
    private final Set<String> reported = new HashSet<>();

    /** A namer that reports a name past the bound to problems, as (pointer, message). */
    public Namer(NameHook hook, BiConsumer<String, String> problems) {
        this.hook = hook;
        this.problems = problems;
    }

    /** A namer that fails with an IllegalArgumentException on a name past the bound. */
    public Namer(NameHook hook) {
        this(hook, (pointer, message) -> {
            throw new IllegalArgumentException(pointer + ": " + message);
        });
    }

    /** The name the hook gives this site, starting from ackgen's proposal; unique in its scope is the caller's business. */
    public String named(NamingSite.Kind kind, String specName, JavaName owner, String pointer, String proposal) {
        boolean wireName = kind == NamingSite.Kind.PROPERTY || kind == NamingSite.Kind.PARAMETER;
        if (wireName && tooLong(specName)) {
            report(pointer, "the name " + shown(specName) + " is " + bytes(specName) + " bytes long (UTF-8), more than the "
                    + MAX_NAME_BYTES + " a property's or parameter's name may have: generated code matches it as a constant");
            return proposal.length() > MAX_NAME_BYTES ? proposal.substring(0, MAX_NAME_BYTES / 4) : proposal;
        }
        String name = hook.name(new NamingSite(kind, specName, owner == null ? null : owner.toString(), pointer), proposal);
        if (tooLong(name)) {
            report(pointer, "the Java name " + shown(name) + " would be " + bytes(name) + " bytes long (UTF-8), more than the "
                    + MAX_NAME_BYTES + " allowed: give it a shorter name (x-ackgen-java-name or a name mapping)");
            return name.substring(0, MAX_NAME_BYTES / 4);
        }
        return name;
    }

    private void report(String pointer, String message) {
        if (reported.add(pointer)) {
            problems.accept(pointer, message);
        }
    }

    private static boolean tooLong(String name) {
        return name != null && name.length() > MAX_NAME_BYTES / 3 && bytes(name) > MAX_NAME_BYTES;
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A long name's start and end, for a message. */
    private static String shown(String name) {
        return name.length() > 60 ? name.substring(0, 40) + "..." + name.substring(name.length() - 16) : name;
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
