package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final SerialLane lane = new SerialLane(worker);

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!lane.idle() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertTrue(lane.idle(), "the lane never emptied");
    }

    @Test
    void anEmptyLaneRunsTheRequestOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        CompletableFuture<Thread> f = lane.runHere(Thread::currentThread);
        assertNotNull(f);
        assertTrue(f.isDone());
        assertSame(caller, f.get());
    }

    @Test
    void queuedOrRunningWorkSendsTheRequestToTheQueueInstead() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lane.execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // queued behind the running one
        AtomicBoolean second = new AtomicBoolean();
        lane.execute(() -> second.set(true));
        AtomicBoolean ran = new AtomicBoolean();
        started.await(10, TimeUnit.SECONDS);
        assertNull(lane.runHere(() -> ran.getAndSet(true)), "must not run while the worker runs");
        assertFalse(ran.get());
        release.countDown();
        awaitIdle();
        assertTrue(second.get());
        assertNotNull(lane.runHere(() -> ran.getAndSet(true)));
        assertTrue(ran.get());
    }

    @Test
    void aFailureIsAFailedFutureAndTheLaneGoesOn() throws Exception {
        CompletableFuture<Object> f = lane.runHere(() -> {
            throw new IllegalStateException("broken feature");
        });
        assertNotNull(f);
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertEquals("broken feature", e.getCause().getMessage());
        assertTrue(lane.idle(), "the lock is released after a failure");
        assertEquals(7, lane.runHere(() -> 7).get());
        CountDownLatch done = new CountDownLatch(1);
        lane.execute(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    @Test
    void tasksAndRequestsNeverOverlapAndKeepTheirOrder() throws Exception {
        // the reader's pattern: hand in a change, then a quick request, many times, while another thread queues too
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        int[] state = {0};
        AtomicBoolean inside = new AtomicBoolean();
        AtomicBoolean overlap = new AtomicBoolean();
        Thread other = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                lane.execute(() -> {
                    if (!inside.compareAndSet(false, true)) {
                        overlap.set(true);
                    }
                    inside.set(false);
                });
            }
        });
        other.start();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        int[] here = {0};
        for (int i = 1; i <= 2000; i++) {
            int v = i;
            lane.execute(() -> {
                if (!inside.compareAndSet(false, true)) {
                    overlap.set(true);
                }
                state[0] = v;
                inside.set(false);
            });
            java.util.function.Supplier<Integer> read = () -> {
                if (!inside.compareAndSet(false, true)) {
                    overlap.set(true);
                }
                int s = state[0];
                inside.set(false);
                return s;
            };
            if (i % 2 == 0) {
                // give the lane time to empty, so that some requests are answered here
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
                while (!lane.idle() && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            CompletableFuture<Integer> f = lane.runHere(read);
            if (f != null) {
                here[0]++;
            } else {
                f = CompletableFuture.supplyAsync(read, lane);
            }
            answers.add(f);
            if (i % 3 == 0) {
                seen.add(f.get(10, TimeUnit.SECONDS));
            }
        }
        other.join();
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i + 1, answers.get(i).get(10, TimeUnit.SECONDS), "request " + (i + 1) + " saw another state");
        }
        assertFalse(overlap.get(), "two pieces of lane work ran at once");
        assertFalse(seen.isEmpty());
        assertTrue(here[0] > 0, "no request was answered on the calling thread");
        assertTrue(here[0] < answers.size(), "every request was answered on the calling thread");
    }
}
