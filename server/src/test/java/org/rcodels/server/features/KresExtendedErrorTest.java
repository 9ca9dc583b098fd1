package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.features.CompletionHarness.complete;
import static org.rcodels.server.features.CompletionHarness.diagnose;
import static org.rcodels.server.features.CompletionHarness.item;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/**
 * Knot Resolver's {@code kres.extended_error.} members that its own modules use (renumber: FORGED, serve_stale:
 * STALE_NXD, any_notimp: NOTSUP), through completion, hover and diagnostics; and the agreement of hover and
 * diagnostics when a config word is another tool's spelling.
 */
class KresExtendedErrorTest {
    private static final String KRESD_CONF = "file:///etc/knot-resolver/kresd.conf";
    private static final String KRESD = "This file's tool (Knot Resolver Lua (kres.rcode, kres.extended_error))";

    private static String hover(Dialect d, String uri, String textWithCursor) {
        CompletionHarness.At at = CompletionHarness.at(textWithCursor);
        TextContext ctx = ScanHarness.context(d, at.text(), uri);
        return HoverFeature.hover(ctx, at.line(), at.column(), Catalog.standard().texts("en"), false)
                .orElseThrow(() -> new AssertionError("no hover: " + textWithCursor)).content();
    }

    @Test
    void completionOffersTheMembersWithTheirCodes() {
        Completion c = complete(Dialect.LUA, "req:set_extended_error(kres.extended_error.‸, 'DUQR')", KRESD_CONF);
        assertEquals("ede:4", item(c, "FORGED").entryId());
        assertEquals("ede:19", item(c, "STALE_NXD").entryId());
        assertEquals("ede:21", item(c, "NOTSUP").entryId());
        assertEquals("ede:15", item(c, "BLOCKED").entryId());
        // NOTAUTH is EDE 20 in this table (the chaos module uses it), without being a catalog spelling, which would
        // also answer "explain NOTAUTH" with EDE 20
        assertEquals("ede:20", item(c, "NOTAUTH").entryId());
        assertFalse(Catalog.standard().tool("kresd").orElseThrow().names().getOrDefault("ede:20", List.of())
                .contains("NOTAUTH"));
    }

    @Test
    void hoverNamesTheCodeAndKnotResolversSpelling() {
        String forged = hover(Dialect.LUA, KRESD_CONF, "req:set_extended_error(kres.extended_error.FOR‸GED, 'DUQR')");
        assertTrue(forged.startsWith("EDE 4 Forged Answer"), forged);
        assertTrue(forged.contains(KRESD + " spells it FORGED"), forged);
        String stale = hover(Dialect.LUA, KRESD_CONF, "req:set_extended_error(kres.extended_error.STALE_N‸XD, 'QSF6')");
        assertTrue(stale.startsWith("EDE 19 Stale NXDomain Answer"), stale);
        assertTrue(stale.contains(KRESD + " spells it STALE_NXD"), stale);
        String notsup = hover(Dialect.LUA, KRESD_CONF, "req:set_extended_error(kres.extended_error.NOT‸SUP, 'Q6GZ')");
        assertTrue(notsup.startsWith("EDE 21 Not Supported"), notsup);
        assertTrue(notsup.contains(KRESD + " spells it NOTSUP"), notsup);
        String notauth = hover(Dialect.LUA, KRESD_CONF, "if e.info_code == kres.extended_error.NOT‸AUTH then");
        assertTrue(notauth.startsWith("EDE 20 Not Authoritative"), notauth);
    }

    @Test
    void diagnosticsKnowTheMembers() {
        for (String m : List.of("FORGED", "STALE_NXD", "NOTSUP")) {
            assertEquals(List.of(), diagnose(Dialect.LUA, "req:set_extended_error(kres.extended_error." + m + ")",
                    KRESD_CONF), m);
        }
        List<Diagnostic> wrongCase = diagnose(Dialect.LUA, "req:set_extended_error(kres.extended_error.forged)",
                KRESD_CONF);
        assertEquals(1, wrongCase.size(), wrongCase.toString());
        assertEquals(DiagnosticsFeature.WRONG_CASE, wrongCase.get(0).code());
        assertEquals(List.of("FORGED"), wrongCase.get(0).replacements());
        List<Diagnostic> typo = diagnose(Dialect.LUA, "req:set_extended_error(kres.extended_error.NOTSUPP)",
                KRESD_CONF);
        assertEquals(1, typo.size(), typo.toString());
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, typo.get(0).code());
        assertEquals(List.of("NOTSUP"), typo.get(0).replacements());
    }

    @Test
    void hoverAndDiagnosticAgreeOnAnotherToolsSpelling() {
        // NOTIMPL in dnsdist: the diagnostic says dnsdist spells it NOTIMP, and the hover does not call NOTIMPL
        // this file's tool's spelling
        String dnsdist = "addAction(AllRule(), RCodeAction(DNSRCode.NOTIMPL))";
        List<Diagnostic> d = diagnose(Dialect.LUA, dnsdist, "file:///etc/dnsdist/dnsdist.conf");
        assertEquals(1, d.size(), d.toString());
        assertEquals(List.of("NOTIMP"), d.get(0).replacements());
        assertFalse(hover(Dialect.LUA, "file:///etc/dnsdist/dnsdist.conf", dnsdist.replace("NOTIMPL", "NOTI‸MPL"))
                .contains("This file's tool"));
        // NOTIMP in kres.rcode: the diagnostic gives NOTIMPL, the hover claims no spelling
        String kres = "req.answer:rcode(kres.rcode.NOTIMP)";
        d = diagnose(Dialect.LUA, kres, KRESD_CONF);
        assertEquals(1, d.size(), d.toString());
        assertEquals(List.of("NOTIMPL"), d.get(0).replacements());
        assertFalse(hover(Dialect.LUA, KRESD_CONF, kres.replace("NOTIMP", "NOT‸IMP")).contains("This file's tool"));
    }
}
