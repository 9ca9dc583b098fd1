package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertBare(TEXT, "the TSIG error was BAD‸TRUNC", "rcode:22", "BADTRUNC");
        assertBare(TEXT, "retry after BAD‸COOKIE", "rcode:23", "BADCOOKIE");
    }

    @Test
    void aSentenceThatAlsoNamesAnEdeStillNamesItsCodes() {
        // the EDE in prose is the dig scanner's; the sentence's SERVFAIL and NXDOMAIN are still this fallback's
        String line = "the server returns **SERV‸FAIL** with **EDE 12 (NSEC Missing)** but should return **NXDOMAIN**";
        assertBare(TEXT, line, "rcode:2", "SERVFAIL");
        assertBare(TEXT, line.replace("SERV‸FAIL", "SERVFAIL").replace("**NXDOMAIN**", "**NXDO‸MAIN**"), "rcode:3",
                "NXDOMAIN");
        assertMention(TEXT, line.replace("SERV‸FAIL", "SERVFAIL").replace("EDE 12", "EDE 1‸2"), "ede:12", "12");
    }

    @Test
    void wordsOtherSoftwareUsesNeedALineAboutDns() {
        assertBare(TEXT, "dns check: the resolver answers NO‸ERROR with no records", "rcode:0", "NOERROR");
        assertBare(TEXT, "NO‸ERROR for www but NXDOMAIN for api", "rcode:0", "NOERROR");
        assertBare(TEXT, "www has no AAAA, so the DNS answer is NO‸DATA", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "TSIG error BAD‸KEY from the primary", "rcode:17", "BADKEY");
        assertBare(TEXT, "rcode BAD‸TIME: check the clocks", "rcode:18", "BADTIME");
        assertBare(TEXT, "the TSIG error was BAD‸SIG", "rcode:16:badsig", "BADSIG");
        assertBare(TEXT, "named: zone transfer failed with BAD‸SIG: check the tsig key", "rcode:16:badsig", "BADSIG");
        assertNoMention(TEXT, "ioctl returned NO‸ERROR");
        assertNoMention(LOG, "gdal: band 1 has NO‸DATA = -9999");
        assertNoMention(TEXT, "keyring: BAD‸KEY, retrying");
        // REFUSED is an ordinary word, even on a line about DNS
        assertNoMention(TEXT, "the DNS server REF‸USED the transfer");
        assertNoMention(LOG, "Mar  5 10:00:00 host sshd[912]: connection REF‸USED");
    }

    @Test
    void badsigAndNotauthAreOtherSoftwaresWordsToo() {
        // apt and gpg --status-fd: GnuPG's BADSIG, whatever the line holds besides
        assertNoMention(TEXT, "W: GPG error: http://archive.ubuntu.com/ubuntu jammy InRelease: The following "
                + "signatures were invalid: BAD‸SIG 871920D1991BC93C Ubuntu Archive Automatic Signing Key (2018) "
                + "<ftpmaster@ubuntu.com>");
        assertNoMention(LOG, "[GNUPG:] BAD‸SIG 4AA4...");
        assertNoMention(LOG, "[GNUPG:] BAD‸SIG 7638D0442B90D010 Debian Archive Automatic Signing Key");
        // a DNS software's repository does not make GnuPG's key id a TSIG error
        assertNoMention(TEXT, "W: GPG error: http://repo.powerdns.com/ubuntu jammy-dnsdist-18 InRelease: The "
                + "following signatures were invalid: BAD‸SIG 871920D1991BC93C PowerDNS Release Signing Key");
        // IBM CICS: the RESP condition NOTAUTH
        assertNoMention(TEXT, "EXEC CICS LINK PROGRAM('PAYCALC') RESP(NOT‸AUTH) RESP2(101)");
        assertNoMention(LOG, "DFHAC2206 CICSA Transaction PAY1 failed: RESP=NOT‸AUTH");
        // on a line about DNS they are the DNS codes
        assertBare(TEXT, "tsig: the secondary answered BAD‸SIG", "rcode:16:badsig", "BADSIG");
        assertMention(TEXT, "dns update of example.com answered NOT‸AUTH", "rcode:9", "NOTAUTH");
        // nsupdate's pair is DNS on its own, with no other word about DNS on the line
        assertMention(TEXT, "update failed: NOT‸AUTH(BADKEY)", "rcode:9:tsig", "NOTAUTH");
        assertBare(TEXT, "job 41 ended: NOTAUTH(BAD‸KEY)", "rcode:17", "BADKEY");
        assertMention(TEXT, "job 41 ended: NOT‸AUTH(BADTRUNC)", "rcode:9:tsig", "NOTAUTH");
        // and makes the line about DNS for the words around it
        Mention m = assertMention(TEXT, "first NOT‸AUTH, then NOTAUTH(BADSIG)", "rcode:9", "NOTAUTH");
        assertEquals("note.tsigNotauth", m.note());
        // only a TSIG error in the parentheses, only NOTAUTH before them
        assertNoMention(TEXT, "RESP(NOTAUTH) RESP2(NOT‸AUTH)");
        assertNoMention(TEXT, "NOT‸AUTH(NOERROR)");
        assertNoMention(TEXT, "NOT‸AUTH (BADSIG)");
    }

    @Test
    void notauthAloneCannotTellItsMeaningAndSaysSo() {
        Mention m = assertMention(TEXT, "the DNS primary answered NOT‸AUTH", "rcode:9", "NOTAUTH");
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
    void theValueOfAKeyThatNamesTheRcodeIsRead() {
        // no structured reader knows these forms: the key itself says the word is an RCODE
        assertBare(TEXT, "RCODE: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "Rcode: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "rcode = SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertBare(TEXT, "SELECT count(*) FROM dns WHERE rcode_name = 'NXDO‸MAIN'", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "WHERE rcode_name = 'NXDO‸MAIN'", "rcode:3", "NXDOMAIN");
        assertBare(LOG, "dns.rcode: SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertBare(LOG, "flags.rcode=NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertBare(LOG, "{\"ts\":9,\"RCODE\":\"BAD‸VERS\"}", "rcode:16:badvers", "BADVERS");
        assertBare(TEXT, "{\"name\": \"x\", \"RCODE\": \"BAD‸VERS\"}", "rcode:16:badvers", "BADVERS");
        assertBare(LOG, "{\"level\":\"warn\",\"rcodeName\":\"NO‸ERROR\"}", "rcode:0", "NOERROR");
        // NOERROR and NODATA need no other word about DNS there
        assertBare(TEXT, "RCODE: NO‸ERROR", "rcode:0", "NOERROR");
        assertBare(TEXT, "rcode=BAD‸KEY", "rcode:17", "BADKEY");
        // keys that only hold the letters: no field of a code, and no line about DNS
        assertNoMention(TEXT, "errcode=NO‸DATA");
        assertNoMention(TEXT, "QRCODE: NO‸ERROR");
        assertNoMention(TEXT, "barcode = 'NO‸DATA'");
    }

    @Test
    void theExtendedRcodeCountsOnlyAbove15() {
        // the OPT record's upper bits: NOERROR there says they are 0 (kdig's ext-rcode: NOERROR)
        assertBare(LOG, "ext_rcode=BAD‸VERS", "rcode:16:badvers", "BADVERS");
        assertBare(LOG, "dns.resp.ext_rcode: BAD‸COOKIE", "rcode:23", "BADCOOKIE");
        assertBare(LOG, "{\"ExtendedRCODE\": \"BAD‸VERS\"}", "rcode:16:badvers", "BADVERS");
        assertNoMention(LOG, "ext_rcode: NO‸ERROR dns");
        assertNoMention(LOG, "ext-rcode=NO‸ERROR rcode=3");
        assertNoMention(LOG, "extRcode: SERV‸FAIL");
        assertNoMention(LOG, "dns ext_rcode: NOT‸AUTH");
    }

    @Test
    void codesWrittenAgainstChineseOrJapaneseText() {
        // coredns/coredns#3559: no space between the code and the Chinese around it
        assertMention(TEXT, "因为很多域名是没有ipv6地址的，于是dns先返回一个NXDO‸MAIN AAAA，", "rcode:3", "NXDOMAIN");
        assertMention(TEXT, "上游返回SERV‸FAIL。", "rcode:2", "SERVFAIL");
        assertMention(TEXT, "NXDO‸MAINを返す", "rcode:3", "NXDOMAIN");
        // Latin letters still join: no code inside a longer word
        assertNoMention(TEXT, "返回XNXDO‸MAIN。");
    }

    @Test
    void digsStatusFieldAndRefusedAsAFieldsValue() {
        // quoted alone in a ticket or a guide, outside a header line
        assertMention(TEXT, "`status: NO‸ERROR` and no answer section", "rcode:0", "NOERROR");
        assertMention(TEXT, ";; status: NO‸ERROR", "rcode:0", "NOERROR");
        assertMention(TEXT, "# status: REFU‸SED = server will not recurse for you", "rcode:5", "REFUSED");
        assertMention(TEXT, "RCODE: REFU‸SED", "rcode:5", "REFUSED");
        // REFUSED in prose stays an ordinary word
        assertNoMention(TEXT, "The upstream REFU‸SED the connection.");
        assertNoMention(TEXT, "Status: REFU‸SED by the committee");
        // status: counts as dig's field only at the start of a line: elsewhere it is any program's status
        assertNoMention(TEXT, "sensor status: NO‸DATA for probe 7");
        assertNoMention(TEXT, "kafka broker connection status: REFU‸SED");
        // and ECONNREFUSED is no REFUSED
        assertNoMention(TEXT, "connect ECONN‸REFUSED 127.0.0.1:5432");
    }

    @Test
    void aYamlListUnderAnRcodeKey() {
        // the Prometheus blackbox exporter's dns module
        String blackbox = "modules:\n  dns_soa:\n    prober: dns\n    dns:\n      query_name: example.com\n"
                + "      valid_rcodes:\n        - NOERROR\n      # a comment\n        - NXDOMAIN\n";
        List<Mention> all = ScanHarness.mentions(TEXT, blackbox);
        assertEquals(2, all.size(), all.toString());
        assertEquals("rcode:0", all.get(0).entry().id());
        assertEquals(6, all.get(0).line());
        assertEquals("rcode:3", all.get(1).entry().id());
        // items at the key's own indent
        assertEquals(1, ScanHarness.mentions(TEXT, "valid_rcodes:\n- NOERROR\n").size());
        // a comment after the key
        assertEquals(1, ScanHarness.mentions(TEXT, "valid_rcodes:   # what counts as up\n  - NOERROR\n").size());
        // a list under another key: NOERROR needs a line about DNS
        assertTrue(ScanHarness.mentions(TEXT, "statuses:\n  - NOERROR\n").isEmpty());
    }

    @Test
    void aResponseCodeKeyHoldsTheDnsCodeOutsideHttp() {
        // Blocky's query log (0xERR0R/blocky#959)
        assertMention(LOG, "INFO queryLog: query resolved answer= client_ip=10.20.8.29 question_name=29.8.20.10.in-addr.arpa. "
                + "question_type=PTR response_code=NX‸DOMAIN response_reason=CACHED NEGATIVE response_type=CACHED",
                "rcode:3", "NXDOMAIN");
        assertMention(LOG, "{\"client\":\"10.0.0.5\",\"response_code\":\"SERV‸FAIL\",\"upstream\":\"https://dns.example/dns-query\"}",
                "rcode:2", "SERVFAIL");
        assertMention(LOG, "response_code: NO‸ERROR", "rcode:0", "NOERROR");
        // HTTP's response_code stays out
        assertNoMention(LOG, "{\"http\": {\"response_code\":\"NX‸DOMAIN\"}}");
        assertNoMention(LOG, "http.response_code=NX‸DOMAIN");
        // hickory's tracing fields: its CamelCase names, read by the rcode field rule
        assertMention(LOG, "2024-05-01T10:00:00Z  INFO hickory_server: query=example.invalid. response_code=NXDo‸main",
                "rcode:3", "NXDomain");
        assertMention(LOG, "INFO response_code=Serv‸Fail answers=0", "rcode:2", "ServFail");
        // ordinary words under that key are not codes: SUCCESS, refused
        assertNoMention(LOG, "{\"response_code\":\"SUC‸CESS\"}");
        assertNoMention(LOG, "job done response_code=refu‸sed");
        assertNoMention(LOG, "job done response_code=Refu‸sed");
        // an HTTP status is a number: never read there
        assertNoMention(LOG, "INFO request done response_code=5‸03 path=/dns-query");
    }

    @Test
    void kdigsEdnsObjectIsTheDigScannersOwn() {
        // "RCODE" in kdig +json's EDNS object: the whole code's name, counted by the dig-output scanner above 15 only
        assertNoMention(TEXT, "{\"ID\": 1, \"EDNS\": {\"Version\": 0, \"FLAGS\": [], \"RCODE\": \"NO‸ERROR\"}}");
        assertNoMention(TEXT, "{\"EDNS\": {\"EDE\": {\"CODE\": 18}, \"RCODE\": \"SERV‸FAIL\"}}");
        String pretty = "{\n  \"ID\": 61020,\n  \"EDNS\": {\n    \"Version\": 0,\n    \"FLAGS\": [],\n"
                + "    \"RCODE\": \"%s\",\n    \"UDPSIZE\": 1232\n  }\n}\n";
        assertNoMention(TEXT, String.format(pretty, "NO‸ERROR"));
        assertNoMention(TEXT, String.format(pretty, "NX‸DOMAIN"));
        assertNoMention(LOG, String.format(pretty, "NO‸ERROR"));
        // outside the EDNS object (closed before the key) it is an RCODE field again
        assertBare(TEXT, "{\"EDNS\": {\"Version\": 0}, \"RCODE\": \"NXDO‸MAIN\"}", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "{\n  \"EDNS\": {\n    \"Version\": 0\n  },\n  \"RCODE\": \"NXDO‸MAIN\"\n}\n", "rcode:3",
                "NXDOMAIN");
        // HTTP's response_code stays out, as before
        assertNoMention(LOG, "{\"http\":{\"response_code\":\"NX‸DOMAIN\"}}");
    }

    @Test
    void aLineAboutDnsHoldsADnsWordAsAWholeToken() {
        // letters inside longer words are no DNS word
        assertNoMention(TEXT, "Barcode scan result: NO‸DATA for pallet 4411");
        assertNoMention(LOG, "db: query failed errcode=1403 NO‸DATA (no rows)");
        assertNoMention(TEXT, "QRCODE decode returned NO‸ERROR but payload empty");
        assertNoMention(TEXT, "signature check failed: BAD‸KEY kid=rsa-2021 for dnsexport job");
        assertNoMention(TEXT, "mydnsprovider sync: NO‸DATA");
        // a DNS word as a token of its own, in any case, also inside identifiers split at _ . - and the like
        assertBare(TEXT, "dns_lookup: NO‸DATA", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "metric dns.rcode{code=\"0\"} is NO‸ERROR", "rcode:0", "NOERROR");
        assertBare(TEXT, "dnsmasq answered NO‸DATA", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "the CoreDNS pod answers NO‸DATA", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "DnsClient returned NO‸ERROR", "rcode:0", "NOERROR");
        for (String yes : List.of("dns", "DNS", "Dns", "rcode", "RCODE", "tsig", "TSIG", "ext_rcode", "dns.rcode",
                "rcode_name", "dnssec", "DNSSEC", "dnsmasq", "dnsdist", "dnstap", "dnsx", "dnspython", "coredns",
                "CoreDNS", "nxdomain", "always_nxdomain", "servfail", "dns1", "DNS64", "DnsClient", "dnsResolver",
                "DNSError", "DnsQuery_W", "RCODE11", "nameserver", "qname", "EDNS0", "nsupdate", "kdig",
                "x,dns;y", "(tsig)", "rpz")) {
            assertTrue(BareMnemonics.aboutDns("a " + yes + " b"), yes);
        }
        for (String no : List.of("barcode", "QRCODE", "errcode", "Barcode", "dnsexport", "DNSEXPORT",
                "mydnsprovider", "dnsx1y", "resolver", "query", "zone", "named", "bind", "unbound", "tsigs",
                "rcoded", "dn s", "mydns", "ddns", "")) {
            assertFalse(BareMnemonics.aboutDns("a " + no + " b"), no);
        }
    }

    @Test
    void mnemonicsJoinedBySlashesArePros() {
        assertBare(TEXT, "resolver returns NXDO‸MAIN/SERVFAIL", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "resolver returns NXDOMAIN/SERV‸FAIL", "rcode:2", "SERVFAIL");
        // two words other software uses, together, are DNS's way of writing it (DNS-FACTS E.1)
        assertBare(TEXT, "Expected NO‸ERROR/NODATA for the AAAA query", "rcode:0", "NOERROR");
        assertBare(TEXT, "Expected NOERROR/NO‸DATA for the AAAA query", "pseudo:nodata", "NODATA");
        assertBare(TEXT, "(SERVFAIL/REFUSED/NXDO‸MAIN).", "rcode:3", "NXDOMAIN");
        assertBare(TEXT, "either **NXDOMAIN/SERV‸FAIL**, or nothing", "rcode:2", "SERVFAIL");
        assertBare(TEXT, "counting NXDOMAINs/SERV‸FAILs", "rcode:2", "SERVFAIL");
        assertNoMention(TEXT, "SERVFAIL/RE‸FUSED");
        // paths and URLs stay out
        assertNoMention(TEXT, "GET /api/dns?rcode=NXDO‸MAIN");
        assertNoMention(TEXT, "see /var/log/NXDO‸MAIN-report");
        assertNoMention(TEXT, "see /srv/NXDOMAIN/SERV‸FAIL");
        assertNoMention(TEXT, "see /srv/NXDO‸MAIN/SERVFAIL");
        assertNoMention(TEXT, "see reports/NXDOMAIN/SERV‸FAIL");
        assertNoMention(TEXT, "see NXDOMAIN/SERV‸FAIL/");
        assertNoMention(TEXT, "see https://x.example/NXDOMAIN/SERV‸FAIL");
        assertNoMention(TEXT, "see NXDOMAIN/SERVFAIL/x.c‸sv");
        assertNoMention(TEXT, "see NXDOMAIN/SERV‸FAIL.csv");
        assertNoMention(TEXT, "a SERV‸FAIL/timeout pair");
    }

    @Test
    void aPluralIsAMentionOfTheMnemonic() {
        Mention m = assertBare(TEXT, "lots of NXDO‸MAINs and SERVFAILs", "rcode:3", "NXDOMAIN");
        assertEquals(8, m.end() - m.start());
        assertBare(TEXT, "lots of NXDOMAINs and SERV‸FAILs", "rcode:2", "SERVFAIL");
        assertBare(TEXT, "many dns NO‸ERRORs", "rcode:0", "NOERROR");
        assertNoMention(TEXT, "many NO‸ERRORs");
        assertNoMention(TEXT, "the counter NXDO‸MAINS");
        assertNoMention(TEXT, "the counter NXDO‸MAINss");
        assertNoMention(TEXT, "NXDO‸MAINs-report");
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
        // comment lines are read like prose: delv +vtrace, an nsupdate script; kdig's ext-rcode field only above 15
        assertMention(TEXT, ";; validating verisignlabs.com/DS: fetch_callback_dnskey: got SERV‸FAIL", "rcode:2",
                "SERVFAIL");
        assertMention(TEXT, "; NXDO‸MAIN for 192.168.4.0/24, the network of a4-1.tld2", "rcode:3", "NXDOMAIN");
        assertNoMention(TEXT, ";; ext-rcode: NO‸ERROR");
        assertMention(Dialect.DIG, ";; validating verisignlabs.com/DS: fetch_callback_dnskey: got SERV‸FAIL", "rcode:2",
                "SERVFAIL");
        // the records of dig output are the dig scanner's alone
        assertNoMention(Dialect.DIG, "status.example.\t300\tIN\tTXT\t\"SERV‸FAIL\"");
        assertNoMention(Dialect.DIG, "status.example. IN 300 TXT \"SERV‸FAIL for dns\"");
        // indented Markdown list items of such a ticket are prose too (Ubuntu's DNSSEC troubleshooting page)
        assertMention(Dialect.DIG, " * The status of the query is a generic SERV‸FAIL, and zero answers were provided.",
                "rcode:2", "SERVFAIL");
        assertMention(Dialect.DIG, "  - resolver answered NXDO‸MAIN for it", "rcode:3", "NXDOMAIN");
        // dig +yaml's own items stay its data
        assertNoMention(Dialect.DIG, "    - status: NXDO‸MAIN");
        assertNoMention(Dialect.DIG, "      - nxdomain.example. 300 IN TXT \"NXDO‸MAIN here\"");
        // but the prose and app log lines of a ticket that pastes dig output are read, as in plain text
        assertMention(Dialect.DIG, "the resolver answers SERV‸FAIL", "rcode:2", "SERVFAIL");
        assertMention(Dialect.DIG, "Result: SERV‸FAIL for every internal name since 09:00.", "rcode:2", "SERVFAIL");
        assertNoMention(Dialect.DIG, "status: NXDO‸MAIN for dns");
        assertMention(Dialect.DIG, "2024-01-01T10:00:00Z ERROR resolver: lookup api.internal failed: NX‸DOMAIN",
                "rcode:3", "NXDOMAIN");
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

    @Test
    void massdnsAndZdnsJsonStatus() {
        // massdns -o J and zdns: "status" is the RCODE's name, NOERROR included, whatever the names in the record
        assertBare(LOG, "{\"name\":\"www.example.com.\",\"type\":\"A\",\"class\":\"IN\",\"status\":\"NOER‸ROR\","
                + "\"rx_ts\":1584909553223456789,\"resolver\":\"1.1.1.1:53\"}", "rcode:0", "NOERROR");
        // a status of something else, or a record without a DNS class
        assertNoMention(LOG, "{\"job\":\"backup\",\"status\":\"NOER‸ROR\"}");
    }
}
