package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of generated hostile messages sent to the server in this JVM (started by
 * {@code ServerLauncher.start} as the jar starts it, over in-memory pipes). Checks that every request with a valid id
 * gets exactly one well-formed response, that no request fails with an internal error (our code throwing), that no
 * exception escapes to a thread's top (stderr stays free of "Exception in thread"), that everything the server
 * writes is a well-formed frame, and that a known-good hover still works at the end. Deterministic: one seed per run.
 */
class ProtocolFuzzTest {

    /** Messages per run; the two runs together send more than 20,000. */
    static final int RUN_A = Integer.getInteger("fuzz.a", 24_000);
    static final int RUN_B = Integer.getInteger("fuzz.b", 8_000);

    static final JsonObject SANE = Msg.json("{\"hover\":true,\"completion\":true,\"diagnostics\":true,"
            + "\"inlayHints\":true,\"locale\":\"\",\"maxFileMb\":200}");

    static final String GOOD_URI = "file:///fuzz/known-good.txt";
    static final String GOOD_TEXT = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 43575\n";

    @Test
    void utf8ClientWithConfigurationPullAndMarkdown() throws Exception {
        FuzzResults.Report r = run(20261121L, RUN_A, true, true, true);
        r.print("in-process run A (UTF-8 positions, settings pulled, Markdown)");
    }

    @Test
    void utf16ClientWithPushedSettingsAndPlainText() throws Exception {
        FuzzResults.Report r = run(7L, RUN_B, false, false, false);
        r.print("in-process run B (UTF-16 positions, settings pushed, plain text)");
    }

    static FuzzResults.Report run(long seed, int messages, boolean utf8, boolean pull, boolean markdown) throws Exception {
        FuzzResults.Report report = new FuzzResults.Report();
        long start = System.nanoTime();
        // LSP4J logs every message it cannot read; count those records instead of printing thousands of traces
        Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
        AtomicInteger logged = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.incrementAndGet();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = lsp4j.getUseParentHandlers();
        lsp4j.setUseParentHandlers(false);
        lsp4j.addHandler(counter);
        // stderr (and stdout, which the server points at stderr) captured: an exception reaching the top of a
        // thread prints "Exception in thread ..." there
        PrintStream oldErr = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(new BoundedStream(errBytes, 4 << 20), true, StandardCharsets.UTF_8);
        System.setErr(capture);
        FuzzMessages gen = new FuzzMessages(seed, FuzzResults.samples(), 1000);
        Map<Object, FuzzMessages.Sent> expected = new LinkedHashMap<>();
        try (InProcessServer s = new InProcessServer()) {
            AtomicInteger configAnswers = new AtomicInteger();
            AtomicInteger saneAnswers = new AtomicInteger();
            // the client's answers to workspace/configuration: odd settings from their own generator (so that the
            // order in which the reader thread asks does not change the messages), sane ones at the end
            FuzzMessages answers = new FuzzMessages(seed + 1, List.of(), 0);
            java.util.concurrent.atomic.AtomicBoolean sane = new java.util.concurrent.atomic.AtomicBoolean();
            s.answerRequestsWith(req -> {
                configAnswers.incrementAndGet();
                JsonArray a = new JsonArray();
                if (sane.get()) {
                    saneAnswers.incrementAndGet();
                    a.add(SANE);
                } else {
                    a.add(answers.settings());
                }
                return a;
            });
            JsonObject init = s.response(s.request("initialize", initParams(utf8, pull, markdown)), 30, null);
            assertEquals(utf8 ? "utf-8" : "utf-16", init.getAsJsonObject("result").getAsJsonObject("capabilities")
                    .get("positionEncoding").getAsString());
            s.notify("initialized", new JsonObject());

            // huge documents first, with every whole-document request on them
            for (FuzzMessages.Sent m : Huge.messages(gen)) {
                send(s, m, expected, report);
            }
            report.hugeDocuments = Huge.COUNT;

            while (report.frames < messages) {
                for (FuzzMessages.Sent m : gen.next()) {
                    send(s, m, expected, report);
                }
            }

            // back to sane settings, then a known-good hover must still work
            sane.set(true);
            JsonObject change = new JsonObject();
            change.add("settings", SANE);
            s.notify("workspace/didChangeConfiguration", change);
            if (pull) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (saneAnswers.get() == 0 && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
            }
            s.notify("textDocument/didOpen", Msg.json("{\"textDocument\":{\"uri\":\"" + GOOD_URI
                    + "\",\"languageId\":\"plaintext\",\"version\":1,\"text\":" + new com.google.gson.JsonPrimitive(GOOD_TEXT)
                    + "}}"));
            int col = GOOD_TEXT.indexOf("NXDOMAIN") + 3;
            int hover = s.request("textDocument/hover", Msg.json("{\"textDocument\":{\"uri\":\"" + GOOD_URI
                    + "\"},\"position\":{\"line\":0,\"character\":" + col + "}}"));
            List<JsonObject> seen = new ArrayList<>();
            JsonObject h = s.response(hover, 60, seen);
            assertTrue(h.has("result") && h.get("result").isJsonObject(), "the known-good hover after the fuzz: " + h);
            String value = h.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
            assertTrue(value.contains("NXDOMAIN"), value);
            assertEquals(markdown ? "markdown" : "plaintext",
                    h.getAsJsonObject("result").getAsJsonObject("contents").get("kind").getAsString());

            // every owed response must arrive (cancelled ones included); then a clean shutdown
            int shut = s.request("shutdown", null);
            s.response(shut, 60, seen);
            s.notify("exit", null);
            assertEquals(0, s.awaitExit(30), "exit code after shutdown and exit");
            s.awaitOutputEnd(10);
            assertNull(s.framingProblem, "the server wrote something that is not a frame");
            s.received.drainTo(seen);
            FuzzResults.check(seen, expected, report);
        } catch (AssertionError e) {
            String err = errBytes.toString(StandardCharsets.UTF_8);
            throw new AssertionError(e.getMessage() + "\n--- stderr (" + err.length() + " chars, last part):\n"
                    + err.substring(Math.max(0, err.length() - 8000)), e);
        } finally {
            System.setErr(oldErr);
            lsp4j.removeHandler(counter);
            lsp4j.setUseParentHandlers(parents);
        }
        report.lsp4jLogged = logged.get();
        report.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(!err.contains("Exception in thread") && !err.contains("\tat org.rcodels"),
                "an exception reached the top of a thread or was printed:\n" + err.substring(0, Math.min(err.length(), 6000)));
        return report;
    }

    private static void send(InProcessServer s, FuzzMessages.Sent m, Map<Object, FuzzMessages.Sent> expected,
                             FuzzResults.Report report) {
        if (m.id() != null) {
            FuzzMessages.Sent previous = expected.put(m.id(), m);
            assertNull(previous, "the generator reused id " + m.id());
        }
        s.send(m.frame());
        report.frames++;
        report.bytes += m.frame().length;
        report.kinds.merge(m.kind(), 1, Integer::sum);
    }

    static JsonObject initParams(boolean utf8, boolean pull, boolean markdown) {
        return Msg.json("{\"processId\":" + ProcessHandle.current().pid() + ",\"rootUri\":null,\"locale\":\"en\","
                + "\"capabilities\":{\"general\":{\"positionEncodings\":"
                + (utf8 ? "[\"utf-8\",\"utf-16\"]" : "[\"utf-16\"]") + "},"
                + "\"workspace\":{\"configuration\":" + pull + "},"
                + "\"textDocument\":{\"hover\":{\"contentFormat\":[\"" + (markdown ? "markdown" : "plaintext")
                + "\"]}}}}");
    }

    /** Keeps at most {@code limit} bytes (a flood of output must not exhaust memory). */
    static final class BoundedStream extends OutputStream {
        private final ByteArrayOutputStream out;
        private final int limit;

        BoundedStream(ByteArrayOutputStream out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (out.size() < limit) {
                out.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int n = Math.min(len, limit - out.size());
            if (n > 0) {
                out.write(b, off, n);
            }
        }
    }
}
