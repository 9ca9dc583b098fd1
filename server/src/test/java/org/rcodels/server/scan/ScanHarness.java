package org.rcodels.server.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.text.DocumentText;

/**
 * Cursor-marker one-liners for scanner tests. The cursor is {@link #CURSOR} ("‸", U+2038), chosen because it never
 * occurs in DNS text (a "|" does: tcpdump prints it for TC).
 *
 * <pre>
 * assertMention(Dialect.DIG, ";; ->>HEADER<<- opcode: QUERY, status: NXDO‸MAIN, id: 1", "rcode:3", "NXDOMAIN");
 * assertNoMention(Dialect.LOG, "connect: connection ‸refused");
 * </pre>
 * Multi-line texts are fine; the cursor may be on any line.
 */
public final class ScanHarness {
    public static final String CURSOR = "\u2038";

    private ScanHarness() {
    }

    public static TextContext context(Dialect dialect, String text) {
        return context(dialect, text, "");
    }

    public static TextContext context(Dialect dialect, String text, String uri) {
        return new TextContext(Catalog.standard(), dialect, uri, DocumentText.of(text));
    }

    /** Every mention of every line. */
    public static List<Mention> mentions(Dialect dialect, String text) {
        return mentions(context(dialect, text));
    }

    public static List<Mention> mentions(TextContext ctx) {
        List<Mention> all = new ArrayList<>();
        for (int i = 0; i < ctx.lineCount(); i++) {
            all.addAll(Scanners.onLine(ctx, i));
        }
        return all;
    }

    /** The mention under the cursor, if any. */
    public static Optional<Mention> at(Dialect dialect, String textWithCursor) {
        return at(dialect, textWithCursor, "");
    }

    public static Optional<Mention> at(Dialect dialect, String textWithCursor, String uri) {
        int idx = textWithCursor.indexOf(CURSOR);
        if (idx < 0) {
            fail("no cursor marker " + CURSOR + " in: " + textWithCursor);
        }
        String text = textWithCursor.substring(0, idx) + textWithCursor.substring(idx + 1);
        String before = text.substring(0, idx);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        int col = idx - (before.lastIndexOf('\n') + 1);
        return Scanners.at(context(dialect, text, uri), line, col);
    }

    /** Asserts the cursor is on a mention of {@code entryId} whose text is {@code mentionText}. */
    public static Mention assertMention(Dialect dialect, String textWithCursor, String entryId, String mentionText) {
        Optional<Mention> m = at(dialect, textWithCursor);
        assertTrue(m.isPresent(), "expected a mention of " + entryId + " at the cursor in: " + textWithCursor);
        assertEquals(entryId, m.get().entry().id(), "entry at the cursor in: " + textWithCursor);
        assertEquals(mentionText, m.get().text(), "mention text in: " + textWithCursor);
        return m.get();
    }

    /** Asserts nothing is mentioned at the cursor. */
    public static void assertNoMention(Dialect dialect, String textWithCursor) {
        Optional<Mention> m = at(dialect, textWithCursor);
        m.ifPresent(x -> fail("expected no mention at the cursor but found " + x.entry().id() + " '" + x.text()
                + "' in: " + textWithCursor));
    }
}
