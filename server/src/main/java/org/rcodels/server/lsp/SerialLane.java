package org.rcodels.server.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The server's single lane of work: document changes and requests run one at a time, in the order they were handed
 * in. Work handed to {@link #execute} runs on the worker thread. A request whose cost is bounded by a line (hover,
 * completion) may instead run at once on the thread that hands it in, LSP4J's reader, through {@link #runHere}, but
 * only while the lane is empty: nothing queued and nothing running. Everything handed in before it has then finished,
 * and nothing else runs until it is done, so the order is the same as on the worker; what is saved is the hand-over to
 * another thread, a wake-up that costs tens of microseconds of a round trip of about a hundred.
 */
final class SerialLane implements Executor {
    private final ExecutorService worker;
    /** Tasks handed to the worker and not yet finished (queued or running). */
    private final AtomicInteger pending = new AtomicInteger();
    /** Held by whatever runs lane work, on the worker or here. */
    private final ReentrantLock running = new ReentrantLock();

    SerialLane(ExecutorService worker) {
        this.worker = worker;
    }

    @Override
    public void execute(Runnable task) {
        pending.incrementAndGet();
        try {
            worker.execute(() -> {
                running.lock();
                try {
                    task.run();
                } finally {
                    running.unlock();
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            throw e;
        }
    }

    /**
     * Runs {@code work} on this thread if the lane is empty, and returns its result (or its failure) as a completed
     * future; returns null, having run nothing, when other work is queued or running: the caller then queues it.
     */
    <R> CompletableFuture<R> runHere(Supplier<R> work) {
        // a task counted in pending has not finished; one that is no longer counted released the lock before
        if (pending.get() != 0 || !running.tryLock()) {
            return null;
        }
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            running.unlock();
        }
    }

    /** True while nothing is queued or running (for tests). */
    boolean idle() {
        return pending.get() == 0 && !running.isLocked();
    }
}
