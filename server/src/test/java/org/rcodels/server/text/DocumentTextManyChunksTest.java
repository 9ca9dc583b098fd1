package org.rcodels.server.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edits in a document of many chunks, against a plain string: small edits anywhere, edits spanning several chunks,
 * inserts larger than a chunk, deletes to the end and of everything. Checks the line and offset tables that an edit
 * updates without visiting the untouched chunks.
 */
class DocumentTextManyChunksTest {

    @Test
    void editsAnywhereMatchTheOracle() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        String[] lines = {"status: NXDOMAIN", "", "a\tb", "é ثلاثة", "\uD83D\uDE00 x", "query failed (SERVFAIL) for x"};
        String[] ends = {"\n", "\r\n", "\r"};
        while (sb.length() < 12 * DocumentText.CHUNK) {
            sb.append(lines[r.nextInt(lines.length)]).append(ends[r.nextInt(10) < 8 ? 0 : 1 + r.nextInt(2)]);
        }
        String oracle = sb.toString();
        DocumentText d = DocumentText.of(oracle);
        DocumentTextTest.assertSame(oracle, d);
        for (int i = 0; i < 1500; i++) {
            List<String> ls = DocumentTextTest.oracleLines(oracle);
            int kind = r.nextInt(20);
            int sl = r.nextInt(ls.size());
            int el;
            if (kind == 0) {
                el = Math.min(ls.size() - 1, sl + r.nextInt(3000)); // across several chunks
            } else if (kind == 1) {
                el = ls.size() - 1; // to the end
            } else {
                el = Math.min(ls.size() - 1, sl + r.nextInt(2));
            }
            int sc = r.nextInt(ls.get(sl).length() + 1);
            int ec = el == sl ? sc + r.nextInt(ls.get(el).length() - sc + 1) : r.nextInt(ls.get(el).length() + 1);
            if (kind == 1 && r.nextBoolean()) {
                ec = ls.get(el).length();
            }
            String ins;
            if (kind == 2) {
                StringBuilder big = new StringBuilder();
                while (big.length() < DocumentText.CHUNK + 100) {
                    big.append(lines[r.nextInt(lines.length)]).append('\n');
                }
                ins = big.toString();
            } else {
                ins = r.nextInt(3) == 0 ? "" : lines[r.nextInt(lines.length)] + ends[r.nextInt(3)];
            }
            int[] starts = lineStarts(oracle);
            int so = fix(oracle, starts[sl] + sc);
            int eo = fix(oracle, starts[el] + ec);
            oracle = oracle.substring(0, so) + ins + oracle.substring(eo);
            d = d.replace(sl, sc, el, ec, ins);
            assertEquals(oracle.length(), d.length(), "length after edit " + i);
            assertEquals(DocumentTextTest.oracleLines(oracle).size(), d.lineCount(), "lines after edit " + i);
            if (i % 50 == 0) {
                DocumentTextTest.assertSame(oracle, d);
            }
            if (oracle.length() < DocumentText.CHUNK) {
                // grow it again so that edits keep crossing chunks
                d = d.replace(Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0, sb.toString());
                oracle = oracle + sb;
            }
        }
        DocumentTextTest.assertSame(oracle, d);
        // delete everything, then type into the empty document
        DocumentText empty = d.replace(0, 0, Integer.MAX_VALUE, 0, "");
        DocumentTextTest.assertSame("", empty);
        DocumentTextTest.assertSame("x\n", empty.replace(0, 0, 0, 0, "x\n"));
    }

    /** Offset of the start of each line (the LSP split: \n, \r\n, lone \r). */
    private static int[] lineStarts(String t) {
        int[] out = new int[DocumentTextTest.oracleLines(t).size()];
        int line = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                out[line++] = i + 1;
            }
        }
        return out;
    }

    private static int fix(String t, int o) {
        if (o > 0 && o < t.length() && Character.isLowSurrogate(t.charAt(o))
                && Character.isHighSurrogate(t.charAt(o - 1))) {
            return o - 1;
        }
        return o;
    }
}
