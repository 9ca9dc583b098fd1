package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** CoreDNS's log plugin line inside a JSON string, as Docker's json-file log driver stores it. Cursor is ‸. */
class CorednsLogRuleTest {
    private static final Dialect LOG = Dialect.LOG;

    @Test
    void aLogPluginLineInDockersJsonFileLog() {
        Mention m = assertMention(LOG, "{\"log\":\"[INFO] 10.244.0.5:41234 - 29010 \\\"A IN x.cluster.local. udp 50 false "
                + "512\\\" NO‸ERROR qr,aa,rd 143 0.0001s\\n\",\"stream\":\"stdout\",\"time\":\"2026-01-01T00:00:00Z\"}",
                "rcode:0", "NOERROR");
        assertEquals("coredns", m.tool());
        assertMention(LOG, "{\"log\":\"[INFO] [::1]:50759 - 29008 \\\"AAAA IN api.default.svc.cluster.local. tcp 58 true "
                + "1232\\\" NXDO‸MAIN qr,aa,rd 151 0.000123s\\n\",\"stream\":\"stdout\"}", "rcode:3", "NXDOMAIN");
        // miekg's names as in the plain line: 16 is BADSIG, read as BADVERS; unknown values RCODE<n>
        assertMention(LOG, "{\"log\":\"[INFO] 10.0.0.1:5353 - 7 \\\"A IN x.example. udp 52 true 1232\\\" BAD‸SIG qr,rd 40 "
                + "0.0012s\\n\"}", "rcode:16:badvers", "BADSIG");
        // the number is not the code
        assertNoMention(LOG, "{\"log\":\"[INFO] 10.244.0.5:41234 - 2901‸0 \\\"A IN x.cluster.local. udp 50 false 512\\\" "
                + "NOERROR qr,aa,rd 143 0.0001s\\n\"}");
        // one mention, the rule's: the fallback does not read the line again
        List<Mention> all = ScanHarness.mentions(LOG, "{\"log\":\"[INFO] 10.244.0.5:41234 - 29010 \\\"A IN x. udp 50 "
                + "false 512\\\" SERVFAIL qr,aa,rd 143 0.0001s\\n\",\"stream\":\"stdout\"}");
        assertEquals(1, all.size(), all.toString());
        assertEquals("coredns", all.get(0).tool());
    }

    @Test
    void theQuotesMustMatch() {
        // an escaped closing quote needs an escaped opening one
        assertTrue(ScanHarness.mentions(LOG, "[INFO] 10.244.0.5:41234 - 29010 \"A IN x. udp 50 false 512\\\" NOERROR "
                + "qr,aa,rd 143 0.0001s").isEmpty());
        // two backslashes are no escaped quote of one JSON string
        assertTrue(ScanHarness.mentions(LOG, "{\"log\":\"[INFO] 10.244.0.5:41234 - 29010 \\\\\"A IN x. udp 50 false "
                + "512\\\\\" NOERROR qr,aa,rd 143 0.0001s\"}").isEmpty());
        // the plain line as before
        assertMention(LOG, "[INFO] [::1]:50759 - 29008 \"A IN example.org. udp 41 false 4096\" NO‸ERROR qr,rd,ra,ad 68 "
                + "0.037990251s", "rcode:0", "NOERROR");
    }

    @Test
    void noReplyWrittenShowsDashFlagsAndSizeZero() {
        // microk8s: the log plugin saw no reply (replacer: no flags, rsize 0); the NOERROR is its default
        Mention m = assertMention(LOG, "[INFO] 10.1.107.105:47549 - 5288 \"AAAA IN www.google.com. udp 36 false 512\" "
                + "NO‸ERROR - 0 0.000256103s", "rcode:0", "NOERROR");
        assertEquals("coredns", m.tool());
        assertEquals(CorednsLogRule.NO_REPLY_NOTE, m.note());
        // a reply with flags keeps the plain reading
        Mention plain = assertMention(LOG, "[INFO] [::1]:50759 - 29008 \"A IN example.org. udp 41 false 4096\" NO‸ERROR "
                + "qr,rd,ra 68 0.037990251s", "rcode:0", "NOERROR");
        assertEquals(null, plain.note());
        // another code with the dash is read, without the note
        Mention refused = assertMention(LOG, "[INFO] 10.1.107.105:47549 - 5288 \"A IN x.example. udp 36 false 512\" "
                + "REFU‸SED - 0 0.0001s", "rcode:5", "REFUSED");
        assertEquals("coredns", refused.tool());
        assertEquals(null, refused.note());
    }
}
