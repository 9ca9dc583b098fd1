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

class BidiTest {
    static final String LRI = "\u2066";
    static final String PDI = "\u2069";
    static final String RLI = "\u2067";

    @Test
    void latinRunsBecomeIsolatesWithoutTheSentencePunctuation() {
        assertEquals("بدلًا من " + LRI + "SERVFAIL" + PDI + ". ثم", Bidi.isolateLtr("بدلًا من SERVFAIL. ثم"));
        assertEquals("معطوب (" + LRI + "lame" + PDI + ") أو", Bidi.isolateLtr("معطوب (lame) أو"));
        assertEquals("(" + LRI + "dig @ns1.example.com name +norec" + PDI + ")",
                Bidi.isolateLtr("(dig @ns1.example.com name +norec)"));
        assertEquals(LRI + "f(x)" + PDI + " و", Bidi.isolateLtr("f(x) و"));
        assertEquals("", Bidi.isolateLtr(""));
    }

    private static String iso(String s) {
        return LRI + s + PDI;
    }

    @Test
    void aLatinRunNeverSplitsABracketOrQuotePair() {
        // the closer is beyond Arabic text: the run stops before the opener, which stays with the RTL text
        assertEquals("الكلمة " + iso("NODATA") + " (" + iso("NODATA-IPv4") + "، " + iso("NODATA-IPv6") + ")، و",
                Bidi.isolateLtr("الكلمة NODATA (NODATA-IPv4، NODATA-IPv6)، و"));
        assertEquals("(" + iso("EDE 4") + " (" + iso("RFC 8914") + "، و)",
                Bidi.isolateLtr("(EDE 4 (RFC 8914، و)"));
        // a closer whose opener is before the run: the run stops before it, and the rest is a run of its own
        assertEquals("(مثل " + iso("zone") + "). " + iso("NOTAUTH(BADSIG)") + " و",
                Bidi.isolateLtr("(مثل zone). NOTAUTH(BADSIG) و"));
        assertEquals("عن \"" + iso("no such host") + "\" في", Bidi.isolateLtr("عن \"no such host\" في"));
        assertEquals("'" + iso("rcode-ls explain") + "': " + iso("compare 3 nodata"),
                Bidi.isolateLtr("'rcode-ls explain': compare 3 nodata"));
        // pairs inside the run stay in it, with the closer: quotes, brackets, braces, and apostrophes are no quotes
        assertEquals("من " + iso("BIND \"No answer\"") + "، و", Bidi.isolateLtr("من BIND \"No answer\"، و"));
        assertEquals("يسجل " + iso("FORMERR resolving 'name/type/IN': address#53") + " و",
                Bidi.isolateLtr("يسجل FORMERR resolving 'name/type/IN': address#53 و"));
        assertEquals(iso("BIND's view") + " و", Bidi.isolateLtr("BIND's view و"));
        assertEquals(iso("OPT (1 x 16 + 0 = 16)") + ". و", Bidi.isolateLtr("OPT (1 x 16 + 0 = 16). و"));
        assertEquals(iso("rcode {n}") + " و", Bidi.isolateLtr("rcode {n} و"));
        assertEquals("[" + iso("a") + "] و", Bidi.isolateLtr("[a] و"));
        // a stray quote is not taken in
        assertEquals(iso("foo") + " ' و", Bidi.isolateLtr("foo ' و"));
    }

    @Test
    void theNeutralPunctuationBeforeALatinRunBelongsToIt() {
        assertEquals("السطر " + iso(";; BADVERS, retrying with EDNS version 0") + " و",
                Bidi.isolateLtr("السطر ;; BADVERS, retrying with EDNS version 0 و"));
        assertEquals("(" + iso(";; BADVERS, retrying with EDNS version 0") + ".).",
                Bidi.isolateLtr("(;; BADVERS, retrying with EDNS version 0.)."));
        assertEquals("يطبع " + iso("BIND") + " هنا " + iso("?22") + " لأن", Bidi.isolateLtr("يطبع BIND هنا ?22 لأن"));
        assertEquals("الخادم " + iso("@ns1.example.com") + " و", Bidi.isolateLtr("الخادم @ns1.example.com و"));
        assertEquals("الخيار " + iso("+norec") + "، و", Bidi.isolateLtr("الخيار +norec، و"));
        // the sentence keeps its own punctuation: a lone semicolon, a period against an Arabic word
        assertEquals("الخادم; " + iso("SERVFAIL"), Bidi.isolateLtr("الخادم; SERVFAIL"));
        assertEquals("الخادم." + iso("SERVFAIL"), Bidi.isolateLtr("الخادم.SERVFAIL"));
        assertEquals("خطأ: " + iso("SERVFAIL") + ".", Bidi.isolateLtr("خطأ: SERVFAIL."));
    }

    @Test
    void arabicEntryRendersEachBlockRightToLeftAndKeepsCodeNamesWhole() {
        Catalog c = Catalog.standard();
        Texts ar = c.texts("ar");
        String md = EntryRenderer.render(c.require("rcode:2"), ar, Format.MARKDOWN, Options.full());
        assertTrue(md.contains(RLI), "blocks are RTL isolates");
        assertTrue(md.contains(LRI + "`SERVFAIL`" + PDI) || md.contains(LRI + "SERVFAIL" + PDI),
                "the code name is an LTR isolate and stays whole: " + md.substring(0, Math.min(400, md.length())));
        // every isolate is closed
        long opens = md.chars().filter(ch -> ch == 0x2066 || ch == 0x2067).count();
        long closes = md.chars().filter(ch -> ch == 0x2069).count();
        assertEquals(opens, closes, "balanced isolates");
    }

    @Test
    void leftToRightLanguagesGetNoBidiControls() {
        Catalog c = Catalog.standard();
        String md = EntryRenderer.render(c.require("rcode:2"), c.texts("fr"), Format.MARKDOWN, Options.full());
        assertFalse(md.chars().anyMatch(ch -> ch >= 0x2066 && ch <= 0x2069));
    }

    /** Arabic explanations and comparisons of a few codes, as {@code explain}/{@code compare --lang ar} print them. */
    private static List<String> arabic(Format f, Options o) {
        Catalog c = Catalog.standard();
        Texts ar = c.texts("ar");
        List<String> out = new ArrayList<>();
        for (String id : List.of("rcode:3", "rcode:2", "rcode:16:badvers", "ede:18", "opcode:5", "pseudo:nodata")) {
            out.add(EntryRenderer.render(c.require(id), ar, f, o));
        }
        out.add(ComparisonRenderer.render(Comparison.of(c.require("rcode:3"), c.require("pseudo:nodata"), ar), ar, f,
                o));
        out.add(ComparisonRenderer.render(Comparison.of(c.require("rcode:2"), c.require("ede:18"), ar), ar, f, o));
        return out;
    }

    /** Null when the line is well-formed on its own, else why not. */
    private static String malformed(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == 0x2066 || ch == 0x2067 || ch == 0x2068) {
                depth++;
            } else if (ch == 0x2069 && --depth < 0) {
                return "PDI without an isolate at " + i;
            }
        }
        if (depth != 0) {
            return depth + " isolates left open";
        }
        return body(line).startsWith(PDI) ? "starts with a PDI" : null;
    }

    /** The line without its indent and bullet marker. */
    private static String body(String line) {
        String b = line.stripLeading();
        return b.startsWith("- ") ? b.substring(2) : b;
    }

    @Test
    void everyArabicTextLineClosesTheIsolatesItOpensAndRightToLeftContinuationsStartRtl() {
        int lines = 0;
        int continuations = 0;
        for (int width : new int[] {80, 40}) {
            for (String text : arabic(Format.TEXT, Options.full().withWidth(width))) {
                for (String line : text.split("\n")) {
                    assertEquals(null, malformed(line), line);
                    if (!line.isBlank()) {
                        lines++;
                        // every line of an RTL document is an RTL block or a continuation of one: it starts RTL
                        assertTrue(body(line).startsWith(RLI), "starts with RLI: " + line);
                        if (body(line).startsWith(RLI + LRI)) {
                            continuations++; // an LTR run (a tool list, a command) cut by the wrap
                        }
                        String visible = line.replaceAll("[\u2066-\u2069]", "");
                        assertTrue(TextWidth.of(line) == visible.length(), "controls take no columns");
                        assertTrue(TextWidth.of(line) <= width || !visible.strip().contains(" "),
                                "fits in " + width + ": " + line);
                    }
                }
            }
        }
        assertTrue(lines > 500, "lines " + lines);
        assertTrue(continuations > 10, "LTR runs cut by the wrap: " + continuations);
    }

    @Test
    void arabicMarkdownIsNotWrappedAndEveryLineIsWellFormed() {
        for (String md : arabic(Format.MARKDOWN, Options.full())) {
            for (String line : md.split("\n")) {
                assertEquals(null, malformed(line.replaceFirst("^#+ ", "")), line);
            }
        }
    }
}
