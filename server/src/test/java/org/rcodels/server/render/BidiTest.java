package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
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
}
