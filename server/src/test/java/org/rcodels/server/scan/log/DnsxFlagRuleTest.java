package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

/** dnsx's -rcode flag on a command line (its output lines are in LogScannerTest). Cursor is ‸. */
class DnsxFlagRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;

    @Test
    void namesInAnyCase() {
        Mention m = assertMention(TEXT, "dnsx -l hosts.txt -rcode NOERROR,NX‸DOMAIN,SERVFAIL,REFUSED", "rcode:3",
                "NXDOMAIN");
        assertEquals("miekg", m.tool());
        assertMention(TEXT, "dnsx -l hosts.txt -rcode NOERROR,NXDOMAIN,SERVFAIL,REF‸USED", "rcode:5", "REFUSED");
        assertMention(LOG, "dnsx -l hosts.txt -rcode noerror,serv‸fail,refused", "rcode:2", "servfail");
        assertMention(LOG, "dnsx -l hosts.txt -rcode not‸imp", "rcode:4", "notimp");
        assertMention(LOG, "dnsx -l hosts.txt -rcode bad‸cookie", "rcode:23", "badcookie");
        Mention b = assertMention(LOG, "dnsx -l hosts.txt -rcode bad‸sig", "rcode:16:badvers", "badsig");
        assertEquals(LogMentions.MIEKG_BADSIG, b.note());
    }

    @Test
    void numbers() {
        Mention m = assertMention(TEXT, "cat subs.txt | dnsx -rcode 0,1,‸2 -o out.txt", "rcode:2", "2");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertMention(TEXT, "cat subs.txt | dnsx -rcode ‸0,1,2 -o out.txt", "rcode:0", "0");
        assertMention(TEXT, "dnsx -rcode 1‸6", "rcode:16:badvers", "16");
    }

    @Test
    void flagForms() {
        assertMention(TEXT, "dnsx -l hosts.txt -rc serv‸fail -resp", "rcode:2", "servfail");
        assertMention(TEXT, "dnsx -l hosts.txt --rcode=nx‸domain", "rcode:3", "nxdomain");
        assertMention(TEXT, "dnsx -l hosts.txt -rcode=nx‸domain", "rcode:3", "nxdomain");
        assertMention(TEXT, "dnsx -l hosts.txt -rcode \"noerror,nx‸domain\"", "rcode:3", "nxdomain");
        assertMention(TEXT, "  -rcode nx‸domain \\", "rcode:3", "nxdomain");
    }

    @Test
    void valuesDnsxRefusesAndOtherFlagsAreNoMentions() {
        // one item dnsx does not know and it refuses the flag
        assertNoMention(TEXT, "dnsx -l hosts.txt -rcode noerror,no‸data");
        assertNoMention(TEXT, "dnsx -l hosts.txt -rcode no‸error;servfail");
        assertNoMention(TEXT, "dnsx -l hosts.txt -rcode NOT‸IMPL");
        assertNoMention(TEXT, "dnsx -l hosts.txt -rcode 3‸x");
        // -rc alone belongs to many tools
        assertNoMention(TEXT, "./build.sh -rc ‸3");
        assertNoMention(TEXT, "rsync -rc ‸3 src/ dst/");
        assertNoMention(TEXT, "dnsx -l hosts.txt -rcodes ‸3");
        assertNoMention(TEXT, "dnsx -l hosts.txt x-rcode ‸3");
        assertNoMention(TEXT, "dnsx -l hosts.txt -r‸c");
    }
}
