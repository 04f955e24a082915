package dev.ackgen.maven;

import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the plugin's generation run once in a JVM of its own and prints whether it was up to date,
 * so {@link UpToDateCheckTest} can see which classes that run loaded. Arguments: spec, output directory.
 */
public final class UpToDateProbe {
    private UpToDateProbe() {}

    public static void main(String[] args) throws Exception {
        Configuration configuration = Configuration.of(Path.of(args[0]), "p.probe", Path.of(args[1]),
                Set.of(), Set.of(), true, true, false, Extensions.NONE);
        System.out.println("upToDate=" + GenerationRun.run(configuration, line -> {}).upToDate());
    }
}
