package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Texts;

/**
 * Right-to-left rendering without HTML: each block of an RTL document becomes a right-to-left isolate (RLI ... PDI),
 * and every left-to-right run inside it (code names such as NXDOMAIN, commands such as {@code dig +cd}, RFC numbers)
 * becomes a left-to-right isolate (LRI ... PDI), so the Unicode bidi algorithm of any editor lays the Arabic out
 * right to left without scrambling the names inside it. Markdown and plain text alike. Each line of output is a bidi
 * paragraph of its own, so the plain-text writer, which wraps after this, closes the isolates open at a line break
 * and reopens them on the next line (see {@link DocWriter#wrap}); the controls take no columns ({@link TextWidth}).
 */
public final class Bidi {
    private Bidi() {
    }

    /**
     * A line that a command prints outside the renderers (such as "16 has 2 meanings:" before the entries), written
     * as a paragraph of a document would be: in a right-to-left language an RTL isolate with its LTR runs isolated,
     * wrapped to the width of the options like any paragraph (each line well-formed on its own); otherwise the text
     * unchanged, escaped in Markdown. No final newline.
     */
    public static String paragraph(String text, Texts t, Format f, Options o) {
        if (f == Format.JSON) {
            return text;
        }
        if (!t.rightToLeft()) {
            return f == Format.MARKDOWN ? Markdown.escape(text) : text;
        }
        Doc d = new Doc();
        d.blocks.add(new Doc.Para(List.of(new Doc.Text(text))));
        String out = DocWriter.write(d, f, o, true);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    /** First-strong isolate: not written here, but closed and reopened like the others when text is wrapped. */
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    /**
     * A Latin run: starts with a letter or digit and ends with one or a closing bracket, quote or period; may hold
     * spaces and punctuation. {@link #isolateLtr} then balances it and adds the punctuation before it that it owns.
     */
    private static final Pattern LTR_RUN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9 .,:;+@#/_=\\-'\"()\\[\\]<>*?§&%$!{}|~^`]*[A-Za-z0-9)\\]}\"'.]|[A-Za-z0-9]");

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
            // the label and its value form one right-to-left line; the label's Latin words (سجل IANA) are isolated
            f.facts().forEach(x -> facts.add(new Doc.Fact(RLI + isolateLtr(x.label()), closing(spans(x.value())))));
            return new Doc.Facts(facts, f.colon());
        }
        if (b instanceof Doc.Table tb) {
            // a row stays a left-to-right line, so that its columns line up under the header in any viewer; a cell
            // with right-to-left text is an RTL isolate of its own (isolates do not set a line's direction)
            List<List<String>> rows = new ArrayList<>();
            tb.rows().forEach(r -> rows.add(cells(r)));
            return new Doc.Table(cells(tb.header()), rows);
        }
        return b;
    }

    private static List<String> cells(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String c : row) {
            out.add(c.chars().anyMatch(Bidi::strongRtl) ? RLI + isolateLtr(c) + PDI : c);
        }
        return out;
    }

    /** Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms: the strong right-to-left letters. */
    static boolean strongRtl(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
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
     * Every LTR run of a text wrapped in LRI ... PDI. A run never splits a pair of brackets or quotes: it stops before
     * an opener whose closer it does not reach (so "NODATA (NODATA-IPv4، ...)" isolates NODATA and NODATA-IPv4 and
     * leaves the Arabic parenthesis to the RTL text) and before a closer whose opener it does not hold. The neutral
     * punctuation that belongs to a run stays inside: a prefix such as the {@code @} of {@code @ns1}, the {@code ?} of
     * BIND's {@code ?22} or dig's comment marker {@code ;;}; the period, comma, colon or semicolon after it, which
     * belongs to the sentence, does not.
     */
    static String isolateLtr(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = LTR_RUN.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            int end = trimmedEnd(text, start, balancedEnd(text, start, m.end()));
            int s = prefixStart(text, last, start);
            sb.append(text, last, s).append(LRI).append(text, s, end).append(PDI);
            last = end;
            from = end;
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** Neutral characters that, written right before a Latin run (@ns1, +norec, ?22, -x, $RC), belong to it. */
    private static final String PREFIX = "@+-?#$~/.*!%&=^|\\";

    /**
     * Where a run starting at {@code start} begins once the punctuation before it that belongs to it is included: a
     * prefix of {@link #PREFIX} characters written against it ({@code @ns1}, {@code ?22}), or dig's comment marker
     * {@code ;;} and one space. The punctuation must start a word (follow a space, an opening bracket or quote, or
     * nothing: "الخادم." keeps its period) and not reach back before {@code last}, the end of the previous run.
     */
    static int prefixStart(String text, int last, int start) {
        int s = start;
        while (s > last && PREFIX.indexOf(text.charAt(s - 1)) >= 0) {
            s--;
        }
        if (s == start && start - 2 >= last && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ';') {
            s = start - 2;
            while (s > last && text.charAt(s - 1) == ';') {
                s--;
            }
            if (start - 1 - s < 2) {
                return start; // a lone semicolon ends the sentence before it
            }
        }
        if (s == start || s == 0) {
            return s;
        }
        char before = text.charAt(s - 1);
        boolean wordStart = Character.isWhitespace(before) || "([{\"'\u00AB".indexOf(before) >= 0;
        return wordStart && (s > last || last == 0) ? s : start;
    }

    /**
     * The end of the run [start, end) cut so that it holds whole every bracket and quote pair it opens: before the
     * first closer whose opener is not in the run (a stray quote counts as one), then before the first opener still
     * unclosed. An apostrophe inside a word (BIND's) is no quote.
     */
    static int balancedEnd(String text, int start, int end) {
        StringBuilder open = new StringBuilder(); // the openers not yet closed, innermost last
        List<Integer> at = new ArrayList<>();
        int cut = end;
        for (int i = start; i < end && cut == end; i++) {
            char c = text.charAt(i);
            char top = open.length() == 0 ? 0 : open.charAt(open.length() - 1);
            if (c == '(' || c == '[' || c == '{') {
                open.append(c);
                at.add(i);
            } else if (c == ')' || c == ']' || c == '}') {
                if (top == opener(c)) {
                    open.setLength(open.length() - 1);
                    at.remove(at.size() - 1);
                } else {
                    cut = i;
                }
            } else if (c == '"' || c == '\'') {
                boolean after = i + 1 < text.length() && latin(text.charAt(i + 1));
                if (c == '\'' && i > start && latin(text.charAt(i - 1)) && after) {
                    continue; // an apostrophe
                }
                if (top == c && !after) {
                    open.setLength(open.length() - 1); // the closing quote
                    at.remove(at.size() - 1);
                } else if (!closes(text.charAt(i - 1)) && i + 1 < end && text.charAt(i + 1) != ' ') {
                    open.append(c); // an opening quote
                    at.add(i);
                } else {
                    cut = i; // closes a quote opened before the run, crosses a bracket, or stands alone
                }
            }
        }
        // an opener still unclosed where the run ends: the run stops before the first of them
        for (int k = 0; k < at.size(); k++) {
            if (at.get(k) < cut) {
                cut = at.get(k);
                break;
            }
        }
        return cut;
    }

    private static char opener(char closer) {
        return closer == ')' ? '(' : closer == ']' ? '[' : '{';
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Whether a quote after this character closes something: it follows a word or the end of a sentence. */
    private static boolean closes(char c) {
        return latin(c) || c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}';
    }

    /** The end of a Latin run without the period, comma, colon or semicolon that belongs to the sentence. */
    static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1) {
            char c = text.charAt(e - 1);
            if (c == '.' || c == ',' || c == ':' || c == ';' || c == ' ') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }
}
