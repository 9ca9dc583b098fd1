package org.rcodels.server.scan.code;

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

class CodeScannerTest {
    private static final Dialect PY = Dialect.CODE_PYTHON;
    private static final Dialect GO = Dialect.CODE_GO;
    private static final Dialect C = Dialect.CODE_C;
    private static final Dialect JAVA = Dialect.CODE_JAVA;
    private static final Dialect JS = Dialect.CODE_JS;

    private static void tool(Mention m, String tool) {
        assertEquals(tool, m.tool(), "tool of " + m.text());
    }

    // ------------------------------------------------------------------ Python (dnspython)

    @Test
    void dnspythonRcodes() {
        Mention m = assertMention(PY, "if r.rcode() == dns.rcode.NXDO\u2038MAIN:", "rcode:3", "NXDOMAIN");
        tool(m, "dnspython");
        assertEquals(Mention.Role.NAME, m.role());
        assertMention(PY, "dns.rcode.Rcode.SERV\u2038FAIL", "rcode:2", "SERVFAIL");
        assertMention(PY, "Rcode.NOT\u2038AUTH", "rcode:9", "NOTAUTH");
        assertMention(PY, "dns.rcode.BAD\u2038VERS", "rcode:16:badvers", "BADVERS");
        assertMention(PY, "dns.rcode.to_text(16, tsig=True) == 'BAD\u2038SIG'", "rcode:16:badsig", "BADSIG");
        assertMention(PY, "rc = dns.rcode.from_text(\"SERV\u2038FAIL\")", "rcode:2", "SERVFAIL");
    }

    @Test
    void dnspythonExceptions() {
        assertMention(PY, "except dns.resolver.NXDO\u2038MAIN:", "rcode:3", "NXDOMAIN");
        tool(assertMention(PY, "except dns.resolver.NoAns\u2038wer:", "pseudo:nodata", "NoAnswer"), "dnspython");
        assertMention(PY, "from dns.resolver import NXDOMAIN, NoAn\u2038swer", "pseudo:nodata", "NoAnswer");
        assertMention(PY, "except dns.resolver.YXDO\u2038MAIN:", "rcode:6", "YXDOMAIN");
        assertNoMention(PY, "except dns.resolver.NoName\u2038servers:");
        assertNoMention(PY, "except dns.resolver.LifetimeTime\u2038out:");
    }

    @Test
    void dnspythonEdeAndOpcodes() {
        tool(assertMention(PY, "if ede.code == dns.edns.EDECode.DNSSEC_BO\u2038GUS:", "ede:6", "DNSSEC_BOGUS"),
                "dnspython");
        assertMention(PY, "EDECode.BLOC\u2038KED", "ede:15", "BLOCKED");
        assertNoMention(PY, "state = BLOC\u2038KED");
        assertNoMention(PY, "ErrorCode.BLOC\u2038KED");
        assertMention(PY, "msg = dns.message.make_query(q, 'SOA'); msg.set_opcode(dns.opcode.UP\u2038DATE)",
                "opcode:5", "UPDATE");
        assertNoMention(PY, "job.status = Status.UP\u2038DATE");
    }

    @Test
    void upperCaseNamesInCommentsAndStrings() {
        assertMention(PY, "# returns NXDO\u2038MAIN when the name is gone", "rcode:3", "NXDOMAIN");
        Mention m = assertMention(PY, "log.warning(\"got SERV\u2038FAIL from %s\", ns)", "rcode:2", "SERVFAIL");
        assertEquals("SERVFAIL", m.text());
        assertMention(PY, "# the dns server answered REF\u2038USED", "rcode:5", "REFUSED");
        assertMention(PY, "# NOTI\u2038MPL is the Unbound spelling of NOTIMP", "rcode:4", "NOTIMPL");
    }

    @Test
    void pythonNearMisses() {
        assertNoMention(PY, "NXDOMAIN_CO\u2038UNT = 0");
        assertNoMention(PY, "def my_servfail_han\u2038dler(x):");
        assertNoMention(PY, "# the server ref\u2038used the connection");
        assertNoMention(PY, "order.state = Status.REF\u2038USED");
        assertNoMention(PY, "NO\u2038DATA = -9999");
        assertNoMention(PY, "return NOER\u2038ROR");
        assertNoMention(PY, "nxdo\u2038main = True");
        assertNoMention(PY, "except socket.gaierror as e:  # ENOT\u2038FOUND in node");
        assertNoMention(PY, "x = BAD\u2038KEY");
        assertMention(PY, "dns.rcode.BAD\u2038KEY", "rcode:17", "BADKEY");
    }

    // ------------------------------------------------------------------ Go

    @Test
    void miekgIdentifiers() {
        tool(assertMention(GO, "if r.Rcode == dns.RcodeNameE\u2038rror {", "rcode:3", "RcodeNameError"), "miekg-go");
        assertMention(GO, "m.SetRcode(r, dns.RcodeServerFail\u2038ure)", "rcode:2", "RcodeServerFailure");
        assertMention(GO, "case dns.RcodeBad\u2038Sig:", "rcode:16:badsig", "RcodeBadSig");
        assertMention(GO, "case dns.RcodeBadV\u2038ers:", "rcode:16:badvers", "RcodeBadVers");
        assertMention(GO, "case dns.RcodeSucc\u2038ess:", "rcode:0", "RcodeSuccess");
        tool(assertMention(GO, "ede.InfoCode == dns.ExtendedErrorCodeDNSBo\u2038gus", "ede:6",
                "ExtendedErrorCodeDNSBogus"), "miekg-go");
        assertMention(GO, "m.Opcode = dns.OpcodeUp\u2038date", "opcode:5", "OpcodeUpdate");
        assertMention(GO, "rc := dns.StringToRcode[\"NXDO\u2038MAIN\"]", "rcode:3", "NXDOMAIN");
    }

    @Test
    void goDnsmessage() {
        tool(assertMention(GO, "if h.RCode == dnsmessage.RCodeName\u2038Error {", "rcode:3", "RCodeNameError"),
                "go-dnsmessage");
        assertMention(GO, "dnsmessage.RCodeRef\u2038used", "rcode:5", "RCodeRefused");
    }

    @Test
    void goNearMisses() {
        assertNoMention(GO, "return errors.New(\"no such \u2038host\")");
        assertNoMention(GO, "var rcodenameer\u2038ror = 3");
        assertNoMention(GO, "RcodeNameErrorCo\u2038unt++");
        assertNoMention(GO, "fmt.Println(dns.RcodeToStr\u2038ing[r.Rcode])");
        assertNoMention(GO, "ws.OpcodeUp\u2038date");
        assertNoMention(GO, "time.Sleep(3 * time.Sec\u2038ond)");
    }

    // ------------------------------------------------------------------ C

    @Test
    void nameserAndCompatMacros() {
        tool(assertMention(C, "if (ns_msg_getflag(msg, ns_f_rcode) == ns_r_nxdo\u2038main)", "rcode:3",
                "ns_r_nxdomain"), "nameser");
        assertMention(C, "case ns_r_not\u2038impl:", "rcode:4", "ns_r_notimpl");
        tool(assertMention(C, "case SERV\u2038FAIL:", "rcode:2", "SERVFAIL"), "nameser");
        assertMention(C, "if (hp->rcode == NXDO\u2038MAIN)", "rcode:3", "NXDOMAIN");
        assertMention(C, "if (hp->rcode == NOER\u2038ROR && ntohs(hp->ancount) == 0)", "rcode:0", "NOERROR");
        assertMention(C, "case NOT\u2038IMP:", "rcode:4", "NOTIMP");
    }

    @Test
    void ldnsWindowsAndCares() {
        tool(assertMention(C, "if (ldns_pkt_get_rcode(p) == LDNS_RCODE_NXDO\u2038MAIN)", "rcode:3",
                "LDNS_RCODE_NXDOMAIN"), "ldns");
        assertMention(C, "LDNS_RCODE_NOT\u2038IMPL", "rcode:4", "LDNS_RCODE_NOTIMPL");
        assertMention(C, "case LDNS_EDE_DNSSEC_BO\u2038GUS:", "ede:6", "LDNS_EDE_DNSSEC_BOGUS");
        tool(assertMention(C, "if (rc == DNS_RCODE_NAME_ER\u2038ROR)", "rcode:3", "DNS_RCODE_NAME_ERROR"), "windows");
        Mention w = assertMention(C, "if (status == DNS_ERROR_RCODE_NAME_ER\u2038ROR)", "rcode:3",
                "DNS_ERROR_RCODE_NAME_ERROR");
        assertNull(w.note());
        tool(assertMention(C, "if (status == ARES_ENOT\u2038FOUND)", "rcode:3", "ARES_ENOTFOUND"), "cares");
        assertMention(C, "case ARES_ENO\u2038DATA:", "pseudo:nodata", "ARES_ENODATA");
    }

    @Test
    void win32NumberOnTheSameLineAddsTheNote() {
        Mention w = assertMention(C, "#define DNS_ERROR_RCODE_NAME_ER\u2038ROR 9003L", "rcode:3",
                "DNS_ERROR_RCODE_NAME_ERROR");
        assertEquals("note.win32", w.note());
        assertEquals(List.of("n", "9003", "name", "NXDOMAIN"), w.noteArgs());
        Mention n = assertMention(C, "#define DNS_ERROR_RCODE_NAME_ERROR 90\u203803L", "rcode:3", "9003");
        assertEquals(Mention.Role.NUMBER, n.role());
        assertEquals("note.win32", n.note());
        assertMention(C, "case 9002: /* DNS_ERROR_RCODE_SERVER_FAILURE */ return 90\u203802;", "rcode:2", "9002");
        // a number that is not 9000 + this code, and the number alone, are not mentions
        assertNoMention(C, "#define DNS_ERROR_RCODE_NAME_ERROR 90\u203802");
        assertNoMention(C, "if (err == 90\u203803) retry();");
        assertNoMention(C, "#define DNS_ERROR_RCODE_NAME_ERROR 190\u203803");
    }

    @Test
    void cLibraryPrefixesCountInEveryLanguage() {
        tool(assertMention(PY, "if e.args[0] == pycares.errno.ARES_ENOT\u2038FOUND:", "rcode:3", "ARES_ENOTFOUND"),
                "cares");
        assertMention(GO, "if errno == windows.DNS_ERROR_RCODE_NAME_ER\u2038ROR {", "rcode:3",
                "DNS_ERROR_RCODE_NAME_ERROR");
        assertMention(PY, "ldns.LDNS_RCODE_SERV\u2038FAIL", "rcode:2", "LDNS_RCODE_SERVFAIL");
        // the underscore makes it another identifier
        assertNoMention(GO, "_DNS_ERROR_RCODE_NAME_ER\u2038ROR syscall.Errno = 9003");
    }

    @Test
    void cNearMisses() {
        assertNoMention(C, "return NOER\u2038ROR;");
        assertNoMention(C, "if (errno == ENO\u2038DATA)");
        assertNoMention(C, "case EAI_NO\u2038DATA:");
        assertNoMention(C, "stats.nxdomain_co\u2038unt++;");
        assertNoMention(C, "int NXDOMAIN_CO\u2038UNT = 0;");
        assertNoMention(C, "if (rc == ECONNREF\u2038USED)");
        assertNoMention(C, "ns_r_bogus\u2038_thing");
    }

    // ------------------------------------------------------------------ Java

    @Test
    void dnsjavaAndNetty() {
        tool(assertMention(JAVA, "if (response.getRcode() == Rcode.NXDO\u2038MAIN) {", "rcode:3", "NXDOMAIN"),
                "dnsjava");
        tool(assertMention(JAVA, "case Rcode.NOT\u2038IMPL:", "rcode:4", "NOTIMPL"), "dnsjava");
        assertMention(JAVA, "int rc = org.xbill.DNS.Rcode.SERV\u2038FAIL;", "rcode:2", "SERVFAIL");
        assertMention(JAVA, "case Rcode.BAD\u2038KEY:", "rcode:17", "BADKEY");
        assertMention(JAVA, "if (rc == Rcode.REF\u2038USED)", "rcode:5", "REFUSED");
        tool(assertMention(JAVA, "if (code == DnsResponseCode.NXDO\u2038MAIN)", "rcode:3", "NXDOMAIN"), "netty");
        // Netty's one constant for both meanings of 16; a reply's 16 is BADVERS, and the hover shows both
        tool(assertMention(JAVA, "case DnsResponseCode.BADVERS_OR_BAD\u2038SIG:", "rcode:16:badvers",
                "BADVERS_OR_BADSIG"), "netty");
        tool(assertMention(JAVA, "case DnsResponseCode.BAD\u2038TIME:", "rcode:18", "BADTIME"), "netty");
        assertNoMention(JAVA, "case SomeOtherCode.BADVERS_OR_BAD\u2038SIG:");
        // getdns, in any language
        tool(assertMention(Dialect.CODE_C, "if (rcode == GETDNS_RCODE_NXDO\u2038MAIN) {", "rcode:3", "GETDNS_RCODE_NXDOMAIN"),
                "getdns");
        // MiniDNS
        tool(assertMention(JAVA, "if (msg.responseCode == DnsMessage.RESPONSE_CODE.NX_DOM\u2038AIN)", "rcode:3",
                "NX_DOMAIN"), "minidns");
        assertMention(JAVA, "msg.getHeader().setOpcode(Opcode.UP\u2038DATE); // dnsjava", "opcode:5", "UPDATE");
        assertMention(JAVA, "new DefaultDnsQuery(id, DnsOpCode.QU\u2038ERY)", "opcode:0", "QUERY");
    }

    @Test
    void javaNearMisses() {
        assertNoMention(JAVA, "if (order.getStatus() == Status.REF\u2038USED)");
        assertNoMention(JAVA, "private static final int NXDOMAIN_CO\u2038UNT = 0;");
        assertNoMention(JAVA, "frame.opcode(Opcode.UP\u2038DATE);");
    }

    // ------------------------------------------------------------------ JavaScript (Node)

    @Test
    void nodeErrorCodes() {
        tool(assertMention(JS, "if (err.code === 'ENOT\u2038FOUND') {", "rcode:3", "ENOTFOUND"), "cares");
        // from dns.lookup() (getaddrinfo) Node's ENOTFOUND covers NODATA too: the note says so
        assertEquals(CodeScanner.NODE_ENOTFOUND,
                assertMention(JS, "if (err.code === 'ENOT\u2038FOUND') {", "rcode:3", "ENOTFOUND").note());
        assertEquals(null, assertMention(JS, "if (err.code === 'ESERV\u2038FAIL') {", "rcode:2", "ESERVFAIL").note());
        assertMention(JS, "if (err.code === \"ENO\u2038DATA\") return [];", "pseudo:nodata", "ENODATA");
        assertMention(JS, "case 'ESERV\u2038FAIL':", "rcode:2", "ESERVFAIL");
        assertMention(JS, "case 'EREF\u2038USED':", "rcode:5", "EREFUSED");
        assertMention(JS, "case `EFORM\u2038ERR`:", "rcode:1", "EFORMERR");
        tool(assertMention(JS, "if (err.code === dns.NOT\u2038FOUND)", "rcode:3", "NOTFOUND"), "cares");
        tool(assertMention(JS, "if (err.code === dns.NO\u2038DATA)", "pseudo:nodata", "NODATA"), "cares");
        assertMention(JS, "if (err.code === dns.SERV\u2038FAIL)", "rcode:2", "SERVFAIL");
        assertMention(JS, "// queryA ENOT\u2038FOUND example.invalid", "rcode:3", "ENOTFOUND");
    }

    @Test
    void nodeNearMisses() {
        assertNoMention(JS, "if (err.code === 'ECONNREF\u2038USED')");
        assertNoMention(JS, "if (err.code === 'ENOTFOUND_\u2038X')");
        assertNoMention(JS, "const NOT\u2038FOUND = 404;");
        assertNoMention(JS, "res.status(NOT\u2038FOUND)");
        assertNoMention(JS, "const e = 'enot\u2038found';");
        // c-ares words are Node's: not in Python
        assertNoMention(PY, "if e.code == 'ENOT\u2038FOUND':");
    }

    // ------------------------------------------------------------------ the DNS words of a line

    @Test
    void dnsWordsAreWordsOrIdentifierParts() {
        for (String yes : List.of("dns.rcode", "Rcode.X", "msg.Rcode", "hp->rcode", "RcodeNameError", "h.RCode",
                "getRcode()", "x_RcodeStr", "dnsResponse", "DNS_RCODE", "DnsResponseCode", "mDNSResponder",
                "TSIGVerify", "tsig_key", "dns.tsigkeyring", "// dnsjava", "dnsmessage.RCodeSuccess", "DNSSEC",
                "import aiodns", "coredns", "EDNS0", "ns_f_rcode", "rcode=5", "RCODE11")) {
            assertTrue(CodeScanner.aboutDns("a " + yes + " b", yes.length() + 4), yes);
        }
        for (String no : List.of("errorCode", "ErrorCode", "errcode", "ERRCODE", "barcode", "BarCode", "QRCode",
                "QRCODE", "charCode", "ControlErrorCode", "response.errorCode", "addNsRecord", "findNs",
                "resultsIgnored", "PartsIgnore", "kindness", "")) {
            assertFalse(CodeScanner.aboutDns("a " + no + " b", no.length() + 4), no);
        }
    }

    @Test
    void rcodeInsideOtherWordsIsNoDnsContext() {
        // real code: a volunteer app's JS, an automation test suite, a hash map in C
        assertNoMention(JS, "response.errorCode = NOER\u2038ROR;");
        assertNoMention(JS, "var response = {success: false, errorCode: -1, iStats: NOER\u2038ROR};");
        assertNoMention(PY, "assert answer.code is ControlErrorCode.REF\u2038USED");
        assertNoMention(C, "if (errcode != NOER\u2038ROR) {");
        assertNoMention(C, "return ERRCODE == NOER\u2038ROR;");
        assertNoMention(JAVA, "if (barcode.status() == Status.REF\u2038USED)");
        assertNoMention(JS, "if (e.charCode === NOER\u2038ROR) return;");
        // identifier parts still count
        assertMention(GO, "if h.RCode == dnsmessage.RCodeSuccess && want == NOER\u2038ROR {", "rcode:0", "NOERROR");
        assertMention(C, "if (x_RcodeStr(rc) == NULL) return REF\u2038USED;", "rcode:5", "REFUSED");
        assertMention(JAVA, "if (dnsResponse.code() == NOER\u2038ROR)", "rcode:0", "NOERROR");
        assertMention(C, "#define DNS_RCODE_NOER\u2038ROR 0", "rcode:0", "DNS_RCODE_NOERROR");
        assertMention(JAVA, "case Rcode.BAD\u2038KEY:", "rcode:17", "BADKEY");
    }

    // ------------------------------------------------------------------ GnuPG's BADSIG

    @Test
    void gnupgBadsigIsNoTsigError() {
        // APT methods/gpgv.cc, Python gpg --status-fd readers, an apt repository test
        assertNoMention(C, "#define GNUPGBADSIG \"[GNUPG:] BAD\u2038SIG\"");
        assertNoMention(PY,
                "rejected = {\"BAD\u2038SIG\", \"ERRSIG\", \"EXPSIG\", \"EXPKEYSIG\", \"REVKEYSIG\", \"NO_PUBKEY\",");
        assertNoMention(PY, "        \"BAD\u2038SIG\",");
        assertNoMention(PY,
                "assert \"BAD\u2038SIG\" in invalid.stderr or \"invalid\" in invalid.stderr.lower(),invalid.stderr");
        // a DNS word does not help a line that is about gpg
        assertNoMention(PY, "if status == 'BAD\u2038SIG':  # gpg says the dns zone file's signature is bad");
        assertNoMention(GO, "case \"GOODSIG\", \"VALIDSIG\": ok = true; case \"BAD\u2038SIG\": rcode = 1");
        assertFalse(CodeScanner.gpgLine("x = 1", 5));
        assertTrue(CodeScanner.gpgLine("gpgv --status-fd=1", 18));
        // TSIG's BADSIG in DNS code
        assertMention(PY, "dns.rcode.BAD\u2038SIG", "rcode:16:badsig", "BADSIG");
        assertMention(JAVA, "case Rcode.BAD\u2038SIG:", "rcode:16:badsig", "BADSIG");
        assertMention(C, "if (tsig_error == BAD\u2038SIG)", "rcode:16:badsig", "BADSIG");
        assertMention(PY, "# the TSIG check fails with BAD\u2038SIG when the key differs", "rcode:16:badsig", "BADSIG");
        // Rust: a bare BADSIG in code is hickory's variant; in a string or a comment it needs a DNS word
        assertMention(Dialect.CODE_RUST, "BAD\u2038SIG => reject(),", "rcode:16:badsig", "BADSIG");
        assertNoMention(Dialect.CODE_RUST, "\"BAD\u2038SIG\" => Status::BadSignature,");
        assertNoMention(Dialect.CODE_RUST, "Status::Bad => {} // gpg printed BAD\u2038SIG");
        assertNoMention(Dialect.CODE_RUST, "/* status line: BAD\u2038SIG */ bad += 1;");
        String closed = "let s = \"a\\\"b\"; BADSIG";
        assertFalse(CodeScanner.inRustLiteral(closed, closed.indexOf("BADSIG")));
        String open = "let s = \"a\\\"b BADSIG\";";
        assertTrue(CodeScanner.inRustLiteral(open, open.indexOf("BADSIG")));
    }

    // ------------------------------------------------------------------ Node's client-side c-ares codes

    @Test
    void nodeClientErrorsNameNothing() {
        // a native-dns tester's switch and Closure's externs for node.dns
        assertNoMention(JS, "case dns.BAD\u2038NAME     : return \"Misformatted domain name\"");
        assertNoMention(JS, "node.dns.BAD\u2038NAME = null;");
        assertNoMention(JS, "case dns.BADQ\u2038UERY    : return \"Misformatted DNS query\"");
        assertNoMention(JS, "case dns.TIME\u2038OUT     : return \"Timeout while contacting DNS servers\"");
        assertNoMention(JS, "case dns.CONNREF\u2038USED : return \"Could not contact DNS servers\"");
        // the codes that stand for a server's answer
        tool(assertMention(JS, "case dns.NO\u2038DATA      : return \"DNS server returned answer with no data\"",
                "pseudo:nodata", "NODATA"), "cares");
        assertMention(JS, "case dns.REF\u2038USED     : return \"DNS server refused query\"", "rcode:5", "REFUSED");
        assertMention(JS, "case dns.FORM\u2038ERR     : return \"DNS server claims query was misformatted\"",
                "rcode:1", "FORMERR");
        assertMention(JS, "node.dns.NOT\u2038IMP = null;", "rcode:4", "NOTIMP");
        // BADNAME in other DNS code is still the TKEY code
        assertMention(PY, "dns.rcode.BAD\u2038NAME", "rcode:20", "BADNAME");
        assertMention(JAVA, "case Rcode.BAD\u2038NAME:", "rcode:20", "BADNAME");
    }

    // ------------------------------------------------------------------ miekg/dns v2 and Windows

    @Test
    void miekgV2ExtendedErrors() {
        tool(assertMention(GO, "if ede, ok := rr.(*dns.EDE); ok && ede.InfoCode == dns.ExtendedErrorBlo\u2038cked {",
                "ede:15", "ExtendedErrorBlocked"), "miekg-go");
        assertMention(GO, "return dns.ExtendedErrorUnsupportedNSEC3Iter\u2038Value", "ede:27",
                "ExtendedErrorUnsupportedNSEC3IterValue");
        assertMention(GO, "InfoCode:  dns.ExtendedErrorDNSBo\u2038gus,", "ede:6", "ExtendedErrorDNSBogus");
        assertMention(GO, "chain.lastEDECode = dns.ExtendedErrorRRSIGsMis\u2038sing", "ede:10",
                "ExtendedErrorRRSIGsMissing");
        assertMention(GO, "dns.ExtendedErrorNegativeTrust\u2038Anchor: // 33 (RFC 7646)", "ede:33",
                "ExtendedErrorNegativeTrustAnchor");
        // v1 still reads, and the maps are no codes
        assertMention(GO, "ede.InfoCode == dns.ExtendedErrorCodeBlo\u2038cked", "ede:15", "ExtendedErrorCodeBlocked");
        assertNoMention(GO, "if s, ok := dns.ExtendedErrorToStr\u2038ing[code]; ok {");
        assertNoMention(GO, "dns.ExtendedErrorCodeToStr\u2038ing[code]");
    }

    @Test
    void windowsNoErrorAndNoRecords() {
        tool(assertMention(C,
                "case DNS_INFO_NO_REC\u2038ORDS:      /* May be returned even if the host doesn't exist */",
                "pseudo:nodata", "DNS_INFO_NO_RECORDS"), "windows");
        Mention ok = assertMention(C, "case DNS_ERROR_RCODE_NO_ER\u2038ROR:        return L\"ok\";", "rcode:0",
                "DNS_ERROR_RCODE_NO_ERROR");
        tool(ok, "windows");
        assertMention(C, "if (dnsStatus != DNS_ERROR_RCODE_NO_ERROR && dnsStatus != DNS_INFO_NO_REC\u2038ORDS)",
                "pseudo:nodata", "DNS_INFO_NO_RECORDS");
        // NO_ERROR is 0: 9000 on its line is DNS_ERROR_RESPONSE_CODES_BASE, no note and no mention
        Mention base = assertMention(C, "#define DNS_ERROR_RCODE_NO_ER\u2038ROR 0 /* 9000 is the base */", "rcode:0",
                "DNS_ERROR_RCODE_NO_ERROR");
        assertNull(base.note());
        assertNoMention(C, "#define DNS_ERROR_RCODE_NO_ERROR 0 /* 90\u203800 is the base */");
        // bindings reuse the name
        assertMention(GO, "if err == windows.DNS_INFO_NO_REC\u2038ORDS {", "pseudo:nodata", "DNS_INFO_NO_RECORDS");
        assertNoMention(C, "#define DNS_INFO_NO_RECORDS_X\u2038Y 1");
    }

    @Test
    void onlyWholeWordsAreMentioned() {
        String line = "x = NXDOMAINS + SERVFAIL2 + _NOTIMP + NOTIMP_ + dns.rcode.NXDOMAIN";
        List<Mention> all = ScanHarness.mentions(PY, line);
        assertEquals(1, all.size());
        assertEquals(line.indexOf("dns.rcode.NXDOMAIN") + "dns.rcode.".length(), all.get(0).start());
        assertEquals(line.length(), all.get(0).end());
    }

    @Test
    void dnsjavaEdeConstants() {
        Dialect java = Dialect.CODE_JAVA;
        tool(assertMention(java, "assertEde(ExtendedErrorCodeOption.DNSSEC_BO\u2038GUS, response);", "ede:6",
                "DNSSEC_BOGUS"), "dnsjava");
        assertMention(java, "    ExtendedErrorCodeOption.DNSKEY_MISS\u2038ING,", "ede:9", "DNSKEY_MISSING");
        // another class's constant of that name is not an EDE
        assertNoMention(java, "if (state == ValidationState.DNSSEC_BO\u2038GUS) {");
    }

    @Test
    void aCodeAgainstChineseTextInAComment() {
        assertMention(Dialect.CODE_PYTHON, "# 上游返回NXDO\u2038MAIN时不重试", "rcode:3", "NXDOMAIN");
    }
}
