package org.rcodels.server.features;

import java.util.Optional;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.Markdown;
import org.rcodels.server.scan.ScanContext;

/**
 * Hover on a value of a config or RPZ slot that names no code ({@code rpz-drop.}, {@code policy.PASS},
 * {@code DNSAction.Drop}, Unbound's {@code deny}): what the value makes the server do, in the words completion
 * shows, and the tool's reference page. Values that do name a code are mentions and get the code's own hover
 * ({@link HoverFeature}); this one is only asked when there is none. Costs one line, like every hover.
 */
public final class WordHover {
    private WordHover() {
    }

    /** The hover text and the columns (UTF-16) of the value it describes. */
    public record Result(String content, boolean markdown, int start, int end) {
    }

    public static Optional<Result> hover(ScanContext ctx, int line, int column, Texts texts, boolean markdown) {
        if (line < 0 || line >= ctx.lineCount() || !Slots.hasSlots(ctx.dialect())) {
            return Optional.empty();
        }
        for (Slots.Slot s : Slots.onLine(ctx, line, -1)) {
            if (!s.covers(column)) {
                continue;
            }
            Choice choice = find(ctx, s);
            if (choice == null || choice.entryId() != null || choice.detailKey() == null) {
                continue;
            }
            String what = texts.label(s.kind().what);
            String does = texts.label(choice.detailKey());
            String href = s.href();
            String text;
            if (markdown) {
                text = "**" + Markdown.code(s.word()) + "** · " + Markdown.escape(what) + "\n\n"
                        + Markdown.escape(does) + (href == null ? "" : "\n\n<" + href + ">");
            } else {
                text = s.word() + " · " + what + "\n\n" + does + (href == null ? "" : "\n\n" + href);
            }
            return Optional.of(new Result(text, markdown, s.start(), s.end()));
        }
        return Optional.empty();
    }

    /** The slot's choice that its word is, in the tool's case rules; null if none. */
    private static Choice find(ScanContext ctx, Slots.Slot s) {
        Choice loose = null;
        for (Choice ch : Slots.choices(ctx.catalog(), s.kind())) {
            if (ch.text().equals(s.word())) {
                return ch;
            }
            if (loose == null && !s.kind().caseSensitive && ch.text().equalsIgnoreCase(s.word())) {
                loose = ch;
            }
        }
        return loose;
    }
}
