package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;

/** The renderers as the hover will use them. */
class EntryRendererTest {
    private final Catalog catalog = Catalog.standard();
    private final Texts en = catalog.texts("en");

    private Entry entry(String id) {
        return catalog.require(id);
    }

    @Test
    void hoverOptionsShowTheToolSpellingAndContextNote() {
        Options o = Options.compact().withThisTool("Unbound", "NOTIMPL").withNote("Seen in *this* file");
        String md = EntryRenderer.render(entry("rcode:4"), en, Format.MARKDOWN, o);
        assertTrue(md.startsWith("**NOTIMP (4)"), md);
        assertTrue(md.contains("This file's tool (Unbound) spells it `NOTIMPL`"), md);
        assertTrue(md.contains("*Seen in \\*this\\* file*"), "notes are escaped: " + md);
        assertTrue(md.contains("**Description**"), md);
        assertFalse(md.contains("How tools spell it"), md);
        assertFalse(md.contains("When you see it"), md);
        assertTrue(md.contains("](https://www.rfc-editor.org/rfc/rfc1035.html"), md);
    }

    @Test
    void spellingsTableCanBeSwitchedOn() {
        Options o = Options.compact().withSpellings(true).withHeadingLevel(3);
        String md = EntryRenderer.render(entry("rcode:4"), en, Format.MARKDOWN, o);
        assertTrue(md.startsWith("### NOTIMP (4)"), md);
        assertTrue(md.contains("#### How tools spell it\n"), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("- `NOTIMPL`: ") && l.contains("Unbound")), md);
    }

    @Test
    void toolsSharingASpellingAreGrouped() {
        Map<String, List<String>> g = EntryRenderer.spellingGroups(catalog, entry("rcode:4"));
        assertTrue(g.containsKey("NOTIMP") && g.containsKey("NOTIMPL"), g.toString());
        assertTrue(g.get("NOTIMPL").size() > 1, g.toString());
        assertEquals(g.get("NOTIMPL").size(), g.get("NOTIMPL").stream().distinct().count());
    }

    @Test
    void plainTextHasNoMarkup() {
        String text = EntryRenderer.render(entry("rcode:3"), en, Format.TEXT, Options.full());
        assertFalse(text.contains("**"), text);
        assertFalse(text.contains("##"), text);
        assertFalse(text.contains("]("), text);
        assertTrue(text.contains("\nDescription\n  "), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 80 || !l.strip().contains(" ") || l.contains("://")), text);
    }

    @Test
    void widthZeroDoesNotWrap() {
        String text = EntryRenderer.render(entry("rcode:3"), en, Format.TEXT, Options.full().withWidth(0));
        String description = en.content(entry("rcode:3")).description();
        assertTrue(text.contains("  " + description + "\n"), text);
    }

    @Test
    void jsonCarriesNotesAndTool() {
        String json = EntryRenderer.render(entry("rcode:3"), en, Format.JSON,
                Options.full().withNote("note one").withThisTool("BIND 9", "NXDOMAIN"));
        assertTrue(json.contains("\"notes\" : [ \"note one\" ]"), json);
        assertTrue(json.contains("\"spelling\" : \"NXDOMAIN\""), json);
    }

    @Test
    void comparisonRendersBothSides() {
        var c = org.rcodels.catalog.Comparison.of(entry("rcode:3"), entry("pseudo:nodata"), en);
        String md = ComparisonRenderer.render(c, en, Format.MARKDOWN, Options.full());
        assertTrue(md.startsWith("## NXDOMAIN (3) vs NODATA\n"), md);
        assertTrue(md.contains("### Key differences"), md);
        assertTrue(md.contains("### When to use which"), md);
    }

    @Test
    void headingAddsTheIanaDescription() {
        assertTrue(EntryRenderer.heading(entry("rcode:16:badsig")).startsWith("BADSIG (16)"));
        assertEquals("EDE 18 Prohibited", EntryRenderer.heading(entry("ede:18")));
    }
}
