package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How the server (in this JVM, started exactly as the jar starts it) stops: when its input ends, on {@code exit}
 * (0 after {@code shutdown}, 1 without), and when the client's process dies; each within a few seconds and leaving
 * no thread of its own running. The jar's side (the process really ends) is in {@code ServerJarIT}.
 */
class LifecycleTest {

    static JsonObject init(long pid) {
        return Msg.json("{\"processId\":" + (pid > 0 ? pid : "null") + ",\"rootUri\":null,\"capabilities\":{}}");
    }

    /** Starts a server, initializes it, runs {@code stop}, and checks the exit code, the time and the threads. */
    private static void check(long pid, int expectedCode, long maxMillis, Stopper stop) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        InProcessServer s = new InProcessServer();
        s.response(s.request("initialize", init(pid)), 30, null);
        s.notify("initialized", new JsonObject());
        // a request that needs the catalog: the background loader has run, the worker has worked
        JsonObject td = Msg.json("{\"uri\":\"file:///x.txt\",\"languageId\":\"plaintext\",\"version\":1}");
        td.addProperty("text", ProtocolFuzzTest.GOOD_TEXT);
        JsonObject open = new JsonObject();
        open.add("textDocument", td);
        s.notify("textDocument/didOpen", open);
        int col = ProtocolFuzzTest.GOOD_TEXT.indexOf("NXDOMAIN") + 2;
        JsonObject hover = s.response(s.request("textDocument/hover", Msg.json("{\"textDocument\":{\"uri\":"
                + "\"file:///x.txt\"},\"position\":{\"line\":0,\"character\":" + col + "}}")), 30, null);
        assertTrue(hover.get("result").isJsonObject(), hover.toString());
        long start = System.nanoTime();
        stop.stop(s);
        int code = s.awaitExit(15);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(expectedCode, code, "exit code");
        assertTrue(millis <= maxMillis, "stopped after " + millis + " ms");
        s.close();
        assertNoThreadsLeft(before);
    }

    interface Stopper {
        void stop(InProcessServer s) throws Exception;
    }

    /**
     * Every thread the server started has ended within a second: its own (named rcode-ls-*), and no other
     * non-daemon thread (LSP4J's) is left to keep a JVM alive.
     */
    static void assertNoThreadsLeft(Set<Thread> before) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<String> left;
        do {
            left = new ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (before.contains(t) || !t.isAlive() || t.getName().startsWith("test-")) {
                    continue;
                }
                if (t.getName().startsWith("rcode-ls") || !t.isDaemon()) {
                    left.add(t.getName() + (t.isDaemon() ? " (daemon) " : " ") + t.getState());
                }
            }
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("threads left running after the server stopped: " + left);
    }

    @Test
    void endOfInputStopsWithOne() throws Exception {
        check(0, 1, 3000, InProcessServer::closeInput);
    }

    @Test
    void endOfInputAfterShutdownStopsWithZero() throws Exception {
        check(0, 0, 3000, s -> {
            s.response(s.request("shutdown", null), 10, null);
            s.closeInput();
        });
    }

    @Test
    void exitAfterShutdownIsZero() throws Exception {
        check(0, 0, 3000, s -> {
            s.response(s.request("shutdown", null), 10, null);
            s.notify("exit", null);
        });
    }

    @Test
    void exitWithoutShutdownIsOne() throws Exception {
        check(0, 1, 3000, s -> s.notify("exit", null));
    }

    @Test
    void deathOfTheClientProcessStopsWithOne() throws Exception {
        Process client = new ProcessBuilder("sleep", "60").start();
        try {
            // checked every 2 s: the server must be gone within 2 checks of the death
            check(client.pid(), 1, 5000, s -> {
                client.destroyForcibly();
                client.waitFor(5, TimeUnit.SECONDS);
            });
        } finally {
            client.destroyForcibly();
        }
    }

    @Test
    void aClientProcessThatIsAlreadyGoneStopsTheServer() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(5, TimeUnit.SECONDS);
        InProcessServer s = new InProcessServer();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        long start = System.nanoTime();
        s.response(s.request("initialize", init(gone.pid())), 30, null);
        assertEquals(1, s.awaitExit(10));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5000);
        s.close();
        assertNoThreadsLeft(before);
    }

    /**
     * The client sends exit as soon as shutdown is answered, and exit stops the worker: shutdown must therefore be
     * answered after every request sent before it (it was answered at once, and queued requests went unanswered).
     */
    @Test
    void requestsSentBeforeShutdownAreAnsweredBeforeIt() throws Exception {
        try (InProcessServer s = new InProcessServer()) {
            s.response(s.request("initialize", init(0)), 30, null);
            JsonObject td = Msg.json("{\"uri\":\"file:///big.log\",\"languageId\":\"log\",\"version\":1}");
            td.addProperty("text", Huge.repeat(Huge.LOG_LINES, 1 << 20));
            JsonObject open = new JsonObject();
            open.add("textDocument", td);
            s.notify("textDocument/didOpen", open);
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(s.request("textDocument/semanticTokens/full", Msg.json("{\"textDocument\":{\"uri\":"
                        + "\"file:///big.log\"}}")));
            }
            List<JsonObject> before = new ArrayList<>();
            s.response(s.request("shutdown", null), 60, before);
            for (int id : ids) {
                assertTrue(before.stream().anyMatch(m -> Msg.isResponse(m) && Msg.idEquals(m.get("id"), id)),
                        "request " + id + " was not answered before shutdown");
            }
            s.notify("exit", null);
            assertEquals(0, s.awaitExit(10));
        }
    }
}
