package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/** A hover's "Also spelled" line names the tools in the reader's language (labels tool.&lt;id&gt;). */
class HoverToolNamesTest {

    private static String hover(String lang) {
        Texts t = Catalog.standard().texts(lang);
        String line = LocalizedHoverTest.LINE;
        TextContext ctx = ScanHarness.context(Dialect.LOG, line);
        String md = HoverFeature.hover(ctx, 0, line.indexOf(": 2") + 2, t, true).orElseThrow().content();
        return LocalizedHoverTest.strip(md);
    }

    @Test
    void frenchAndArabicHoversTranslateTheToolNames() {
        String fr = hover("fr");
        assertTrue(fr.contains("Registres de l'IANA"), fr);
        assertFalse(fr.contains("IANA registries"), fr);
        String ar = hover("ar");
        assertTrue(ar.contains("سجلات IANA"), ar);
        assertFalse(ar.contains("IANA registries"), ar);
    }

    @Test
    void englishHoverIsUnchanged() {
        assertTrue(hover("en").contains("IANA registries"), hover("en"));
    }
}
