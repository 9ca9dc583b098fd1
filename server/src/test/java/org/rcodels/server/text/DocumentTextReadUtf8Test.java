package org.rcodels.server.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentText#readUtf8} against the obvious oracle, {@code new String(bytes, UTF_8)} without a leading byte
 * order mark: random bytes (line ends of every kind, multi-byte sequences whole, cut and malformed), small and odd
 * block sizes, streams that hand out a few bytes per read; then edits on the result, which rely on the chunk
 * invariants the reader must keep.
 */
class DocumentTextReadUtf8Test {

    private static final byte[][] PIECES = {
        "status: NXDOMAIN".getBytes(StandardCharsets.UTF_8), "a".getBytes(StandardCharsets.UTF_8),
        {'\n'}, {'\n'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'\t'},
        "é".getBytes(StandardCharsets.UTF_8), "ثلاثة".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    static String oracle(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? s.substring(1) : s;
    }

    static byte[] random(Random r, int size, boolean asciiMostly) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        if (r.nextInt(4) == 0) {
            b.writeBytes(PIECES[PIECES.length - 1]); // a byte order mark at the start
        }
        while (b.size() < size) {
            int i = asciiMostly && r.nextInt(10) < 8 ? r.nextInt(3) : r.nextInt(PIECES.length);
            b.writeBytes(PIECES[i]);
        }
        return b.toByteArray();
    }

    /** A stream that returns at most {@code max} bytes per read. */
    static InputStream trickle(byte[] bytes, int max) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, max));
            }
        };
    }

    @Test
    void smallTextsOfEveryShape() throws IOException {
        for (String s : List.of("", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "\r\n", "x\r\r\ny", "\uFEFFa\nb",
                "\uFEFF", "\r", "\n")) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            for (int block : new int[] {4, 5, 64, DocumentText.BLOCK}) {
                DocumentTextTest.assertSame(oracle(bytes), DocumentText.readUtf8(new ByteArrayInputStream(bytes),
                        block));
                DocumentTextTest.assertSame(oracle(bytes), DocumentText.readUtf8(trickle(bytes, 1), block));
            }
        }
    }

    @Test
    void randomBytesMatchTheDecoder() throws IOException {
        Random r = new Random(11);
        for (int round = 0; round < 300; round++) {
            int size = round % 10 == 0 ? 3 * DocumentText.CHUNK + r.nextInt(DocumentText.CHUNK) : r.nextInt(3000);
            byte[] bytes = random(r, size, round % 2 == 0);
            int block = new int[] {4, 7, 100, 4096, DocumentText.BLOCK}[r.nextInt(5)];
            InputStream in = r.nextBoolean() ? new ByteArrayInputStream(bytes) : trickle(bytes, 1 + r.nextInt(50));
            DocumentTextTest.assertSame(oracle(bytes), DocumentText.readUtf8(in, block));
        }
    }

    @Test
    void aBigAsciiLogSplitsIntoManyChunksAndStaysEditable() throws IOException {
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 20 * DocumentText.CHUNK) {
            sb.append("Jan 24 10:11:35 host named[77]: query failed (SERVFAIL) for x").append(r.nextInt(1000))
                    .append(".example/IN/A at query.c:7791").append(r.nextInt(30) == 0 ? "\r\n" : "\n");
        }
        String oracle = sb.toString();
        byte[] bytes = oracle.getBytes(StandardCharsets.UTF_8);
        DocumentText d = DocumentText.readUtf8(new ByteArrayInputStream(bytes), 50_000);
        DocumentTextTest.assertSame(oracle, d);
        for (int i = 0; i < 300; i++) {
            int line = r.nextInt(d.lineCount());
            int end = Math.min(d.lineCount() - 1, line + r.nextInt(3) * r.nextInt(2000));
            String ins = r.nextInt(3) == 0 ? "" : "é\n" + r.nextInt();
            d = d.replace(line, 0, end, 1, ins);
            List<String> ls = DocumentTextTest.oracleLines(oracle);
            int[] starts = new int[ls.size()];
            String o = oracle;
            for (int k = 0, p = 0; k < ls.size(); k++) {
                starts[k] = p;
                p += ls.get(k).length();
                if (p < o.length()) {
                    p += o.charAt(p) == '\r' && p + 1 < o.length() && o.charAt(p + 1) == '\n' ? 2 : 1;
                }
            }
            int so = starts[line];
            int eo = starts[end] + Math.min(1, ls.get(end).length());
            oracle = oracle.substring(0, so) + ins + oracle.substring(eo);
            assertEquals(oracle.length(), d.length(), "length after edit " + i);
        }
        DocumentTextTest.assertSame(oracle, d);
    }
}
