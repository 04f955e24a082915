package dev.ackgen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ackgen.generator.GeneratorFixture;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.InvalidOptionsException;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The project's own fuzzer: seeded mutations ({@link SpecMutator}) of the specs in test resources,
 * each generated through the {@link Pipeline} with a time limit, every clean output compiled with
 * {@code -Xlint:all -Werror} (in batches; a failing batch is split to find the case). One line
 * reports the seven counts; the specs of failing cases are written to {@code target/fuzz-failures/}
 * to be kept as regression cases. CI runs 1,000 cases (about a minute); a long run:
 *
 * <pre>./mvnw -B -pl generator -am test -Dtest=SpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dackgen.fuzz.cases=10000 -Dackgen.fuzz.seed=1</pre>
 */
class SpecFuzzTest {
    private static final int CASES = Integer.getInteger("ackgen.fuzz.cases", 1000);
    private static final long SEED = Long.getLong("ackgen.fuzz.seed", 20261130L);
    private static final long TIME_LIMIT_SECONDS = 30;
    private static final int BATCH = 40;
    /** Texts of the JVM, not of ackgen: a problem that says these leaked an exception instead of saying what is wrong. */
    private static final Pattern LEAKED = Pattern.compile(
            "Exception|Error:|because \"|cannot be cast|out of bounds|is neither a decimal|java\\.lang\\.|null pointer");
    /** A line of /etc/passwd: a message that quotes a refused file's content. */
    private static final Pattern FILE_CONTENT = Pattern.compile("root:[^:\\s]*:0:0:");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private record Seed(String name, ObjectNode tree) {}

    /** One case's generated files, compiled later in a batch. */
    record Generated(int index, SortedMap<String, byte[]> files) {}

    @Test
    void mutatedSpecsGiveCompilingCodeOrALocatedErrorAndNothingElse() throws Exception {
        List<Seed> seeds = List.of(seed("pets", GeneratorFixture.text("customize/pets.yaml")),
                seed("create-cluster", Files.readString(GeneratorFixture.createClusterSpec())));
        Path workspace = Files.createTempDirectory("ackgen-fuzz");
        Path failures = Path.of("target/fuzz-failures");
        Map<FuzzOutcome, Integer> counts = new EnumMap<>(FuzzOutcome.class);
        for (FuzzOutcome outcome : FuzzOutcome.values()) {
            counts.put(outcome, 0);
        }
        List<String> failed = new ArrayList<>();
        List<Generated> pending = new ArrayList<>();
        Map<Integer, String> specs = new java.util.HashMap<>();
        Map<Integer, List<String>> mutations = new java.util.HashMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        long start = System.nanoTime();
        try {
            for (int i = 0; i < CASES; i++) {
                Seed seed = seeds.get(i % seeds.size());
                ObjectNode tree = seed.tree().deepCopy();
                SpecMutator mutator = new SpecMutator(SEED + i);
                mutator.mutate(tree);
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
                specs.put(i, text);
                mutations.put(i, mutator.applied());
                SpecSource source = new SpecSource(seed.name() + "-" + i + ".json", workspace.resolve(seed.name() + "-" + i + ".json").toUri(), text);
                String packageName = "fuzz.c" + i;
                Future<Pipeline.Result> run = worker.submit(() -> Pipeline.of(GeneratorOptions.all(packageName)).run(source));
                FuzzOutcome outcome;
                String detail = "";
                try {
                    Pipeline.Result result = run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
                    if (result.files().keySet().stream().anyMatch(SpecFuzzTest::leavesOutput)) {
                        outcome = FuzzOutcome.OUTSIDE_OUTPUT;
                    } else if (SpecMutator.hasHostileRef(tree)) {
                        outcome = FuzzOutcome.HOSTILE_REF_READ; // the spec's $ref to it was not refused
                    } else {
                        pending.add(new Generated(i, result.files()));
                        outcome = null; // decided when its batch compiles
                    }
                } catch (TimeoutException e) {
                    run.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    outcome = FuzzOutcome.HANG;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SpecException spec && spec.problems().stream().allMatch(SpecFuzzTest::isClear)) {
                        outcome = FuzzOutcome.CLEAR_ERROR;
                    } else if (cause instanceof InvalidOptionsException && !LEAKED.matcher(cause.getMessage()).find()) {
                        outcome = FuzzOutcome.CLEAR_ERROR;
                    } else {
                        outcome = FuzzOutcome.CRASH;
                        detail = String.valueOf(cause);
                    }
                }
                if (outcome != null) {
                    record(outcome, i, detail, counts, failed, specs, mutations, failures);
                }
                if (pending.size() >= BATCH || (i == CASES - 1 && !pending.isEmpty())) {
                    for (Map.Entry<Integer, String> compiled : compileBatch(pending).entrySet()) {
                        FuzzOutcome result = compiled.getValue() == null ? FuzzOutcome.CLEAN : FuzzOutcome.NON_COMPILING;
                        record(result, compiled.getKey(), compiled.getValue() == null ? "" : compiled.getValue(),
                                counts, failed, specs, mutations, failures);
                    }
                    pending.clear();
                }
            }
        } finally {
            worker.shutdownNow();
        }
        String report = String.format("fuzz: %d cases (seed %d) in %d s: clean %d, clear errors %d, crashes %d, non-compiling %d, hangs %d,"
                        + " files outside the output %d, hostile refs read %d",
                CASES, SEED, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), counts.get(FuzzOutcome.CLEAN),
                counts.get(FuzzOutcome.CLEAR_ERROR), counts.get(FuzzOutcome.CRASH), counts.get(FuzzOutcome.NON_COMPILING),
                counts.get(FuzzOutcome.HANG), counts.get(FuzzOutcome.OUTSIDE_OUTPUT), counts.get(FuzzOutcome.HOSTILE_REF_READ));
        System.out.println(report);
        failed.stream().limit(40).forEach(System.out::println);
        assertThat(failed).as(report + " (failing specs in " + failures.toAbsolutePath() + ")").isEmpty();
    }

    private static void record(FuzzOutcome outcome, int index, String detail, Map<FuzzOutcome, Integer> counts, List<String> failed,
            Map<Integer, String> specs, Map<Integer, List<String>> mutations, Path failures) throws IOException {
        counts.merge(outcome, 1, Integer::sum);
        if (outcome != FuzzOutcome.CLEAN && outcome != FuzzOutcome.CLEAR_ERROR) {
            Files.createDirectories(failures);
            Path file = failures.resolve(outcome.name().toLowerCase(java.util.Locale.ROOT) + "-" + index + ".json");
            Files.writeString(file, specs.get(index), StandardCharsets.UTF_8);
            String firstLine = detail.lines().findFirst().orElse("");
            failed.add(outcome + " case " + index + " " + mutations.get(index) + ": "
                    + (firstLine.length() > 300 ? firstLine.substring(0, 300) + "..." : firstLine) + " (" + file + ")");
        }
        specs.remove(index);
        mutations.remove(index);
    }

    /** A problem in the user's terms: a file to look in, no text of the JVM's, and none of a refused file's. */
    static boolean isClear(SpecProblem problem) {
        return problem.file() != null && !problem.file().isEmpty() && !LEAKED.matcher(problem.message()).find()
                && !FILE_CONTENT.matcher(problem.message()).find();
    }

    private static boolean leavesOutput(String path) {
        Path root = Path.of("out").toAbsolutePath();
        Path resolved = root.resolve(path).normalize();
        return Path.of(path).isAbsolute() || !resolved.startsWith(root) || resolved.equals(root);
    }

    /** Compiles the cases together; on failure, each alone. Null for a case that compiled, else the first diagnostic. */
    private static Map<Integer, String> compileBatch(List<Generated> cases) {
        Map<Integer, String> outcomes = new java.util.TreeMap<>();
        if (compile(cases) == null) {
            cases.forEach(c -> outcomes.put(c.index(), null));
            return outcomes;
        }
        for (Generated single : cases) {
            outcomes.put(single.index(), compile(List.of(single)));
        }
        return outcomes;
    }

    static String compile(List<Generated> cases) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Generated generated : cases) {
            generated.files().forEach((path, bytes) -> sources.add(JavaFileObjects.forSourceString(
                    path.replace(".java", "").replace('/', '.'), new String(bytes, StandardCharsets.UTF_8))));
        }
        if (sources.isEmpty()) {
            return null;
        }
        try {
            // No annotation processing: the test class path has processors the generated code does not use.
            Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(sources);
            if (compilation.status() == Compilation.Status.SUCCESS && compilation.warnings().isEmpty()) {
                return null;
            }
            return compilation.diagnostics().stream().map(Object::toString).findFirst().orElse("failed without a diagnostic");
        } catch (RuntimeException | StackOverflowError e) {
            return "javac failed: " + e;
        }
    }

    private static Seed seed(String name, String yaml) {
        try {
            JsonNode tree = new YAMLMapper().readTree(yaml);
            return new Seed(name, (ObjectNode) tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        };
    }
}
