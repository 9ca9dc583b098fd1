package org.rcodels.server.reliability;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LSP base protocol read strictly from a raw byte stream: every byte must belong to a frame made of
 * {@code Content-Length} (and optionally {@code Content-Type}) header lines ending in CRLF, an empty line, and
 * exactly that many bytes of valid UTF-8 holding one JSON-RPC 2.0 object. Anything else (a stray print, a partial
 * frame, a second object in one body) is reported as a {@link NotAFrame}.
 */
public final class Frames {
    private Frames() {
    }

    /** Raised when the stream holds something that is not a well-formed frame. */
    public static final class NotAFrame extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFrame(String message) {
            super(message);
        }
    }

    private static final Pattern LENGTH = Pattern.compile("Content-Length: (\\d{1,9})");
    private static final Pattern TYPE = Pattern.compile("Content-Type: [\\x20-\\x7e]+");

    /** One frame as bytes, for a body given as bytes (which need not be valid JSON: that is up to the caller). */
    public static byte[] frame(byte[] body) {
        byte[] head = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    public static byte[] frame(JsonObject message) {
        return frame(message.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The next message, or null at a clean end of the stream (between frames).
     *
     * @throws NotAFrame for anything but a well-formed frame
     */
    public static JsonObject read(InputStream in) throws IOException {
        String line = headerLine(in, true);
        if (line == null) {
            return null;
        }
        int length = -1;
        while (!line.isEmpty()) {
            Matcher m = LENGTH.matcher(line);
            if (m.matches()) {
                if (length >= 0) {
                    throw new NotAFrame("two Content-Length headers");
                }
                length = Integer.parseInt(m.group(1));
            } else if (!TYPE.matcher(line).matches()) {
                throw new NotAFrame("not a header line: " + shorten(line));
            }
            line = headerLine(in, false);
        }
        if (length < 0) {
            throw new NotAFrame("a frame without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
            throw new NotAFrame("the stream ended inside a frame body");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new NotAFrame("a body that is not valid UTF-8");
        }
        JsonElement el;
        try {
            JsonReader r = new JsonReader(new StringReader(text));
            r.setStrictness(Strictness.STRICT);
            el = JsonParser.parseReader(r);
            if (r.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new NotAFrame("more than one JSON value in a body");
            }
        } catch (RuntimeException e) {
            throw new NotAFrame("a body that is not strict JSON: " + shorten(text));
        }
        if (!el.isJsonObject()) {
            throw new NotAFrame("a body that is not a JSON object: " + shorten(text));
        }
        JsonObject o = el.getAsJsonObject();
        JsonElement version = o.get("jsonrpc");
        if (version == null || !version.isJsonPrimitive() || !"2.0".equals(version.getAsString())) {
            throw new NotAFrame("a message without \"jsonrpc\": \"2.0\": " + shorten(text));
        }
        return o;
    }

    /** A CRLF-terminated ASCII header line without its CRLF; null at end of stream before any byte if allowed. */
    private static String headerLine(InputStream in, boolean endAllowed) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (b.size() == 0 && endAllowed) {
                    return null;
                }
                throw new NotAFrame("the stream ended inside a header: " + shorten(b.toString(StandardCharsets.ISO_8859_1)));
            }
            if (c == '\r') {
                int n = in.read();
                if (n != '\n') {
                    throw new NotAFrame("a CR not followed by LF in a header");
                }
                return b.toString(StandardCharsets.US_ASCII);
            }
            if (c < 0x20 || c > 0x7e) {
                throw new NotAFrame("a non-ASCII or control byte in a header: 0x" + Integer.toHexString(c)
                        + " after " + shorten(b.toString(StandardCharsets.ISO_8859_1)));
            }
            b.write(c);
            if (b.size() > 1000) {
                throw new NotAFrame("a header line longer than 1000 bytes: " + shorten(b.toString(StandardCharsets.ISO_8859_1)));
            }
        }
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
