package org.rcodels.server.features;

import java.util.List;
import java.util.Optional;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;
import org.rcodels.server.render.WordRenderer;
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
            Choice choice = Slots.choiceOf(ctx.catalog(), s);
            if (choice == null || choice.entryId() != null || choice.detailKey() == null) {
                continue;
            }
            // laid out as explain lays out a configuration value: the reader's colon, right to left in Arabic
            String text = WordRenderer.render(List.of(new WordRenderer.Line(s.word(), texts.label(s.kind().what),
                    texts.label(choice.detailKey()), s.href())), texts, markdown ? Format.MARKDOWN : Format.TEXT,
                    Options.compact()).strip();
            return Optional.of(new Result(text, markdown, s.start(), s.end()));
        }
        return Optional.empty();
    }
}
