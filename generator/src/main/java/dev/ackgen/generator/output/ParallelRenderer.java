package dev.ackgen.generator.output;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Renders Java files to bytes on every core while the generator builds the next ones, and hands
 * them to the sink in the order they were built, from the thread that built them. Rendering (the
 * text of an immutable {@link JavaFile}) is most of a large spec's generation time and needs
 * nothing shared; building them runs extensions' hooks and stays on the caller's thread. At most
 * {@link #WINDOW} files are in flight, so memory stays bounded however many files a spec gives.
 */
public final class ParallelRenderer implements Consumer<JavaFile>, AutoCloseable {
    /** Files rendered ahead of the sink: enough to keep the cores busy, few enough to stay small. */
    static final int WINDOW = 64;

    private final BiConsumer<String, byte[]> sink;
    private final ExecutorService executor;
    private final Deque<CompletableFuture<Rendered>> inFlight = new ArrayDeque<>();

    private record Rendered(String path, byte[] bytes) {}

    /** @param sink what takes each file's path and bytes, in order, on the caller's thread */
    public ParallelRenderer(BiConsumer<String, byte[]> sink) {
        this.sink = sink;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ackgen-render");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void accept(JavaFile file) {
        inFlight.add(CompletableFuture.supplyAsync(() -> new Rendered(OutputWriter.path(file), OutputWriter.bytes(file)), executor));
        while (inFlight.size() > WINDOW) {
            deliverFirst();
        }
    }

    /** Hands every file still in flight to the sink. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverFirst();
        }
    }

    private void deliverFirst() {
        Rendered rendered;
        try {
            rendered = inFlight.removeFirst().join();
        } catch (CompletionException e) {
            // Rendering failed: the caller sees the failure as if it had rendered the file itself.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        sink.accept(rendered.path(), rendered.bytes());
    }

    /** Stops the rendering threads; files not {@link #finish finished} are dropped. */
    @Override
    public void close() {
        inFlight.forEach(future -> future.cancel(false));
        inFlight.clear();
        executor.shutdownNow();
    }
}
