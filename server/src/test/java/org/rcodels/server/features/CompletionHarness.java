package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/**
 * Cursor-marker one-liners for completion and diagnostics, with the cursor convention of {@link ScanHarness}
 * ("‸"). Also applies quick-fix edits to a text, so that a test can check the fixed text and diagnose it again.
 */
final class CompletionHarness {
    private CompletionHarness() {
    }

    /** The text without the cursor, and the cursor's line and column. */
    record At(String text, int line, int column) {
    }

    static At at(String textWithCursor) {
        int idx = textWithCursor.indexOf(ScanHarness.CURSOR);
        if (idx < 0) {
            fail("no cursor marker " + ScanHarness.CURSOR + " in: " + textWithCursor);
        }
        String text = textWithCursor.substring(0, idx) + textWithCursor.substring(idx + 1);
        String before = text.substring(0, idx);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        int col = idx - (before.lastIndexOf('\n') + 1);
        return new At(text, line, col);
    }

    static Completion complete(Dialect dialect, String textWithCursor) {
        return complete(dialect, textWithCursor, "");
    }

    static Completion complete(Dialect dialect, String textWithCursor, String uri) {
        At at = at(textWithCursor);
        return CompletionFeature.complete(ScanHarness.context(dialect, at.text(), uri), at.line(), at.column());
    }

    /** The labels offered at the cursor, in order. */
    static List<String> labels(Dialect dialect, String textWithCursor) {
        return labels(dialect, textWithCursor, "");
    }

    static List<String> labels(Dialect dialect, String textWithCursor, String uri) {
        return complete(dialect, textWithCursor, uri).items().stream().map(Completion.Item::label).toList();
    }

    static Completion.Item item(Completion c, String label) {
        return c.items().stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label + " in " + c.items()));
    }

    static List<Diagnostic> diagnose(Dialect dialect, String text) {
        return diagnose(dialect, text, "");
    }

    static List<Diagnostic> diagnose(Dialect dialect, String text, String uri) {
        TextContext ctx = ScanHarness.context(dialect, text, uri);
        return DiagnosticsFeature.diagnose(ctx, 0, ctx.lineCount(), ctx.catalog().texts("en"));
    }

    static List<Action> fixes(Dialect dialect, String text, String uri, Diagnostic d) {
        TextContext ctx = ScanHarness.context(dialect, text, uri);
        return QuickFixes.fixes(ctx, d, ctx.catalog().texts("en"));
    }

    /** The text with an action's edits applied (edits on distinct ranges, applied from the last to the first). */
    static String apply(String text, Action a) {
        String[] lines = text.split("\n", -1);
        List<Action.Edit> edits = a.edits().stream()
                .sorted((x, y) -> x.line() != y.line() ? y.line() - x.line() : y.start() - x.start()).toList();
        for (Action.Edit e : edits) {
            String l = lines[e.line()];
            lines[e.line()] = l.substring(0, e.start()) + e.text() + l.substring(e.end());
        }
        return String.join("\n", lines);
    }
}
