package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each message reaches the client's channel in one write: header and body together, so the client wakes once. */
class OneWritePerMessageTest {

    static byte[] frame(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.writeBytes(b);
        return o.toByteArray();
    }

    @Test
    void everyAnswerIsOneWholeFrameInOneWrite() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                + "\"capabilities\":{}}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"file:///a.log\",\"languageId\":\"log\",\"version\":1,\"text\":"
                + "\"Jan 24 10:11:25 dnsmasq[812]: reply nothere.example.com is NXDOMAIN\\n\"}}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{"
                + "\"textDocument\":{\"uri\":\"file:///a.log\"},\"position\":{\"line\":0,\"character\":62}}}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}"));
        in.writeBytes(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));

        List<byte[]> writes = new ArrayList<>();
        OutputStream recorder = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                writes.add(new byte[] {(byte) b});
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                byte[] copy = new byte[len];
                System.arraycopy(b, off, copy, 0, len);
                writes.add(copy);
            }
        };
        assertEquals(0, ServerLauncher.start(new ByteArrayInputStream(in.toByteArray()), recorder));

        Pattern header = Pattern.compile("^Content-Length: (\\d+)\r\n\r\n");
        List<String> ids = new ArrayList<>();
        for (byte[] w : writes) {
            String s = new String(w, StandardCharsets.UTF_8);
            Matcher m = header.matcher(s);
            assertTrue(m.find(), "a write that does not start a frame: " + s);
            assertEquals(Integer.parseInt(m.group(1)), w.length - m.end(), "a write that is not one whole frame: " + s);
            Matcher id = Pattern.compile("^\\{\"jsonrpc\":\"2.0\",\"id\":(\\d+)").matcher(s.substring(m.end()));
            if (id.find()) {
                ids.add(id.group(1));
            }
        }
        assertEquals(List.of("1", "2", "3"), ids, "the three answers, in order");
        int hover = indexOfAnswer(writes, "2");
        assertTrue(new String(writes.get(hover), StandardCharsets.UTF_8).contains("NXDOMAIN"),
                "the hover answer is there whole");
    }

    private static int indexOfAnswer(List<byte[]> writes, String id) {
        for (int i = 0; i < writes.size(); i++) {
            if (new String(writes.get(i), StandardCharsets.UTF_8).contains("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",")) {
                return i;
            }
        }
        return -1;
    }
}
