package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny document model shared by the text and Markdown writers, so that both formats have the same structure.
 * All text in it is plain (never markup): the Markdown writer escapes it.
 */
final class Doc {

    /** Inline content. */
    sealed interface Span permits Text, Code, Link, Strong, Emph {
    }

    record Text(String text) implements Span {
    }

    /** A code or spelling shown literally ({@code NOTIMPL}). */
    record Code(String text) implements Span {
    }

    /** A link; in plain text the URL follows the label. */
    record Link(String label, String url) implements Span {
    }

    record Strong(String text) implements Span {
    }

    record Emph(String text) implements Span {
    }

    /** Block content. */
    sealed interface Block permits Heading, Para, Bullets, Facts, Table {
    }

    /** A heading; level 1 is the top of this document. */
    record Heading(int level, List<Span> spans) implements Block {
    }

    record Para(List<Span> spans) implements Block {
    }

    record Bullets(List<List<Span>> items) implements Block {
    }

    /** Label and value pairs; {@code colon} is what stands between them in the reader's language (": ", " : "). */
    record Facts(List<Fact> facts, String colon) implements Block {
    }

    record Fact(String label, List<Span> value) {
    }

    /** A table of plain cells. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    final List<Block> blocks = new ArrayList<>();

    Doc heading(int level, String text) {
        blocks.add(new Heading(level, List.of(new Text(text))));
        return this;
    }

    Doc para(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Para(List.of(new Text(text))));
        }
        return this;
    }

    Doc para(List<Span> spans) {
        if (!spans.isEmpty()) {
            blocks.add(new Para(List.copyOf(spans)));
        }
        return this;
    }

    Doc add(Block b) {
        blocks.add(b);
        return this;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    /**
     * Splits a label template ("{tool} spells it {spelling}") into spans, putting the given span for each named
     * placeholder. Unknown placeholders stay as text.
     */
    static List<Span> fill(String template, Object... nameSpanPairs) {
        List<Span> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            Span s = null;
            for (int i = 0; i + 1 < nameSpanPairs.length; i += 2) {
                if (nameSpanPairs[i].equals(m.group(1))) {
                    Object v = nameSpanPairs[i + 1];
                    s = v instanceof Span sp ? sp : new Text(String.valueOf(v));
                }
            }
            if (s != null) {
                if (m.start() > last) {
                    out.add(new Text(template.substring(last, m.start())));
                }
                out.add(s);
                last = m.end();
            }
        }
        if (last < template.length()) {
            out.add(new Text(template.substring(last)));
        }
        return out;
    }
}
