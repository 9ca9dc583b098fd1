package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** One-liners per supported log format; the cursor is ‸. */
class LogScannerTest {
    private static final Dialect LOG = Dialect.LOG;

    // ------------------------------------------------------------------------------------------------ BIND named

    @Test
    void bindQueryErrors() {
        Mention m = assertMention(LOG, "21-Jan-2025 10:00:01.123 query-errors: info: client @0x7f3a 127.0.0.1#61502 "
                + "(www.example.com): query failed (SERV‸FAIL) for www.example.com/IN/AAAA at query.c:3880",
                "rcode:2", "SERVFAIL");
        assertEquals("bind", m.tool());
        assertEquals(Mention.Role.NAME, m.role());
        assertNoMention(LOG, "client @0x7f3a 127.0.0.1#61502 (x.example): query failed (timed ‸out) for "
                + "x.example/IN/A at query.c:7791");
        assertNoMention(LOG, "client @0x7f3a 127.0.0.1#61502 (x.example): query failed (broken trust ‸chain) for "
                + "x.example/IN/A at query.c:7791");
        assertNoMention(LOG, "query failed (fail‸ure) for x.example/IN/A at query.c:7791");
    }

    @Test
    void bindLameServers() {
        assertMention(LOG, "lame-servers: info: REF‸USED unexpected RCODE resolving 'example.com/A/IN': 192.0.2.1#53",
                "rcode:5", "REFUSED");
        assertMention(LOG, "lame-servers: info: FORM‸ERR resolving 'githubapp.com/DS/IN': 192.168.250.3#5335",
                "rcode:1", "FORMERR");
        assertNoMention(LOG, "lame-servers: info: unexpected ‸RCODE resolving 'example.com/A/IN': 192.0.2.1#53");
        assertNoMention(LOG, "lame-servers: info: REFUSED unexpected RCODE resolving 'example.com/A/IN':"
                + " 192.0.2.1‸#53");
        assertNoMention(LOG, "lame-servers: info: broken trust ‸chain resolving 'ad.example/A/IN': 192.0.2.3#53");
        assertNoMention(LOG, "lame-servers: info: DNS format ‸error from 192.0.2.3#5335 resolving x.example/DS for "
                + "<unknown>: invalid response");
    }

    @Test
    void bindResponses() {
        assertMention(LOG, "responses: info: client @0x7f 192.0.2.7#4242 (example.com): response: example.com IN A "
                + "NX‸DOMAIN 0 1 0 +E(0)K (192.0.2.53)", "rcode:3", "NXDOMAIN");
        assertNoMention(LOG, "responses: info: client @0x7f 192.0.2.7#4242 (example.com): response: example.com IN ‸A "
                + "NXDOMAIN 0 1 0 +E(0)K (192.0.2.53)");
        assertNoMention(LOG, "response: example.com IN A NXDOMAIN 0 ‸1 0 +E(0)K (192.0.2.53)");
    }

    @Test
    void bindRpzPolicies() {
        Mention m = assertMention(LOG, "rpz: info: client @0x7f 10.0.0.5#5353 (bad.example): rpz QNAME NX‸DOMAIN "
                + "rewrite bad.example/A/IN via bad.example.rpz", "rcode:3", "NXDOMAIN");
        assertEquals(Mention.Role.POLICY, m.role());
        assertMention(LOG, "rpz QNAME NO‸DATA rewrite ads.example/AAAA/IN via ads.example.rpz", "pseudo:nodata",
                "NODATA");
        assertNoMention(LOG, "rpz QNAME PASS‸THRU rewrite ok.example/A/IN via ok.example.rpz");
        assertNoMention(LOG, "rpz QNAME Local-‸Data rewrite x.example/A/IN via x.example.rpz");
        assertNoMention(LOG, "disabled rpz QNAME NX‸DOMAIN rewrite bad.example/A/IN via bad.example.rpz");
    }

    @Test
    void bindRateLimit() {
        assertMention(LOG, "rate-limit: info: limit NX‸DOMAIN responses to 192.0.2.0/24 for example.com  (8a3b1c2d)",
                "rcode:3", "NXDOMAIN");
        assertMention(LOG, "rate-limit: info: slip NO‸DATA response to 192.0.2.0/24 for example.com IN  (8a3b1c2d)",
                "pseudo:nodata", "NODATA");
        assertNoMention(LOG, "rate-limit: info: limit ‸error responses to 192.0.2.0/24");
    }

    @Test
    void bindDynamicUpdateResults() {
        Mention m = assertMention(LOG, "Mar  5 10:00:00 ns1 named[812]: client @0x7f 10.0.0.5#1234/key dhcp: updating "
                + "zone 'example.com/IN': update failed: 'RRset exists (value dependent)' prerequisite not satisfied "
                + "(NXRR‸SET)", "rcode:8", "NXRRSET");
        assertEquals("bind", m.tool());
        assertEquals("bind", assertMention(LOG, "update: info: client @0x7f 10.0.0.5#1234: updating zone "
                + "'example.com/IN': update unsuccessful: www.example.com: 'name not in use' prerequisite not satisfied "
                + "(YX‸DOMAIN)", "rcode:6", "YXDOMAIN").tool());
        assertEquals("bind", assertMention(LOG, "update-security: error: client @0x7f 10.0.0.5#1234: updating zone "
                + "'example.com/IN': update failed: rejected by secure update (REF‸USED)", "rcode:5", "REFUSED")
                .tool());
        // not authoritative for the zone in an update: the plain meaning, no note
        // where no zone was found, update_log has no "updating zone" prefix
        Mention n = assertMention(LOG, "update-security: error: client @0x7f 10.0.0.5#1234: update failed: not "
                + "authoritative for update zone (NOT‸AUTH)", "rcode:9", "NOTAUTH");
        assertEquals("bind", n.tool());
        assertEquals(null, n.note());
        // other results are no RCODE; "update failed" without BIND's update prefix is not this format
        assertNoMention(LOG, "client @0x7f 10.0.0.5#1234: updating zone 'example.com/IN': update failed: journal "
                + "open failed (file ‸not found)");
        assertNoMention(LOG, "app: update failed: permission ‸denied");
        assertNoMention(LOG, "update failed: rejected by secure update (REF‸USED)");
        assertNoMention(LOG, "client @0x7f 10.0.0.5#1234: update failed: 'RRset exists' prerequisite not satisfied "
                + "(NXRRSET) ‸ignored");
        assertNoMention(LOG, "client @0x7f 10.0.0.5#1234: updating zone 'example.com/IN': adding an RR at "
                + "'www.example.com' A 192.0.2.‸1");
    }

    @Test
    void bindZoneTransferResults() {
        Mention m = assertMention(LOG, "Mar  5 10:00:00 ns1 named[812]: transfer of 'example.com/IN' from "
                + "192.0.2.1#53: failed while receiving responses: REF‸USED", "rcode:5", "REFUSED");
        assertEquals("bind", m.tool());
        assertEquals("bind", assertMention(LOG, "xfer-in: info: transfer of 'example.com/IN' from 192.0.2.1#53: "
                + "Transfer status: NOT‸AUTH", "rcode:9", "NOTAUTH").tool());
        // a transfer may be TSIG-signed: NOTAUTH says which meaning it took and which it may have
        assertEquals("note.tsigNotauth", assertMention(LOG, "transfer of 'example.com/IN' from 192.0.2.1#53: failed "
                + "while receiving responses: NOT‸AUTH", "rcode:9", "NOTAUTH").note());
        assertNoMention(LOG, "transfer of 'example.com/IN' from 192.0.2.1#53: failed while receiving responses: "
                + "connection ‸refused");
        assertNoMention(LOG, "transfer of 'example.com/IN' from 192.0.2.1#53: Transfer status: suc‸cess");
        assertNoMention(LOG, "transfer of 'example.com/IN' from 192.0.2.1#53: Transfer completed: 1 messages, 5 "
                + "records, 220 bytes, 0.001 secs (220000 bytes/sec) (serial ‸2024030501)");
    }

    @Test
    void knotZoneEventErrors() {
        // libknot's names: the spelling tells the TSIG meaning of 16 from the OPT one; the tool is Knot DNS
        Mention m = assertMention(LOG, "warning: [example.net.] IXFR, incoming, remote 192.0.2.1@53 TCP, key k., "
                + "server responded with error 'BAD‸SIG'", "rcode:16:badsig", "BADSIG");
        assertEquals("knot", m.tool());
        assertMention(LOG, "[example.edu.] notify, outgoing, remote 192.0.2.4@53, server responded with error "
                + "'BAD‸VERS'", "rcode:16:badvers", "BADVERS");
        assertMention(LOG, "[example.edu.] refresh, remote 192.0.2.4@53, server responded with error 'NOT‸IMPL'",
                "rcode:4", "NOTIMPL");
        assertMention(LOG, "[example.edu.] AXFR, incoming, 192.0.2.4@53: server responded with error 'REF‸USED'",
                "rcode:5", "REFUSED");
        // an unknown code is logged as '', and a quoted word that is no name stays unread
        assertNoMention(LOG, "[example.edu.] refresh, remote 192.0.2.4@53, server ‸responded with error ''");
        assertNoMention(LOG, "[example.edu.] refresh, remote 192.0.2.4@53, server responded with error 'SERV‸FAILx'");
        assertNoMention(LOG, "Server responded with error 'timeout‸' (HTTP)");
        // kdig and knsupdate quote the same names
        assertEquals("knot", assertMention(Dialect.DIG, ";; ERROR: server replied with error 'NOT‸AUTH'", "rcode:9",
                "NOTAUTH").tool());
        assertMention(LOG, ";; ERROR: server replied with error 'REF‸USED'", "rcode:5", "REFUSED");
        assertMention(LOG, ";; ERROR: update failed with error 'BAD‸SIG'", "rcode:16:badsig", "BADSIG");
    }

    @Test
    void powerDnsAuthTransferErrors() {
        Mention m = assertMention(LOG, "Unable to AXFR zone 'example.com' from remote '192.0.2.1' (resolver): AXFR "
                + "chunk error: Query Re‸fused (This was the first time. Excluding zone from slave-checks until 1)",
                "rcode:5", "Query Refused");
        assertEquals("pdns-long", m.tool());
        assertMention(LOG, "Unable to AXFR zone 'example.net' from remote '192.0.2.9': AXFR chunk error: Server "
                + "Fail‸ure", "rcode:2", "Server Failure");
        // the header's 9 in a transfer: either meaning, with the note that says so
        assertEquals("note.tsigNotauth", assertMention(LOG, "XFR-in zone: 'example.org', primary: '192.0.2.1', "
                + "unable to xfr zone (ResolverException): AXFR chunk error: Server Not Author‸itative for zone / Not "
                + "Authorized (This was attempt number 2. Excluding zone from secondary-checks until 2024)", "rcode:9",
                "Server Not Authoritative for zone / Not Authorized").note());
        assertNoMention(LOG, "XFR-in zone: 'example.edu', primary: '192.0.2.9', unable to xfr zone "
                + "(ResolverException): Timeout ‸connecting to server (This was attempt number 1.)");
        assertNoMention(LOG, "AXFR chunk error: Query Refused by ‸the firewall");
    }

    @Test
    void bindStatisticsCounters() {
        assertMention(LOG, "\"nsstats\":{\"QrySuccess\":120,\"QryNX‸DOMAIN\":14,\"QrySERVFAIL\":2}", "rcode:3",
                "QryNXDOMAIN");
        assertMention(LOG, "<counter name=\"QrySERV‸FAIL\">2</counter>", "rcode:2", "QrySERVFAIL");
        assertNoMention(LOG, "\"QryNXDOMAINx‸\":14");
        assertNoMention(LOG, "\"nsstats\":{\"QrySuc‸cess\":120}");
    }

    @Test
    void bindSecurityDenialNamesNoCode() {
        assertNoMention(LOG, "security: info: client @0x7f 192.0.2.1#12345 (example.com): query (cache) "
                + "'example.com/A/IN' de‸nied (allow-query-cache did not match)");
        assertNoMention(LOG, "client 192.0.2.1#12345: query 'example.com/A/IN' denied (allow-recursion did not"
                + " ‸match)");
    }

    // ------------------------------------------------------------------------------------------------ Unbound

    @Test
    void unboundLogReplies() {
        Mention m = assertMention(LOG, "[1737712285] unbound[287883:0] info: 127.0.0.1 example.com. A IN NX‸DOMAIN "
                + "0.000123 0 45", "rcode:3", "NXDOMAIN");
        assertEquals("unbound", m.tool());
        assertMention(LOG, "[1737712285] unbound[287883:0] reply: 127.0.0.1 old.example. A IN NOT‸IMPL 0.000051 0 29",
                "rcode:4", "NOTIMPL");
        assertMention(LOG, "[1737712285] unbound[287883:0] info: 127.0.0.1 x.example. A IN RCODE‸11 0.000051 0 29",
                "rcode:11", "RCODE11");
        assertMention(LOG, "[1737712285] unbound[287883:0] info: 192.0.2.9 - - - FORM‸ERR - - - ", "rcode:1",
                "FORMERR");
        assertNoMention(LOG, "[1737712285] unbound[2878‸83:0] info: 127.0.0.1 example.com. A IN NXDOMAIN"
                + " 0.000123 0 45");
        assertNoMention(LOG, "[1737712285] unbound[287883:0] info: 127.0.0.1 example.com. A IN NXDOMAIN"
                + " 0.000123 0 4‸5");
    }

    @Test
    void unboundLogTagQueryreplyReplacesTheInfoTag() {
        // log-tag-queryreply: log_reply() logs under the tag "reply" instead of "info" (util/data/msgreply.c)
        Mention m = assertMention(LOG, "[1737712285] unbound[287883:0] reply: 127.0.0.1 example.com. AAAA IN "
                + "SERV‸FAIL 0.000100 0 30", "rcode:2", "SERVFAIL");
        assertEquals("unbound", m.tool());
        assertEquals("unbound", assertMention(LOG, "[1737712285] unbound[287883:0] reply: 192.0.2.9 - - - FORM‸ERR - - - ",
                "rcode:1", "FORMERR").tool());
        // "info: reply <client> ..." is no format Unbound's source prints: the code is read, as a bare mnemonic, but
        // not claimed as Unbound's
        BareMnemonicsTest.assertBare(LOG, "[1737712285] unbound[287883:0] info: reply 127.0.0.1 example.com. AAAA IN "
                + "SERV‸FAIL 0.000100 0 30", "rcode:2", "SERVFAIL");
    }

    @Test
    void unboundServfailAndRpzAndStats() {
        assertMention(LOG, "[1737712290] unbound[287883:0] error: SERV‸FAIL <www.example.com. A IN>: all the "
                + "configured stub or forward servers failed, at zone .", "rcode:2", "SERVFAIL");
        Mention m = assertMention(LOG, "[1737712300] unbound[287883:0] info: rpz: applied [myrpz] bad.example. "
                + "rpz-nx‸domain 192.0.2.1@40000 bad.example. A IN", "rcode:3", "rpz-nxdomain");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("note.policy", m.note());
        assertMention(LOG, "info: rpz: applied [myrpz] ads.example. rpz-no‸data 192.0.2.1@40000 ads.example. AAAA IN",
                "pseudo:nodata", "rpz-nodata");
        assertNoMention(LOG, "info: rpz: applied [myrpz] ok.example. rpz-pass‸thru 192.0.2.1@40000 ok.example. A IN");
        assertMention(LOG, "num.answer.rcode.NX‸DOMAIN=12", "rcode:3", "NXDOMAIN");
        assertMention(LOG, "num.answer.rcode.no‸data=3", "pseudo:nodata", "nodata");
        assertMention(LOG, "num.answer.rcode.RCODE‸11=0", "rcode:11", "RCODE11");
        assertNoMention(LOG, "num.answer.rcode.NXDOMAIN=1‸2");
        assertNoMention(LOG, "[1737712291] unbound[287883:0] info: validation failure <broadcom.com. A IN>: No ‸DNSKEY "
                + "record for key broadcom.com. while building chain of trust");
    }

    // ------------------------------------------------------------------------------------------------ CoreDNS

    @Test
    void corednsLogPlugin() {
        assertMention(LOG, "[INFO] [::1]:50759 - 29008 \"A IN example.org. udp 41 false 4096\" NO‸ERROR qr,rd,ra,ad 68 "
                + "0.037990251s", "rcode:0", "NOERROR");
        assertMention(LOG, "2025-01-24T10:11:25.123456789Z [INFO] 10.244.0.12:51234 - 4242 \"AAAA IN "
                + "api.default.svc.cluster.local. udp 58 false 512\" NX‸DOMAIN qr,aa,rd 151 0.000123s", "rcode:3",
                "NXDOMAIN");
        Mention m = assertMention(LOG, "[INFO] 10.0.0.1:5353 - 7 \"A IN x.example. udp 52 true 1232\" BAD‸SIG qr,rd 40 "
                + "0.0012s", "rcode:16:badvers", "BADSIG");
        assertEquals("note.miekgBadsig", m.note());
        assertMention(LOG, "[INFO] 10.0.0.1:5353 - 7 \"A IN x.example. udp 52 true 1232\" RCODE‸12 qr,rd 40 0.0012s",
                "rcode:range:12-15", "RCODE12");
        assertNoMention(LOG, "[INFO] [::1]:50759 - 2900‸8 \"A IN example.org. udp 41 false 4096\" NOERROR"
                + " qr,rd,ra,ad 68 "
                + "0.037990251s");
        assertNoMention(LOG, "[INFO] [::1]:50759 - 29008 \"A IN example.org. udp 4‸1 false 4096\" NOERROR"
                + " qr,rd,ra,ad 68 "
                + "0.037990251s");
    }

    @Test
    void corednsErrorsPlugin() {
        Mention m = assertMention(LOG, "[ERROR] plugin/errors: ‸2 example.org. A: read udp 10.244.1.6:36797->"
                + "168.63.129.16:53: i/o timeout", "rcode:2", "2");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertEquals("note.corednsErrors", m.note());
        assertNoMention(LOG, "[WARNING] plugin/errors: ‸3 errors like '^read udp .* i/o timeout$' occurred in"
                + " last 30s");
        assertNoMention(LOG, "[WARNING] ‸3 errors like '^read udp .* i/o timeout$' occurred in last 30s");
        assertNoMention(LOG, "[ERROR] plugin/errors: 2 example.org. A: read udp 10.244.1.6:36797->168.63.129.16:5‸3: "
                + "i/o timeout");
    }

    @Test
    void corednsLoopProbe() {
        // the loop plugin's HINFO probe for a random name (DNS-FACTS D.9, coredns#4211)
        Mention m = assertMention(LOG, "[ERROR] plugin/errors: ‸2 2383836513442455218.4325411823296402331. HINFO: read "
                + "udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout", "rcode:2", "2");
        assertEquals(CorednsLogRule.LOOP_NOTE, m.note());
        assertEquals(CorednsLogRule.LOOP_NOTE, assertMention(LOG, "[ERROR] plugin/errors: ‸2 "
                + "4512389176.9821364571.cluster.local. HINFO: read udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout",
                "rcode:2", "2").note());
        // a client's HINFO query, or the random name with another type: the plain note
        assertEquals("note.corednsErrors", assertMention(LOG, "[ERROR] plugin/errors: ‸2 example.org. HINFO: read udp "
                + "10.0.0.1:45000->10.0.0.2:53: i/o timeout", "rcode:2", "2").note());
        assertEquals("note.corednsErrors", assertMention(LOG, "[ERROR] plugin/errors: ‸2 "
                + "2383836513442455218.4325411823296402331. AAAA: read udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout",
                "rcode:2", "2").note());
        assertEquals("note.corednsErrors", assertMention(LOG, "[ERROR] plugin/errors: ‸2 www.2383836513442455218.com. "
                + "HINFO: read udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout", "rcode:2", "2").note());
    }

    // ------------------------------------------------------------------------------------------------ dnsdist, PowerDNS

    @Test
    void dnsdistAndPowerDns() {
        Mention m = assertMention(LOG, "Answer to 192.0.2.1:53000 for example.com. A (Non-Existent ‸domain)"
                + " with id 1234",
                "rcode:3", "Non-Existent domain");
        assertEquals("pdns-long", m.tool());
        assertMention(LOG, "Answer to 192.0.2.1:53000 for example.com. A (Err#‸11) with id 1234", "rcode:11",
                "Err#11");
        assertMention(LOG, "Answer to 192.0.2.1:53000 for x.example. A (Bad OPT Version / TSIG Signature"
                + " ‸Failure) with "
                + "id 1", "rcode:16:badvers", "Bad OPT Version / TSIG Signature Failure");
        assertMention(LOG, "Response code 'Server ‸Failure' received from the backend 192.0.2.53:53", "rcode:2",
                "Server Failure");
        assertMention(LOG, "Backend 192.0.2.53:53 responded to health check with Serv‸Fail", "rcode:2", "ServFail");
        assertMention(LOG, "Backend 192.0.2.53:53 responded to health check with NX‸Domain while mustResolve is set",
                "rcode:3", "NXDomain");
        assertNoMention(LOG, "Answer to 192.0.2.1:53000 for example.com. A (Non-Existent domain) with id 12‸34");
    }

    @Test
    void zeekRcodeIsTheHeadersFourBits() {
        // far from a #fields header the name is read from the columns' shape when the number agrees
        String row = "1737712290.1\tCzTs1\t192.0.2.10\t53012\t192.0.2.1\t53\ttcp\t4411\t0.0012\texample.com\t1\t"
                + "C_INTERNET\t252\tAXFR\t9\tNOT‸AUTH\tF\tF\tF\tF\t0\t-\t-\tF";
        assertMention(LOG, row, "rcode:9", "NOTAUTH");
        // Zeek's name table has 3842 for a TSIG BADSIG, but dns.log never holds it: 3842 is the private-use range
        assertMention(LOG, "{\"query\":\"example.com\",\"qtype_name\":\"AXFR\",\"rcode\":38‸42,"
                + "\"rcode_name\":\"BADSIG\"}", "rcode:range:3841-4095", "3842");
        assertMention(LOG, "qname=\"x.example\" rcode=38‸42", "rcode:range:3841-4095", "3842");
    }

    @Test
    void recursorFields() {
        Mention m = assertMention(LOG, "msg=\"Answer\" subsystem=\"syncres\" level=\"0\" qname=\"x.example\" "
                + "qtype=\"A\" rcode=\"‸3\" validationState=\"Indeterminate\"", "rcode:3", "3");
        assertEquals("note.numericField", m.note());
        assertMention(LOG, "x.example: Got 0 answers from ns1.example (192.0.2.1), rcode=‸3 (Non-Existent domain), "
                + "aa=1, in 12ms", "rcode:3", "3");
        assertMention(LOG, "x.example: Got 0 answers from ns1.example (192.0.2.1), rcode=3 (Non-Existent dom‸ain), "
                + "aa=1, in 12ms", "rcode:3", "Non-Existent domain");
        assertNoMention(LOG, "x.example: Got 0 answers from ns1.example (192.0.2.1), rcode=3 (Non-Existent domain), "
                + "aa=‸1, in 12ms");
        assertMention(LOG, "[9] x.example: rcode=‸3 (Non-Existent domain), aa=1, in 12ms",
                "rcode:3", "3");
        // a program's own return code is not an RCODE: a bare number needs a line that is about DNS
        assertNoMention(LOG, "2025-01-24 10:11:25 backup.sh finished rcode=‸0 elapsed=12s");
        // "query" or "dns" inside other words is no DNS: an SQL query's, a GraphQL query's, jquery's return code
        assertNoMention(LOG, "worker: SQL query failed after 3 retries, rcode=‸1");
        assertNoMention(LOG, "graphql: query GetUser resolved, rcode=‸0, took 12ms");
        assertNoMention(LOG, "{\"level\":\"error\",\"msg\":\"query timeout\",\"rcode\":‸2,\"db\":\"orders\"}");
        assertNoMention(LOG, "jquery.min.js loaded, rcode=‸3");
        assertMention(LOG, "dns query for x.example answered rcode=‸3", "rcode:3", "3");
        assertMention(LOG, "2025-01-24 10:11:25 upstream said rcode=REF‸USED for qaux.me/a", "rcode:5", "REFUSED");
    }

    // ------------------------------------------------------------------------------------------------ others

    @Test
    void knotResolver() {
        Mention m = assertMention(LOG, "[iterat][42000.01] <= rcode: NX‸DOMAIN", "rcode:3", "NXDOMAIN");
        assertEquals("kresd", m.tool());
        assertNoMention(LOG, "[dnssec] validation ‸failure: dnssec-failed.org. DNSKEY");
    }

    @Test
    void dnsmasqAndPihole() {
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply example.invalid is NX‸DOMAIN", "rcode:3", "NXDOMAIN");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply example.com is NO‸DATA-IPv6", "pseudo:nodata",
                "NODATA-IPv6");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: cached example.com is NO‸DATA", "pseudo:nodata", "NODATA");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: config doubleclick.net is NX‸DOMAIN", "rcode:3", "NXDOMAIN");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply error is SERV‸FAIL (EDE: DNSSEC bogus)", "rcode:2",
                "SERVFAIL");
        Mention ede = assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply error is SERVFAIL (EDE: DNSSEC bo‸gus)",
                "ede:6", "DNSSEC bogus");
        assertEquals("dnsmasq", ede.tool());
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: config error is REF‸USED (EDE: not authoritative)", "rcode:5",
                "REFUSED");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply error is not imple‸mented", "rcode:4",
                "not implemented");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply error is ‸9", "rcode:9", "9");
        assertMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply error is SERVFAIL (EDE: NSEC(3) mis‸sing)", "ede:12",
                "NSEC(3) missing");
        assertNoMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply example.com is 93.184.‸216.34");
        assertNoMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: query[A] golem.de from 127.0.0.‸1");
        assertNoMention(LOG, "Jan 24 10:11:25 dnsmasq[812]: reply example.com is ‸9");
    }

    @Test
    void systemdResolved() {
        assertMention(LOG, "Jan 24 10:11:25 host systemd-resolved[415]: Server returned error NX‸DOMAIN, mitigating "
                + "potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level UDP.",
                "rcode:3", "NXDOMAIN");
        assertNoMention(LOG, "Jan 24 10:11:25 host systemd-resolved[415]: Server returned error NXDOMAIN, mitigating "
                + "potential DNS violation DVE-2018-‸0001, retrying transaction with reduced feature level UDP.");
        assertNoMention(LOG, "x.example: resolve call failed: DNSSEC validation failed: no-‸signature");
    }

    @Test
    void systemdResolvedNamesNoToolAndExplainsTheDveRetry() {
        Mention m = assertMention(LOG, "Mar 05 10:00:00 host systemd-resolved[415]: Server returned error NX‸DOMAIN, "
                + "mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level "
                + "UDP.", "rcode:3", "NXDOMAIN");
        // the rule knows no tool's spelling here: the mention names none (it used to take BIND's, which spells it so)
        assertEquals(null, m.tool());
        assertEquals(ResolvedLogRule.DVE_NOTE, m.note());
        assertEquals(List.of("level", "UDP"), m.noteArgs());
        Mention plain = assertMention(LOG, "systemd-resolved[415]: Server returned error SERV‸FAIL, retrying "
                + "transaction with reduced feature level UDP.", "rcode:2", "SERVFAIL");
        assertEquals(null, plain.note());
        // its debug log: rcode=SUCCESS is its name of NOERROR
        assertMention(LOG, "systemd-resolved[186395]: Processing incoming packet of size 346 on transaction "
                + "42898 (rcode=SUC‸CESS).", "rcode:0", "SUCCESS");

        // resolvectl's errors (resolved-bus.c): not found is DnsError.NXDOMAIN, no RR of the type is NODATA
        Mention nx = assertMention(LOG, "nx.example.org: resolve call failed: 'nx.example.org' not fo‸und", "rcode:3",
                "not found");
        assertEquals(ResolvedLogRule.NOT_FOUND_NOTE, nx.note());
        assertMention(LOG, "nx.example.org: Name 'nx.example.org' not fo‸und", "rcode:3", "not found");
        Mention nodata = assertMention(LOG, "github.com: resolve call failed: 'github.com' does not have any RR of the "
                + "requested ty‸pe", "pseudo:nodata", "does not have any RR of the requested type");
        assertEquals(ResolvedLogRule.NO_RR_NOTE, nodata.note());
        assertMention(LOG, "error-name=org.freedesktop.resolve1.DnsError.NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        // other programs' "not found"
        assertNoMention(LOG, "file 'config.yaml' not fo‸und");
        assertNoMention(LOG, "2025-01-01 WARN  c.e.ReportService - Column Name 'customer_id' not fo‸und in result set");
        assertNoMention(LOG, "ERROR: Sheet Name 'Summary' not fo‸und");
        assertNoMention(LOG, "x.example: resolve call failed: 'y.example' not fo‸und");
    }

    @Test
    void windowsDebugLog() {
        String line = "2024/10/21 19:02:27 10FC PACKET  0000020D0C784CE0 UDP Snd 192.168.113.210 d1a7 R Q "
                + "[8385 A DR NXDOMAIN] PTR    (3)254(3)113(3)168(3)192(7)in-addr(4)arpa(0)";
        assertMention(LOG, line.replace("NXDOMAIN]", "NXDO‸MAIN]"), "rcode:3", "NXDOMAIN");
        Mention hex = assertMention(LOG, line.replace("[8385", "[83‸85"), "rcode:3", "8385");
        assertEquals(Mention.Role.NUMBER, hex.role());
        assertEquals("note.windowsFlags", hex.note());
        assertEquals(List.of("hex", "0x83"), hex.noteArgs());
        assertMention(LOG, "2019/08/20 11:48:27 0BE4 PACKET  000000149B80B390 UDP Rcv 8.8.8.8 ccfb R Q [05‸81   D   "
                + "REFUSED] A      (6)google(3)com(0)", "rcode:5", "0581");
        assertMention(LOG, "2019/08/20 11:48:27 0BE4 PACKET  000000149B80B390 UDP Rcv 8.8.8.8 ccfb R Q [0581   D   "
                + "REF‸USED] A      (6)google(3)com(0)", "rcode:5", "REFUSED");
        assertMention(LOG, "2019/08/20 11:48:27 0BE4 PACKET  000000149B80B390 UDP Snd 192.168.2.9 7822 R U [02‸a8      "
                + "SERVFAIL] SOA    (4)home(4)gell(3)one(0)", "rcode:2", "02a8");
        assertNoMention(LOG, line.replace("d1a7", "d1‸a7"));
        assertNoMention(LOG, line.replace("10FC", "10‸FC"));
    }

    @Test
    void tcpdump() {
        Mention m = assertMention(LOG, "12:34:56.789012 IP 127.0.0.1.53 > 127.0.0.1.37251: 25957 NX‸Domain*"
                + " 0/1/1 (101)",
                "rcode:3", "NXDomain");
        assertEquals("tcpdump", m.tool());
        assertMention(LOG, "IP 192.112.36.4.53 > 192.168.10.10.7303: 27882 Serv‸Fail 0/0/1 (28)", "rcode:2",
                "ServFail");
        assertMention(LOG, "IP 192.0.2.53.53 > 192.0.2.7.41000: 63147 Bad‸Cookie 0/0/1 (56)", "rcode:23", "BadCookie");
        assertMention(LOG, "IP 192.0.2.53.53 > 192.0.2.7.41000: 36787 Bad‸Vers- 0/0/1 (28)", "rcode:16:badvers",
                "BadVers");
        Mention nc = assertMention(LOG, "IP 192.0.2.53.53 > 192.0.2.7.41000: 36787 No‸Change 0/0/0 (12)",
                "rcode:range:12-15", "NoChange");
        assertEquals("note.tcpdumpNoChange", nc.note());
        assertMention(LOG, "IP 192.0.2.53.53 > 192.0.2.7.41000: 36787 Resp‸11 0/0/0 (12)", "rcode:11", "Resp11");
        assertMention(LOG, "IP 192.0.2.53.53 > 192.0.2.7.41000: [udp sum ok] 4242 NX‸Domain q: A? x.example. 0/1/0 "
                + "ns: example. SOA a.example. b.example. 1 2 3 4 5 (90)", "rcode:3", "NXDomain");
        assertNoMention(LOG, "12:34:56.789012 IP 127.0.0.1.53 > 127.0.0.1.37251: 25957 NXDomain*‸ 0/1/1 (101)");
        assertNoMention(LOG, "12:34:56.789012 IP 127.0.0.1.53 > 127.0.0.1.37251: 259‸57 NXDomain* 0/1/1 (101)");
        assertNoMention(LOG, "12:34:56.789012 IP 127.0.0.1.53 > 127.0.0.1.37251: 25957 NXDomain* 0/‸1/1 (101)");
        assertNoMention(LOG, "12:34:56.789012 IP 127.0.0.1.53 > 127.0.0.1.37251: 25957 NXDomain* 0/1/1 (1‸01)");
        assertNoMention(LOG, "12:34:56.789012 IP 127.0.0.1.37251 > 127.0.0.1.53: 25957+ ‸A? example.com. (29)");
    }

    @Test
    void zeekTsvWithHeader() {
        String header = "#separator \\x09\n#path\tdns\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p"
                + "\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\n";
        String data = "1737712285.123\tCx1\t10.0.0.5\t51000\t10.0.0.53\t53\tudp\t4242\t0.01\tx.example\t1\tC_INTERNET"
                + "\t1\tA\t3\tNXDOMAIN\tF\tF";
        assertMention(LOG, header + data.replace("NXDOMAIN", "NX‸DOMAIN"), "rcode:3", "NXDOMAIN");
        Mention n = assertMention(LOG, header + data.replace("\t3\t", "\t‸3\t"), "rcode:3", "3");
        assertEquals("note.numericField", n.note());
        assertMention(LOG, header + data.replace("NXDOMAIN", "unassigned-‸11").replace("\t3\t", "\t11\t"),
                "rcode:11", "unassigned-11");
        assertNoMention(LOG, header + data.replace("\t4242\t", "\t42‸42\t"));
        assertNoMention(LOG, header + data.replace("\t51000\t", "\t510‸00\t"));
        assertNoMention(LOG, header.replace("\trcode\t", "\trc‸ode\t") + data);
    }

    @Test
    void zeekTsvWithoutHeaderNeedsTheShapeAndAgreement() {
        String data = "1737712285.123\tCx1\t10.0.0.5\t51000\t10.0.0.53\t53\tudp\t4242\t0.01\tx.example\t1\tC_INTERNET"
                + "\t28\tAAAA\t3\tNXDOMAIN\tF\tF";
        assertMention(LOG, data.replace("NXDOMAIN", "NXDO‸MAIN"), "rcode:3", "NXDOMAIN");
        assertNoMention(LOG, data.replace("\t3\t", "\t‸3\t"));
        assertNoMention(LOG, data.replace("\t3\t", "\t2\t").replace("NXDOMAIN", "NXDO‸MAIN"));
    }

    @Test
    void zeekPastedWithSpacesForTabs() {
        String data = "1737712285.123  Cx1  10.0.0.5  51000  10.0.0.53  53  udp  4242  0.01  x.example  1  C_INTERNET"
                + "  1  A  0  NOERROR  F  F  T  T  0  192.0.2.7  300.000000  F";
        Mention m = assertMention(LOG, data.replace("NOERROR", "NOER‸ROR"), "rcode:0", "NOERROR");
        assertEquals("zeek", m.tool());
        assertEquals("NXRRSet", assertMention(LOG, data.replace("  0  NOERROR", "  8  NXRR‸Set"), "rcode:8",
                "NXRRSet").text());
        // the number stays a number; a name that disagrees with it is no mention; no shape, no reading
        assertNoMention(LOG, data.replace("  0  NOERROR", "  ‸0  NOERROR"));
        assertNoMention(LOG, data.replace("  0  NOERROR", "  3  NOER‸ROR"));
        assertNoMention(LOG, "C_INTERNET is the class and NOER‸ROR the code");
    }

    @Test
    void zeekJson() {
        String line = "{\"ts\":1737712285.1,\"uid\":\"Cx1\",\"query\":\"x.example\",\"qtype_name\":\"A\",\"rcode\":3,"
                + "\"rcode_name\":\"NXDOMAIN\",\"AA\":false}";
        assertMention(LOG, line.replace("\"rcode\":3", "\"rcode\":‸3"), "rcode:3", "3");
        Mention m = assertMention(LOG, line.replace("\"NXDOMAIN\"", "\"NX‸DOMAIN\""), "rcode:3", "NXDOMAIN");
        assertEquals("zeek", m.tool());
        assertMention(LOG, line.replace("\"rcode\":3", "\"rcode\":8").replace("\"NXDOMAIN\"", "\"NXRR‸Set\""),
                "rcode:8", "NXRRSet");
    }

    @Test
    void packetbeatEcs() {
        assertMention(LOG, "{\"@timestamp\":\"2025-01-24T10:11:25Z\",\"type\":\"dns\",\"dns\":{\"id\":4242,"
                + "\"response_code\":\"NX‸DOMAIN\",\"question\":{\"name\":\"x.example\"}}}", "rcode:3", "NXDOMAIN");
        assertMention(LOG, "dns.response_code: SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertMention(LOG, "{\"dns.response_code\":\"REF‸USED\",\"dns.question.name\":\"x.example\"}", "rcode:5",
                "REFUSED");
        assertMention(LOG, "dns.opt.ext_rcode: BAD‸VERS", "rcode:16:badvers", "BADVERS");
        assertMention(LOG, "{\"dns\":{\"opt\":{\"version\":\"0\",\"ext_rcode\":\"BAD‸VERS\"}}}", "rcode:16:badvers",
                "BADVERS");
        assertNoMention(LOG, "{\"http\":{\"response_code\":\"NX‸DOMAIN\"}}");
        assertNoMention(LOG, "{\"http\":{\"response\":{\"status_code\":‸200}}}");
    }

    @Test
    void dohJson() {
        Mention m = assertMention(LOG, "{\"Status\": ‸3,\"TC\":false,\"RD\":true,\"RA\":true,\"Question\":[{\"name\":"
                + "\"x.example.\",\"type\":1}]}", "rcode:3", "3");
        assertEquals("note.numericField", m.note());
        assertMention(LOG, "{\n  \"Status\": ‸2,\n  \"TC\": false,\n  \"RD\": true\n}", "rcode:2", "2");
        assertNoMention(LOG, "{\"Status\": ‸200, \"path\": \"/index.html\"}");
        assertNoMention(LOG, "{\"Status\": \"‸3\", \"TC\": false}");
    }

    @Test
    void goAndNodeClients() {
        Mention m = assertMention(LOG, "2025/01/24 10:11:25 dial tcp: lookup x.invalid on 127.0.0.53:53: no such ‸host",
                "rcode:3", "no such host");
        assertEquals("note.goNoSuchHost", m.note());
        // without " on <server>" the error is getaddrinfo's (cgo resolver) or the hosts file's: no DNS reply
        assertNoMention(LOG, "Error: lookup x.invalid: no such ‸host");
        // a structured log's own "lookup failed" before Go's error
        assertMention(LOG, "{\"msg\":\"lookup failed\",\"error\":\"lookup x.invalid on 127.0.0.11:53: no such ‸host\"}",
                "rcode:3", "no such host");
        assertMention(LOG, "E0305 11:02:40 DNS lookup failed for db: lookup db.svc on 10.96.0.10:53: no such ‸host",
                "rcode:3", "no such host");
        assertNoMention(LOG, "lookup x.example on 10.96.0.10:53: server misbe‸having");
        // nginx's resolver: "(RCODE: text)" for 1 to 5, its own timeout (110) is no RCODE
        String nginx = "2024/03/05 11:02:40 [error] 1234#0: *8 x.example could not be resolved (";
        assertMention(LOG, nginx + "‸3: Host not found), client: 192.0.2.1", "rcode:3", "3");
        assertMention(LOG, nginx + "2: Server fail‸ure), client: 192.0.2.1", "rcode:2", "Server failure");
        assertMention(LOG, nginx + "5: Operation ref‸used)", "rcode:5", "Operation refused");
        assertNoMention(LOG, nginx + "1‸10: Operation timed out), client: 192.0.2.1");
        assertMention(LOG, "Error: queryA ENOT‸FOUND example.invalid", "rcode:3", "ENOTFOUND");
        assertMention(LOG, "Error: querySrv ESERV‸FAIL _mongodb._tcp.cluster0.example", "rcode:2", "ESERVFAIL");
        assertMention(LOG, "Error: queryAaaa ENO‸DATA example.com", "pseudo:nodata", "ENODATA");
        assertMention(LOG, "Error: queryTxt EREF‸USED example.com", "rcode:5", "EREFUSED");
        assertNoMention(LOG, "Error: getaddrinfo ENOT‸FOUND example.invalid");
        assertNoMention(LOG, "Error: connect ECONN‸REFUSED 127.0.0.1:5432");
    }

    @Test
    void dnsx() {
        assertMention(LOG, "92acheter.com [NX‸DOMAIN]", "rcode:3", "NXDOMAIN");
        assertMention(LOG, "www.example.com [NO‸ERROR]", "rcode:0", "NOERROR");
        assertNoMention(LOG, "www.example.com [‸A]");
        assertNoMention(LOG, "2025-01-24 [ERR‸OR] something [NXDOMAIN] failed");
    }

    // ------------------------------------------------------------------------------------------------ near misses

    @Test
    void nearMisses() {
        assertNoMention(LOG, "connect: connection ‸refused");
        assertNoMention(LOG, "Jan 24 10:11:25 host sshd[912]: Connection ‸refused by 192.0.2.4 port 22");
        assertNoMention(LOG, "[ERROR] plugin/forward: dial tcp: i/o ‸timeout");
        assertNoMention(LOG, "error: failed to ‸read configuration file");
        assertNoMention(LOG, "client 192.0.2.1#5‸3: query: example.com IN A +E(0)K (192.0.2.53)");
        assertNoMention(LOG, "2025-01-24 GET /servfail.example.com/‸SERVFAIL-report 200");
        assertNoMention(LOG, "resolve ‸servfail.example.com");
        assertNoMention(LOG, "Server returned error SERV‸FAILURE, retrying");
        assertNoMention(LOG, "loading module NXDOMAIN_‸handler");
    }

    @Test
    void digHeaderLinesAreLeftToTheDigScanner() {
        String header = ";; ->>HEADER<<- opcode: QUERY, rcode: NXDOMAIN, id: 27222";
        List<Mention> out = new ArrayList<>();
        new LogScanner().scan(ScanHarness.context(LOG, header), 0, header, out);
        assertEquals(List.of(), out);
        String kresd = "[iterat][42000.01] <= rcode: NXDOMAIN";
        new LogScanner().scan(ScanHarness.context(LOG, kresd), 0, kresd, out);
        assertEquals(1, out.size());
    }

    @Test
    void textDialectRunsTheLogRules() {
        assertMention(Dialect.TEXT, "Jan 24 10:11:25 dnsmasq[812]: reply example.invalid is NX‸DOMAIN", "rcode:3",
                "NXDOMAIN");
    }

    @Test
    void longLinesAreCheapAndStillScannedAtTheStart() {
        String pad = "x".repeat(1_000_000);
        assertMention(LOG, "[ERROR] plugin/errors: ‸2 example.org. A: read udp: i/o timeout " + pad, "rcode:2", "2");
        assertNoMention(LOG, pad + " reply example.invalid is NX‸DOMAIN");
    }

    @Test
    void powerDnsRecursorPrimingFailure() {
        // PowerDNS/pdns#433: the root priming got SERVFAIL
        Mention m = assertMention(LOG, "Sep 15 00:38:26 omahum pdns_recursor[24019]: Failed to update . records, RCODE=‸2",
                "rcode:2", "2");
        assertEquals(Mention.Role.NUMBER, m.role());
        // on the Recursor's own output, without the syslog prefix
        assertMention(LOG, "Failed to update . records, RCODE=‸2", "rcode:2", "2");
        // an upper-case RCODE= number elsewhere needs a line about DNS
        assertNoMention(LOG, "backup job finished, RCODE=‸2");
    }
}
