package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** The log scanner's fallback: the mnemonics only DNS uses, in prose and application logs. Cursor is ‸. */
class BareMnemonicsTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;

    /**
     * Asserts the word under the cursor is read as a bare mnemonic only: a mention of {@code id}, of no tool and
     * without a note, so no producer's rule claimed it.
     */
    static Mention assertBare(Dialect d, String textWithCursor, String id, String word) {
        Mention m = assertMention(d, textWithCursor, id, word);
        assertNull(m.tool(), "a bare mnemonic names no tool: " + textWithCursor);
        assertNull(m.note(), "no note: " + textWithCursor);
        assertEquals(Mention.Role.NAME, m.role());
        return m;
    }

    @Test
    void proseAndApplicationLogs() {
        assertBare(TEXT, "Our resolver answers SERV‸FAIL for api.example.com, and NXDOMAIN for www.", "rcode:2",
                "SERVFAIL");
        assertBare(TEXT, "Our resolver answers SERVFAIL for api.example.com, and NX‸DOMAIN for www.", "rcode:3",
                "NXDOMAIN");
        assertBare(LOG, "Mar  5 10:00:00 host app[1]: lookup of foo.example returned NXDO‸MAIN", "rcode:3",
                "NXDOMAIN");
        assertBare(TEXT, "Mar  5 10:00:00 host app[1]: lookup of foo.example returned NXDO‸MAIN", "rcode:3",
                "NXDOMAIN");
        // the end of a sentence, quotes, parentheses, a key=value field, a colon
        assertBare(TEXT, "the answer was NXDO‸MAIN.", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "the answer was \"SERV‸FAIL\"", "rcode:2", "SERVFAIL");
        assertBare(TEXT, "(FORM‸ERR)", "rcode:1", "FORMERR");
        assertBare(LOG, "level=warn msg=\"lookup failed\" status=SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertBare(TEXT, "SERV‸FAIL: upstream timed out", "rcode:2", "SERVFAIL");
        // every DNS-only name, each with its own meaning
        assertBare(TEXT, "got NOT‸IMP", "rcode:4", "NOTIMP");
        assertBare(TEXT, "got NOT‸IMPL", "rcode:4", "NOTIMPL");
        assertBare(TEXT, "prerequisite failed: YX‸DOMAIN", "rcode:6", "YXDOMAIN");
        assertBare(TEXT, "prerequisite failed: YX‸RRSET", "rcode:7", "YXRRSET");
        assertBare(TEXT, "prerequisite failed: NX‸RRSET", "rcode:8", "NXRRSET");
        assertBare(TEXT, "update answered NOT‸ZONE", "rcode:10", "NOTZONE");
        assertBare(TEXT, "the session got DSO‸TYPENI", "rcode:11", "DSOTYPENI");
        assertBare(TEXT, "EDNS1 query got BAD‸VERS", "rcode:16:badvers", "BADVERS");
        assertBare(TEXT, "the TSIG error was BAD‸SIG", "rcode:16:badsig", "BADSIG");
        assertBare(TEXT, "the TSIG error was BAD‸TRUNC", "rcode:22", "BADTRUNC");
        assertBare(TEXT, "retry after BAD‸COOKIE", "rcode:23", "BADCOOKIE");
    }

    @Test
    void wordsOtherSoftwareUsesNeedALineAboutDns() {
        assertBare(TEXT, "dns check: the resolver answers NO‸ERROR with no records", "rcode:0", "NOERROR");
        assertBare(TEXT, "NO‸ERROR for www but NXDOMAIN for api", "rcode:0", "NOERROR");
        assertBare(TEXT, "www has no AAAA, so the DNS answer is NO‸DATA", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "TSIG error BAD‸KEY from the primary", "rcode:17", "BADKEY");
        assertBare(TEXT, "rcode BAD‸TIME: check the clocks", "rcode:18", "BADTIME");
        assertNoMention(TEXT, "ioctl returned NO‸ERROR");
        assertNoMention(LOG, "gdal: band 1 has NO‸DATA = -9999");
        assertNoMention(TEXT, "keyring: BAD‸KEY, retrying");
        // REFUSED is an ordinary word, even on a line about DNS
        assertNoMention(TEXT, "the DNS server REF‸USED the transfer");
        assertNoMention(LOG, "Mar  5 10:00:00 host sshd[912]: connection REF‸USED");
    }

    @Test
    void notauthAloneCannotTellItsMeaningAndSaysSo() {
        Mention m = assertMention(TEXT, "the primary answered NOT‸AUTH", "rcode:9", "NOTAUTH");
        assertNull(m.tool());
        assertEquals("note.tsigNotauth", m.note());
        // nsupdate's form: NOTAUTH with the TSIG error in parentheses
        Mention n = assertMention(TEXT, "it failed with NOT‸AUTH(BADSIG) again", "rcode:9:tsig", "NOTAUTH");
        assertNull(n.note());
        assertBare(TEXT, "it failed with NOTAUTH(BAD‸SIG) again", "rcode:16:badsig", "BADSIG");
        assertBare(TEXT, "it failed with NOTAUTH(BAD‸TIME) again", "rcode:18", "BADTIME");
        assertMention(TEXT, "it failed with NOT‸AUTH(BADTIME) again", "rcode:9:tsig", "NOTAUTH");
        // BADVERS is no TSIG error: the plain NOTAUTH, with its note
        Mention v = assertMention(TEXT, "NOT‸AUTH(BADVERS)", "rcode:9", "NOTAUTH");
        assertEquals("note.tsigNotauth", v.note());
    }

    @Test
    void identifiersPathsAndUrlsAreNoMentions() {
        assertNoMention(TEXT, "metric NXDOMAIN_‸COUNT went up");
        assertNoMention(TEXT, "metric ‸NXDOMAIN_COUNT went up");
        assertNoMention(TEXT, "SERVFAIL‸2 is a test name");
        assertNoMention(TEXT, "the counter Qry‸NXDOMAINS");
        assertNoMention(TEXT, "nx‸domain in lower case");
        assertNoMention(TEXT, "NX‸Domain in CamelCase");
        assertNoMention(TEXT, "mydns.resolver.NX‸DOMAIN is not dnspython");
        assertNoMention(TEXT, "resolve NX‸DOMAIN.example.com");
        assertNoMention(TEXT, "loading module NXDOMAIN-‸handler");
        assertNoMention(LOG, "GET /reports/NXDO‸MAIN HTTP/1.1");
        assertNoMention(LOG, "GET /api/dns?name=x&rcode=NXDO‸MAIN HTTP/1.1");
        assertNoMention(TEXT, "see https://example.com/SERV‸FAIL for details");
        assertNoMention(TEXT, "a SERV‸FAIL/timeout pair");
        assertNoMention(TEXT, "user@SERV‸FAIL");
    }

    @Test
    void fieldsWhoseKeyNamesACodeAreTheStructuredReadersOwn() {
        assertNoMention(TEXT, "{\"name\": \"x\", \"RCODE\": \"BAD‸VERS\"}");
        assertNoMention(LOG, "{\"http\":{\"response_code\":\"NX‸DOMAIN\"}}");
        assertNoMention(LOG, "flags.rcode=NXDO‸MAIN");
        assertNoMention(LOG, "ext_rcode: NO‸ERROR dns");
    }

    @Test
    void aLineAnotherScannerReadIsLeftToIt() {
        // the dig scanner names the code (BIND's spelling), also in a log, where it runs after the log scanner
        Mention m = assertMention(LOG, "** server can't find x.example: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertEquals("bind", m.tool());
        // a log rule read the line: its other words are not guessed at
        List<Mention> all = ScanHarness.mentions(LOG, "21-Jan-2025 query-errors: info: client @0x7f 127.0.0.1#61502 "
                + "(x.example): query failed (SERVFAIL) for x.example/IN/A at query.c:3880 NXDOMAIN");
        assertEquals(1, all.size(), all.toString());
        assertEquals("bind", all.get(0).tool());
        // dig-style comment lines and dig output files are the dig scanner's alone
        assertNoMention(TEXT, ";; the next record is a SERV‸FAIL test");
        assertNoMention(Dialect.DIG, "the resolver answers SERV‸FAIL");
        // a line a rule owns: a disabled RPZ policy was never applied
        assertNoMention(LOG, "rpz: info: client @0x7f 10.0.0.5#5353 (bad.example): disabled rpz QNAME NX‸DOMAIN "
                + "rewrite bad.example/A/IN via bad.example.rpz");
    }

    @Test
    void aWordCutByTheLineLimitIsNoMention() {
        // NOTIMPL across the limit: the first LIMIT chars end in NOTIMP, which is no whole word there
        String pad = "x".repeat(LogScanner.LIMIT - 7) + " ";
        String line = pad + "NOTIMPL for dns";
        assertEquals("NOTIMP", line.substring(LogScanner.LIMIT - 6, LogScanner.LIMIT));
        assertTrue(ScanHarness.mentions(TEXT, line).isEmpty());
        assertEquals(1, ScanHarness.mentions(TEXT, "x NOTIMPL for dns").size());
    }
}
