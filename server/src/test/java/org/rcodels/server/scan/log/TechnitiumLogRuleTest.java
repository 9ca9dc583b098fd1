package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

/** Technitium DNS Server: query log, "RCODE / EDE" pairs, DNS Client JSON. Cursor is ‸. */
class TechnitiumLogRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;
    private static final String Q = "[2024-03-05 10:31:48 Local] [192.168.1.20:62955] [UDP] QNAME: x.example; QTYPE: A; "
            + "QCLASS: IN; ";

    @Test
    void queryLogNamesTheRcodeWithTheEnumName() {
        Mention m = assertMention(LOG, Q + "RCODE: NxDo‸main; ANSWER: []", "rcode:3", "NxDomain");
        assertEquals("technitium", m.tool());
        assertEquals(Mention.Role.NAME, m.role());
        assertNull(m.note());
        assertMention(LOG, Q + "RCODE: Server‸Failure; ANSWER: []", "rcode:2", "ServerFailure");
        assertMention(LOG, Q + "RCODE: No‸Error; ANSWER: [192.0.2.1]", "rcode:0", "NoError");
        assertMention(TEXT, Q + "RCODE: Ref‸used; ANSWER: []", "rcode:5", "Refused");
        assertMention(LOG, Q + "RCODE: Not‸Implemented; ANSWER: []", "rcode:4", "NotImplemented");
        assertMention(LOG, Q + "RCODE: Not‸Authorized; ANSWER: []", "rcode:9", "NotAuthorized");
        assertMention(LOG, Q + "RCODE: Name‸Error; ANSWER: []", "rcode:3", "NameError");
        assertMention(LOG, Q + "RCODE: BAD‸COOKIE; ANSWER: []", "rcode:23", "BADCOOKIE");
    }

    @Test
    void notAuthAsLaterVersionsPrintIt() {
        // TechnitiumSoftware/DnsServer#754: the query log, and the TSIG failure where 9 is Not Authorized
        Mention q = assertMention(LOG, "[2023-10-06 14:01:48 UTC] [10.171.120.201:53167] [UDP] QNAME: example.com; "
                + "QTYPE: SOA; QCLASS: IN; RCODE: Not‸Auth; ANSWER: []", "rcode:9", "NotAuth");
        assertEquals("technitium", q.tool());
        assertMention(LOG, "DNS Server received a request that failed TSIG signature verification (RCODE: Not‸Auth; "
                + "TSIG Error: BADKEY)", "rcode:9:tsig", "NotAuth");
        Mention key = assertMention(LOG, "DNS Server received a request that failed TSIG signature verification (RCODE: "
                + "NotAuth; TSIG Error: BAD‸KEY)", "rcode:17", "BADKEY");
        assertEquals("technitium", key.tool());
        assertMention(LOG, "DNS Server received a request that failed TSIG signature verification (RCODE: NotAuth; "
                + "TSIG Error: BAD‸SIG)", "rcode:16:badsig", "BADSIG");
    }

    @Test
    void aValueWithoutANameIsItsNumber() {
        Mention m = assertMention(LOG, Q + "RCODE: 1‸1; ANSWER: []", "rcode:11", "11");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertEquals(LogMentions.NUMERIC_FIELD, m.note());
    }

    @Test
    void technitiumsBadsigIsTheExtendedBadvers() {
        Mention m = assertMention(LOG, Q + "RCODE: BAD‸SIG; ANSWER: []", "rcode:16:badvers", "BADSIG");
        assertEquals("note.optContext", m.note());
        assertEquals(List.of("n", "16", "name", "BADVERS"), m.noteArgs());
    }

    @Test
    void otherQueryLogTextIsNoMention() {
        assertNoMention(LOG, Q + "NO RESPONSE ‸FROM SERVER!");
        assertNoMention(LOG, Q + "RCODE: Unkno‸wn; ANSWER: []");
        // the query log's RCODE field always follows the question
        assertNoMention(LOG, "[2024-03-05 10:31:55 Local] Upstream answered; RCODE: Server‸Failure; retrying");
        assertNoMention(LOG, Q + "RCODE: ServerFailure; ANS‸WER: []");
        assertNoMention(LOG, "[2024-03-05 10:31:48 Local] [192.168.1.20:62955] [U‸DP] QNAME: x.example; QTYPE: A; "
                + "QCLASS: IN; RCODE: NxDomain; ANSWER: []");
    }

    @Test
    void rcodeAndEdePair() {
        Mention r = assertMention(LOG, "broken.example A SERV‸FAIL / NoReachableAuthority", "rcode:2", "SERVFAIL");
        assertEquals("technitium", r.tool());
        Mention e = assertMention(LOG, "broken.example A SERVFAIL / NoReachable‸Authority", "ede:22",
                "NoReachableAuthority");
        assertEquals(Mention.Role.NAME, e.role());
        assertEquals("technitium", e.tool());
        assertMention(TEXT, "NXDOMAIN / Bloc‸ked", "ede:15", "Blocked");
        assertMention(LOG, "SERVFAIL / Dnssec‸Bogus", "ede:6", "DnssecBogus");
        assertMention(LOG, "SERVFAIL / Stale‸NxDomainAnswer", "ede:19", "StaleNxDomainAnswer");
        assertMention(LOG, "Server‸Failure / NetworkError", "rcode:2", "ServerFailure");
        assertMention(LOG, "REFUSED / Prohib‸ited (client not allowed)", "ede:18", "Prohibited");
    }

    @Test
    void slashesBetweenOtherWordsAreNoMentions() {
        // not Technitium's pair: the RCODE names there are bare mnemonics, of no tool
        BareMnemonicsTest.assertBare(LOG, "SERV‸FAIL / timeout", "rcode:2", "SERVFAIL");
        assertNoMention(LOG, "SERVFAIL / time‸out");
        BareMnemonicsTest.assertBare(LOG, "NXDOMAIN / NO‸DATA", "pseudo:nodata", "NODATA");
        BareMnemonicsTest.assertBare(LOG, "NX‸DOMAIN / NODATA", "rcode:3", "NXDOMAIN");
        assertNoMention(LOG, "read / Wri‸te access");
        assertNoMention(LOG, "Blocked / Allo‸wed lists were updated");
        assertNoMention(LOG, "Bloc‸ked / Allowed lists were updated");
        // an EDE name needs an RCODE on its left, and must be the whole word
        assertNoMention(LOG, "input / Bloc‸ked");
        assertNoMention(LOG, "SERVFAIL / Block‸edList");
        assertNoMention(LOG, "SERVFAIL / Bloc‸ked-list");
        assertNoMention(LOG, "x-SERVFAIL / Bloc‸ked");
    }

    @Test
    void dnsClientJson() {
        assertMention(TEXT, "  \"RCODE\": \"Server‸Failure\",", "rcode:2", "ServerFailure");
        assertMention(TEXT, "          \"InfoCode\": \"No‸ReachableAuthority\",", "ede:22", "NoReachableAuthority");
        assertMention(LOG, "          \"InfoCode\": \"Oth‸er\",", "ede:0", "Other");
        Mention n = assertMention(LOG, "{\"InfoCode\": 4‸0, \"ExtraText\": \"x\"}", "ede:range:36-49151", "40");
        assertEquals("note.edeNumber", n.note());
        assertMention(LOG, "\"ExtraText\": \"ns1 (192.0.2.1) returned RCODE=Server‸Failure for x.example. A IN\"",
                "rcode:2", "ServerFailure");
        // the extended RCODE repeats the whole code: a mention only where the OPT record adds to it
        assertNoMention(TEXT, "    \"ExtendedRCODE\": \"Server‸Failure\",");
        assertMention(TEXT, "    \"ExtendedRCODE\": \"BAD‸COOKIE\",", "rcode:23", "BADCOOKIE");
    }

    @Test
    void jsonNearMisses() {
        assertNoMention(TEXT, "  \"OPCODE\": \"Standard‸Query\",");
        assertNoMention(TEXT, "  \"Code\": \"EXTENDED_DNS‸_ERROR\",");
        assertNoMention(TEXT, "  \"RCODE\": \"Serv‸Fail\",");
        assertNoMention(TEXT, "  \"InfoCode\": \"Blocked‸List\",");
        assertNoMention(TEXT, "ExtendedRCODE=Server‸Failure");
    }

    @Test
    void theRulesNamesAreTheCatalogsTechnitiumSpellings() {
        // the rule's tables and spellings.json must not drift apart: hovers say how Technitium spells a code
        org.rcodels.catalog.Tool tool = org.rcodels.catalog.Catalog.standard().tool(TechnitiumLogRule.TOOL)
                .orElseThrow();
        java.util.Map<String, String> spelled = new java.util.HashMap<>();
        tool.names().forEach((id, names) -> names.forEach(n -> spelled.put(n, id)));
        TechnitiumLogRule.RCODES.forEach((name, v) -> {
            String id = spelled.get(name);
            assertEquals(v, id == null ? null : org.rcodels.catalog.Catalog.standard().byId(id).orElseThrow().value(),
                    name);
        });
        TechnitiumLogRule.EDES.forEach((name, v) -> assertEquals("ede:" + v, spelled.get(name), name));
        assertEquals(TechnitiumLogRule.EDES.size(), tool.names().keySet().stream().filter(k -> k.startsWith("ede:"))
                .count());
    }
}
