package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.TextContext;
import org.rcodels.server.text.DocumentText;

class YamlLineTest {
    private static String render(String text) {
        StringBuilder b = new StringBuilder();
        for (YamlLine.Pair p : YamlLine.pairs(text)) {
            b.append(text, p.keyStart(), p.keyEnd()).append('=');
            if (p.scalar()) {
                b.append(p.quoted() ? "'" : "").append(p.value(text)).append(p.quoted() ? "'" : "");
            } else {
                b.append("{}");
            }
            b.append(p.item() ? "(item)" : "").append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void blockPairsListItemsAndComments() {
        assertEquals("rcode='Refused'", render("      rcode: \"Refused\""));
        assertEquals("rcode=nxdomain", render("  rcode: nxdomain   # a comment"));
        assertEquals("type=rcode-rate(item)", render("      - type: rcode-rate"));
        assertEquals("action={}", render("    action:"));
        assertEquals("subnets={}(item)", render("  - subnets: [ 0.0.0.0/0, \"::/0\" ]"));
        assertEquals("extra_text='it''s down'", render("      extra_text: 'it''s down'"));
        assertEquals("", render("# rcode: REFUSED"));
        assertEquals("", render("    - \"refused.example.\""));
        // a colon that is not followed by a blank ends no key
        assertEquals("listen_address='127.0.0.1:53'(item)", render("  - listen_address: \"127.0.0.1:53\""));
        assertEquals("", render("http://example.org/a"));
        assertEquals("address=2001:db8::5", render("      address: 2001:db8::5"));
    }

    @Test
    void flowMappings() {
        assertEquals("action={} type='RCode' rcode='2'", render("    action: {type: \"RCode\", rcode: \"2\"}"));
        assertEquals("type=RCode(item) rcode=5", render("  - {type: RCode, rcode: 5}"));
        assertEquals("a={} b={} c=1", render("a: {b: {c: 1}}"));
    }

    @Test
    void commentStartIgnoresHashesInQuotesAndWords() {
        assertEquals(-1, YamlLine.commentStart("extra_text: \"see #42\""));
        assertEquals(-1, YamlLine.commentStart("name: a#b"));
        assertEquals(20, YamlLine.commentStart("subtree: nxdomain   # below too"));
        assertEquals(0, YamlLine.commentStart("# all comment"));
    }

    private static TextContext ctx(String text) {
        return new TextContext(Catalog.standard(), Dialect.YAML_CONF, "file:///etc/dnsdist/dnsdist.yml",
                DocumentText.of(text));
    }

    private static String siblingType(String text, int line) {
        TextContext c = ctx(text);
        String l = c.line(line);
        for (YamlLine.Pair p : YamlLine.pairs(l)) {
            if (p.keyIs(l, "rcode")) {
                return YamlLine.sibling(c, line, l, p, "type");
            }
        }
        throw new AssertionError("no rcode: on line " + line);
    }

    @Test
    void aSiblingIsFoundAboveOrBelowWithinOneItem() {
        assertEquals("ERCode", siblingType("    action:\n      type: \"ERCode\"\n      rcode: \"23\"\n", 2));
        assertEquals("RCode", siblingType("    action:\n      rcode: \"5\"\n      type: RCode\n", 1));
        assertEquals("rcode-rate", siblingType("    rules:\n      - type: rcode-rate\n        ratio: 2\n"
                + "        rcode: servfail\n", 3));
        assertEquals("RCode", siblingType("    action: {type: RCode, rcode: 5}\n", 0));
        // the next list item's type is another mapping's
        assertNull(siblingType("      - rcode: servfail\n        rate: 2\n      - type: qtype-rate\n", 0));
        // a deeper key of a sibling is not a sibling
        assertNull(siblingType("    action:\n      selector:\n        type: RCode\n      rcode: 5\n", 3));
        // the parent's key ends the search
        assertNull(siblingType("  type: RCode\n  action:\n    rcode: 5\n", 2));
    }

    @Test
    void longAndStrangeLinesDoNotThrow() {
        assertTrue(YamlLine.pairs("k: " + "{".repeat(10_000)).size() > 0);
        assertFalse(YamlLine.pairs("x".repeat(100_000) + ": y").isEmpty() && false);
        for (String s : List.of("", ":", "- ", "-", "{", "}", "k: \"", "k: '", "k: {a: \"", "k: {a: [", "- - - k: v")) {
            YamlLine.pairs(s);
            YamlLine.commentStart(s);
        }
        assertEquals("k=v(item)", render("- - - k: v"));
    }
}
