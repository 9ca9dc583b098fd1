package org.rcodels.server.reliability;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic generator of hostile LSP traffic (seeded {@link Random}): requests for every method the server
 * offers with odd but JSON-typed parameters, the same methods with parameters of the wrong JSON types, unknown
 * requests and notifications, document notifications with odd texts (binary bytes, invalid UTF-8, lone surrogates,
 * CR, emoji, Arabic, combining marks), settings of every wrong shape, {@code $/cancelRequest} before and after the
 * request it names, and malformed JSON (truncated, not an object, ids of the wrong type, deep nesting).
 *
 * <p>Every generated message says what the server owes it: {@link Expect#ONE} (a request with a valid id that LSP4J
 * can read: exactly one response), {@link Expect#AT_MOST_ONE} (broken JSON that may or may not still show its id)
 * or {@link Expect#NONE} (notifications, and messages whose id is not a valid JSON-RPC id).
 */
public final class FuzzMessages {

    public enum Expect { ONE, AT_MOST_ONE, NONE }

    /** One frame to send; {@code id} is the Long or String id the response must carry, or null. */
    public record Sent(byte[] frame, Object id, Expect expect, String kind) {
    }

    /** The request methods the server offers (besides initialize and shutdown, which the tests send themselves). */
    public static final List<String> REQUESTS = List.of("textDocument/hover", "textDocument/completion",
            "completionItem/resolve", "textDocument/codeAction", "workspace/executeCommand", "textDocument/inlayHint",
            "textDocument/documentLink", "textDocument/semanticTokens/full", "textDocument/semanticTokens/range");

    /** Methods the protocol defines but this server does not offer, and invented ones. */
    static final List<String> UNKNOWN_REQUESTS = List.of("textDocument/definition", "textDocument/references",
            "textDocument/formatting", "textDocument/rename", "textDocument/documentSymbol", "workspace/symbol",
            "textDocument/codeLens", "rcode/noSuchMethod", "$/noSuchRequest", "", "textDocument/hover/x",
            "TEXTDOCUMENT/HOVER");

    static final List<String> UNKNOWN_NOTIFICATIONS = List.of("textDocument/didSave", "$/setTrace", "$/progress",
            "workspace/didChangeWatchedFiles", "initialized", "rcode/noSuchNotification", "$/logTrace",
            "window/workDoneProgress/cancel", "");

    /** Pieces spliced into document texts: line terminators of every kind and text that is hard to count. */
    static final String[] NASTY = {"\r\n", "\r", "\n", "\n\n", "\t", "\uD83D\uDE00", "\uD834\uDD1E", "é", "e\u0301",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u0000", "\u001b[31m", "\uFEFF", "\uD800", "\uDC00", "\u2028",
        "\u0085", "\u00A0", "[x](command:workbench.action.terminal.new)", "![i](http://x/y.png)", "<img src=x>",
        "policy.DROP", "status: NXDOMAIN", "rcode=3", "EDE: 18 (Prohibited)", "RFC 8914 section 4.1", " 16 ",
        "SERVFAIL", "\\", "`", "*_", "0x", "\"", "{", "}"};

    static final List<String> ODD_URIS = List.of("", "untitled:Untitled-1", "file:///../../etc/passwd",
            "command:workbench.action.terminal.new", "file:///tmp/a%00b.log", "\u0000", "not a uri",
            "file:///" + "d/".repeat(700) + "x.log", "https://example.org/x.log", "file:///C:/Users/x/Corefile");

    static final List<String> LANGUAGE_IDS = Arrays.asList("plaintext", "log", "lua", "dns-zone", "python", "go",
            "c", "java", "javascript", "rust", "json", "", null, "\uD83D\uDE42", "x".repeat(300), "corefile", "named");

    static final List<String> ENTRY_IDS = List.of("rcode:3", "rcode:9:tsig", "rcode:16:badsig", "ede:18",
            "opcode:5", "pseudo:nodata", "rcode:range:12-15", "rcode:99999", "", "NXDOMAIN", "x".repeat(5000),
            "[x](command:workbench.action.terminal.new)");

    /** Where the invalid-UTF-8 marker is replaced by raw bytes after serialisation. */
    private static final String BAD_MARK = "\uE000BAD\uE000";
    private static final byte[] BAD_MARK_BYTES = BAD_MARK.getBytes(StandardCharsets.UTF_8);
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};

    private final Random r;
    private final List<Map.Entry<String, String>> samples;
    /** URIs opened so far (some since closed): the ones requests mostly name. */
    private final List<String> opened = new ArrayList<>();
    private final List<Object> answeredIds = new ArrayList<>();
    private long nextId;
    private int nextString;
    private int docCounter;

    /**
     * @param samples realistic document texts keyed by file name (dig output, logs, configs...) the generator opens,
     *                mutates and names
     * @param firstId the first numeric request id to use
     */
    public FuzzMessages(long seed, List<Map.Entry<String, String>> samples, long firstId) {
        this.r = new Random(seed);
        this.samples = List.copyOf(samples);
        this.nextId = firstId;
    }

    /** The next one or two frames (a request may be followed by a {@code $/cancelRequest} for it). */
    public List<Sent> next() {
        int k = r.nextInt(100);
        List<Sent> out = new ArrayList<>(2);
        if (k < 34) {
            Object id = newId();
            String method = REQUESTS.get(r.nextInt(REQUESTS.size()));
            out.add(sent(Msg.request(id, method, params(method)), id, Expect.ONE, "request " + method));
            maybeCancel(id, out);
        } else if (k < 44) {
            Object id = newId();
            String method = REQUESTS.get(r.nextInt(REQUESTS.size()));
            out.add(sent(Msg.request(id, method, wrongParams(method)), id, Expect.ONE, "wrong types " + method));
        } else if (k < 48) {
            Object id = newId();
            String method = UNKNOWN_REQUESTS.get(r.nextInt(UNKNOWN_REQUESTS.size()));
            out.add(sent(Msg.request(id, method, r.nextBoolean() ? position() : anyJson(2)), id, Expect.ONE,
                    "unknown request"));
        } else if (k < 66) {
            out.add(documentNotification());
        } else if (k < 71) {
            out.add(sent(Msg.notification("workspace/didChangeConfiguration", settingsParams()), null, Expect.NONE,
                    "didChangeConfiguration"));
        } else if (k < 74) {
            String method = UNKNOWN_NOTIFICATIONS.get(r.nextInt(UNKNOWN_NOTIFICATIONS.size()));
            out.add(sent(Msg.notification(method, anyJson(2)), null, Expect.NONE, "other notification"));
        } else if (k < 78) {
            out.add(cancelOld());
        } else if (k < 88) {
            out.add(malformed());
        } else if (k < 94) {
            out.add(invalidUtf8());
        } else {
            out.add(badId());
        }
        return out;
    }

    /** A request with a fresh id, owed exactly one response. */
    public Sent request(String method, JsonElement params, String kind) {
        Object id = newId();
        return sent(Msg.request(id, method, params), id, Expect.ONE, kind);
    }

    public Sent notification(String method, JsonElement params, String kind) {
        return sent(Msg.notification(method, params), null, Expect.NONE, kind);
    }

    /** A text with the generator's nasty pieces spliced into a sample. */
    public String mutated(String text) {
        return mutate(text);
    }

    // ---------------------------------------------------------------------------------------------- ids, cancel

    private Object newId() {
        Object id = r.nextInt(20) == 0 ? "s-" + nextString++ : (Object) nextId++;
        if (answeredIds.size() < 10000) {
            answeredIds.add(id);
        } else {
            answeredIds.set(r.nextInt(answeredIds.size()), id);
        }
        return id;
    }

    private void maybeCancel(Object id, List<Sent> out) {
        if (r.nextInt(12) == 0) {
            out.add(sent(Msg.notification("$/cancelRequest", cancelParams(id)), null, Expect.NONE, "cancel now"));
        }
    }

    /** Cancels a request sent long ago (usually answered already) or one that does not exist. */
    private Sent cancelOld() {
        JsonElement params;
        int k = r.nextInt(6);
        if (k < 3 && !answeredIds.isEmpty()) {
            params = cancelParams(answeredIds.get(r.nextInt(answeredIds.size())));
        } else if (k == 3) {
            params = cancelParams(nextId + 1000 + r.nextInt(1000));
        } else if (k == 4) {
            params = Msg.json("{\"id\":" + pick("{}", "[]", "null", "true", "1.5", "\"\"", "-1") + "}");
        } else {
            params = anyJson(1);
        }
        return sent(Msg.notification("$/cancelRequest", params), null, Expect.NONE, "cancel later");
    }

    private static JsonObject cancelParams(Object id) {
        JsonObject p = new JsonObject();
        if (id instanceof Long l) {
            p.addProperty("id", l);
        } else {
            p.addProperty("id", (String) id);
        }
        return p;
    }

    // ---------------------------------------------------------------------------------------------- params

    private JsonElement params(String method) {
        switch (method) {
            case "textDocument/hover", "textDocument/completion" -> {
                JsonObject p = new JsonObject();
                p.add("textDocument", textDocument());
                p.add("position", position());
                if (method.endsWith("completion") && r.nextBoolean()) {
                    p.add("context", Msg.json("{\"triggerKind\":" + pick("1", "2", "3", "0", "99")
                            + ",\"triggerCharacter\":" + pick("\".\"", "\" \"", "null", "\"\\u0000\"", "\"ab\"") + "}"));
                }
                return p;
            }
            case "completionItem/resolve" -> {
                JsonObject item = new JsonObject();
                item.addProperty("label", r.nextBoolean() ? "NXDOMAIN" : text(20));
                int k = r.nextInt(5);
                if (k == 0) {
                    item.add("data", Msg.json("{\"entryId\":\"" + escape(ENTRY_IDS.get(r.nextInt(ENTRY_IDS.size())))
                            + "\"}"));
                } else if (k == 1) {
                    item.add("data", Msg.json("{\"entryId\":" + pick("5", "null", "{}", "[\"rcode:3\"]", "true") + "}"));
                } else if (k == 2) {
                    item.add("data", anyJson(2));
                }
                if (r.nextBoolean()) {
                    item.add("textEdit", Msg.json("{\"range\":" + range() + ",\"newText\":\"x\"}"));
                }
                return item;
            }
            case "textDocument/codeAction" -> {
                JsonObject p = new JsonObject();
                p.add("textDocument", textDocument());
                if (r.nextInt(10) != 0) {
                    p.add("range", range());
                }
                JsonObject ctx = new JsonObject();
                JsonArray diags = new JsonArray();
                for (int i = r.nextInt(3); i > 0; i--) {
                    JsonObject d = new JsonObject();
                    d.add("range", range());
                    d.addProperty("message", text(30));
                    if (r.nextBoolean()) {
                        d.add("code", r.nextBoolean() ? new JsonPrimitive(pick("rcode.unknown-name",
                                "rcode.misplaced", "x", "")) : new JsonPrimitive(r.nextInt(100)));
                    }
                    if (r.nextBoolean()) {
                        d.addProperty("severity", r.nextInt(6));
                    }
                    diags.add(d);
                }
                ctx.add("diagnostics", diags);
                if (r.nextBoolean()) {
                    ctx.add("only", Msg.json("{\"a\":" + pick("[\"quickfix\"]", "[\"\"]", "[\"refactor\"]", "[]")
                            + "}").get("a"));
                }
                if (r.nextInt(8) != 0) {
                    p.add("context", ctx);
                }
                return p;
            }
            case "workspace/executeCommand" -> {
                JsonObject p = new JsonObject();
                String cmd = pick("rcode.explain", "rcode.compare", "rcode.list", "rcode.nope", "", "RCODE.EXPLAIN",
                        "workbench.action.terminal.new");
                if (r.nextInt(10) != 0) {
                    p.addProperty("command", cmd);
                }
                JsonArray args = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    args.add(r.nextInt(3) == 0 ? anyJson(2)
                            : new JsonPrimitive(ENTRY_IDS.get(r.nextInt(ENTRY_IDS.size()))));
                }
                if (r.nextInt(6) != 0) {
                    p.add("arguments", args);
                }
                return p;
            }
            case "textDocument/inlayHint", "textDocument/semanticTokens/range" -> {
                JsonObject p = new JsonObject();
                p.add("textDocument", textDocument());
                if (r.nextInt(10) != 0) {
                    p.add("range", range());
                }
                return p;
            }
            default -> {
                JsonObject p = new JsonObject();
                p.add("textDocument", textDocument());
                return p;
            }
        }
    }

    /** Parameters whose JSON types do not match the method's (LSP4J cannot map them to its classes). */
    private JsonElement wrongParams(String method) {
        return switch (r.nextInt(7)) {
            case 0 -> new JsonPrimitive(r.nextInt());
            case 1 -> new JsonPrimitive(text(10));
            case 2 -> new JsonArray();
            case 3 -> Msg.json("{\"textDocument\":" + pick("5", "[]", "\"file:///x\"", "true") + ",\"position\":"
                    + position() + "}");
            case 4 -> Msg.json("{\"textDocument\":{\"uri\":\"file:///x\"},\"position\":" + pick("5", "[1,2]",
                    "{\"line\":\"x\",\"character\":0}", "{\"line\":1e99,\"character\":0}",
                    "{\"line\":2147483648,\"character\":0}", "{\"line\":1.5,\"character\":0}",
                    "{\"line\":[],\"character\":{}}") + "}");
            case 5 -> Msg.json("{\"textDocument\":{\"uri\":{}},\"range\":{\"start\":[],\"end\":5}}");
            default -> JsonNull.INSTANCE;
        };
    }

    private JsonElement textDocument() {
        int k = r.nextInt(20);
        if (k == 0) {
            return JsonNull.INSTANCE;
        }
        if (k == 1) {
            return new JsonObject();
        }
        JsonObject td = new JsonObject();
        td.addProperty("uri", uri());
        if (r.nextInt(4) == 0) {
            td.addProperty("version", r.nextInt());
        }
        return td;
    }

    private String uri() {
        int k = r.nextInt(10);
        if (k < 8 && !opened.isEmpty()) {
            return opened.get(r.nextInt(opened.size()));
        }
        return k == 8 ? "file:///fuzz/never-opened-" + r.nextInt(5) + ".log" : ODD_URIS.get(r.nextInt(ODD_URIS.size()));
    }

    private JsonElement position() {
        int k = r.nextInt(25);
        if (k == 0) {
            return JsonNull.INSTANCE;
        }
        if (k == 1) {
            return new JsonObject();
        }
        JsonObject p = new JsonObject();
        if (k != 2) {
            p.addProperty("line", coordinate());
        }
        if (k != 3) {
            p.addProperty("character", coordinate());
        }
        return p;
    }

    private int coordinate() {
        return switch (r.nextInt(12)) {
            case 0 -> -1;
            case 1 -> Integer.MIN_VALUE;
            case 2 -> Integer.MAX_VALUE;
            case 3 -> 0;
            case 4 -> r.nextInt(5000);
            case 5 -> -r.nextInt(100);
            default -> r.nextInt(60);
        };
    }

    private JsonElement range() {
        int k = r.nextInt(20);
        if (k == 0) {
            return JsonNull.INSTANCE;
        }
        if (k == 1) {
            return new JsonObject();
        }
        JsonObject range = new JsonObject();
        if (k != 2) {
            range.add("start", position());
        }
        if (k != 3) {
            range.add("end", position());
        }
        return range;
    }

    // ---------------------------------------------------------------------------------------------- documents

    private Sent documentNotification() {
        int k = r.nextInt(10);
        if (k < 3 || opened.isEmpty()) {
            return didOpen();
        }
        if (k < 9) {
            return didChange();
        }
        JsonObject p = new JsonObject();
        p.add("textDocument", textDocument());
        return sent(Msg.notification("textDocument/didClose", p), null, Expect.NONE, "didClose");
    }

    private Sent didOpen() {
        String uri;
        String text;
        String languageId = null;
        if (r.nextInt(8) == 0) {
            uri = ODD_URIS.get(r.nextInt(ODD_URIS.size()));
            text = text(200);
        } else {
            Map.Entry<String, String> s = samples.get(r.nextInt(samples.size()));
            uri = "file:///fuzz/" + (docCounter++ % 40) + "/" + s.getKey();
            text = mutate(s.getValue());
        }
        if (!opened.contains(uri)) {
            opened.add(uri);
        }
        JsonObject td = new JsonObject();
        if (r.nextInt(15) != 0) {
            td.addProperty("uri", uri);
        }
        if (r.nextInt(3) == 0) {
            languageId = LANGUAGE_IDS.get(r.nextInt(LANGUAGE_IDS.size()));
        }
        td.addProperty("languageId", languageId);
        td.addProperty("version", r.nextInt(5) == 0 ? r.nextInt() : 1);
        int t = r.nextInt(20);
        if (t == 0) {
            td.add("text", JsonNull.INSTANCE);
        } else if (t == 1) {
            td.addProperty("text", "");
        } else if (t == 2) {
            td.addProperty("text", text + BAD_MARK);
        } else if (t != 3) {
            td.addProperty("text", text);
        }
        JsonObject p = new JsonObject();
        p.add("textDocument", td);
        return sent(Msg.notification("textDocument/didOpen", p), null, Expect.NONE, "didOpen");
    }

    private Sent didChange() {
        JsonObject p = new JsonObject();
        JsonObject td = new JsonObject();
        td.addProperty("uri", uri());
        if (r.nextInt(6) != 0) {
            td.addProperty("version", r.nextInt(1000));
        }
        p.add("textDocument", td);
        JsonArray changes = new JsonArray();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            int k = r.nextInt(20);
            if (k == 0) {
                changes.add(JsonNull.INSTANCE);
            } else if (k == 1) {
                changes.add(new JsonObject());
            } else if (k == 2) {
                JsonObject c = new JsonObject();
                c.addProperty("text", mutate(samples.get(r.nextInt(samples.size())).getValue()));
                changes.add(c);
            } else {
                JsonObject c = new JsonObject();
                c.add("range", range());
                if (r.nextInt(10) != 0) {
                    c.addProperty("text", text(12));
                }
                if (r.nextInt(10) == 0) {
                    c.addProperty("rangeLength", r.nextInt(100) - 50);
                }
                changes.add(c);
            }
        }
        if (r.nextInt(15) != 0) {
            p.add("contentChanges", changes);
        }
        return sent(Msg.notification("textDocument/didChange", p), null, Expect.NONE, "didChange");
    }

    private JsonElement settingsParams() {
        JsonObject p = new JsonObject();
        p.add("settings", settings());
        return r.nextInt(10) == 0 ? anyJson(2) : p;
    }

    /** A settings value of any shape: the rcode object, wrapped or not, with values of right and wrong types. */
    public JsonElement settings() {
        int k = r.nextInt(8);
        if (k == 0) {
            return anyJson(3);
        }
        JsonObject o = new JsonObject();
        for (String key : List.of("hover", "completion", "diagnostics", "inlayHints", "locale", "maxFileMb")) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            switch (r.nextInt(8)) {
                case 0 -> o.addProperty(key, r.nextBoolean());
                case 1 -> o.addProperty(key, pick("fr", "fr-CA", "ar", "zz", "", "../../etc", "en_US.UTF-8@euro",
                        "x".repeat(2000), "\u0000", "[x](command:x)"));
                case 2 -> o.addProperty(key, pick(-1.0, 0.0, 1.0, 1e300, 4096.5, 200.0, 2.5));
                case 3 -> o.add(key, Msg.json("{\"enable\":" + pick("false", "true", "\"no\"", "{}") + "}"));
                case 4 -> o.add(key, JsonNull.INSTANCE);
                case 5 -> o.add(key, new JsonArray());
                default -> o.add(key, anyJson(1));
            }
        }
        // the server must always answer in English or a language it has; keep hovers on half the time
        if (r.nextBoolean()) {
            o.addProperty("hover", true);
        }
        if (k == 1) {
            JsonObject w = new JsonObject();
            w.add("rcode", o);
            return w;
        }
        return o;
    }

    // ---------------------------------------------------------------------------------------------- broken JSON

    private Sent malformed() {
        int k = r.nextInt(8);
        String bad = "m-" + nextString++;
        if (k < 3) {
            // a valid request cut short: the id may or may not be before the cut
            String method = REQUESTS.get(r.nextInt(REQUESTS.size()));
            byte[] whole = Msg.request(bad, method, params(method)).toString().getBytes(StandardCharsets.UTF_8);
            byte[] cut = Arrays.copyOf(whole, r.nextInt(whole.length));
            return new Sent(Frames.frame(cut), bad, Expect.AT_MOST_ONE, "truncated");
        }
        if (k == 3) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            return new Sent(Frames.frame(b), null, Expect.NONE, "random bytes");
        }
        if (k == 4) {
            String v = pick("5", "\"x\"", "[]", "null", "true", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]",
                    "{}", "{\"jsonrpc\":\"2.0\"}", "");
            return new Sent(Frames.frame(v.getBytes(StandardCharsets.UTF_8)), null, Expect.NONE, "not an object");
        }
        if (k == 5) {
            // deep nesting, inside the params of a request with a valid id
            int depth = r.nextBoolean() ? 300 : 20000;
            String params = "[".repeat(depth) + "]".repeat(depth);
            String body = "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"method\":\"textDocument/hover\",\"params\":"
                    + params + "}";
            return new Sent(Frames.frame(body.getBytes(StandardCharsets.UTF_8)), bad, Expect.AT_MOST_ONE, "deep nesting");
        }
        if (k == 6) {
            // a response to a request the server never sent, and one with an error of the wrong shape
            String body = pick("{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"result\":{}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"error\":5}",
                    "{\"jsonrpc\":\"2.0\",\"id\":77777777,\"error\":{\"code\":1,\"message\":\"x\"}}");
            return new Sent(Frames.frame(body.getBytes(StandardCharsets.UTF_8)), bad, Expect.AT_MOST_ONE, "stray response");
        }
        // valid JSON with a method of the wrong type or positional params of the wrong arity: owed an error
        if (r.nextBoolean()) {
            String body = pick("{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"method\":5}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"method\":null}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"method\":\"textDocument/hover\",\"params\":[null,5]}",
                    "{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"method\":\"textDocument/hover\",\"params\":[]}",
                    "{\"id\":\"" + bad + "\",\"method\":\"textDocument/hover\",\"params\":{},\"params\":5}");
            return new Sent(Frames.frame(body.getBytes(StandardCharsets.UTF_8)), bad, Expect.ONE, "odd method or params");
        }
        // no method (JSON-RPC calls it an invalid request; LSP4J takes it for a response nobody asked for), or a
        // JSON-RPC version that is not 2.0 (LSP4J serves it)
        String body = pick("{\"jsonrpc\":\"2.0\",\"id\":\"" + bad + "\",\"params\":{}}",
                "{\"jsonrpc\":\"1.0\",\"id\":\"" + bad + "\",\"method\":\"textDocument/hover\",\"params\":{}}");
        return new Sent(Frames.frame(body.getBytes(StandardCharsets.UTF_8)), bad, Expect.AT_MOST_ONE, "lenient");
    }

    /** A request or notification whose strings hold bytes that are not UTF-8 (the reader replaces them). */
    private Sent invalidUtf8() {
        if (r.nextBoolean()) {
            JsonObject td = new JsonObject();
            String uri = "file:///fuzz/bad-utf8-" + r.nextInt(5) + ".log";
            if (!opened.contains(uri)) {
                opened.add(uri);
            }
            td.addProperty("uri", uri);
            td.addProperty("languageId", "log");
            td.addProperty("version", 1);
            td.addProperty("text", "[ERROR] plugin/errors: 2 " + BAD_MARK + " example.org. A: x\n" + BAD_MARK
                    + "status: NXDOMAIN" + BAD_MARK);
            JsonObject p = new JsonObject();
            p.add("textDocument", td);
            return sent(Msg.notification("textDocument/didOpen", p), null, Expect.NONE, "invalid UTF-8 text");
        }
        Object id = newId();
        JsonObject p = new JsonObject();
        p.addProperty("command", "rcode.explain");
        JsonArray args = new JsonArray();
        args.add("NX" + BAD_MARK + "DOMAIN");
        p.add("arguments", args);
        return sent(Msg.request(id, "workspace/executeCommand", p), id, Expect.ONE, "invalid UTF-8 request");
    }

    /** Requests whose id is not a valid JSON-RPC id: nothing can be answered to them by id. */
    private Sent badId() {
        String id = pick("{}", "[]", "true", "null", "1.5", "{\"a\":1}");
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + REQUESTS.get(r.nextInt(REQUESTS.size()))
                + "\",\"params\":" + position() + "}";
        return new Sent(Frames.frame(body.getBytes(StandardCharsets.UTF_8)), null, Expect.NONE, "bad id type");
    }

    // ---------------------------------------------------------------------------------------------- text

    /** A sample text with nasty pieces spliced in at random places. */
    String mutate(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = r.nextInt(6); i > 0; i--) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            sb.insert(at, NASTY[r.nextInt(NASTY.length)]);
        }
        if (r.nextInt(20) == 0) {
            sb.append("A".repeat(5000 + r.nextInt(5000)));
        }
        return sb.toString();
    }

    /** Up to {@code max} pieces: nasty text, letters, code names. */
    String text(int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            sb.append(r.nextInt(3) == 0 ? NASTY[r.nextInt(NASTY.length)] : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    /** Any JSON value up to a depth. */
    JsonElement anyJson(int depth) {
        int k = r.nextInt(depth <= 0 ? 5 : 7);
        return switch (k) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(r.nextBoolean());
            case 2 -> new JsonPrimitive(r.nextInt(7) == 0 ? r.nextDouble() * 1e300 : r.nextInt());
            case 3, 4 -> new JsonPrimitive(text(8));
            case 5 -> {
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(anyJson(depth - 1));
                }
                yield a;
            }
            default -> {
                JsonObject o = new JsonObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.add(pick("uri", "textDocument", "position", "line", "rcode", "id", "x", ""), anyJson(depth - 1));
                }
                yield o;
            }
        };
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Serialises a message, replacing each invalid-UTF-8 marker by raw bytes that are not UTF-8. */
    private Sent sent(JsonObject message, Object id, Expect expect, String kind) {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        body = replaceMarkers(body);
        return new Sent(Frames.frame(body), id, expect, kind);
    }

    private byte[] replaceMarkers(byte[] body) {
        int at = indexOf(body, BAD_MARK_BYTES, 0);
        if (at < 0) {
            return body;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int from = 0;
        while (at >= 0) {
            out.write(body, from, at - from);
            byte[] bad = INVALID_UTF8[r.nextInt(INVALID_UTF8.length)];
            out.write(bad, 0, bad.length);
            from = at + BAD_MARK_BYTES.length;
            at = indexOf(body, BAD_MARK_BYTES, from);
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A URI the generator opened, for the checks at the end. */
    public List<String> opened() {
        return List.copyOf(opened);
    }
}
