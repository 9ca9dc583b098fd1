package org.rcodels.server.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.rcodels.server.cli.Cli;

/**
 * The hidden {@code --cds-training} run: the launcher runs the jar once with {@code -XX:ArchiveClassesAtExit} and this
 * flag, so that the AppCDS archive holds the classes a real session loads. It plays an editor in-process (the server
 * runs on pipes, started as {@code --stdio} starts it): initialize, documents of the main dialects,
 * hover, completion, hints, tokens, code actions, links, an edit, shutdown and exit; then the command-line commands
 * with their output thrown away. Nothing is written to stdout. Returns 0 when the session went through.
 */
public final class CdsTraining {
    /** The hidden flag, alone on the command line. */
    public static final String FLAG = "--cds-training";

    private static final long TIMEOUT_S = 60;

    private CdsTraining() {
    }

    /** Samples of the main dialects: uri, language id, text. */
    private static final String[][] DOCUMENTS = {
        {"file:///training/named.log", "log", String.join("\n",
                "24-Jan-2025 10:11:21.987 query-errors: info: client @0x7f1c2c0a1b68 192.0.2.10#53911 (www.example.com):"
                        + " query failed (SERVFAIL) for www.example.com/IN/AAAA at query.c:7791",
                "24-Jan-2025 10:11:23.508 lame-servers: info: FORMERR resolving 'example.net/DS/IN': 192.0.2.3#53",
                "[INFO] 10.0.0.12:38000 - 1200 \"A IN corp.internal. udp 42 false 1232\" NXDOMAIN qr,rd 42 0.000410s",
                "[ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout",
                "[1737712285] unbound[287883:0] info: 127.0.0.1 www.example.com. A IN NXDOMAIN 0.000123 0 98",
                "Jan 24 10:11:25 dnsmasq[812]: reply nothere.example.com is NXDOMAIN",
                "10:11:25.114021 IP 192.168.1.1.53 > 192.168.1.20.37251: 25957 NXDomain 0/1/0 (112)",
                "Jan 24 10:11:27 host systemd-resolved[512]: Server returned error NXDOMAIN, mitigating potential DNS"
                        + " violation DVE-2018-0001, retrying transaction with reduced feature level UDP.",
                "{\"Status\":2,\"TC\":false,\"RD\":true,\"RA\":true,\"AD\":false,\"CD\":false}",
                "lookup nothere.example.com on 127.0.0.53:53: no such host", "")},
        {"file:///training/answer.dig", "plaintext", String.join("\n",
                "; <<>> DiG 9.18.24 <<>> nothere.example.com",
                ";; Got answer:",
                ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 20611",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1",
                "",
                ";; OPT PSEUDOSECTION:",
                "; EDNS: version: 0, flags:; udp: 1232",
                "; EDE: 18 (Prohibited)",
                "")},
        {"file:///training/Corefile", "corefile", String.join("\n",
                ".:53 {",
                "    template IN ANY internal.example {",
                "        rcode NXDOMAIN",
                "        ederror 21 \"not served here\"",
                "    }",
                "    forward . 192.0.2.53",
                "}", "")},
        {"file:///training/unbound.conf", "unbound", String.join("\n",
                "server:",
                "    local-zone: \"ads.example.\" always_nxdomain",
                "    ede: yes",
                "")},
        {"file:///training/db.rpz", "zone", String.join("\n",
                "$TTL 1H",
                "@ SOA localhost. admin.example.com. (1 1h 15m 30d 2h)",
                "  NS localhost.",
                "nxdomain.example.com CNAME . ; NXDOMAIN policy",
                "nodata.example.com CNAME *. ; NODATA policy",
                "")},
        {"file:///training/check.py", "python", String.join("\n",
                "import dns.rcode",
                "if response.rcode() == dns.rcode.NXDOMAIN:",
                "    print('no such name')",
                "")},
    };

    /** Runs the training; 0 on success. */
    public static int run() {
        Pipe toServer = new Pipe();
        Pipe fromServer = new Pipe();
        int[] code = {-1};
        Thread server = new Thread(() -> code[0] = ServerLauncher.serve(toServer.in, fromServer.out, System.err),
                "cds-training-server");
        server.setDaemon(true);
        server.start();
        try {
            Client c = new Client(toServer.out, fromServer.in);
            c.call("initialize", "{\"processId\":null,\"locale\":\"en\",\"rootUri\":null,\"capabilities\":{"
                    + "\"textDocument\":{\"hover\":{\"contentFormat\":[\"markdown\",\"plaintext\"]},"
                    + "\"completion\":{\"completionItem\":{\"documentationFormat\":[\"markdown\"]}}},"
                    + "\"workspace\":{\"configuration\":true}}}");
            c.notify("initialized", "{}");
            for (String[] d : DOCUMENTS) {
                c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + d[0] + "\",\"languageId\":\""
                        + d[1] + "\",\"version\":1,\"text\":" + quote(d[2]) + "}}");
            }
            for (String[] d : DOCUMENTS) {
                String doc = "{\"uri\":\"" + d[0] + "\"}";
                String[] lines = d[2].split("\n", -1);
                for (int l = 0; l < lines.length; l++) {
                    int col = codeColumn(lines[l]);
                    if (col >= 0) {
                        c.call("textDocument/hover", "{\"textDocument\":" + doc + "," + pos(l, col) + "}");
                        c.call("textDocument/completion", "{\"textDocument\":" + doc + "," + pos(l, col) + "}");
                    }
                }
                String all = "\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":" + lines.length
                        + ",\"character\":0}}";
                c.call("textDocument/inlayHint", "{\"textDocument\":" + doc + "," + all + "}");
                c.call("textDocument/semanticTokens/full", "{\"textDocument\":" + doc + "}");
                c.call("textDocument/semanticTokens/range", "{\"textDocument\":" + doc + "," + all + "}");
                c.call("textDocument/codeAction", "{\"textDocument\":" + doc + "," + all
                        + ",\"context\":{\"diagnostics\":[]}}");
                c.call("textDocument/documentLink", "{\"textDocument\":" + doc + "}");
            }
            c.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + DOCUMENTS[0][0] + "\",\"version\":2},"
                    + "\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,"
                    + "\"character\":0}},\"text\":\"x\"}]}");
            c.call("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + DOCUMENTS[0][0] + "\"}," + pos(0, 1) + "}");
            c.call("workspace/executeCommand", "{\"command\":\"rcode.explain\",\"arguments\":[\"NXDOMAIN\"]}");
            c.call("shutdown", null);
            c.notify("exit", null);
            server.join(TimeUnit.SECONDS.toMillis(TIMEOUT_S));
            if (code[0] != 0) {
                return 1;
            }
            commandLine();
            return 0;
        } catch (IOException e) {
            System.err.println("rcode-ls: CDS training failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The command-line commands, output discarded. */
    private static void commandLine() throws IOException {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        InputStream empty = InputStream.nullInputStream();
        Cli.run(new String[] {"explain", "NXDOMAIN"}, none, none, empty);
        Cli.run(new String[] {"compare", "NXDOMAIN", "NODATA"}, none, none, empty);
        Cli.run(new String[] {"list"}, none, none, empty);
        Path tmp = Files.createTempFile("rcode-ls-training", ".log");
        try {
            Files.writeString(tmp, DOCUMENTS[0][2]);
            Cli.run(new String[] {"check", "--summary", tmp.toString()}, none, none, empty);
            Cli.run(new String[] {"check", tmp.toString()}, none, none, empty);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The middle of the first upper-case code name on a line, or -1. */
    private static int codeColumn(String line) {
        for (String w : new String[] {"NXDOMAIN", "SERVFAIL", "FORMERR", "NXDomain", "NODATA", "no such host",
            "\"Status\":2", "Prohibited"}) {
            int i = line.indexOf(w);
            if (i >= 0) {
                return i + w.length() / 2;
            }
        }
        return -1;
    }

    private static String pos(int line, int col) {
        return "\"position\":{\"line\":" + line + ",\"character\":" + col + "}";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    /** A client that sends framed messages and waits for each response by id, answering the server's requests. */
    private static final class Client {
        private final OutputStream out;
        private final InputStream in;
        private int nextId = 1;

        Client(OutputStream out, InputStream in) {
            this.out = out;
            this.in = in;
        }

        void notify(String method, String params) throws IOException {
            send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                    + "}");
        }

        JsonObject call(String method, String params) throws IOException {
            int id = nextId++;
            send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                    + (params == null ? "" : ",\"params\":" + params) + "}");
            while (true) {
                JsonObject m = JsonParser.parseString(read()).getAsJsonObject();
                if (m.has("method") && m.has("id")) {
                    // workspace/configuration and the like: no settings
                    send("{\"jsonrpc\":\"2.0\",\"id\":" + m.get("id") + ",\"result\":[null]}");
                } else if (m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id) {
                    if (m.has("error")) {
                        throw new IOException(method + ": " + m.get("error"));
                    }
                    return m;
                }
            }
        }

        private void send(String json) throws IOException {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            out.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
        }

        private String read() throws IOException {
            int length = -1;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("the server's output ended");
                }
                if (c != '\n') {
                    line.write(c);
                    continue;
                }
                String h = line.toString(StandardCharsets.US_ASCII).strip();
                line.reset();
                if (h.isEmpty()) {
                    break;
                }
                if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).strip());
                }
            }
            byte[] body = in.readNBytes(length);
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A one-way in-memory pipe whose reads wait at most {@link #TIMEOUT_S} for data (no writer-thread checks). */
    private static final class Pipe {
        private static final byte[] EOF = new byte[0];
        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(1024);

        final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) {
                    put(java.util.Arrays.copyOfRange(b, off, off + len));
                }
            }

            @Override
            public void close() throws IOException {
                put(EOF);
            }
        };

        final InputStream in = new InputStream() {
            private byte[] current = new byte[0];
            private int pos;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (pos >= current.length) {
                    if (ended) {
                        return -1;
                    }
                    try {
                        byte[] next = queue.poll(TIMEOUT_S, TimeUnit.SECONDS);
                        if (next == null) {
                            throw new IOException("no data for " + TIMEOUT_S + " s");
                        }
                        if (next == EOF) {
                            ended = true;
                            continue;
                        }
                        current = next;
                        pos = 0;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException();
                    }
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }
        };

        private void put(byte[] b) throws IOException {
            try {
                if (!queue.offer(b, TIMEOUT_S, TimeUnit.SECONDS)) {
                    throw new IOException("pipe full for " + TIMEOUT_S + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
    }
}
