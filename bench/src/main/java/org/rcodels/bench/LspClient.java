package org.rcodels.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A language client as small as it can be, so that it adds little to the round trips it measures: framed JSON-RPC
 * written from prepared strings, responses matched by id with a byte scan (no JSON parsing on the timed path).
 * Requests from the server are answered with null; notifications are skipped.
 */
final class LspClient implements AutoCloseable {
    final Process process;
    private final OutputStream in;
    private final InputStream out;
    private int nextId = 1;
    private byte[] last = new byte[0];

    private LspClient(Process process) {
        this.process = process;
        this.in = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.out = new BufferedInputStream(process.getInputStream(), 1 << 16);
    }

    /** Starts a server process; its stderr goes to {@code stderr} (or is discarded if null). */
    static LspClient start(List<String> command, File stderr) throws IOException {
        return start(command, java.util.Map.of(), stderr);
    }

    /** Starts a server process with more environment variables. */
    static LspClient start(List<String> command, java.util.Map<String, String> env, File stderr) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(stderr));
        return new LspClient(pb.start());
    }

    long pid() {
        return process.pid();
    }

    /** Sends a request with params given as JSON text; returns its id. */
    int request(String method, String params) throws IOException {
        int id = nextId++;
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}");
        return id;
    }

    void notify(String method, String params) throws IOException {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                + "}");
    }

    void send(String json) throws IOException {
        send(json.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] body) throws IOException {
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** Sends a message given as its body's parts (for the 100 MB didOpen, written without one more copy). */
    void send(byte[]... parts) throws IOException {
        long n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        in.write(("Content-Length: " + n + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] p : parts) {
            in.write(p);
        }
        in.flush();
    }

    /** Reads messages until the response to {@code id}; returns its body. */
    byte[] await(int id) throws IOException {
        byte[] prefix = ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",").getBytes(StandardCharsets.US_ASCII);
        while (true) {
            byte[] body = read();
            if (body == null) {
                throw new IOException("the server closed its output before answering request " + id);
            }
            if (startsWith(body, prefix)) {
                last = body;
                return body;
            }
            String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
            int m = head.indexOf("\"method\"");
            int i = head.indexOf("\"id\":");
            if (m >= 0 && i >= 0) {
                // a request from the server: answer null (the client declares no capabilities it must serve)
                int e = i + 5;
                while (e < head.length() && head.charAt(e) != ',' && head.charAt(e) != '}') {
                    e++;
                }
                send("{\"jsonrpc\":\"2.0\",\"id\":" + head.substring(i + 5, e) + ",\"result\":null}");
            } else if (m < 0 && i >= 0 && head.startsWith("{\"jsonrpc\":\"2.0\",\"id\":")) {
                // a response to an earlier request nobody waited for: skip
                continue;
            }
        }
    }

    /** The last response body read. */
    byte[] last() {
        return last;
    }

    String requestAndWait(String method, String params) throws IOException {
        return new String(await(request(method, params)), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, byte[] p) {
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** One framed message body, or null at end of stream. */
    private byte[] read() throws IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = out.read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                String h = line.toString().strip();
                line.setLength(0);
                if (h.isEmpty()) {
                    break;
                }
                if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (!h.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    throw new IOException("not a JSON-RPC header on the server's stdout: " + h);
                }
            } else {
                line.append((char) c);
            }
        }
        if (length < 0) {
            throw new IOException("a frame without Content-Length");
        }
        byte[] body = out.readNBytes(length);
        if (body.length != length) {
            throw new IOException("stdout ended inside a frame");
        }
        return body;
    }

    /** shutdown, exit, and wait for the process (killed after 10 s). Returns the exit code or -1. */
    int stop() {
        try {
            await(request("shutdown", null));
            notify("exit", null);
            in.close();
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (IOException e) {
            // fall through to the kill
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
