package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Right-to-left rendering without HTML: each block of an RTL document becomes a right-to-left isolate (RLI ... PDI),
 * and every left-to-right run inside it (code names such as NXDOMAIN, commands such as {@code dig +cd}, RFC numbers)
 * becomes a left-to-right isolate (LRI ... PDI), so the Unicode bidi algorithm of any editor lays the Arabic out
 * right to left without scrambling the names inside it. Markdown and plain text alike. Each line of output is a bidi
 * paragraph of its own, so the plain-text writer, which wraps after this, closes the isolates open at a line break
 * and reopens them on the next line (see {@link DocWriter#wrap}); the controls take no columns ({@link TextWidth}).
 */
final class Bidi {
    private Bidi() {
    }

    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    /** First-strong isolate: not written here, but closed and reopened like the others when text is wrapped. */
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    /** A Latin run: starts and ends with a letter, digit or closing bracket; may hold spaces and punctuation. */
    private static final Pattern LTR_RUN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9 .,:;+@#/_=\\-'\"()\\[\\]<>*?§&%$!{}|~^`]*[A-Za-z0-9)\\]\"'.]|[A-Za-z0-9]");

    /** The document with its blocks made RTL isolates and its LTR runs made LTR isolates. */
    static Doc rtl(Doc doc) {
        Doc out = new Doc();
        for (Doc.Block b : doc.blocks) {
            out.blocks.add(block(b));
        }
        return out;
    }

    private static Doc.Block block(Doc.Block b) {
        if (b instanceof Doc.Heading h) {
            return new Doc.Heading(h.level(), spans(h.spans()));
        }
        if (b instanceof Doc.Para p) {
            return new Doc.Para(spans(p.spans()));
        }
        if (b instanceof Doc.Bullets bl) {
            List<List<Doc.Span>> items = new ArrayList<>();
            bl.items().forEach(i -> items.add(spans(i)));
            return new Doc.Bullets(items);
        }
        if (b instanceof Doc.Facts f) {
            List<Doc.Fact> facts = new ArrayList<>();
            // the label and its value form one right-to-left line
            f.facts().forEach(x -> facts.add(new Doc.Fact(RLI + x.label(), closing(spans(x.value())))));
            return new Doc.Facts(facts, f.colon());
        }
        return b;
    }

    /** Wraps a run of spans in an RTL isolate, isolating the LTR runs inside. */
    static List<Doc.Span> spans(List<Doc.Span> in) {
        List<Doc.Span> out = new ArrayList<>();
        out.add(new Doc.Text(String.valueOf(RLI)));
        for (Doc.Span s : in) {
            if (s instanceof Doc.Text t) {
                out.add(new Doc.Text(isolateLtr(t.text())));
            } else if (s instanceof Doc.Code || s instanceof Doc.Link) {
                out.add(new Doc.Text(String.valueOf(LRI)));
                out.add(s);
                out.add(new Doc.Text(String.valueOf(PDI)));
            } else if (s instanceof Doc.Strong st) {
                out.add(new Doc.Strong(isolateLtr(st.text())));
            } else if (s instanceof Doc.Emph e) {
                out.add(new Doc.Emph(isolateLtr(e.text())));
            } else {
                out.add(s);
            }
        }
        out.add(new Doc.Text(String.valueOf(PDI)));
        return out;
    }

    /** The value spans of a fact: the RLI was opened before the label, so drop the value's own opening RLI. */
    private static List<Doc.Span> closing(List<Doc.Span> spans) {
        return spans.subList(1, spans.size());
    }

    /**
     * The end of a Latin run without the punctuation that belongs to the surrounding sentence: a final period, comma,
     * colon or semicolon, and a closing bracket or quote that has no opening partner inside the run.
     */
    static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1) {
            char c = text.charAt(e - 1);
            if (c == '.' || c == ',' || c == ':' || c == ';') {
                e--;
            } else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')
                    || c == ']' && count(text, start, e, '[') < count(text, start, e, ']')) {
                e--;
            } else if ((c == '"' || c == '\'') && count(text, start, e, c) % 2 == 1) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Every LTR run of a text wrapped in LRI ... PDI. */
    static String isolateLtr(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = LTR_RUN.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            int end = trimmedEnd(text, m.start(), m.end());
            sb.append(text, last, m.start()).append(LRI).append(text, m.start(), end).append(PDI);
            last = end;
        }
        return sb.append(text, last, text.length()).toString();
    }
}
