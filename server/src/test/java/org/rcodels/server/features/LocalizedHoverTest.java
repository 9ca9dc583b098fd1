package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/** A hover in each shipped language: its labels, its explanations (or English by design), no placeholder left. */
class LocalizedHoverTest {
    static final String LINE = "[ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout";

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "id", "es", "ja", "ru", "vi", "zh"})
    void hoverInEachLanguage(String lang) {
        Catalog c = Catalog.standard();
        Texts t = c.texts(lang);
        assertEquals(lang, t.language());
        TextContext ctx = ScanHarness.context(Dialect.LOG, LINE);
        String md = HoverFeature.hover(ctx, 0, LINE.indexOf(": 2") + 2, t, true).orElseThrow().content();
        assertTrue(strip(md).contains(strip(t.label("section.description"))), "the section label in " + lang + ": " + md);
        String summary = t.content(c.require("rcode:2")).summary();
        assertTrue(strip(md).contains(strip(summary)), "the explanation in " + lang + ": " + md);
        for (String p : List.of("{n}", "{name}", "{text}", "{tool}", "{spelling}", "{code}")) {
            assertFalse(md.contains(p), "unfilled placeholder " + p + " in " + lang + ": " + md);
        }
        assertTrue(md.contains("SERVFAIL"), "the code name survives in " + lang);
    }

    /** Bidi controls and Markdown escapes removed, to compare prose. */
    static String strip(String s) {
        return s.replaceAll("[\\u2066-\\u2069]", "").replace("\\", "");
    }
}
