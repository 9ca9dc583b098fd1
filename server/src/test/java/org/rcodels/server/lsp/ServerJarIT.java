package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

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
}
