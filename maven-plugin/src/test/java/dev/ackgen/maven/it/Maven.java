package dev.ackgen.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * For the invoker ITs' verify.groovy scripts (on their class path through addTestClassPath): runs
 * a further Maven build of the IT project, with the same Maven and local repository as the
 * invoker's own build, so one IT can check what a sequence of builds does.
 */
public final class Maven {
    private Maven() {}

    /** A finished build: its exit code and its whole output (also kept as {@code <name>.log}). */
    public record Build(int exitCode, String log, long millis) {}

    /**
     * Runs {@code mvn -B <args>} in the directory and waits (at most five minutes).
     *
     * @param mavenHome the Maven installation (the ITs' {@code mavenHome} script variable)
     * @param localRepository the invoker's {@code localRepositoryPath}
     * @param name the log's name, {@code <name>.log} in the directory
     */
    public static Build run(Object mavenHome, File localRepository, File directory, String name, List<String> args)
            throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        File mvn = new File(String.valueOf(mavenHome), windows ? "bin/mvn.cmd" : "bin/mvn");
        List<String> command = new ArrayList<>(List.of(mvn.getAbsolutePath(), "-B", "-Dmaven.repo.local=" + localRepository.getAbsolutePath()));
        command.addAll(args);
        File log = new File(directory, name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn " + args + " in " + directory + " took more than five minutes");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        System.out.printf("  [it] %s: mvn %s -> exit %d in %d ms%n", directory.getName(), String.join(" ", args), process.exitValue(), millis);
        return new Build(process.exitValue(), text, millis);
    }
}
