package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class InlayHintsFeatureTest {

    static List<InlayHintsFeature.Hint> hints(Dialect d, String uri, String text) {
        TextContext ctx = ScanHarness.context(d, text, uri);
        return InlayHintsFeature.hints(ctx, 0, ctx.lineCount());
    }

    /** Asserts exactly one hint, {@code label}, right after the first {@code number} that follows {@code after}. */
    static void assertHint(Dialect d, String uri, String line, String after, String number, String label,
                           String entryId) {
        List<InlayHintsFeature.Hint> h = hints(d, uri, line);
        assertEquals(1, h.size(), "hints in: " + line + " -> " + h);
        int col = line.indexOf(number, line.indexOf(after)) + number.length();
        assertEquals(new InlayHintsFeature.Hint(0, col, label, entryId), h.get(0), line);
    }

    static void assertNoHint(Dialect d, String uri, String line) {
        assertEquals(List.of(), hints(d, uri, line), line);
    }

    @Test
    void corednsErrors() {
        assertHint(Dialect.LOG, "coredns.log",
                "[ERROR] plugin/errors: 2 example.net. MX: read udp 10.0.0.2:36797->192.0.2.53:53: i/o timeout",
                "errors:", "2", "SERVFAIL", "rcode:2");
    }

    @Test
    void rcodeField() {
        assertHint(Dialect.LOG, "pdns.log", "nothere.example: Got 0 answers from ns1.example (192.0.2.1), rcode=3, aa=1",
                "rcode=", "3", "NXDOMAIN", "rcode:3");
        // PowerDNS writes the name after the number itself
        assertNoHint(Dialect.LOG, "pdns.log",
                "nothere.example: Got 0 answers from ns1.example (192.0.2.1), rcode=3 (Non-Existent domain), aa=1");
    }

    @Test
    void dohJsonStatus() {
        assertHint(Dialect.LOG, "doh.log", "{\"Status\":3,\"TC\":false,\"RD\":true,\"RA\":true,\"AD\":false}",
                "Status", "3", "NXDOMAIN", "rcode:3");
    }

    @Test
    void edeNumbers() {
        assertHint(Dialect.DIG, "", "; EDE: 18", "EDE", "18", "Prohibited", "ede:18");
        assertNoHint(Dialect.DIG, "", "; EDE: 18 (Prohibited)");
        assertNoHint(Dialect.DIG, "", "; EDE: 9 (DNSKEY Missing): (no SEP matching the DS found for dnssec-failed.org.)");
    }

    @Test
    void hostNumberWithItsName() {
        assertNoHint(Dialect.DIG, "", "Host nothere.example.com not found: 3(NXDOMAIN)");
    }

    @Test
    void windowsFlags() {
        String line = "2024/10/21 19:02:27 10FC PACKET  0000020D0C784CE0 UDP Snd 192.168.113.210 d1a7 R Q "
                + "[8385 A DR NXDOMAIN] PTR    (3)254(3)113(3)168(3)192(7)in-addr(4)arpa(0)";
        // the bracket names the code the flags hold: a hint would say it twice
        assertNoHint(Dialect.LOG, "dns.log", line);
    }

    @Test
    void aRecordThatNamesItsCodeGetsNoHint() {
        // Zeek JSON: rcode and rcode_name; Vert.x: the name before its number
        assertNoHint(Dialect.LOG, "dns.log", "{\"ts\":1737712285.1,\"query\":\"x.example\",\"qtype_name\":\"PTR\","
                + "\"rcode\":3,\"rcode_name\":\"NXDOMAIN\",\"AA\":false}");
        assertNoHint(Dialect.LOG, "app.log", "io.vertx.core.dns.DnsException: DNS query error occurred: REFUSED: type 5, "
                + "operation refused");
    }

    @Test
    void dnsdistRcodeRule() {
        assertHint(Dialect.LUA, "dnsdist.conf", "addResponseAction(RCodeRule(2), DropResponseAction())",
                "RCodeRule", "2", "SERVFAIL", "rcode:2");
        assertNoHint(Dialect.LUA, "dnsdist.conf", "addResponseAction(RCodeRule(DNSRCode.SERVFAIL), DropResponseAction())");
    }

    @Test
    void corefileRewrite() {
        String corefile = ".:53 {\n    rewrite rcode example.org. 2 NOERROR\n}\n";
        List<InlayHintsFeature.Hint> h = hints(Dialect.COREFILE, "Corefile", corefile);
        assertEquals(1, h.size(), h.toString());
        assertEquals("SERVFAIL", h.get(0).label());
        assertEquals(1, h.get(0).line());
    }

    @Test
    void namesGetNoHint() {
        assertNoHint(Dialect.DIG, "", ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4242");
    }

    @Test
    void onlyTheRequestedLines() {
        String log = "[ERROR] plugin/errors: 2 a.example. A: i/o timeout\n"
                + "[ERROR] plugin/errors: 3 b.example. A: no such name\n"
                + "[ERROR] plugin/errors: 5 c.example. A: refused\n";
        TextContext ctx = ScanHarness.context(Dialect.LOG, log, "coredns.log");
        List<InlayHintsFeature.Hint> middle = InlayHintsFeature.hints(ctx, 1, 2);
        assertEquals(1, middle.size(), middle.toString());
        assertEquals(1, middle.get(0).line());
        assertEquals("NXDOMAIN", middle.get(0).label());
        assertEquals(3, InlayHintsFeature.hints(ctx, -5, 100).size(), "clamped to the document");
        assertTrue(InlayHintsFeature.hints(ctx, 2, 1).isEmpty());
        assertTrue(InlayHintsFeature.hints(ctx, 3, 10).isEmpty());
    }
}
