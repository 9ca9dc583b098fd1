package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Garbage at the framing level (headers and Content-Length), where a reader cannot know where the next message
 * starts. Each case runs on a fresh server: the garbage, then three requests; the test pins which of the three are
 * answered and that the server is still running (or, where the garbage claims more bytes than ever come, that it stops
 * with exit code 1 when the input ends). docs/RELIABILITY.md lists the outcomes.
 */
class FramingGarbageTest {

    /** Sends the garbage and three pings; returns the numbers (1-3) of the pings answered. */
    static TreeSet<Integer> run(byte[] garbage, boolean closeAfter, Integer expectedExit) throws Exception {
        Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
        boolean parents = lsp4j.getUseParentHandlers();
        lsp4j.setUseParentHandlers(false);
        try (InProcessServer s = new InProcessServer()) {
            s.response(s.request("initialize", Msg.json("{\"processId\":null,\"capabilities\":{}}")), 30, null);
            s.send(garbage);
            // ids 1001-1003: requests the server does not offer, answered at once by the reader thread
            for (int i = 1; i <= 3; i++) {
                s.send(Msg.request(1000 + i, "rcode/ping", new JsonObject()));
            }
            TreeSet<Integer> answered = new TreeSet<>();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            List<JsonObject> seen = new ArrayList<>();
            while (System.nanoTime() < until && !answered.contains(3)) {
                JsonObject m = s.received.poll(50, TimeUnit.MILLISECONDS);
                if (m != null && Msg.isResponse(m) && Msg.idOf(m) instanceof Long id && id > 1000) {
                    answered.add((int) (id - 1000));
                }
                if (m != null) {
                    seen.add(m);
                }
            }
            assertNull(s.framingProblem, "the server's own output stayed framed");
            if (closeAfter) {
                s.closeInput();
                assertEquals(expectedExit, s.awaitExit(10), "exit code once the input ends");
            } else {
                assertFalse(s.exitCode.isDone(), "the server stopped on framing garbage");
                // and it still serves: a last request is answered
                s.response(s.request("rcode/ping", new JsonObject()), 10, null);
            }
            return answered;
        } finally {
            lsp4j.setUseParentHandlers(parents);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aHeaderLineWithoutColonIsSkipped() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)), run(bytes("this is not a header\r\n\r\n"), false, null));
    }

    @Test
    void aFrameWithoutContentLengthIsSkipped() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)),
                run(bytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"), false, null));
    }

    @Test
    void aNegativeContentLengthIsSkipped() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)), run(bytes("Content-Length: -5\r\n\r\n"), false, null));
    }

    @Test
    void binaryBytesBeforeAFrameAreSkipped() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)),
                run(new byte[] {0, (byte) 0xFF, (byte) 0xFE, 7, '\r', '\n', '\r', '\n'}, false, null));
    }

    @Test
    void bareLineFeedsAreAccepted() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)), run(bytes("Content-Length: 2\n\n{}"), false, null));
    }

    @Test
    void anUnknownCharsetDropsThatMessageOnly() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"rcode/ping\"}";
        assertEquals(new TreeSet<>(List.of(1, 2, 3)), run(bytes("Content-Length: " + body.length()
                + "\r\nContent-Type: application/vscode-jsonrpc; charset=no-such-charset\r\n\r\n" + body), false, null));
    }

    @Test
    void aNonNumericContentLengthLosesOnlyThatFrame() throws Exception {
        // the body after the bad header is read as the start of the next header line: the server finds the
        // Content-Length after it (LSP4J alone would lose every later message)
        assertEquals(new TreeSet<>(List.of(1, 2, 3)), run(bytes("Content-Length: abc\r\n\r\n{}"), false, null));
        assertEquals(new TreeSet<>(List.of(1, 2, 3)),
                run(bytes("Content-Length: 99999999999\r\n\r\n{}"), false, null));
    }

    @Test
    void aContentLengthShorterThanTheBodyLosesOnlyThatFrame() throws Exception {
        assertEquals(new TreeSet<>(List.of(1, 2, 3)),
                run(bytes("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}"), false, null));
    }

    @Test
    void aContentLengthLongerThanWhatFollowsSwallowsTheRestAndEndsWithTheInput() throws Exception {
        // the three requests become the body the header announced; nothing is answered, and the server stops
        // (exit code 1, no shutdown) when the input ends inside that body
        assertEquals(new TreeSet<>(), run(bytes("Content-Length: 100000\r\n\r\n"), true, 1));
        assertEquals(new TreeSet<>(), run(bytes("Content-Length: 2147483647\r\n\r\n"), true, 1));
    }
}
