package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.rcodels.server.lsp.Documents;
import org.rcodels.server.lsp.OpenDocument;
import org.rcodels.server.lsp.Positions;

/**
 * The edit model against an independent oracle: thousands of random incremental edits go through
 * {@link Documents#change} (the didChange path) with positions in UTF-16 and in UTF-8, and after each the document
 * must equal the same edits applied to a plain String by the LSP rules. Texts mix every line terminator (LF, CRLF,
 * lone CR), tabs, emoji and other characters outside the BMP, Arabic, combining marks and lone surrogates; a large
 * document gets edits aimed at its chunk boundaries. Positions must round-trip through {@link Positions}.
 */
class EditModelTest {

    static final String[] PIECES = {"a", "b", "z", " ", "\n", "\r\n", "\r", "\t", "\uD83D\uDE00", "\uD834\uDD1E", "é",
        "e\u0301", "\u0642\u0628\u0644", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "status: NXDOMAIN ", "\r\r\n",
        "\n\r", "\u00A0", "\u4E2D\u6587", "\uD800", "\uDFFF", ";; ->>HEADER<<- ", "\n\n"};

    /** Total edits checked, for docs/RELIABILITY.md (printed at the end of each test). */
    private int edits;

    // ------------------------------------------------------------------------------------------------ the oracle

    /** The lines of a text by the LSP rules (\n, \r\n, lone \r), each as {start offset, length}. */
    static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i - start});
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, t.length() - start});
        return out;
    }

    /** UTF-8 length of one code point; a lone surrogate counts as U+FFFD (3 bytes), as a client encoding it would send. */
    static int utf8Length(int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return 3;
        }
        return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The offset a position names, by the LSP rules: a line past the end means the end of the document, a negative
     * line its start; a column is clamped to the line; a UTF-8 column inside a character, or a UTF-16 column between
     * the two halves of a surrogate pair, means the start of that character.
     */
    static int offset(String text, int line, int character, boolean utf8) {
        if (line < 0) {
            return 0;
        }
        List<int[]> ls = lines(text);
        if (line >= ls.size()) {
            return text.length();
        }
        int start = ls.get(line)[0];
        String l = text.substring(start, start + ls.get(line)[1]);
        if (character <= 0) {
            return start;
        }
        if (utf8) {
            int bytes = 0;
            int i = 0;
            while (i < l.length()) {
                int cp = l.codePointAt(i);
                if (bytes + utf8Length(cp) > character) {
                    break;
                }
                bytes += utf8Length(cp);
                i += Character.charCount(cp);
            }
            return start + i;
        }
        int col = Math.min(character, l.length());
        if (col > 0 && col < l.length() && Character.isHighSurrogate(l.charAt(col - 1))
                && Character.isLowSurrogate(l.charAt(col))) {
            col--;
        }
        return start + col;
    }

    static String apply(String text, int sl, int sc, int el, int ec, String insert, boolean utf8) {
        int s = offset(text, sl, sc, utf8);
        int e = offset(text, el, ec, utf8);
        if (e < s) {
            int t = s;
            s = e;
            e = t;
        }
        return text.substring(0, s) + insert + text.substring(e);
    }

    /** The client column (UTF-16 or UTF-8) of an offset, computed from the text alone. */
    static int[] position(String text, int offset, boolean utf8) {
        List<int[]> ls = lines(text);
        for (int i = ls.size() - 1; i >= 0; i--) {
            if (ls.get(i)[0] <= offset) {
                int col = Math.min(offset - ls.get(i)[0], ls.get(i)[1]);
                String prefix = text.substring(ls.get(i)[0], ls.get(i)[0] + col);
                if (!utf8) {
                    return new int[] {i, col};
                }
                int bytes = 0;
                for (int k = 0; k < prefix.length(); ) {
                    int cp = prefix.codePointAt(k);
                    bytes += utf8Length(cp);
                    k += Character.charCount(cp);
                }
                return new int[] {i, bytes};
            }
        }
        return new int[] {0, 0};
    }

    // ------------------------------------------------------------------------------------------------ generators

    static String randomText(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** A position: usually inside the text, sometimes past the end of a line or of the document, or negative. */
    static int[] randomPosition(Random r, String text, boolean utf8) {
        List<int[]> ls = lines(text);
        int k = r.nextInt(40);
        if (k == 0) {
            return new int[] {-1 - r.nextInt(3), r.nextInt(5)};
        }
        if (k == 1) {
            return new int[] {ls.size() + r.nextInt(3), r.nextInt(5)};
        }
        if (k == 2) {
            return new int[] {r.nextInt(ls.size()), Integer.MAX_VALUE};
        }
        if (k == 3) {
            return new int[] {r.nextInt(ls.size()), -1 - r.nextInt(5)};
        }
        int line = r.nextInt(ls.size());
        int len = ls.get(line)[1];
        // UTF-8 columns run up to three bytes a char, so aim across the whole possible range, inside characters too
        int max = utf8 ? len * 3 + 2 : len + 2;
        return new int[] {line, r.nextInt(max + 1)};
    }

    static TextDocumentContentChangeEvent change(int sl, int sc, int el, int ec, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(sl, sc), new Position(el, ec)), text);
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    void randomEditsMatchTheOracleInUtf16AndUtf8() {
        for (boolean utf8 : new boolean[] {false, true}) {
            for (long seed = 1; seed <= 4; seed++) {
                Random r = new Random(seed * 31 + (utf8 ? 7 : 0));
                String oracle = randomText(r, 40 + r.nextInt(200));
                Documents docs = new Documents();
                String uri = "file:///edit/" + seed + (utf8 ? ".utf8" : ".utf16") + ".log";
                docs.open(uri, "log", 1, oracle);
                for (int i = 0; i < 1500; i++) {
                    // one to three changes per notification, applied in order
                    List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
                    for (int n = 1 + (r.nextInt(5) == 0 ? r.nextInt(3) : 0); n > 0; n--) {
                        String insert = r.nextInt(4) == 0 ? "" : randomText(r, 1 + r.nextInt(3));
                        if (r.nextInt(150) == 0) {
                            batch.add(new TextDocumentContentChangeEvent(insert));
                            oracle = insert;
                            continue;
                        }
                        int[] a = randomPosition(r, oracle, utf8);
                        int[] b = r.nextInt(3) == 0 ? a : randomPosition(r, oracle, utf8);
                        batch.add(change(a[0], a[1], b[0], b[1], insert));
                        oracle = apply(oracle, a[0], a[1], b[0], b[1], insert, utf8);
                    }
                    OpenDocument d = docs.change(uri, i + 2, batch, utf8).orElseThrow();
                    edits += batch.size();
                    assertEquals(oracle, d.text().text(), "seed " + seed + " utf8 " + utf8 + " edit " + i);
                    assertEquals(i + 2, d.version());
                    if (i % 50 == 0) {
                        assertLines(oracle, d);
                    }
                }
            }
        }
        System.out.println("[reliability] edit model: " + edits + " random edits on small documents checked");
        assertTrue(edits >= 12_000, "edits: " + edits);
    }

    @Test
    void editsAtChunkBoundariesOfABigDocument() {
        for (boolean utf8 : new boolean[] {false, true}) {
            Random r = new Random(utf8 ? 99 : 98);
            // more than six chunks of 16 K chars, with long and short lines and every terminator
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 100_000) {
                sb.append(randomText(r, 1 + r.nextInt(30)));
                if (r.nextInt(50) == 0) {
                    sb.append("x".repeat(16 * 1024 + r.nextInt(100)));
                }
            }
            String oracle = sb.toString();
            Documents docs = new Documents();
            String uri = "file:///edit/big-" + utf8 + ".log";
            docs.open(uri, "log", 1, oracle);
            for (int i = 0; i < 1500; i++) {
                int[] a;
                int[] b;
                if (r.nextBoolean()) {
                    // aim at (or just around) a multiple of the chunk size, where the model splits the text
                    int boundary = (1 + r.nextInt(Math.max(1, oracle.length() / (16 * 1024)))) * 16 * 1024;
                    int at = Math.max(0, Math.min(oracle.length(), boundary - 3 + r.nextInt(7)));
                    int to = Math.max(0, Math.min(oracle.length(), at + r.nextInt(4) * r.nextInt(20)));
                    a = position(oracle, at, utf8);
                    b = position(oracle, to, utf8);
                } else {
                    a = randomPosition(r, oracle, utf8);
                    b = r.nextInt(4) == 0 ? randomPosition(r, oracle, utf8) : a;
                }
                String insert = r.nextInt(4) == 0 ? "" : randomText(r, 1 + r.nextInt(4));
                OpenDocument d = docs.change(uri, i + 2, List.of(change(a[0], a[1], b[0], b[1], insert)), utf8)
                        .orElseThrow();
                oracle = apply(oracle, a[0], a[1], b[0], b[1], insert, utf8);
                edits++;
                assertEquals(oracle.length(), d.text().length(), "length after edit " + i + " utf8 " + utf8);
                if (i % 10 == 0) {
                    assertEquals(oracle, d.text().text(), "text after edit " + i + " utf8 " + utf8);
                }
            }
            OpenDocument d = docs.get(uri).orElseThrow();
            assertEquals(oracle, d.text().text());
            assertLines(oracle, d);
        }
        System.out.println("[reliability] edit model: " + edits + " edits on a 100 K-char document checked");
        assertTrue(edits >= 3_000);
    }

    static void assertLines(String oracle, OpenDocument d) {
        List<int[]> ls = lines(oracle);
        assertEquals(ls.size(), d.text().lineCount(), "line count");
        for (int i = 0; i < ls.size(); i++) {
            assertEquals(oracle.substring(ls.get(i)[0], ls.get(i)[0] + ls.get(i)[1]), d.text().line(i), "line " + i);
        }
    }

    @Test
    void positionsRoundTripInUtf16AndUtf8() {
        Random r = new Random(5);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            String line = randomText(r, r.nextInt(12)).replace("\r", "").replace("\n", "");
            for (boolean utf8 : new boolean[] {false, true}) {
                for (int x = 0; x <= line.length(); x++) {
                    boolean insidePair = x > 0 && x < line.length() && Character.isHighSurrogate(line.charAt(x - 1))
                            && Character.isLowSurrogate(line.charAt(x));
                    int client = Positions.fromUtf16(line, x, utf8);
                    if (insidePair) {
                        // the middle of a pair is no place in UTF-8: it means the start of the character, as in
                        // edits; a UTF-16 client can name it, and gets it back unchanged
                        assertEquals(utf8 ? Positions.fromUtf16(line, x - 1, true) : x, client,
                                "inside a pair of " + line);
                        continue;
                    }
                    assertEquals(position(line, x, utf8)[1], client, "client column of " + x + " in " + line);
                    assertEquals(x, Positions.toUtf16(line, client, utf8), "round trip of " + x + " in " + line);
                    checked++;
                }
            }
            // every UTF-8 column, inside characters too, maps to the start of the character it falls in
            int total = position(line, line.length(), true)[1];
            for (int b = -2; b <= total + 3; b++) {
                assertEquals(offset(line, 0, b, true), Positions.toUtf16(line, b, true), "UTF-8 column " + b + " of " + line);
                checked++;
            }
            assertEquals(0, Positions.toUtf16(line, Integer.MIN_VALUE, false));
            assertEquals(line.length(), Positions.toUtf16(line, Integer.MAX_VALUE, false));
            assertEquals(line.length(), Positions.toUtf16(line, Integer.MAX_VALUE, true));
            assertEquals(total, Positions.fromUtf16(line, Integer.MAX_VALUE, true));
            assertEquals(0, Positions.fromUtf16(line, -1, true));
        }
        System.out.println("[reliability] positions: " + checked + " column conversions checked");
    }

    @Test
    void knownColumnsOfAHardLine() {
        // é: 2 bytes; the emoji: 4 bytes, 2 UTF-16 units; qaf: 2 bytes; e and a combining acute: 1 + 2 bytes
        String line = "\u00E9\uD83D\uDE00\u0642e\u0301";
        assertEquals(0, Positions.toUtf16(line, 1, true), "inside é");
        assertEquals(1, Positions.toUtf16(line, 2, true));
        assertEquals(1, Positions.toUtf16(line, 5, true), "inside the emoji");
        assertEquals(3, Positions.toUtf16(line, 6, true));
        assertEquals(6, Positions.fromUtf16(line, 3, true));
        assertEquals(2, Positions.fromUtf16(line, 1, true));
        assertEquals(2, Positions.fromUtf16(line, 2, true), "between the halves of the emoji: its start");
        assertEquals(9, Positions.fromUtf16(line, 5, true), "after the e, before the combining mark");
        assertEquals(line.length(), Positions.toUtf16(line, 100, true));
    }
}
