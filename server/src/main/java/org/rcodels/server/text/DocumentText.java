package org.rcodels.server.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable document text, stored as chunks of whole lines so that a one-character edit in a 100 MB log costs
 * the size of one chunk, not of the document. Lines are split at {@code \n}, {@code \r\n} and a lone {@code \r}, as
 * the LSP specification says. Columns are UTF-16 code units (Java {@code char}s).
 *
 * <p>Every chunk but the last ends just after a line terminator, and a {@code \r\n} pair is never split between two
 * chunks. An edit rebuilds only the chunks it touches and shares the others with the previous version, so old
 * snapshots stay valid for work still running on them.
 */
public final class DocumentText {

    /** Target size of a chunk in chars. */
    static final int CHUNK = 16 * 1024;

    /** A run of whole lines: {@code text} and the end (exclusive, before the terminator) of each line. */
    private static final class Chunk {
        final String text;
        /** starts[k] = offset of line k in text; ends[k] = offset of its terminator (or text end). */
        final int[] starts;
        final int[] ends;

        Chunk(String text, int[] starts, int[] ends) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
        }

        int lines() {
            return starts.length;
        }

        boolean endsWithTerminator() {
            return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
        }
    }

    private final Chunk[] chunks;
    /** firstLine[i] = index of the first line of chunk i; firstLine[chunks.length] = line count. */
    private final int[] firstLine;
    private final long length;

    private DocumentText(Chunk[] chunks) {
        this.chunks = chunks;
        this.firstLine = new int[chunks.length + 1];
        long len = 0;
        int line = 0;
        for (int i = 0; i < chunks.length; i++) {
            firstLine[i] = line;
            // a chunk that ends with a terminator contributes its lines; the following chunk starts a new line
            line += chunks[i].endsWithTerminator() && i < chunks.length - 1 ? chunks[i].lines() - 1 : chunks[i].lines();
            len += chunks[i].text.length();
        }
        firstLine[chunks.length] = line;
        this.length = len;
    }

    public static DocumentText of(String text) {
        return new DocumentText(chunk(text == null ? "" : text, true));
    }

    /** Number of lines; an empty document has one empty line, and a trailing terminator starts a last empty line. */
    public int lineCount() {
        return firstLine[chunks.length];
    }

    /** Total length in UTF-16 code units. */
    public long length() {
        return length;
    }

    /** The text of a line without its terminator. */
    public String line(int line) {
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        return ch.text.substring(ch.starts[k], ch.ends[k]);
    }

    /** Length of a line in UTF-16 code units, without its terminator. */
    public int lineLength(int line) {
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        return ch.ends[k] - ch.starts[k];
    }

    private int chunkOf(int line) {
        if (line < 0 || line >= lineCount()) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineCount());
        }
        int lo = 0;
        int hi = chunks.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstLine[mid] <= line) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // a chunk ending in a terminator has a phantom empty last line that belongs to the next chunk
        while (lo > 0 && firstLine[lo] > line) {
            lo--;
        }
        return lo;
    }

    /** The whole text. O(length): for tests and small documents only. */
    public String text() {
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length));
        for (Chunk c : chunks) {
            sb.append(c.text);
        }
        return sb.toString();
    }

    /**
     * A new version with the range [start, end) replaced. Positions are line and UTF-16 column; out-of-range
     * positions are clamped (a line past the end means the end of the document, a column past the end of a line
     * means the end of that line), and a reversed range is swapped.
     */
    public DocumentText replace(int startLine, int startCol, int endLine, int endCol, String newText) {
        long s = offset(startLine, startCol);
        long e = offset(endLine, endCol);
        if (e < s) {
            long t = s;
            s = e;
            e = t;
        }
        return replaceOffsets(s, e, newText == null ? "" : newText);
    }

    /** Absolute offset of a (clamped) position. */
    long offset(int line, int col) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineCount()) {
            return length;
        }
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        int lineLen = ch.ends[k] - ch.starts[k];
        int col2 = Math.max(0, Math.min(col, lineLen));
        // never split a surrogate pair: a column between the two halves moves to the start of the character
        int at = ch.starts[k] + col2;
        if (col2 > 0 && col2 < lineLen && Character.isLowSurrogate(ch.text.charAt(at))
                && Character.isHighSurrogate(ch.text.charAt(at - 1))) {
            at--;
        }
        return chunkStart(c) + at;
    }

    private long chunkStart(int c) {
        long off = 0;
        for (int i = 0; i < c; i++) {
            off += chunks[i].text.length();
        }
        return off;
    }

    private DocumentText replaceOffsets(long s, long e, String newText) {
        // find the chunks holding s and e
        int first = 0;
        long firstStart = 0;
        while (first < chunks.length - 1 && firstStart + chunks[first].text.length() <= s) {
            firstStart += chunks[first].text.length();
            first++;
        }
        int last = first;
        long lastStart = firstStart;
        while (last < chunks.length - 1 && lastStart + chunks[last].text.length() < e) {
            lastStart += chunks[last].text.length();
            last++;
        }
        // widen by one chunk on each side where a \r at a boundary could join a \n
        if (first > 0 && endsWithCr(chunks[first - 1])) {
            first--;
            firstStart -= chunks[first].text.length();
        }
        // the touched chunks (widening may have added one before the chunk holding s), with [s, e) replaced
        StringBuilder touched = new StringBuilder();
        for (int i = first; i <= last; i++) {
            touched.append(chunks[i].text);
        }
        String region = touched.substring(0, (int) (s - firstStart)) + newText
                + touched.substring((int) (e - firstStart));
        // a middle piece must end with a whole terminator: pull in following chunks until it does
        while (last < chunks.length - 1 && !region.isEmpty() && needsNext(region, chunks[last + 1])) {
            last++;
            region = region + chunks[last].text;
        }
        boolean isLast = last == chunks.length - 1;
        Chunk[] mid = chunk(region, isLast);
        List<Chunk> out = new ArrayList<>(chunks.length + mid.length);
        out.addAll(Arrays.asList(chunks).subList(0, first));
        out.addAll(Arrays.asList(mid));
        out.addAll(Arrays.asList(chunks).subList(last + 1, chunks.length));
        // drop empty non-final chunks
        out.removeIf(ch -> ch.text.isEmpty() && ch != out.get(out.size() - 1));
        if (out.isEmpty()) {
            out.add(chunk("", true)[0]);
        }
        return new DocumentText(out.toArray(new Chunk[0]));
    }

    /** Whether a middle piece must take in the next chunk: it ends inside a line, or with a \r the next \n joins. */
    private static boolean needsNext(String region, Chunk next) {
        char c = region.charAt(region.length() - 1);
        if (c == '\n') {
            return false;
        }
        if (c == '\r') {
            return next.text.startsWith("\n");
        }
        return true;
    }

    private static boolean endsWithCr(Chunk c) {
        return !c.text.isEmpty() && c.text.charAt(c.text.length() - 1) == '\r';
    }

    /**
     * Splits text into chunks of whole lines. When {@code last} is false the text is a middle piece: if it does not
     * end with a terminator, its last line continues into the next chunk... which cannot happen because middle
     * pieces always end at a chunk boundary that ended with a terminator. The final chunk keeps a trailing empty
     * line after a terminator.
     */
    private static Chunk[] chunk(String text, boolean last) {
        List<Chunk> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        if (n == 0) {
            return new Chunk[] {new Chunk("", new int[] {0}, new int[] {0})};
        }
        while (pos < n) {
            int target = Math.min(n, pos + CHUNK);
            // extend to the end of the line containing target-1
            int cut = target;
            if (cut < n) {
                while (cut < n && text.charAt(cut - 1) != '\n' && text.charAt(cut - 1) != '\r') {
                    cut++;
                }
                if (cut < n && text.charAt(cut - 1) == '\r' && text.charAt(cut) == '\n') {
                    cut++;
                }
            }
            out.add(lines(text.substring(pos, cut)));
            pos = cut;
        }
        // a final chunk that ends with a terminator gets the empty last line as its own chunk, so that every
        // line belongs to exactly one chunk
        if (last && out.get(out.size() - 1).endsWithTerminator()) {
            out.add(new Chunk("", new int[] {0}, new int[] {0}));
        }
        return out.toArray(new Chunk[0]);
    }

    /** Line table of one chunk: every line, including a trailing empty one after a final terminator. */
    private static Chunk lines(String t) {
        int n = t.length();
        int count = 1;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 >= n || t.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
        int line = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch == '\r' || ch == '\n') {
                ends[line] = i;
                if (ch == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
                starts[line] = start;
            }
        }
        ends[line] = n;
        return new Chunk(t, starts, ends);
    }
}
