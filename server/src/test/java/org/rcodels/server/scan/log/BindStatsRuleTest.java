package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

/** BIND statistics: named.stats lines and statistics-channel counters. Cursor is ‸. */
class BindStatsRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;
    private static final String N = "                  16 ";

    @Test
    void nameServerCounters() {
        Mention m = assertMention(TEXT, N + "queries resulted in NX‸DOMAIN", "rcode:3", "NXDOMAIN");
        assertEquals("bind", m.tool());
        assertEquals(Mention.Role.NAME, m.role());
        assertMention(TEXT, N + "queries resulted in SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertMention(TEXT, N + "queries resulted in FORM‸ERR", "rcode:1", "FORMERR");
        assertMention(TEXT, N + "queries resulted in nx‸rrset", "pseudo:nodata", "nxrrset");
        assertMention(TEXT, N + "queries resulted in NX‸DOMAIN that were redirected", "rcode:3", "NXDOMAIN");
        assertMention(LOG, N + "sent bad‸cookie response", "rcode:23", "badcookie");
        assertMention(LOG, N + "synthesized a NX‸DOMAIN response", "rcode:3", "NXDOMAIN");
        assertMention(LOG, N + "synthesized a no-‸data response", "pseudo:nodata", "no-data");
        // the count may fill all 20 columns, and a trailing blank is allowed
        assertMention(TEXT, "12345678901234567890 queries resulted in NX‸DOMAIN ", "rcode:3", "NXDOMAIN");
    }

    @Test
    void resolverCounters() {
        assertMention(TEXT, N + "NX‸DOMAIN received", "rcode:3", "NXDOMAIN");
        assertMention(TEXT, N + "SERV‸FAIL received", "rcode:2", "SERVFAIL");
        assertMention(TEXT, N + "FORM‸ERR received", "rcode:1", "FORMERR");
        assertMention(TEXT, N + "REF‸USED received", "rcode:5", "REFUSED");
        assertMention(TEXT, N + "bad EDNS ‸version", "rcode:16:badvers", "bad EDNS version");
        assertMention(TEXT, N + "bad cookie ‸rcode", "rcode:23", "bad cookie rcode");
    }

    @Test
    void otherCountersAndLooseTextAreNoMentions() {
        assertNoMention(TEXT, N + "queries resulted in successful ‸answer");
        assertNoMention(TEXT, N + "other errors ‸received");
        // prose, not a counter: NXDOMAIN there is a bare mnemonic, of no tool
        BareMnemonicsTest.assertBare(TEXT, "the number of queries resulted in NX‸DOMAIN went up", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(TEXT, "    \"queries resulted in SERV‸FAIL\": \"qressf\",", "rcode:2",
                "SERVFAIL");
        BareMnemonicsTest.assertBare(TEXT, "23 NX‸DOMAIN received from upstream, see the ticket", "rcode:3", "NXDOMAIN");
        // not the stats rule's counter name: only the fallback's plural (no tool, no note)
        BareMnemonicsTest.assertBare(TEXT, N + "queries resulted in NX‸DOMAINs", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(TEXT, "2024 queries resulted in NX‸DOMAIN today", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(TEXT, "123456789012345678901 queries resulted in NX‸DOMAIN", "rcode:3",
                "NXDOMAIN");
    }

    @Test
    void outgoingRcodesSection() {
        String stats = "+++ Statistics Dump +++ (1709634000)\n++ Incoming Requests ++\n"
                + "                 412 QUERY\n                   1 RESERVED3\n++ Outgoing Rcodes ++\n"
                + "                 355 NOERROR\n                   2 REFUSED\n                   1 RESERVED11\n"
                + "++ Name Server Statistics ++\n                   4 REFUSED\n--- Statistics Dump --- (1709634000)\n"
                + "                   4 NXDOMAIN\n";
        assertMention(TEXT, stats.replace("355 NOERROR", "355 NO‸ERROR"), "rcode:0", "NOERROR");
        assertMention(TEXT, stats.replace("2 REFUSED", "2 REF‸USED"), "rcode:5", "REFUSED");
        assertMention(TEXT, stats.replace("1 RESERVED11", "1 RESERVED‸11"), "rcode:11", "RESERVED11");
        // opcodes are counted above it, and a lone count line elsewhere is not the section's
        assertNoMention(TEXT, stats.replace("1 RESERVED3", "1 RESERVED‸3"));
        assertNoMention(TEXT, stats.replace("4 REFUSED", "4 REF‸USED"));
        assertNoMention(TEXT, stats.replace("4 NXDOMAIN", "4 NX‸DOMAIN"));
        assertNoMention(TEXT, "                   4 NX‸DOMAIN");
    }

    @Test
    void cachedNxdomains() {
        String stats = "++ Cache DB RRsets ++\n[View: default (Cache: default)]\n                  88 A\n"
                + "                   6 !AAAA\n                  11 NXDO‸MAIN\n";
        assertMention(TEXT, stats, "rcode:3", "NXDOMAIN");
    }

    @Test
    void statisticsChannelXml() {
        String xml = "    <counters type=\"opcode\">\n      <counter name=\"RESERVED3\">0</counter>\n    </counters>\n"
                + "    <counters type=\"rcode\">\n      <counter name=\"NXDOMAIN\">16</counter>\n"
                + "      <counter name=\"17\">0</counter>\n    </counters>\n"
                + "      <counters type=\"resstats\">\n        <counter name=\"Queryv4\">190</counter>\n"
                + "        <counter name=\"SERVFAIL\">5</counter>\n      </counters>\n"
                + "<counter name=\"NXDOMAIN\">9</counter>\n";
        assertMention(TEXT, xml.replace("\"NXDOMAIN\">16", "\"NXDO‸MAIN\">16"), "rcode:3", "NXDOMAIN");
        Mention n = assertMention(TEXT, xml.replace("\"17\"", "\"1‸7\""), "rcode:17", "17");
        assertEquals(Mention.Role.NUMBER, n.role());
        assertMention(TEXT, xml.replace("\"SERVFAIL\"", "\"SERV‸FAIL\""), "rcode:2", "SERVFAIL");
        assertNoMention(TEXT, xml.replace("\"RESERVED3\"", "\"RESERVED‸3\""));
        assertNoMention(TEXT, xml.replace("\"Queryv4\"", "\"Query‸v4\""));
        assertNoMention(TEXT, xml.replace("\"NXDOMAIN\">9", "\"NXDO‸MAIN\">9"));
        // one line of XML: the group on the same line decides
        assertMention(TEXT, "<counters type=\"resstats\"><counter name=\"NXDO‸MAIN\">23</counter></counters>",
                "rcode:3", "NXDOMAIN");
        assertNoMention(TEXT, "<counters type=\"qtype\"><counter name=\"NXDO‸MAIN\">23</counter></counters>");
    }

    @Test
    void codeCounterNamesInXmlAndJson() {
        assertMention(TEXT, "<counter name=\"SynthNX‸DOMAIN\">3</counter>", "rcode:3", "SynthNXDOMAIN");
        assertMention(TEXT, "\"nsstats\":{\"SynthNO‸DATA\":1}", "pseudo:nodata", "SynthNODATA");
        assertMention(TEXT, "<counter name=\"BadEDNS‸Version\">1</counter>", "rcode:16:badvers", "BadEDNSVersion");
        assertMention(TEXT, "\"BadCookie‸Rcode\":0,", "rcode:23", "BadCookieRcode");
        assertMention(TEXT, "<counter name=\"QryNx‸rrset\">21</counter>", "pseudo:nodata", "QryNxrrset");
        assertMention(TEXT, "\"QryBAD‸COOKIE\":1", "rcode:23", "QryBADCOOKIE");
        assertNoMention(TEXT, "\"SynthNXDOMAIN‸s\":3");
        assertNoMention(TEXT, "<counter name=\"Synth‸WILDCARD\">0</counter>");
    }
}
