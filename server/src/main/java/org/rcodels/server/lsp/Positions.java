package org.rcodels.server.lsp;

/**
 * Converts columns between the client's position encoding and Java's UTF-16 columns. UTF-16 is the LSP default and
 * what Java strings use; UTF-8 is used when the client offers it first (see {@link ClientInfo}).
 */
public final class Positions {
    private Positions() {
    }

    /** UTF-16 column of a client column in {@code line}; clamped to the line. */
    public static int toUtf16(String line, int column, boolean utf8) {
        if (column <= 0) {
            return 0;
        }
        if (!utf8) {
            return Math.min(column, line.length());
        }
        int bytes = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int len = utf8Length(cp);
            if (bytes + len > column) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Client column of a UTF-16 column in {@code line}. A column between the two halves of a surrogate pair means
     * the start of that character, as in {@link org.rcodels.server.text.DocumentText#replace}.
     */
    public static int fromUtf16(String line, int column, boolean utf8) {
        int c = Math.max(0, Math.min(column, line.length()));
        if (!utf8) {
            return c;
        }
        int bytes = 0;
        int i = 0;
        while (i < c) {
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next > c) {
                break;
            }
            bytes += utf8Length(cp);
            i = next;
        }
        return bytes;
    }

    static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
