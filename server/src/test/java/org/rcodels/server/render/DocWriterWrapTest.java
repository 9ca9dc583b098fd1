package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Comparison;
import org.rcodels.catalog.Texts;

/** Plain-text wrapping: bidi isolates never span lines, and text without them wraps exactly as it always did. */
class DocWriterWrapTest {
    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    static final char PDI = '\u2069';

    private final Catalog catalog = Catalog.standard();

    private static String wrap(String text, String first, String rest, int width) {
        StringBuilder sb = new StringBuilder();
        DocWriter.wrap(sb, text, first, rest, width);
        return sb.toString();
    }

    /** Readable form of the controls for exact comparisons. */
    private static String show(String s) {
        return s.replace("\u2066", "<L>").replace("\u2067", "<R>").replace("\u2069", "<P>");
    }

    @Test
    void anIsolateCutByTheWrapIsClosedAndReopenedOnTheNextLine() {
        String para = show(DocWriter.text(Bidi.rtl(new Doc().para("تحقق من الاسم مباشرة (dig @ns1.example.com name"
                + " +norec). فإن أجابت")), 38));
        assertEquals("<R>تحقق من الاسم مباشرة (<L>dig<P><P>\n"
                + "<R><L>@ns1.example.com name +norec<P>). فإن<P>\n"
                + "<R>أجابت<P>\n", para);
    }

    @Test
    void continuationLinesOfBulletsAndFactsReopenAfterTheirIndent() {
        Doc d = new Doc().add(new Doc.Bullets(List.of(List.of(new Doc.Code("NXDOMAIN"),
                new Doc.Text(": BIND 9, miekg/dns, CoreDNS, dnspython, Unbound")))));
        d.add(new Doc.Facts(List.of(new Doc.Fact("سجل", List.of(new Doc.Text("كلمة أخرى طويلة نوعًا ما وأطول")))), ": "));
        assertEquals("- <R><L>NXDOMAIN<P>: <L>BIND 9, miekg/dns,<P><P>\n"
                        + "  <R><L>CoreDNS, dnspython, Unbound<P><P>\n"
                        + "\n"
                        + "<R>سجل: كلمة أخرى طويلة نوعًا ما<P>\n"
                        + "  <R>وأطول<P>\n",
                show(DocWriter.text(Bidi.rtl(d), 30)));
    }

    @Test
    void controlsTakeNoColumnsWhenWrapping() {
        // 13 visible columns (17 code points): the isolates must not push a word to the next line
        String s = RLI + "aaaa" + LRI + "bbbb" + PDI + " " + "cccc" + PDI;
        assertEquals(s + "\n", wrap(s, "", "", 13));
        assertEquals("<R>aaaa<L>bbbb<P><P>\n<R>cccc<P>\n", show(wrap(s, "", "", 12)));
    }

    @Test
    void aLonePdiNeverStartsALine() {
        // the closing PDI is a word of its own; it stays on the full line instead of making a line "<R><P>"
        String s = RLI + "aaaa bbbb " + PDI;
        assertEquals("<R>aaaa bbbb <P>\n", show(wrap(s, "", "", 9)));
    }

    @Test
    void lineBreaksInsideTheTextAlsoCloseAndReopen() {
        String s = RLI + "one " + LRI + "two\nthree" + PDI + " four" + PDI;
        assertEquals("  <R>one <L>two<P><P>\n  <R><L>three<P> four<P>\n", show(wrap(s, "  ", "  ", 0)));
        assertEquals("- <R>one <L>two<P><P>\n  <R><L>three<P> four<P>\n", show(wrap(s, "- ", "  ", 80)));
    }

    // ------------------------------------------------------------------------------------- left to right

    @Test
    void plainTextWrapsAsBefore() {
        assertEquals("- The quick brown\n  fox jumps over\n  the lazy dog.\n",
                wrap("The quick brown fox jumps over the lazy dog.", "- ", "  ", 17));
        assertEquals("  supercalifragilistic\n  is long\n", wrap("supercalifragilistic is long", "  ", "  ", 10));
        assertEquals("a\n\nb  c \n", wrap("a\n\nb  c ", "", "", 0));
        assertEquals("a\n\nb c\n", wrap("a\n\nb  c ", "", "", 80));
    }

    /** Every paragraph, bullet and fact of left-to-right documents: the wrap is the one rcode-ls always had. */
    @Test
    void leftToRightOutputIsByteIdenticalToThePreviousWrap() {
        int checked = 0;
        for (String lang : List.of("en", "fr", "es", "ru", "vi")) {
            Texts t = catalog.texts(lang);
            for (Doc d : docs(t)) {
                for (Doc.Block b : d.blocks) {
                    for (String[] w : texts(b)) {
                        for (int width : new int[] {80, 40, 0}) {
                            assertEquals(previousWrap(w[0], w[1], w[2], width), wrap(w[0], w[1], w[2], width),
                                    lang + " " + width + ": " + w[0]);
                            checked++;
                        }
                    }
                }
                String text = DocWriter.text(d, 80);
                assertFalse(text.chars().anyMatch(c -> c >= 0x2066 && c <= 0x2069), "no controls in " + lang);
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    /**
     * Japanese and Chinese have no spaces between words: lines break between CJK characters too, never before
     * closing punctuation or after opening punctuation, and nothing is lost or added but the breaks.
     */
    @Test
    void japaneseAndChineseBreakBetweenCharacters() {
        assertEquals("  日本語の\n  文章で\n  す。\n", wrap("日本語の文章です。", "  ", "  ", 10));
        assertEquals("（RCODE\n3）です\n", wrap("（RCODE 3）です", "", "", 8));
        int checked = 0;
        for (String lang : List.of("ja", "zh")) {
            Texts t = catalog.texts(lang);
            for (Doc d : docs(t)) {
                for (Doc.Block b : d.blocks) {
                    for (String[] w : texts(b)) {
                        String wrapped = wrap(w[0], w[1], w[2], 80);
                        for (String l : wrapped.split("\n")) {
                            String body = l.strip();
                            if (body.isEmpty()) {
                                continue;
                            }
                            // only an unbreakable run (a long URL or command) may pass the width
                            assertTrue(TextWidth.of(l) <= 80 || !body.contains(" ") && body.chars().noneMatch(
                                    c -> TextWidth.wide(c)), lang + ": " + l);
                            assertFalse("、。，）」：；".indexOf(body.charAt(0)) >= 0, lang + " line starts with "
                                    + "closing punctuation: " + l);
                        }
                        assertEquals(w[0].strip().replaceAll("\\s+", ""), wrapped.replace(w[1], "").replace(w[2], "")
                                .replaceAll("\\s+", ""), lang);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    private List<Doc> docs(Texts t) {
        List<Doc> out = new ArrayList<>();
        for (String id : List.of("rcode:3", "rcode:2", "rcode:16:badvers", "ede:18", "opcode:5", "pseudo:nodata")) {
            out.add(EntryRenderer.doc(catalog.require(id), t, Options.full()));
        }
        out.add(ComparisonRenderer.doc(Comparison.of(catalog.require("rcode:3"), catalog.require("pseudo:nodata"), t),
                t));
        out.add(ComparisonRenderer.doc(Comparison.of(catalog.require("rcode:5"), catalog.require("rcode:9"), t), t));
        return out;
    }

    /** The text, first prefix and prefix that {@link DocWriter#text} wraps for a block (with no indent). */
    private static List<String[]> texts(Doc.Block b) {
        List<String[]> out = new ArrayList<>();
        if (b instanceof Doc.Para p) {
            out.add(new String[] {DocWriter.inlineText(p.spans()), "  ", "  "});
        } else if (b instanceof Doc.Bullets bl) {
            bl.items().forEach(i -> out.add(new String[] {DocWriter.inlineText(i), "  - ", "    "}));
        } else if (b instanceof Doc.Facts f) {
            f.facts().forEach(x -> out.add(new String[] {x.label() + f.colon() + DocWriter.inlineText(x.value()), "",
                    "  "}));
        }
        return out;
    }

    /** The wrap as it was before isolates were closed at line ends (a verbatim copy). */
    private static String previousWrap(String text, String firstPrefix, String prefix, int width) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (String line : lines) {
            String p = first ? firstPrefix : prefix;
            first = false;
            if (width <= 0) {
                sb.append(p).append(line).append('\n');
                continue;
            }
            String[] words = line.strip().split(" +");
            StringBuilder cur = new StringBuilder(p);
            int curLen = p.length();
            boolean empty = true;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                int wl = TextWidth.of(w);
                if (!empty && curLen + 1 + wl > width) {
                    sb.append(cur).append('\n');
                    cur = new StringBuilder(prefix);
                    curLen = prefix.length();
                    empty = true;
                }
                if (!empty) {
                    cur.append(' ');
                    curLen++;
                }
                cur.append(w);
                curLen += wl;
                empty = false;
            }
            sb.append(cur).append('\n');
        }
        return sb.toString();
    }
}
