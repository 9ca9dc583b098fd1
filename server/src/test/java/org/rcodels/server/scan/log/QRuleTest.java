package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

/** natesales/q: the --stats line and the "returned by" line of q#158. Cursor is ‸. */
class QRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;

    @Test
    void statsLineNamesOpcodeAndRcode() {
        Mention r = assertMention(LOG, "Opcode: QUERY Status: NXDO‸MAIN ID 43575: Flags: qr rd ra (1 Q 0 A 1 N 1 E)",
                "rcode:3", "NXDOMAIN");
        assertEquals("miekg", r.tool());
        assertEquals(Mention.Role.NAME, r.role());
        Mention o = assertMention(TEXT, "Opcode: QU‸ERY Status: NXDOMAIN ID 43575: Flags: ra (1 Q 0 A 1 N 1 E)",
                "opcode:0", "QUERY");
        assertEquals(Mention.Role.NAME, o.role());
        assertMention(LOG, "Opcode: QUERY Status: SERV‸FAIL ID 2214: Flags: qr rd ra (1 Q 0 A 0 N 1 E)", "rcode:2",
                "SERVFAIL");
        assertMention(LOG, "Opcode: UPDATE Status: NOT‸AUTH ID 9: Flags: qr (1 Q 0 A 0 N 0 E)", "rcode:9", "NOTAUTH");
        assertMention(LOG, "Opcode: UP‸DATE Status: NOTAUTH ID 9: Flags: qr (1 Q 0 A 0 N 0 E)", "opcode:5", "UPDATE");
    }

    @Test
    void badsigFromMiekgIsBadvers() {
        Mention m = assertMention(LOG, "Opcode: QUERY Status: BAD‸SIG ID 101: Flags: qr rd (1 Q 0 A 0 N 1 E)",
                "rcode:16:badvers", "BADSIG");
        assertEquals(LogMentions.MIEKG_BADSIG, m.note());
    }

    @Test
    void statsNearMisses() {
        // miekg has no name for the value: q prints nothing there
        assertNoMention(LOG, "Opcode: QU‸ERY Status:  ID 7781: Flags: qr rd (1 Q 0 A 0 N 0 E)");
        assertNoMention(LOG, "Opcode: QUERY Status: NOERROR ID 1‸7017: Flags: qr rd ra (1 Q 1 A 0 N 1 E)");
        assertNoMention(LOG, "Received 56 B from 1.1.1.1:53 in 11.2ms (14:02:11 03-‸05-2024 UTC)");
        // not q's: NXDOMAIN there is a bare mnemonic, of no tool
        BareMnemonicsTest.assertBare(LOG, "Status: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(LOG, "HTTP Opcode: GET Status: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
    }

    @Test
    void returnedByLine() {
        Mention m = assertMention(LOG, "nothere.example.com NXDO‸MAIN returned by com. by authority of "
                + "a.gtld-servers.net.", "rcode:3", "NXDOMAIN");
        assertEquals("miekg", m.tool());
        assertMention(TEXT, "x.example SERV‸FAIL returned by example. by authority of ns1.example.", "rcode:2",
                "SERVFAIL");
        // not q's: NXDOMAIN there is a bare mnemonic, of no tool
        BareMnemonicsTest.assertBare(LOG, "The parcel NXDO‸MAIN returned by courier", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(LOG, "NXDO‸MAIN returned by com. by authority of a.gtld-servers.net.", "rcode:3", "NXDOMAIN");
        assertNoMention(LOG, "nothere.example.com NXDOMAIN returned by co‸m. by authority of a.gtld-servers.net.");
    }
}
