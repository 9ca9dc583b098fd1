package org.rcodels.server.reliability;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.rcodels.server.lsp.ServerLauncher;

/**
 * The server started in this JVM through {@link ServerLauncher#start}, exactly as the jar starts it, over two
 * in-memory pipes. The test writes raw bytes; a reader thread parses what the server writes with {@link Frames}
 * (strictly: a byte outside a frame is recorded as a failure) and answers the server's own requests
 * ({@code workspace/configuration}) with whatever {@code answers} gives.
 */
final class InProcessServer implements AutoCloseable {
    private final BytePipe toServer = new BytePipe();
    private final BytePipe fromServer = new BytePipe();
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    /** The first framing problem seen on the server's output, or null. */
    volatile Throwable framingProblem;
    /** True once the server's output ended cleanly (between frames). */
    volatile boolean outputEnded;
    private final Thread server;
    private final Thread reader;
    private volatile Function<JsonObject, JsonElement> answers = request -> JsonParser.parseString("[null]");
    private int nextId = 1;

    InProcessServer() {
        server = new Thread(() -> {
            try {
                exitCode.complete(ServerLauncher.start(toServer.in, fromServer.out));
            } catch (Throwable t) {
                exitCode.completeExceptionally(t);
            } finally {
                fromServer.close();
            }
        }, "test-server-main");
        server.setDaemon(true);
        server.start();
        reader = new Thread(this::readLoop, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try {
            while (true) {
                JsonObject m = Frames.read(fromServer.in);
                if (m == null) {
                    outputEnded = true;
                    return;
                }
                if (m.has("method") && m.has("id")) {
                    // a request from the server: answer it (the answer may be odd on purpose)
                    JsonObject r = new JsonObject();
                    r.addProperty("jsonrpc", "2.0");
                    r.add("id", m.get("id"));
                    r.add("result", answers.apply(m));
                    send(Frames.frame(r));
                }
                received.add(m);
            }
        } catch (IOException | RuntimeException e) {
            framingProblem = e;
        }
    }

    /** What the client answers to the server's requests. */
    void answerRequestsWith(Function<JsonObject, JsonElement> f) {
        answers = f;
    }

    /** Writes raw bytes; ignored once the server has closed its input (the test checks the exit code instead). */
    synchronized void send(byte[] bytes) {
        try {
            toServer.out.write(bytes, 0, bytes.length);
        } catch (IOException e) {
            // input closed
        }
    }

    void send(JsonObject message) {
        send(Frames.frame(message));
    }

    synchronized int nextId() {
        return nextId++;
    }

    int request(String method, JsonElement params) {
        int id = nextId();
        send(Msg.request(id, method, params));
        return id;
    }

    void notify(String method, JsonElement params) {
        send(Msg.notification(method, params));
    }

    /** Waits for the response to {@code id}, keeping every other message in {@code others} if given. */
    JsonObject response(Object id, long seconds, List<JsonObject> others) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<JsonObject> skipped = new ArrayList<>();
        try {
            while (true) {
                long left = end - System.nanoTime();
                JsonObject m = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (m == null) {
                    throw new AssertionError("no response to " + id + " within " + seconds + " s"
                            + (framingProblem == null ? "" : "; framing problem: " + framingProblem));
                }
                if (Msg.isResponse(m) && Msg.idEquals(m.get("id"), id)) {
                    return m;
                }
                skipped.add(m);
            }
        } finally {
            if (others != null) {
                others.addAll(skipped);
            }
        }
    }

    void closeInput() {
        toServer.close();
    }

    Integer awaitExit(long seconds) throws Exception {
        return exitCode.get(seconds, TimeUnit.SECONDS);
    }

    /** Waits until the server's output has ended (all frames read). */
    void awaitOutputEnd(long seconds) throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
    }

    @Override
    public void close() {
        toServer.close();
    }
}
