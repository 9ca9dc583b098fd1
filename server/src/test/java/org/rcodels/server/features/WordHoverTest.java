package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.ScanContext;

/** Hovers on config and RPZ values that name no code: what they do, not nothing. */
class WordHoverTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Texts EN = CATALOG.texts("en");

    private static Optional<WordHover.Result> hover(Dialect d, String textWithCursor, String uri, Texts t) {
        CompletionHarness.At at = CompletionHarness.at(textWithCursor);
        ScanContext ctx = ScanHarness.context(d, at.text(), uri);
        return WordHover.hover(ctx, at.line(), at.column(), t, true);
    }

    private static final String RPZ = "$TTL 1H\n@ SOA LOCALHOST. named-mgr.example.com (1 1h 15m 30d 2h)\n  NS LOCALHOST.\n"
            + "nxdomain.domain.com CNAME .\n";

    @Test
    void rpzSpecialTargetsSayWhatTheyDo() {
        WordHover.Result drop = hover(Dialect.ZONE, RPZ + "drop.domain.com CNAME rpz-d‸rop.\n", "file:///db.rpz", EN)
                .orElseThrow();
        assertTrue(drop.content().contains(EN.label("completion.rpz.drop")), drop.content());
        assertTrue(drop.content().contains(EN.label("diag.slot.rpzTarget")), drop.content());
        assertTrue(drop.content().contains("`rpz-drop.`"), drop.content());
        String line = "drop.domain.com CNAME rpz-drop.";
        assertEquals(line.indexOf("rpz-drop."), drop.start());
        assertEquals(line.length(), drop.end());
        WordHover.Result pass = hover(Dialect.ZONE, RPZ + "ok.domain.com CNAME rpz-passthru‸.\n", "file:///db.rpz", EN)
                .orElseThrow();
        assertTrue(pass.content().contains(EN.label("completion.passthru")), pass.content());
        WordHover.Result tcp = hover(Dialect.ZONE, RPZ + "tcp.domain.com CNAME ‸rpz-tcp-only.\n", "file:///db.rpz",
                EN).orElseThrow();
        assertTrue(tcp.content().contains(EN.label("completion.tcpOnly")), tcp.content());
    }

    @Test
    void valuesThatNameACodeAreLeftToTheCodeHover() {
        // CNAME . answers NXDOMAIN: that is a mention, explained by HoverFeature
        assertTrue(hover(Dialect.ZONE, RPZ + "x.domain.com CNAME ‸.\n", "file:///db.rpz", EN).isEmpty());
    }

    @Test
    void knotResolverPassAndTheLanguageOfTheReader() {
        Texts fr = CATALOG.texts("fr");
        WordHover.Result r = hover(Dialect.LUA, "-- kresd\npolicy.add(policy.all(policy.PA‸SS))\n", "file:///kresd.conf",
                fr).orElseThrow();
        assertTrue(r.content().contains(fr.label("completion.kresd.PASS")), r.content());
        assertTrue(r.content().contains(fr.label("diag.slot.kresdPolicy")), r.content());
    }

    @Test
    void aValueThatAnswersACodeSaysWhatTheValueDoesOnTopOfTheCode() {
        // Unbound's refuse answers REFUSED only when no local data matches: the code's hover says so first
        CompletionHarness.At at = CompletionHarness.at("server:\n  local-zone: \"example.\" ref‸use\n");
        ScanContext ctx = ScanHarness.context(Dialect.UNBOUND_CONF, at.text(), "file:///unbound.conf");
        String h = HoverFeature.hover(ctx, at.line(), at.column(), EN, true).orElseThrow().content();
        assertTrue(h.contains(EN.label("hover.slotDoes", "text", "refuse", "what",
                EN.label("diag.slot.unboundZoneType"), "does", EN.label("completion.unbound.refuse", "name",
                "REFUSED"))), h);
        assertFalse(h.contains("refuse makes the server answer REFUSED"), "the generic note is replaced: " + h);
        assertTrue(h.contains("REFUSED (5)"), h);
        // outside a slot, a policy word keeps the generic note (an RPZ CNAME to . in a zone)
        CompletionHarness.At z = CompletionHarness.at(RPZ + "x.domain.com CNAME ‸.\n");
        String root = HoverFeature.hover(ScanHarness.context(Dialect.ZONE, z.text(), "file:///db.rpz"), z.line(),
                z.column(), EN, true).orElseThrow().content();
        assertTrue(root.contains("NXDOMAIN (3)"), root);
    }

    @Test
    void corednsAclActions() {
        String acl = ".:53 {\n    acl {\n        %s net 10.0.0.0/8\n    }\n    allow\n}\n";
        WordHover.Result drop = hover(Dialect.COREFILE, String.format(acl, "dr‸op"), "file:///Corefile", EN)
                .orElseThrow();
        assertTrue(drop.content().contains(EN.label("diag.slot.corednsAcl")) && drop.content().contains(
                EN.label("completion.drop")), drop.content());
        assertTrue(hover(Dialect.COREFILE, String.format(acl, "allo‸w"), "file:///Corefile", EN).orElseThrow()
                .content().contains(EN.label("completion.coredns.acl.allow")));
        // block answers REFUSED: the code's hover, with what the action does
        CompletionHarness.At at = CompletionHarness.at(String.format(acl, "blo‸ck"));
        String block = HoverFeature.hover(ScanHarness.context(Dialect.COREFILE, at.text(), "file:///Corefile"),
                at.line(), at.column(), EN, true).orElseThrow().content();
        assertTrue(block.contains("REFUSED (5)") && block.contains(EN.label("diag.slot.corednsAcl")), block);
        // the same word outside an acl block is nothing
        assertTrue(hover(Dialect.COREFILE, String.format(acl, "drop").replace("    allow\n", "    all‸ow\n"),
                "file:///Corefile", EN).isEmpty());
    }

    @Test
    void corednsLogClassesSayWhatTheyLog() {
        WordHover.Result denial = hover(Dialect.COREFILE, ".:53 {\n    log . {\n        class error den‸ial\n    }\n}\n",
                "file:///Corefile", EN).orElseThrow();
        assertTrue(denial.content().contains(EN.label("diag.slot.corednsLogClass"))
                && denial.content().contains(EN.label("completion.coredns.log.denial")), denial.content());
        assertTrue(denial.content().contains("https://coredns.io/plugins/log/"), denial.content());
        // a block on one line
        assertTrue(hover(Dialect.COREFILE, ".:53 {\n    log { class succ‸ess }\n}\n", "file:///Corefile", EN)
                .orElseThrow().content().contains(EN.label("completion.coredns.log.success")));
        assertTrue(hover(Dialect.COREFILE, ".:53 {\n    cache {\n        class den‸ial\n    }\n}\n",
                "file:///Corefile", EN).isEmpty());
    }

    @Test
    void bindsOlderNoOpIsPassthru() {
        WordHover.Result r = hover(Dialect.NAMED_CONF, "response-policy { zone \"rpz.local\" policy no‸-op; };",
                "file:///etc/bind/named.conf", EN).orElseThrow();
        assertTrue(r.content().contains(EN.label("completion.passthru")), r.content());
    }

    @Test
    void nothingOutsideSlotsOrOnUnknownWords() {
        assertTrue(hover(Dialect.ZONE, RPZ + "drop.domain.com CNAME rpz-dorp‸.\n", "file:///db.rpz", EN).isEmpty());
        assertTrue(hover(Dialect.LOG, "rpz-d‸rop. was applied\n", "file:///x.log", EN).isEmpty());
        assertTrue(hover(Dialect.ZONE, RPZ + "drop.domain.‸com CNAME rpz-drop.\n", "file:///db.rpz", EN).isEmpty(),
                "the owner name is not a value");
    }
}
