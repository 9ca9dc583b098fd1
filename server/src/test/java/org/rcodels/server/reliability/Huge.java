package org.rcodels.server.reliability;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Huge and empty documents and every request on them: a 3 MB log (edited in the middle, then replaced whole by a
 * 2 MB text), a 1 MB single line, a 2 MB Corefile (a dialect that gets diagnostics), and an empty document.
 */
final class Huge {
    private Huge() {
    }

    static final int COUNT = 4;

    static final String LOG_LINES = """
            [ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout
            [INFO] 127.0.0.1:44301 - 29008 "A IN example.org. udp 41 false 4096" NXDOMAIN qr,rd,ra,ad 68 0.037990251s
            Jan 24 10:11:25 dns1 dnsdist[1201]: Answer to 198.51.100.23:53001 for nothere.example.com. A (Non-Existent domain) with id 4243
            2025-01-24T10:11:26Z {"Status":3,"TC":false,"Comment":"EDE: 18 (Prohibited)"}
            ;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 7 \uD83D\uDE00 قبل e\u0301\r
            info: 192.0.2.10 nothere.example.com. A IN always_nxdomain see RFC 8914 section 4.1\r
            """;

    static final String COREFILE_BLOCK = """
            example.org:53 {
                rewrite stop {
                    rcode 2 NOERROR
                }
                template IN A {
                    rcode NXDOMAIN
                }
                forward . 10.0.0.2
            }
            """;

    static String repeat(String block, int chars) {
        StringBuilder sb = new StringBuilder(chars + block.length());
        while (sb.length() < chars) {
            sb.append(block);
        }
        return sb.toString();
    }

    static List<FuzzMessages.Sent> messages(FuzzMessages gen) {
        List<FuzzMessages.Sent> out = new ArrayList<>();
        String big = repeat(LOG_LINES, 3 << 20);
        int bigLines = (int) big.lines().count();
        String log = "file:///fuzz/huge/big.log";
        out.add(open(gen, log, "log", big));
        everyRequest(gen, out, log, bigLines / 2, 30);
        out.add(gen.notification("textDocument/didChange", change(log, bigLines / 2, 3, bigLines / 2 + 1, 2,
                "\uD83D\uDE00\r\nstatus: REFUSED\r"), "huge edit"));
        everyRequest(gen, out, log, bigLines / 2, 2);
        JsonObject whole = new JsonObject();
        whole.add("textDocument", Msg.json("{\"uri\":\"" + log + "\",\"version\":3}"));
        com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
        JsonObject c = new JsonObject();
        c.addProperty("text", repeat(gen.mutated(LOG_LINES), 2 << 20));
        changes.add(c);
        whole.add("contentChanges", changes);
        out.add(gen.notification("textDocument/didChange", whole, "huge replace"));
        everyRequest(gen, out, log, 100, 8);
        out.add(gen.notification("textDocument/didClose", Msg.json("{\"textDocument\":{\"uri\":\"" + log + "\"}}"),
                "huge close"));

        String oneLine = "file:///fuzz/huge/one-line.log";
        out.add(open(gen, oneLine, "log", repeat("status: NXDOMAIN rcode=3 EDE: 18 [x](command:x) \uD83D\uDE00 ",
                1 << 20)));
        everyRequest(gen, out, oneLine, 0, 500_000);

        String corefile = "file:///fuzz/huge/Corefile";
        out.add(open(gen, corefile, "plaintext", repeat(COREFILE_BLOCK, 2 << 20)));
        everyRequest(gen, out, corefile, 40_000, 17);

        String empty = "file:///fuzz/huge/empty.txt";
        out.add(open(gen, empty, "plaintext", ""));
        everyRequest(gen, out, empty, 0, 0);
        everyRequest(gen, out, empty, 1, 1);
        return out;
    }

    private static FuzzMessages.Sent open(FuzzMessages gen, String uri, String languageId, String text) {
        JsonObject td = new JsonObject();
        td.addProperty("uri", uri);
        td.addProperty("languageId", languageId);
        td.addProperty("version", 1);
        td.addProperty("text", text);
        JsonObject p = new JsonObject();
        p.add("textDocument", td);
        return gen.notification("textDocument/didOpen", p, "huge open");
    }

    static JsonObject change(String uri, int sl, int sc, int el, int ec, String text) {
        JsonObject p = new JsonObject();
        p.add("textDocument", Msg.json("{\"uri\":\"" + uri + "\",\"version\":2}"));
        com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
        JsonObject c = new JsonObject();
        c.add("range", range(sl, sc, el, ec));
        c.addProperty("text", text);
        changes.add(c);
        p.add("contentChanges", changes);
        return p;
    }

    static JsonObject range(int sl, int sc, int el, int ec) {
        return Msg.json("{\"start\":{\"line\":" + sl + ",\"character\":" + sc + "},\"end\":{\"line\":" + el
                + ",\"character\":" + ec + "}}");
    }

    /** Every request the server offers, at one place and over the whole document. */
    static void everyRequest(FuzzMessages gen, List<FuzzMessages.Sent> out, String uri, int line, int col) {
        JsonObject td = new JsonObject();
        td.addProperty("uri", uri);
        JsonObject pos = Msg.json("{\"line\":" + line + ",\"character\":" + col + "}");
        JsonObject at = new JsonObject();
        at.add("textDocument", td);
        at.add("position", pos);
        out.add(gen.request("textDocument/hover", at, "huge hover"));
        out.add(gen.request("textDocument/completion", at, "huge completion"));
        JsonObject all = new JsonObject();
        all.add("textDocument", td);
        all.add("range", range(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE));
        out.add(gen.request("textDocument/inlayHint", all, "huge inlayHint"));
        out.add(gen.request("textDocument/semanticTokens/range", all, "huge semanticTokens/range"));
        JsonObject doc = new JsonObject();
        doc.add("textDocument", td);
        out.add(gen.request("textDocument/semanticTokens/full", doc, "huge semanticTokens/full"));
        out.add(gen.request("textDocument/documentLink", doc, "huge documentLink"));
        JsonObject action = new JsonObject();
        action.add("textDocument", td);
        action.add("range", range(line, col, line, col + 8));
        action.add("context", Msg.json("{\"diagnostics\":[]}"));
        out.add(gen.request("textDocument/codeAction", action, "huge codeAction"));
    }
}
