package org.rcodels.server.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    /** Reference split of the LSP spec: \n, \r\n and lone \r end lines. */
    static List<String> oracleLines(String t) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(t.substring(start));
        return out;
    }

    static void assertSame(String expected, DocumentText d) {
        assertEquals(expected, d.text());
        List<String> lines = oracleLines(expected);
        assertEquals(lines.size(), d.lineCount(), "line count");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), d.line(i), "line " + i);
        }
    }

    @Test
    void splitsLikeTheSpec() {
        for (String s : List.of("", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n", "\r\n", "x\r\r\ny")) {
            assertSame(s, DocumentText.of(s));
        }
    }

    @Test
    void clampsPositions() {
        DocumentText d = DocumentText.of("ab\ncd");
        assertSame("ab!\ncd", d.replace(0, 99, 0, 99, "!"));
        assertSame("ab\ncd!", d.replace(9, 0, 9, 0, "!"));
    }

    @Test
    void randomEditsMatchTheOracleAcrossChunks() {
        Random r = new Random(42);
        String[] pieces = {"a", "\n", "\r\n", "\r", "status: NXDOMAIN", "é", "\uD83D\uDE00", "\t", "ثلاثة", "\n\n"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3 * DocumentText.CHUNK) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        String oracle = sb.toString();
        DocumentText d = DocumentText.of(oracle);
        for (int i = 0; i < 3000; i++) {
            List<String> lines = oracleLines(oracle);
            int sl = r.nextInt(lines.size());
            int el = Math.min(lines.size() - 1, sl + r.nextInt(3));
            int sc = r.nextInt(lines.get(sl).length() + 1);
            int ec = el == sl ? sc + r.nextInt(lines.get(el).length() - sc + 1) : r.nextInt(lines.get(el).length() + 1);
            String ins = r.nextInt(4) == 0 ? "" : pieces[r.nextInt(pieces.length)] + (r.nextBoolean() ? pieces[r.nextInt(pieces.length)] : "");
            // oracle edit on offsets
            int so = offset(oracle, sl, sc);
            int eo = offset(oracle, el, ec);
            // keep surrogate pairs whole as the model does
            so = fix(oracle, so);
            eo = fix(oracle, eo);
            oracle = oracle.substring(0, so) + ins + oracle.substring(eo);
            d = d.replace(sl, sc, el, ec, ins);
            assertEquals(oracle.length(), d.length(), "length after edit " + i);
            if (i % 100 == 0) {
                assertSame(oracle, d);
            }
        }
        assertSame(oracle, d);
    }

    /**
     * A chunk ending with a lone CR followed by a chunk that does not start with LF (here built by the edits below)
     * made the next edit in the second chunk cut the first chunk at an offset past its end.
     */
    @Test
    void editAfterAChunkEndingWithALoneCr() {
        DocumentText d = DocumentText.of("\uD83D\uDE00")
                .replace(0, 2, 1, 3, "\r\r\n")
                .replace(2, 0, 3, 1, "x")
                .replace(2, 0, 1, 1, "");
        assertSame("\uD83D\uDE00\rx", d);
        assertSame("\uD83D\uDE00\rxab", d.replace(1, 3, 1, 3, "ab"));
        assertSame("\uD83D\uDE00\r\nx", d.replace(1, 0, 1, 0, "\n"));
        assertSame("\uD83D\uDE00x", d.replace(0, 2, 1, 0, ""));
    }

    private static int fix(String t, int o) {
        if (o > 0 && o < t.length() && Character.isLowSurrogate(t.charAt(o)) && Character.isHighSurrogate(t.charAt(o - 1))) {
            return o - 1;
        }
        return o;
    }

    private static int offset(String t, int line, int col) {
        int l = 0;
        int i = 0;
        while (l < line) {
            char c = t.charAt(i++);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i < t.length() && t.charAt(i) == '\n') {
                    i++;
                }
                l++;
            }
        }
        return i + col;
    }
}
