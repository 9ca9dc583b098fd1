package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** DNS errors of the JDK's JNDI DNS provider, Netty and Vert.x in application logs. Cursor is ‸. */
class JvmResolverRuleTest {
    private static final Dialect LOG = Dialect.LOG;

    // ------------------------------------------------------------------------------------------------ JNDI

    @Test
    void jndiTextAndNumber() {
        String line = "java.lang.RuntimeException: javax.naming.NameNotFoundException: DNS name not found [response "
                + "code 3]; remaining name 'xxx'";
        Mention t = assertMention(LOG, line.replace("name not found", "name not ‸found"), "rcode:3",
                "DNS name not found");
        assertEquals("jndi", t.tool());
        assertEquals(Mention.Role.NAME, t.role());
        Mention n = assertMention(LOG, line.replace("code 3]", "code ‸3]"), "rcode:3", "3");
        assertEquals(Mention.Role.NUMBER, n.role());
        assertEquals("jndi", n.tool());
        assertMention(LOG, "javax.naming.ServiceUnavailableException: DNS server fail‸ure [response code 2]; remaining "
                + "name '_ldap._tcp.corp.example'", "rcode:2", "DNS server failure");
        assertMention(LOG, "javax.naming.OperationNotSupportedException: DNS service refused [response code ‸5]; "
                + "remaining name 'internal.example'", "rcode:5", "5");
        assertMention(LOG, "javax.naming.NamingException: DNS format ‸error [response code 1]", "rcode:1",
                "DNS format error");
        assertMention(LOG, "javax.naming.OperationNotSupportedException: DNS operation not supported [response code "
                + "‸4]", "rcode:4", "4");
        // above 5 JNDI has no text of its own: "DNS error", and the number decides
        assertMention(LOG, "javax.naming.NamingException: DNS error [response code ‸9]", "rcode:9", "9");
        assertNoMention(LOG, "javax.naming.NamingException: DNS ‸error [response code 9]");
    }

    @Test
    void jndiNearMisses() {
        assertNoMention(LOG, "javax.naming.CommunicationException: DNS ‸error [Root exception is java.net."
                + "SocketTimeoutException: Receive timed out]; remaining name 'www.github.com'");
        // the text must be JNDI's text for that number
        assertNoMention(LOG, "javax.naming.NamingException: DNS name not found [response code ‸2]");
        assertNoMention(LOG, "javax.naming.NamingException: DNS error [response code ‸3]");
        assertNoMention(LOG, "javax.naming.NamingException: DNS error [response code ‸16]");
        assertNoMention(LOG, "HTTP error [response code ‸503]");
        assertNoMention(LOG, "upstream [response code ‸3]");
    }

    // ------------------------------------------------------------------------------------------------ Netty

    @Test
    void nettyResponseDump() {
        String line = "10:16:16.601 [vert.x-eventloop-thread-0] DEBUG i.n.resolver.dns.DnsNameResolver - [id: "
                + "0xbea9d2a6] RECEIVED: UDP [6612: /212.27.40.240:53], DatagramDnsResponse(from: /212.27.40.240:53, "
                + "6612, QUERY(0), NXDomain(3), RD RA)";
        Mention r = assertMention(LOG, line.replace("NXDomain", "NX‸Domain"), "rcode:3", "NXDomain");
        assertEquals("netty", r.tool());
        Mention o = assertMention(LOG, line.replace("QUERY", "QU‸ERY"), "opcode:0", "QUERY");
        assertEquals("netty", o.tool());
        assertMention(LOG, "DatagramDnsResponse(from: /9.152.120.241:53, to: /0.0.0.0:59736, 4548, QUERY(0), "
                + "Ref‸used(5), RD)", "rcode:5", "Refused");
        assertMention(LOG, "DatagramDnsResponse(from: /192.0.2.53:53, id: 7, QUERY(0), Serv‸Fail(2), RD RA)",
                "rcode:2", "ServFail");
        assertMention(LOG, "DefaultDnsResponse(id: 7, NOT‸IFY(4), NoError(0), AA)", "opcode:4", "NOTIFY");
        assertMention(LOG, "DatagramDnsQuery(to: /192.0.2.53:53, id: 9, UPD‸ATE(5), RD)", "opcode:5", "UPDATE");
        assertMention(LOG, "DefaultDnsResponse(id: 7, QUERY(0), BADVERS_OR_‸BADSIG(16))", "rcode:16:badvers",
                "BADVERS_OR_BADSIG");
    }

    @Test
    void nettyRcodeOutsideADump() {
        assertMention(LOG, "resolve failed: Rcode NX‸Domain(3)", "rcode:3", "NXDomain");
        assertMention(LOG, "response code No‸Error(0) but no answer", "rcode:0", "NoError");
    }

    @Test
    void nettyNameAndNumberMustAgree() {
        assertNoMention(LOG, "DatagramDnsResponse(from: /192.0.2.53:53, 6612, QUERY(0), NX‸Domain(2), RD RA)");
        assertNoMention(LOG, "connect failed: Connection Ref‸used(111)");
        // NXDOMAIN is the Java constant, not what toString prints: only the bare mnemonic, of no tool
        BareMnemonicsTest.assertBare(LOG, "counted NXDO‸MAIN(3) times", "rcode:3", "NXDOMAIN");
        // an opcode form only in a dump's header
        assertNoMention(LOG, "retry QU‸ERY(0) later");
        assertNoMention(LOG, "DatagramDnsResponse(from: /192.0.2.53:53, 6612, QU‸ERY(3), NXDomain(3), RD RA)");
        assertNoMention(LOG, "DefaultDnsQuestion(go‸ogle.com. IN A)");
    }

    // ------------------------------------------------------------------------------------------------ Vert.x

    @Test
    void vertxDnsExceptionReadsTheNumber() {
        String line = "Sep 16 10:15:20 OP5PEtherNode besu[2607]: io.vertx.core.dns.DnsException: DNS query error "
                + "occurred: NXDOMAIN: type 3, name error";
        Mention name = assertMention(LOG, line.replace("NXDOMAIN", "NX‸DOMAIN"), "rcode:3", "NXDOMAIN");
        assertEquals(Mention.Role.NAME, name.role());
        assertNull(name.note());
        Mention n = assertMention(LOG, line.replace("type 3", "type ‸3"), "rcode:3", "3");
        assertEquals(Mention.Role.NUMBER, n.role());
        // REFUSED and FORMERROR were missed before
        assertMention(LOG, "io.vertx.core.dns.DnsException: DNS query error occurred: REF‸USED: type 5, operation "
                + "refused", "rcode:5", "REFUSED");
        assertMention(LOG, "io.vertx.core.dns.DnsException: DNS query error occurred: FORM‸ERROR: type 1, format "
                + "error", "rcode:1", "FORMERROR");
        assertMention(LOG, "io.vertx.core.dns.DnsException: DNS query error occurred: NOTIMPL: type ‸4, not "
                + "implemented", "rcode:4", "4");
    }

    @Test
    void vertxNamesElevenToFourteenAfterOtherCodes() {
        String line = "io.vertx.core.dns.DnsException: DNS query error occurred: BADVERS: type 11, bad extension "
                + "mechanism for version";
        // the wire's 11 (DSOTYPENI), not the EDNS BADVERS (16)
        Mention m = assertMention(LOG, line.replace("BADVERS", "BAD‸VERS"), "rcode:11", "BADVERS");
        assertEquals("note.vertxRcode", m.note());
        assertEquals(List.of("n", "11", "name", "DSOTYPENI"), m.noteArgs());
        Mention n = assertMention(LOG, line.replace("type 11", "type 1‸1"), "rcode:11", "11");
        assertEquals("note.vertxRcode", n.note());
        m = assertMention(LOG, "DnsException: DNS query error occurred: BAD‸SIG: type 12, bad signature",
                "rcode:range:12-15", "BADSIG");
        assertEquals(List.of("n", "12", "name", "Unassigned"), m.noteArgs());
        assertMention(LOG, "DnsException: DNS query error occurred: BADTIME: type ‸14, bad timestamp",
                "rcode:range:12-15", "14");
    }

    @Test
    void vertxNearMisses() {
        // the name must be Vert.x's for that number
        assertNoMention(LOG, "DnsException: DNS query error occurred: NXDOMAIN: type ‸2, name error");
        assertNoMention(LOG, "DnsException: DNS query error occurred: BADVERS: type ‸16, bad version");
        assertNoMention(LOG, "DnsException: DNS query error occurred: SERVFAIL: type ‸2.5");
        // besu's own line about the same failure names no code
        assertNoMention(LOG, "2023-09-16 10:15:20.307+00:00 | vert.x-eventloop-thread-1 | WARN  | DNSResolver | DNS "
                + "query ‸error with FGDDYIXSXXEV7GA5SMIZ45.all.mainnet.ethdisco.net");
        List<Mention> all = ScanHarness.mentions(LOG, "io.vertx.core.dns.DnsException: DNS query error occurred: "
                + "NXDOMAIN: type 3, name error");
        assertEquals(2, all.size(), all.toString());
    }

    // ------------------------------------------------------------------------------------------------ anchors

    @Test
    void linesWithoutTheProducersWordsAreNotTheRules() {
        JvmResolverRule rule = new JvmResolverRule();
        for (String l : List.of("DNS name not found", "response code 3", "NXDOMAIN (3)", "nxdomain(3)",
                "DNS query error: NXDOMAIN: type 3")) {
            assertFalse(rule.accepts(l), "the rule should not accept: " + l);
        }
    }

    @Test
    void theRulesNamesAreTheCatalogsSpellingsOfTheirNumbers() {
        // the rule keeps its own lists (anchors are fixed before any catalog is read); they must say what the
        // catalog's tools say, so that the two cannot drift apart
        org.rcodels.catalog.Catalog c = org.rcodels.catalog.Catalog.standard();
        var jndi = c.tool("jndi").orElseThrow();
        for (int v = 1; v < JvmResolverRule.JNDI_TEXTS.length; v++) {
            assertTrue(jndi.names().getOrDefault("rcode:" + v, List.of()).contains(JvmResolverRule.JNDI_TEXTS[v]),
                    "jndi rcode:" + v);
        }
        var netty = c.tool("netty").orElseThrow();
        for (String name : JvmResolverRule.NETTY_RCODES) {
            assertTrue(netty.names().values().stream().anyMatch(l -> l.contains(name)), "netty " + name);
        }
    }

    @Test
    void miniDnsMessageDump() {
        // MiniDNS/minidns#148
        Mention m = assertMention(LOG, "DnsMessage(23921 QUERY NX_DOM‸AIN resp[qr=1] rd ra cd)", "rcode:3", "NX_DOMAIN");
        assertEquals("minidns", m.tool());
        assertMention(LOG, "DNSMessage(1 QUERY SERVER_FA‸IL resp[qr=1] rd ra)", "rcode:2", "SERVER_FAIL");
        // a query's own code answers nothing
        assertNoMention(LOG, "DnsMessage(23921 QUERY NO_ERR‸OR query[qr=0] rd)");
    }
}
