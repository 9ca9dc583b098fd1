package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rcodels.server.reliability.FuzzMessages;
import org.rcodels.server.reliability.FuzzResults;

/** The packaged jar, started as a process: the whole server as a client meets it. */
class ServerJarIT {

    static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    static JsonObject initParams(long pid) {
        return json("{\"processId\":" + (pid > 0 ? pid : "null") + ",\"rootUri\":null,\"locale\":\"en\","
                + "\"capabilities\":{\"textDocument\":{\"hover\":{\"contentFormat\":[\"markdown\"]}}}}");
    }

    @Test
    void initializeOpenHoverShutdownExit() throws Exception {
        try (LspProcess p = new LspProcess()) {
            JsonObject init = p.response(p.request("initialize", initParams(ProcessHandle.current().pid())));
            assertEquals("rcode-ls", init.getAsJsonObject("result").getAsJsonObject("serverInfo").get("name").getAsString());
            p.notify("initialized", new JsonObject());
            String log = "[ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout";
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", "file:///tmp/coredns.log");
            doc.addProperty("languageId", "log");
            doc.addProperty("version", 1);
            doc.addProperty("text", ";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 5\n" + log + "\n");
            JsonObject open = new JsonObject();
            open.add("textDocument", doc);
            p.notify("textDocument/didOpen", open);
            JsonObject hover = p.response(p.request("textDocument/hover", json(
                    "{\"textDocument\":{\"uri\":\"file:///tmp/coredns.log\"},\"position\":{\"line\":0,\"character\":44}}")));
            String value = hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
            assertTrue(value.contains("REFUSED"), value);
            // an unknown method gets a JSON-RPC error, and the server keeps serving
            JsonObject unknown = p.response(p.request("rcode/noSuchMethod", new JsonObject()));
            assertTrue(unknown.has("error"), unknown.toString());
            JsonObject again = p.response(p.request("textDocument/hover", json(
                    "{\"textDocument\":{\"uri\":\"file:///tmp/coredns.log\"},\"position\":{\"line\":0,\"character\":0}}")));
            assertTrue(again.has("result"));
            JsonObject shut = p.response(p.request("shutdown", null));
            assertTrue(shut.has("result"));
            p.notify("exit", null);
            assertEquals(0, p.waitFor(10));
            assertNull(p.readMessage(), "nothing after the last response on stdout");
        }
    }

    @Test
    void exitsWhenInputEnds() throws Exception {
        try (LspProcess p = new LspProcess()) {
            p.response(p.request("initialize", initParams(0)));
            p.closeInput();
            assertEquals(1, p.waitFor(10), "exit code after end of input without shutdown");
        }
    }

    @Test
    void exitsWhenTheClientProcessDies() throws Exception {
        Process fakeClient = new ProcessBuilder("sleep", "1").start();
        try (LspProcess p = new LspProcess()) {
            p.response(p.request("initialize", initParams(fakeClient.pid())));
            fakeClient.waitFor();
            assertEquals(1, p.waitFor(10), "the server must notice its client died");
        }
    }

    @Test
    void exitWithoutShutdownExitsOneAndLeavesNothing() throws Exception {
        try (LspProcess p = new LspProcess()) {
            p.response(p.request("initialize", initParams(ProcessHandle.current().pid())));
            p.notify("initialized", new JsonObject());
            assertEquals(0, p.process.descendants().count(), "the server starts no process");
            long start = System.nanoTime();
            p.notify("exit", null);
            assertEquals(1, p.waitFor(10), "exit without shutdown");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5000, "exit took too long");
            assertTrue(!p.process.isAlive() && p.process.toHandle().descendants().findAny().isEmpty());
        }
    }

    /**
     * Thousands of generated hostile messages (the in-process fuzz's generator, a smaller run) against the packaged
     * jar: every request with a valid id gets exactly one well-formed answer, and stdout carries nothing but frames
     * from the first byte to the last (LspProcess fails on any other byte).
     */
    @Test
    void hostileTrafficGetsOneAnswerEachAndStdoutStaysFramed() throws Exception {
        try (LspProcess p = new LspProcess()) {
            p.response(p.request("initialize", initParams(ProcessHandle.current().pid())));
            p.notify("initialized", new JsonObject());
            java.util.Queue<JsonObject> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
            Throwable[] readFailure = new Throwable[1];
            Thread reader = new Thread(() -> {
                try {
                    for (JsonObject m = p.readMessage(); m != null; m = p.readMessage()) {
                        seen.add(m);
                    }
                } catch (Throwable t) {
                    readFailure[0] = t;
                }
            }, "test-jar-reader");
            reader.start();
            FuzzMessages gen = new FuzzMessages(4242L, FuzzResults.samples(), 1000);
            Map<Object, FuzzMessages.Sent> expected = new LinkedHashMap<>();
            FuzzResults.Report report = new FuzzResults.Report();
            long start = System.nanoTime();
            while (report.frames < 5000) {
                for (FuzzMessages.Sent m : gen.next()) {
                    if (m.id() != null) {
                        expected.put(m.id(), m);
                    }
                    p.sendRaw(m.frame());
                    report.frames++;
                    report.bytes += m.frame().length;
                    report.kinds.merge(m.kind(), 1, Integer::sum);
                }
            }
            // a known-good hover still works, then a clean stop: the reader sees the end of stdout
            String text = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 7\n";
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", "file:///tmp/known-good.txt");
            doc.addProperty("languageId", "plaintext");
            doc.addProperty("version", 1);
            doc.addProperty("text", text);
            JsonObject open = new JsonObject();
            open.add("textDocument", doc);
            p.notify("workspace/didChangeConfiguration", json("{\"settings\":{\"hover\":true,\"locale\":\"\"}}"));
            p.notify("textDocument/didOpen", open);
            int hover = p.request("textDocument/hover", json("{\"textDocument\":{\"uri\":\"file:///tmp/known-good.txt\"},"
                    + "\"position\":{\"line\":0,\"character\":" + (text.indexOf("NXDOMAIN") + 2) + "}}"));
            int shutdown = p.request("shutdown", null);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until && readFailure[0] == null && seen.stream().noneMatch(m ->
                    m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsString().equals("" + shutdown))) {
                Thread.sleep(20);
            }
            p.notify("exit", null);
            assertEquals(0, p.waitFor(15), "exit code after shutdown");
            reader.join(10_000);
            if (readFailure[0] != null) {
                throw new AssertionError("stdout held something that is not a frame", readFailure[0]);
            }
            List<JsonObject> all = new ArrayList<>(seen);
            JsonObject h = all.stream().filter(m -> m.has("id") && m.get("id").isJsonPrimitive()
                    && m.get("id").getAsString().equals("" + hover)).findFirst().orElseThrow(() -> new AssertionError(
                    "no answer to the known-good hover; answers to the test's own ids: " + all.stream().filter(m ->
                    m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsJsonPrimitive().isNumber()
                    && m.get("id").getAsLong() < 1000).toList()));
            assertTrue(h.get("result").getAsJsonObject().getAsJsonObject("contents").get("value").getAsString()
                    .contains("NXDOMAIN"), h.toString());
            // the ids the test itself used (initialize, hover, shutdown) are below the generator's
            all.removeIf(m -> m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsJsonPrimitive().isNumber()
                    && m.get("id").getAsLong() < 1000);
            FuzzResults.check(all, expected, report);
            report.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            report.print("packaged jar");
        }
    }
}
