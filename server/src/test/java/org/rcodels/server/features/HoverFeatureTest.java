package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/** Hovers: what they say about the tool that printed a code, and the context notes of noisy log lines. */
class HoverFeatureTest {
    private static final Catalog CATALOG = Catalog.standard();
    private static final Texts EN = CATALOG.texts("en");

    /** The plain-text hover at the cursor (‸) of a one-line document. */
    private static String hover(Dialect d, String lineWithCursor) {
        int col = lineWithCursor.indexOf(ScanHarness.CURSOR);
        String line = lineWithCursor.replace(ScanHarness.CURSOR, "");
        TextContext ctx = ScanHarness.context(d, line);
        return HoverFeature.hover(ctx, 0, col, EN, false).orElseThrow(() -> new AssertionError("no hover: " + line))
                .content();
    }

    private static final String THIS_TOOL = "This file's tool";

    @Test
    void aToolsSpellingIsClaimedOnlyWhereTheTextShowsIt() {
        // systemd-resolved prints the code; that BIND spells it so too says nothing about who printed it
        String resolved = hover(Dialect.LOG, "Mar 05 10:00:00 host systemd-resolved[415]: Server returned error "
                + "NXDO‸MAIN, mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced "
                + "feature level UDP.");
        assertFalse(resolved.contains(THIS_TOOL), resolved);
        assertFalse(resolved.contains("spells it"), resolved);
        // nslookup is BIND's, and BIND's spelling of NODATA there is "No answer", not NODATA
        String nslookup = hover(Dialect.DIG, "*** Can't find x: No ‸answer");
        assertTrue(nslookup.contains(THIS_TOOL + " (BIND 9 (dig, named, host, nslookup, delv, nsupdate)) spells it "
                + "No answer"), nslookup);
        assertFalse(nslookup.contains("spells it NODATA"), nslookup);
        // Technitium's "RCODE / EDE" line says SERVFAIL, which Technitium also spells so; not ServerFailure
        String technitium = hover(Dialect.LOG, "SERV‸FAIL / NoReachableAuthority");
        assertTrue(technitium.contains("spells it SERVFAIL"), technitium);
        assertFalse(technitium.contains("ServerFailure"), technitium);
        // where the text is the tool's own spelling, it is said
        String unbound = hover(Dialect.LOG, "[1737712285] unbound[287883:0] reply: 127.0.0.1 old.example. A IN "
                + "NOT‸IMPL 0.000051 0 29");
        assertTrue(unbound.contains(THIS_TOOL + " (Unbound (sldns names, logs, unbound-control stats)) spells it "
                + "NOTIMPL"), unbound);
        // a number is no spelling: CoreDNS's errors plugin prints 2, not SERVFAIL
        String coredns = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 example.org. A: read udp "
                + "10.244.1.6:36797->168.63.129.16:53: i/o timeout");
        assertFalse(coredns.contains(THIS_TOOL), coredns);
        // a bare mnemonic in prose names no tool
        String prose = hover(Dialect.TEXT, "Our resolver answers SERV‸FAIL for api.example.com");
        assertFalse(prose.contains(THIS_TOOL), prose);
    }

    @Test
    void spellingShown() {
        var unbound = CATALOG.tool("unbound").orElseThrow();
        assertEquals("NOTIMPL", HoverFeature.spellingShown(unbound, CATALOG.require("rcode:4"), "NOTIMPL"));
        assertNull(HoverFeature.spellingShown(unbound, CATALOG.require("rcode:4"), "NOTIMP"));
        // a numbered spelling (RCODE11) is the tool's too
        assertEquals("RCODE11", HoverFeature.spellingShown(unbound, CATALOG.require("rcode:11"), "RCODE11"));
        assertNull(HoverFeature.spellingShown(unbound, CATALOG.require("rcode:3"), "3"));
    }

    @Test
    void resolvedsDveLineSaysWhatTheRetryIs() {
        String h = hover(Dialect.LOG, "Mar 05 10:00:00 host systemd-resolved[415]: Server returned error NXDO‸MAIN, "
                + "mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level "
                + "UDP.");
        assertTrue(h.contains("systemd-resolved got NXDOMAIN from the server and retries the query at a lower feature "
                + "level (UDP)"), h);
        assertTrue(h.contains("DVE-2018-0001"), h);
        // without the DVE text, no note
        String plain = hover(Dialect.LOG, "systemd-resolved[415]: Server returned error SERV‸FAIL, retrying "
                + "transaction with reduced feature level UDP.");
        assertFalse(plain.contains("DVE-2018-0001"), plain);
    }

    @Test
    void corednsLoopProbeLinesSayWhatTheProbeIs() {
        String h = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 2383836513442455218.4325411823296402331. HINFO: "
                + "read udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertTrue(h.contains("the probe of CoreDNS's loop plugin"), h);
        assertTrue(h.contains("check that upstream"), h);
        assertTrue(h.startsWith("SERVFAIL (2)"), h);
        // with the server block's zone after the random labels
        assertTrue(hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 6547861214.2839128745.cluster.local. HINFO: read "
                + "udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout").contains("loop plugin"));
        // a client's query, or another type, keeps the plain note
        String client = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 example.org. HINFO: read udp "
                + "10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertFalse(client.contains("loop plugin"), client);
        assertTrue(client.contains("starts with the numeric RCODE"), client);
        String a = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 2383836513442455218.4325411823296402331. A: read "
                + "udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertFalse(a.contains("loop plugin"), a);
    }
}
