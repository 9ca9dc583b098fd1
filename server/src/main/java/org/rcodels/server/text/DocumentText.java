package org.rcodels.server.text;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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

    /**
     * Below this many chars, a run of Latin-1 lines next to lines with wider characters shares their chunk instead of
     * getting its own (see {@link #chunk}).
     */
    static final int MIN_RUN = 2 * 1024;

    /** A run of whole lines: {@code text} and the offset of each line in it. */
    private static final class Chunk {
        final String text;
        /** starts[k] = offset of line k in text; line k ends before the terminator that precedes starts[k + 1]. */
        final int[] starts;

        Chunk(String text, int[] starts) {
            this.text = text;
            this.starts = starts;
        }

        int lines() {
            return starts.length;
        }

        /** Offset of the end of line k (before its terminator, or the end of the text for the last line). */
        int end(int k) {
            if (k + 1 >= starts.length) {
                return text.length();
            }
            int next = starts[k + 1];
            // "\r\n" ends the line with two chars; a line cannot hold a \r of its own, so a \r before the \n is
            // the terminator's
            return next - 2 >= starts[k] && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r'
                    ? next - 2 : next - 1;
        }

        boolean endsWithTerminator() {
            return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
        }
    }

    private final Chunk[] chunks;
    /** firstLine[i] = index of the first line of chunk i; firstLine[chunks.length] = line count. */
    private final int[] firstLine;
    /** start[i] = offset of chunk i in the document; start[chunks.length] = length. */
    private final long[] start;

    /*
     * An edit touches only the chunks it replaces: the tables above are rebuilt from the old ones with array copies
     * and one addition per later chunk, never by visiting the other chunks' objects (in a 100 MB document those are
     * 6,000 objects spread over the heap, and a walk over them costs more than the edit).
     */
    private DocumentText(Chunk[] chunks, int[] firstLine, long[] start) {
        this.chunks = chunks;
        this.firstLine = firstLine;
        this.start = start;
    }

    /** Builds the tables by visiting every chunk: for a new text. */
    private static DocumentText build(Chunk[] chunks) {
        int[] firstLine = new int[chunks.length + 1];
        long[] start = new long[chunks.length + 1];
        long len = 0;
        int line = 0;
        for (int i = 0; i < chunks.length; i++) {
            firstLine[i] = line;
            start[i] = len;
            line += contribution(chunks[i], i == chunks.length - 1);
            len += chunks[i].text.length();
        }
        firstLine[chunks.length] = line;
        start[chunks.length] = len;
        return new DocumentText(chunks, firstLine, start);
    }

    /**
     * The lines a chunk adds to the count: a chunk that ends with a terminator and is not the last leaves its
     * (empty) last line to the chunk after it.
     */
    private static int contribution(Chunk c, boolean isFinal) {
        return c.endsWithTerminator() && !isFinal ? c.lines() - 1 : c.lines();
    }

    public static DocumentText of(String text) {
        return build(chunk(text == null ? "" : text, true));
    }

    /** Bytes read from a stream at a time by {@link #readUtf8}. */
    static final int BLOCK = 1 << 20;

    /**
     * Reads a UTF-8 stream to its end, as {@code of(new String(bytes, UTF_8))} would see it (a byte order mark at the
     * start is dropped, malformed bytes become U+FFFD), without holding all the bytes or a copy of the whole text: the
     * stream is read in blocks, and each chunk's bytes are decoded on their own. A chunk ends just after a {@code \n}
     * byte, which is never part of a multi-byte sequence, so decoding piece by piece gives the same characters. For
     * the usual log ({@code \n} line ends) the line tables are found with String's vectorised search instead of a
     * loop over every char. Meant for reading whole files for one pass ({@code rcode-ls check}); documents that are
     * edited come through {@link #of}, which keeps lines with wide characters apart to save memory. Does not close
     * the stream.
     */
    public static DocumentText readUtf8(InputStream in) throws IOException {
        return readUtf8(in, BLOCK);
    }

    /** {@link #readUtf8(InputStream)} with a given block size (tests use small ones to cut lines and sequences). */
    static DocumentText readUtf8(InputStream in, int blockSize) throws IOException {
        List<Chunk> out = new ArrayList<>();
        byte[] buf = new byte[Math.max(4, blockSize)];
        int len = 0;
        boolean bomChecked = false;
        boolean eof = false;
        while (!eof) {
            if (len == buf.length) {
                // a block without a usable line end (one long line): read more before cutting
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
            int from = 0;
            if (!bomChecked && (len >= 3 || eof)) {
                bomChecked = true;
                if (len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                    from = 3;
                }
            }
            if (!bomChecked) {
                continue;
            }
            int cut = eof ? len : completeLines(buf, from, len);
            if (cut > from) {
                decodeChunks(buf, from, cut, out);
            }
            System.arraycopy(buf, cut, buf, 0, len - cut);
            len -= cut;
        }
        if (out.isEmpty()) {
            out.add(new Chunk("", new int[] {0}));
        } else if (out.get(out.size() - 1).endsWithTerminator()) {
            // the text ends with a terminator: its empty last line is a chunk of its own, as in chunk()
            out.add(new Chunk("", new int[] {0}));
        }
        return build(out.toArray(new Chunk[0]));
    }

    /**
     * The end of the last whole line in buf[from, len): just after the last {@code \n}, or, in a block without one,
     * after the last {@code \r} that is not the block's last byte (a {@code \n} after it could belong to it). From
     * when there is none.
     */
    private static int completeLines(byte[] buf, int from, int len) {
        for (int i = len - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = len - 2; i >= from; i--) {
            if (buf[i] == '\r') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * How far past its first non-ASCII byte a piece decoded as non-ASCII reaches (to the end of that line): a file
     * with a non-ASCII character here and there decodes most of its bytes on the ASCII path, and a file full of them
     * still gets chunks of a useful size.
     */
    static final int WIDE_RUN = 2 * 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Decodes buf[from, to) as chunks of about {@link #CHUNK} bytes, each ending just after a {@code \n} (or at
     * {@code to}). Only the end of the stream may leave buf[from, to) without a terminator at its end. Runs of ASCII
     * lines take the JDK's fast path for ASCII (a vectorised check and a copy); the lines around a non-ASCII byte
     * are decoded on their own, so that one accented name does not send a whole chunk through the slow decoder.
     */
    private static void decodeChunks(byte[] buf, int from, int to, List<Chunk> out) {
        int pos = from;
        while (pos < to) {
            int end = to - pos > CHUNK ? lineEndAfter(buf, pos + CHUNK - 1, to) : to;
            int k = firstNonAscii(buf, pos, end);
            if (k > pos) {
                // the ASCII lines before the line of the non-ASCII byte
                int ls = k;
                while (ls > pos && buf[ls - 1] != '\n') {
                    ls--;
                }
                if (ls > pos) {
                    end = ls;
                    k = -1;
                }
            }
            if (k >= 0) {
                end = lineEndAfter(buf, Math.min(end, k + WIDE_RUN) - 1, to);
            }
            addPiece(new String(buf, pos, end - pos, StandardCharsets.UTF_8), out);
            pos = end;
        }
    }

    /** Just after the first {@code \n} at or after {@code i} in buf[.., to), or {@code to}. */
    private static int lineEndAfter(byte[] buf, int i, int to) {
        for (int j = Math.max(0, i); j < to; j++) {
            if (buf[j] == '\n') {
                return j + 1;
            }
        }
        return to;
    }

    /** The index of the first byte of buf[from, to) with its high bit set, or -1: eight bytes at a time. */
    static int firstNonAscii(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (((long) LONGS.get(buf, i) & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (buf[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** One decoded piece as chunks: one chunk when its line ends are {@code \n} or {@code \r\n}, else by chunk(). */
    private static void addPiece(String t, List<Chunk> out) {
        if (crOnlyBeforeLf(t)) {
            // unlike chunk(), a piece holding a wide character stays whole (stored with two bytes per char): looking
            // for wide lines would cost a loop over every char, and readers of whole files keep the text for one pass
            out.add(lines(t));
        } else {
            for (Chunk c : chunk(t, false)) {
                out.add(c);
            }
        }
    }

    /** True if every {@code \r} in t is followed by {@code \n} (so every line ends at a {@code \n}). */
    private static boolean crOnlyBeforeLf(String t) {
        int i = t.indexOf('\r');
        while (i >= 0) {
            if (i + 1 >= t.length() || t.charAt(i + 1) != '\n') {
                return false;
            }
            i = t.indexOf('\r', i + 2);
        }
        return true;
    }

    /**
     * The line table of a text whose lines all end with {@code \n} (or {@code \r\n}), but perhaps the last, found with
     * indexOf.
     */
    private static Chunk newlineLines(String t) {
        int[] starts = new int[Math.max(16, t.length() / 64)];
        int count = 1;
        int i = t.indexOf('\n');
        while (i >= 0) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count++] = i + 1;
            i = t.indexOf('\n', i + 1);
        }
        return new Chunk(t, count == starts.length ? starts : Arrays.copyOf(starts, count));
    }

    /** Number of lines; an empty document has one empty line, and a trailing terminator starts a last empty line. */
    public int lineCount() {
        return firstLine[chunks.length];
    }

    /** Total length in UTF-16 code units. */
    public long length() {
        return start[chunks.length];
    }

    /** The text of a line without its terminator. */
    public String line(int line) {
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        return ch.text.substring(ch.starts[k], ch.end(k));
    }

    /** Length of a line in UTF-16 code units, without its terminator. */
    public int lineLength(int line) {
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        return ch.end(k) - ch.starts[k];
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
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length()));
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
            return length();
        }
        int c = chunkOf(line);
        Chunk ch = chunks[c];
        int k = line - firstLine[c];
        int lineLen = ch.end(k) - ch.starts[k];
        int col2 = Math.max(0, Math.min(col, lineLen));
        // never split a surrogate pair: a column between the two halves moves to the start of the character
        int at = ch.starts[k] + col2;
        if (col2 > 0 && col2 < lineLen && Character.isLowSurrogate(ch.text.charAt(at))
                && Character.isHighSurrogate(ch.text.charAt(at - 1))) {
            at--;
        }
        return start[c] + at;
    }

    /** The chunk holding offset {@code o}: the last chunk whose start is {@code <= o} (the last chunk for the end). */
    private int chunkAt(long o) {
        int lo = 0;
        int hi = chunks.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= o) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private DocumentText replaceOffsets(long s, long e, String newText) {
        int n = chunks.length;
        // the chunk holding s: the first whose end is past s (the last chunk for the end of the text)
        int first = chunkAt(s);
        // the chunk holding e: the first from there whose end is at or past e (an edit ending exactly at a chunk's
        // end does not touch the next chunk)
        int last = Math.max(first, chunkAt(e));
        while (last > first && start[last] >= e) {
            last--;
        }
        // the touched chunks with [s, e) replaced: the chunks between first and last are inside the range
        String region = chunks[first].text.substring(0, (int) (s - start[first])) + newText
                + chunks[last].text.substring((int) (e - start[last]));
        // widen by one chunk on the left where a \r at a boundary could join a \n
        if (first > 0 && endsWithCr(chunks[first - 1])) {
            first--;
            region = chunks[first].text + region;
        }
        // a middle piece must end with a whole terminator: pull in following chunks until it does
        while (last < n - 1 && !region.isEmpty() && needsNext(region, chunks[last + 1])) {
            last++;
            region = region + chunks[last].text;
        }
        boolean isLast = last == n - 1;
        Chunk[] mid = chunk(region, isLast);
        // empty chunks are dropped, except as the final chunk
        int keep = 0;
        for (int i = 0; i < mid.length; i++) {
            boolean isFinalChunk = isLast && i == mid.length - 1;
            if (!mid[i].text.isEmpty() || isFinalChunk) {
                mid[keep++] = mid[i];
            }
        }
        // at least one chunk follows the prefix: the final chunk is kept above when the edit reaches the end, and
        // the suffix is not empty when it does not; so chunk first - 1 stays a non-final chunk
        int suffix = n - (last + 1);
        int m = first + keep + suffix;
        Chunk[] out = new Chunk[m];
        int[] fl = new int[m + 1];
        long[] st = new long[m + 1];
        System.arraycopy(chunks, 0, out, 0, first);
        System.arraycopy(firstLine, 0, fl, 0, first);
        System.arraycopy(start, 0, st, 0, first);
        int line = firstLine[first];
        long off = start[first];
        for (int i = 0; i < keep; i++) {
            out[first + i] = mid[i];
            fl[first + i] = line;
            st[first + i] = off;
            line += contribution(mid[i], first + i == m - 1);
            off += mid[i].text.length();
        }
        if (suffix > 0) {
            int dl = line - firstLine[last + 1];
            long dc = off - start[last + 1];
            System.arraycopy(chunks, last + 1, out, first + keep, suffix);
            for (int i = 0; i <= suffix; i++) {
                fl[first + keep + i] = firstLine[last + 1 + i] + dl;
                st[first + keep + i] = start[last + 1 + i] + dc;
            }
        } else {
            fl[m] = line;
            st[m] = off;
        }
        return new DocumentText(out, fl, st);
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
     * Splits text into chunks of whole lines, each of about {@link #CHUNK} chars (a chunk ends at the end of the line
     * that reaches that size). A chunk's string is stored with one byte per char when all its chars are Latin-1 and
     * with two otherwise, so lines holding wider characters are kept in chunks of their own: in a log with a
     * non-Latin-1 character every few hundred lines, mixing them would store most of the text with two bytes per
     * char. A Latin-1 run shorter than {@link #MIN_RUN} joins the wide lines around it, so that alternating lines do
     * not make one chunk per line. When {@code last} is true, a text ending with a terminator gets a final empty chunk
     * for its empty last line.
     */
    private static Chunk[] chunk(String text, boolean last) {
        List<Chunk> out = new ArrayList<>();
        int n = text.length();
        if (n == 0) {
            return new Chunk[] {new Chunk("", new int[] {0})};
        }
        int pos = 0;
        while (pos < n) {
            int cut = pos;
            boolean wide = false;
            // in a wide chunk: the end of its last wide line
            int wideEnd = pos;
            while (cut < n && cut - pos < CHUNK) {
                int i = cut;
                boolean w = false;
                char c = 0;
                while (i < n && (c = text.charAt(i)) != '\n' && c != '\r') {
                    if (c > 0xFF) {
                        w = true;
                    }
                    i++;
                }
                int end = i >= n ? n : c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                if (w && !wide) {
                    if (cut - pos >= MIN_RUN) {
                        break; // the Latin-1 lines so far make a chunk; this line starts a wide one
                    }
                    wide = true; // a short Latin-1 start joins the wide chunk
                }
                cut = end;
                if (w) {
                    wideEnd = end;
                } else if (wide && cut - wideEnd >= MIN_RUN) {
                    cut = wideEnd; // a long Latin-1 run after the wide lines starts the next chunk
                    break;
                }
            }
            out.add(lines(text.substring(pos, cut)));
            pos = cut;
        }
        // a final chunk that ends with a terminator gets the empty last line as its own chunk, so that every
        // line belongs to exactly one chunk
        if (last && out.get(out.size() - 1).endsWithTerminator()) {
            out.add(new Chunk("", new int[] {0}));
        }
        return out.toArray(new Chunk[0]);
    }

    /** Line table of one chunk: every line, including a trailing empty one after a final terminator. */
    private static Chunk lines(String t) {
        if (crOnlyBeforeLf(t)) {
            return newlineLines(t); // every line ends at a \n: found with indexOf
        }
        int n = t.length();
        int count = 1;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 >= n || t.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 0;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
                    i++;
                }
                starts[++line] = i + 1;
            }
        }
        return new Chunk(t, starts);
    }
}
