package org.rcodels.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.rcodels.server.reliability.Frames;

/**
 * The built jar started as a real process, spoken to in raw framed JSON-RPC, so that the test also checks that
 * nothing but framed messages reaches stdout.
 */
final class LspProcess implements AutoCloseable {
    final Process process;
    private final OutputStream in;
    private final InputStream out;
    private int nextId = 1;

    LspProcess(String... jvmArgs) throws IOException {
        String jar = System.getProperty("rcodels.jar", "target/rcode-ls.jar");
        if (!Path.of(jar).toFile().isFile()) {
            throw new IllegalStateException("the built jar is missing: " + jar + " (run mvn verify)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of("-jar", jar, "--stdio"));
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        in = process.getOutputStream();
        out = process.getInputStream();
    }

    void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    void sendRaw(byte[] bytes) throws IOException {
        in.write(bytes);
        in.flush();
    }

    int request(String method, JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        int id = nextId++;
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
        return id;
    }

    void notify(String method, JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
    }

    /**
     * Reads framed messages until the response to {@code id}; every byte read must belong to a well-formed frame
     * (anything else on stdout fails the read).
     */
    JsonObject response(int id) throws IOException {
        while (true) {
            JsonObject m = readMessage();
            if (m == null) {
                throw new IOException("stdout closed before the response to " + id);
            }
            if (m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == id
                    && (m.has("result") || m.has("error"))) {
                return m;
            }
            if (m.has("method") && m.has("id")) {
                // a request from the server (workspace/configuration...): answer with nothing
                JsonObject r = new JsonObject();
                r.addProperty("jsonrpc", "2.0");
                r.add("id", m.get("id"));
                r.add("result", JsonParser.parseString("[null]"));
                send(r);
            }
        }
    }

    /**
     * One framed message, or null at end of stream. Strict ({@link Frames#read}): anything on stdout but a frame of
     * Content-Length headers and a valid UTF-8 JSON-RPC body fails the read.
     */
    JsonObject readMessage() throws IOException {
        return Frames.read(out);
    }

    void closeInput() throws IOException {
        in.close();
    }

    /** Waits for the process to end and returns its exit code, or -1 if it is still running after the wait. */
    int waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
