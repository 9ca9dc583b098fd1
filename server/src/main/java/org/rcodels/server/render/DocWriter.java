package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link Doc} as plain text or Markdown. */
final class DocWriter {
    private DocWriter() {
    }

    static String write(Doc doc, Format format, Options options) {
        return write(doc, format, options, false);
    }

    /** As {@link #write(Doc, Format, Options)}; {@code rtl} lays each block out right to left (see {@link Bidi}). */
    static String write(Doc doc, Format format, Options options, boolean rtl) {
        if (rtl) {
            doc = Bidi.rtl(doc);
        }
        return switch (format) {
            case MARKDOWN -> markdown(doc, options.headingLevel());
            case TEXT -> text(doc, options.width());
            case JSON -> throw new IllegalArgumentException("JSON is not written from a Doc");
        };
    }

    // ------------------------------------------------------------------------------------------- markdown

    static String markdown(Doc doc, int headingLevel) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Block b : doc.blocks) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (b instanceof Doc.Heading h) {
                if (headingLevel <= 0) {
                    sb.append("**").append(inlineMd(h.spans())).append("**");
                } else {
                    int level = Math.min(6, headingLevel + h.level() - 1);
                    sb.append("#".repeat(level)).append(' ').append(inlineMd(h.spans()));
                }
                sb.append('\n');
            } else if (b instanceof Doc.Para p) {
                sb.append(inlineMd(p.spans())).append('\n');
            } else if (b instanceof Doc.Bullets bl) {
                bl.items().forEach(i -> sb.append("- ").append(inlineMd(i)).append('\n'));
            } else if (b instanceof Doc.Facts f) {
                f.facts().forEach(x -> sb.append("- **").append(Markdown.escape(x.label())).append("**")
                        .append(Markdown.escape(f.colon())).append(inlineMd(x.value())).append('\n'));
            } else if (b instanceof Doc.Table t) {
                sb.append(row(t.header()));
                sb.append('|');
                t.header().forEach(x -> sb.append(" --- |"));
                sb.append('\n');
                t.rows().forEach(r -> sb.append(row(r)));
            }
        }
        return sb.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            // escape() never yields a line start marker mid-cell that matters; newlines would break the row
            sb.append(' ').append(Markdown.escape(c.replace('\n', ' ')).replace("\n", " ")).append(" |");
        }
        return sb.append('\n').toString();
    }

    private static String inlineMd(List<Doc.Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Span s : spans) {
            if (s instanceof Doc.Text t) {
                sb.append(Markdown.escape(t.text()));
            } else if (s instanceof Doc.Code c) {
                sb.append(Markdown.code(c.text()));
            } else if (s instanceof Doc.Link l) {
                sb.append(Markdown.link(l.label(), l.url()));
            } else if (s instanceof Doc.Strong st) {
                sb.append("**").append(Markdown.escape(st.text())).append("**");
            } else if (s instanceof Doc.Emph e) {
                sb.append('*').append(Markdown.escape(e.text())).append('*');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------- text

    /**
     * Plain text. A level-1 heading is written flush left with its content; a level-L heading (L &gt; 1) is
     * indented by 2*(L-2) and its content by 2*(L-1). Blocks are separated by a blank line; a heading is followed
     * directly by its content.
     */
    static String text(Doc doc, int width) {
        StringBuilder sb = new StringBuilder();
        int indent = 0;
        boolean afterHeading = false;
        for (Doc.Block b : doc.blocks) {
            if (sb.length() > 0 && !afterHeading) {
                sb.append('\n');
            }
            afterHeading = false;
            String pad = " ".repeat(indent);
            if (b instanceof Doc.Heading h) {
                int hi = 2 * Math.max(0, h.level() - 2);
                sb.append(" ".repeat(hi)).append(inlineText(h.spans())).append('\n');
                indent = 2 * Math.max(0, h.level() - 1);
                afterHeading = true;
            } else if (b instanceof Doc.Para p) {
                wrap(sb, inlineText(p.spans()), pad, pad, width);
            } else if (b instanceof Doc.Bullets bl) {
                bl.items().forEach(i -> wrap(sb, inlineText(i), pad + "- ", pad + "  ", width));
            } else if (b instanceof Doc.Facts f) {
                f.facts().forEach(x -> wrap(sb, x.label() + f.colon() + inlineText(x.value()), pad, pad + "  ",
                        width));
            } else if (b instanceof Doc.Table t) {
                table(sb, t, pad);
            }
        }
        return sb.toString();
    }

    static String inlineText(List<Doc.Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Span s : spans) {
            if (s instanceof Doc.Text t) {
                sb.append(t.text());
            } else if (s instanceof Doc.Code c) {
                sb.append(c.text());
            } else if (s instanceof Doc.Link l) {
                sb.append(l.label()).append(l.url() == null ? "" : " <" + l.url() + ">");
            } else if (s instanceof Doc.Strong st) {
                sb.append(st.text());
            } else if (s instanceof Doc.Emph e) {
                sb.append(e.text());
            }
        }
        return sb.toString();
    }

    /**
     * Appends text wrapped at spaces to {@code width} columns (0: no wrapping); each paragraph line ends in \n.
     *
     * <p>Every physical line is a bidi paragraph of its own in a terminal or editor, so the isolates of
     * {@link Bidi} (LRI, RLI, FSI ... PDI) must not span lines: the isolates still open where a line ends are closed
     * there and opened again, in the same order, at the start of the next line (after its prefix). A continuation of
     * a right-to-left block thus starts with RLI like the block's first line, and never with a stray PDI. The
     * controls take no columns; a word that takes none (a lone PDI) never starts a line. Text without isolates is
     * wrapped exactly as before.
     */
    static void wrap(StringBuilder sb, String text, String firstPrefix, String prefix, int width) {
        String[] lines = text.split("\n", -1);
        boolean first = true;
        StringBuilder open = new StringBuilder(); // the isolate initiators open at this point, outermost first
        for (String line : lines) {
            String p = first ? firstPrefix : prefix;
            first = false;
            if (width <= 0) {
                sb.append(p).append(open);
                track(open, line);
                sb.append(line).append(closers(open)).append('\n');
                continue;
            }
            String[] words = line.strip().split(" +");
            StringBuilder cur = new StringBuilder(p).append(open);
            int curLen = p.length();
            boolean empty = true;
            List<String> pieces = new ArrayList<>(4);
            for (String word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                pieces.clear();
                pieces(word, pieces);
                for (int k = 0; k < pieces.size(); k++) {
                    String w = pieces.get(k);
                    // a word's first piece follows a space; the next ones (after a break between CJK characters) do not
                    int gap = k == 0 ? 1 : 0;
                    int wl = TextWidth.of(w);
                    if (!empty && wl > 0 && curLen + gap + wl > width) {
                        sb.append(cur).append(closers(open)).append('\n');
                        cur = new StringBuilder(prefix).append(open);
                        curLen = prefix.length();
                        empty = true;
                    }
                    if (!empty && gap == 1) {
                        cur.append(' ');
                        curLen++;
                    }
                    cur.append(w);
                    track(open, w);
                    curLen += wl;
                    empty = false;
                }
            }
            sb.append(cur).append(closers(open)).append('\n');
        }
    }

    /**
     * A space-free word cut where a line may break inside it: between two CJK (wide) characters, or between one and
     * another character, as Japanese and Chinese text breaks without spaces; never before closing punctuation or a
     * small kana, never after opening punctuation (UAX #14's rules in short). A word without wide characters is one
     * piece, so other languages wrap only at spaces, as before.
     */
    static void pieces(String word, List<String> out) {
        int start = 0;
        int prev = -1;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (prev >= 0 && (TextWidth.wide(prev) || TextWidth.wide(cp)) && !noBreakBefore(cp)
                    && !noBreakAfter(prev) && !TextWidth.invisible(cp) && !TextWidth.invisible(prev)) {
                out.add(word.substring(start, i));
                start = i;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        out.add(word.substring(start));
    }

    private static final String NO_BREAK_BEFORE = "、。，．：；！？）」』】〉》〕］｝〙〗ー・々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
            + "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ,.;:!?)]}%'\"…‥";
    private static final String NO_BREAK_AFTER = "（「『【〈《〔［｛〘〖([{";

    private static boolean noBreakBefore(int cp) {
        return cp < 0x10000 && NO_BREAK_BEFORE.indexOf(cp) >= 0;
    }

    private static boolean noBreakAfter(int cp) {
        return cp < 0x10000 && NO_BREAK_AFTER.indexOf(cp) >= 0;
    }

    /** Updates the stack of open isolate initiators with the controls of {@code s}; an unmatched PDI is ignored. */
    private static void track(StringBuilder open, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == Bidi.LRI || c == Bidi.RLI || c == Bidi.FSI) {
                open.append(c);
            } else if (c == Bidi.PDI && open.length() > 0) {
                open.setLength(open.length() - 1);
            }
        }
    }

    /** A PDI for each open isolate. */
    private static String closers(CharSequence open) {
        return String.valueOf(Bidi.PDI).repeat(open.length());
    }

    /** An aligned table; one line per row, never wrapped, so that rows can be searched with grep. */
    private static void table(StringBuilder sb, Doc.Table t, String pad) {
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        int cols = t.header().size();
        int[] w = new int[cols];
        for (List<String> r : all) {
            for (int i = 0; i < cols - 1 && i < r.size(); i++) {
                w[i] = Math.max(w[i], len(r.get(i)));
            }
        }
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder(pad);
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i).replace('\n', ' ');
                line.append(c);
                if (i < r.size() - 1) {
                    line.append(" ".repeat(w[i] - len(c) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static int len(String s) {
        return TextWidth.of(s);
    }
}
