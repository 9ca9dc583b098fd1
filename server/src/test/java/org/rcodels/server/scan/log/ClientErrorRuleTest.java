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

/** Resolver errors of client libraries and operating systems in application logs. Cursor is ‸. */
class ClientErrorRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final String PY = "2025-01-24 10:11:22,310 ERROR worker.mx ";

    // ------------------------------------------------------------------------------------------------ dnspython

    @Test
    void dnspythonExceptionClassesNameTheirCode() {
        Mention m = assertMention(LOG, "dns.resolver.NX‸DOMAIN: The DNS query name does not exist: nothere.invalid.",
                "rcode:3", "NXDOMAIN");
        assertEquals("dnspython", m.tool());
        assertEquals(Mention.Role.NAME, m.role());
        m = assertMention(LOG, PY + "dns.resolver.No‸Answer: The DNS response does not contain an answer to the "
                + "question: mail.example.com. IN AAAA", "pseudo:nodata", "NoAnswer");
        assertEquals("dnspython", m.tool());
        // a query's YXDOMAIN: the DNAME case, with a note (the entry's own text starts with dynamic update)
        m = assertMention(LOG, PY + "dns.resolver.YX‸DOMAIN: The DNS query name is too long after DNAME substitution.",
                "rcode:6", "YXDOMAIN");
        assertEquals("note.dnspythonYxdomain", m.note());
        assertEquals("note.dnspythonYxdomain", assertMention(LOG, "dns.resolver.NoNameservers: All nameservers failed "
                + "to answer the query x.example. IN A: Server Do53:192.0.2.1@53 answered YX‸DOMAIN", "rcode:6",
                "YXDOMAIN").note());
        assertNull(assertMention(LOG, "dns.resolver.NX‸DOMAIN: The DNS query name does not exist: x.", "rcode:3",
                "NXDOMAIN").note());
        assertMention(LOG, PY + "raised <class 'dns.resolver.NX‸DOMAIN'>", "rcode:3", "NXDOMAIN");
    }

    @Test
    void theClassNameIsTheMentionNotItsMessageToo() {
        List<Mention> all = ScanHarness.mentions(LOG,
                "dns.resolver.NXDOMAIN: The DNS query name does not exist: nothere.invalid.");
        assertEquals(1, all.size(), all.toString());
        assertEquals("NXDOMAIN", all.get(0).text());
    }

    @Test
    void otherDnspythonClassesAndPlainWordsAreNotCodes() {
        assertNoMention(LOG, PY + "dns.resolver.NoName‸servers: All nameservers failed to answer the query x.");
        assertNoMention(LOG, PY + "dns.resolver.Lifetime‸Timeout: The resolution lifetime expired after 5.104 seconds");
        assertNoMention(LOG, PY + "dns.resolver.Re‸solver() created");
        assertNoMention(LOG, PY + "retry policy: No‸Answer handling enabled");
        assertNoMention(LOG, PY + "mydns.resolver.NX‸DOMAIN is not dnspython");
        assertNoMention(LOG, PY + "dns.resolver.nx‸domain");
    }

    @Test
    void dnspythonMessagesWithoutTheirClass() {
        Mention m = assertMention(LOG, PY + "lookup failed: The DNS query name does ‸not exist: typo.invalid.",
                "rcode:3", "The DNS query name does not exist");
        assertEquals("dnspython", m.tool());
        assertMention(LOG, PY + "search failed: None of DNS query ‸names exist: intranet.corp.example., intranet.",
                "rcode:3", "None of DNS query names exist");
        assertMention(LOG, PY + "skip: The DNS response does not contain an ‸answer to the question: x. IN A",
                "pseudo:nodata", "The DNS response does not contain an answer to the question");
        // prose without the exception's colon is not the exception
        assertNoMention(LOG, PY + "The DNS query name does ‸not exist in our inventory");
    }

    @Test
    void whatEachServerAnsweredInNoNameservers() {
        String line = PY + "dns.resolver.NoNameservers: All nameservers failed to answer the query broken.example. "
                + "IN A: Server Do53:1.1.1.1@53 answered SERV‸FAIL; Server Do53:8.8.8.8@53 answered REFUSED";
        Mention m = assertMention(LOG, line, "rcode:2", "SERVFAIL");
        assertEquals("dnspython", m.tool());
        assertMention(LOG, line.replace("SERV‸FAIL", "SERVFAIL").replace("answered REFUSED", "answered REF‸USED"),
                "rcode:5", "REFUSED");
        // dnspython before 2.6
        assertMention(LOG, PY + "All nameservers failed to answer the query lame.example. IN MX: Server 192.0.2.53 "
                + "UDP port 53 answered SERV‸FAIL", "rcode:2", "SERVFAIL");
        // 16 outside TSIG: dns.rcode.to_text(16) is BADVERS
        assertMention(LOG, PY + "All nameservers failed to answer the query x. IN A: Server Do53:192.0.2.1@53 "
                + "answered BAD‸VERS", "rcode:16:badvers", "BADVERS");
        assertMention(LOG, PY + "dns.resolver.LifetimeTimeout: The resolution lifetime expired after 5.104 seconds: "
                + "Server Do53:10.0.0.3@53 answered NOT‸IMP", "rcode:4", "NOTIMP");
    }

    @Test
    void anExceptionTextAfterAnsweredIsNoCode() {
        assertNoMention(LOG, PY + "All nameservers failed to answer the query x. IN A: Server Do53:10.0.0.2@53 "
                + "answered [Errno 111] Connection ref‸used");
        assertNoMention(LOG, PY + "The resolution lifetime expired after 5.104 seconds: Server Do53:10.0.0.2@53 "
                + "answered The DNS operation ‸timed out.");
        // without the dnspython message, "answered" is ordinary prose: SERVFAIL there is a bare mnemonic, of no tool
        BareMnemonicsTest.assertBare(LOG, PY + "test fixture: Server ns1 answered SERV‸FAIL", "rcode:2", "SERVFAIL");
    }

    // ------------------------------------------------------------------------------------------------ Go

    @Test
    void goResolverErrors() {
        Mention m = assertMention(LOG, "2025/01/24 10:11:26 dial tcp: lookup gone.invalid on 127.0.0.53:53: no such "
                + "‸host", "rcode:3", "no such host");
        assertEquals("note.goNoSuchHost", m.note());
        // the catalog spells it for FORMERR, SERVFAIL, NOTIMP and REFUSED: no single code
        assertNoMention(LOG, "2025/01/24 10:11:26 dial tcp: lookup broken.example on 127.0.0.53:53: server "
                + "misbe‸having");
    }

    @Test
    void goNoSuchHostNeedsTheServerThatAnswered() {
        // the pure-Go resolver names the server whose reply said NXDOMAIN (or NODATA)
        assertMention(LOG, "Error from server: error dialing backend: dial tcp: lookup k8s-node2.novalocal on "
                + "8.8.8.8:53: no such ‸host", "rcode:3", "no such host");
        assertMention(LOG, "dial tcp: lookup registry-1.docker.io on [::1]:53: no such ‸host", "rcode:3",
                "no such host");
        // getaddrinfo (the cgo resolver, macOS by default) or the hosts file: no DNS reply read by Go
        assertNoMention(LOG, "dial tcp: lookup kubernetes.default.svc.cluster.local: no such ‸host");
        assertNoMention(LOG, "{\"msg\":\"lookup failed\",\"error\":\"lookup api.internal: no such ‸host\"}");
        assertNoMention(LOG, "dial tcp: lookup gcr.io: Temporary failure in name ‸resolution");
        // server misbehaving stays as it was: the catalog spells it for several RCODEs, so no single code
        assertNoMention(LOG, "lookup db.svc on 10.96.0.10:53: server misbe‸having");
        assertNoMention(LOG, "lookup db.svc: server misbe‸having");
    }

    // ------------------------------------------------------------------------------------------------ Node

    @Test
    void nodeQueryErrorsAreReplies() {
        Mention m = assertMention(LOG, "Error: querySrv ENOT‸FOUND _mongodb._tcp.cluster0.example.net", "rcode:3",
                "ENOTFOUND");
        assertEquals("cares", m.tool());
        assertMention(LOG, "Error: queryTxt ENO‸DATA example.com", "pseudo:nodata", "ENODATA");
        assertMention(LOG, "Error: queryAaaa ENOT‸IMP example.com", "rcode:4", "ENOTIMP");
    }

    @Test
    void nodeReverseLookupErrorsNameNoCode() {
        // ares_gethostbyaddr ends every failed reverse lookup with ARES_ENOTFOUND (NXDOMAIN, SERVFAIL, REFUSED and
        // timeouts alike) and answers an unknown address family with ARES_ENOTIMP
        assertNoMention(LOG, "Error: getHostByAddr ENOT‸FOUND 8.8.8.8");
        assertNoMention(LOG, "error:`{ Error: getHostByAddr ENOT‸FOUND 8.8.8.8");
        assertNoMention(LOG, "[CRIT] [-] [core] Error: getHostByAddr ENOT‸IMP");
        assertNoMention(LOG, "  syscall: 'getHostByAddr', code: 'ENOT‸FOUND'");
        assertFalse(new ClientErrorRule().accepts("Error: getHostByAddr ENOTFOUND 5.150.98.53"));
    }

    // ------------------------------------------------------------------------------------------------ Windows

    @Test
    void powershellResolveDnsName() {
        Mention m = assertMention(LOG, "Resolve-DnsName : nothere.invalid : DNS name does not ‸exist", "rcode:3",
                "DNS name does not exist");
        assertEquals("windows", m.tool());
        // PowerShell 7's concise view
        assertMention(LOG, "Resolve-DnsName: nothere.invalid : DNS ‸name does not exist", "rcode:3",
                "DNS name does not exist");
        m = assertMention(LOG, "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME‸_ERROR,Microsoft.DnsClient.Commands."
                + "ResolveDnsName", "rcode:3", "DNS_ERROR_RCODE_NAME_ERROR");
        assertNull(m.note());
        assertNoMention(LOG, "    + CategoryInfo          : ResourceUnavailable: (nothere.invalid:String) "
                + "[Resolve-DnsName], Win32‸Exception");
    }

    @Test
    void win32IdentifiersAndTheirNumbers() {
        Mention id = assertMention(LOG, "DnsQuery_W returned error 9005 (DNS_ERROR_RCODE_REF‸USED)", "rcode:5",
                "DNS_ERROR_RCODE_REFUSED");
        assertEquals("note.win32", id.note());
        assertEquals(List.of("n", "9005", "name", "REFUSED"), id.noteArgs());
        Mention n = assertMention(LOG, "DnsQuery_W returned error 90‸05 (DNS_ERROR_RCODE_REFUSED)", "rcode:5", "9005");
        assertEquals(Mention.Role.NUMBER, n.role());
        assertEquals("windows", n.tool());
        assertMention(LOG, "status DNS_ERROR_RCODE_NAME_ERROR = 90‸03", "rcode:3", "9003");
        assertMention(LOG, "zone check: DNS_ERROR_RCODE_NOT‸AUTH", "rcode:9", "DNS_ERROR_RCODE_NOTAUTH");
        assertMention(LOG, "rcode DNS_RCODE_NAME_‸ERROR", "rcode:3", "DNS_RCODE_NAME_ERROR");
        // a number that is not this identifier's
        assertNoMention(LOG, "retry 90‸02 of DNS_ERROR_RCODE_NAME_ERROR");
        assertNoMention(LOG, "DNS_ERROR_RCODE_NO_SUCH_‸THING");
        assertNoMention(LOG, "MY_DNS_ERROR_RCODE_NAME_‸ERROR");
    }

    @Test
    void win32NumbersWhereTheTextSaysTheyAreWin32Errors() {
        Mention m = assertMention(LOG, "fail: Agent.Dns[0] System.ComponentModel.Win32Exception (90‸03): DNS name does "
                + "not exist.", "rcode:3", "9003");
        assertEquals("note.win32", m.note());
        assertEquals(List.of("n", "9003", "name", "NXDOMAIN"), m.noteArgs());
        assertEquals(Mention.Role.NUMBER, m.role());
        assertMention(LOG, "fail: Agent.Dns[0] System.ComponentModel.Win32Exception (9003): DNS name does not ex‸ist.",
                "rcode:3", "DNS name does not exist.");
        assertMention(LOG, "lookup of api.corp.example failed with Win32 error 90‸02: DNS server failure.", "rcode:2",
                "9002");
        assertMention(LOG, "lookup of api.corp.example failed with Win32 error 9002: DNS server fail‸ure.", "rcode:2",
                "DNS server failure.");
        assertMention(LOG, "WIN32 error code: 90‸10", "rcode:10", "9010");
        assertMention(LOG, "win32 error 90‸01", "rcode:1", "9001");
        assertMention(LOG, "DNS lookup of x.corp failed, error 90‸03", "rcode:3", "9003");
        assertMention(LOG, "DnsQuery_A: Error code: 90‸08", "rcode:8", "9008");
        assertMention(LOG, "Resolve-DnsName failed: error=90‸09", "rcode:9", "9009");
    }

    @Test
    void otherNumbersAreNotWin32Errors() {
        assertNoMention(LOG, "GET /api/orders/90‸03 -> 404 Not Found: order 9003 does not exist");
        assertNoMention(LOG, "GET /api/orders/9003 -> 404 Not Found: order 90‸03 does not exist");
        assertNoMention(LOG, "dns-proxy listening on http://0.0.0.0:90‸03, 9003 requests served");
        assertNoMention(LOG, "upstream returned error 90‸03 for /billing/charge");
        assertNoMention(LOG, "Agent.Dns cache size 90‸03 entries");
        assertNoMention(LOG, "DNS error counter = 190‸03");
        assertNoMention(LOG, "Win32 build 90‸03.1");
        assertNoMention(LOG, "Win32 error 0x90‸03");
        assertNoMention(LOG, "Win32 error 90‸11");
        assertNoMention(LOG, "Win32 error 90‸00");
        assertNoMention(LOG, "cdnsync error 90‸03 while uploading");
        assertNoMention(LOG, "DNS error 9003‸0");
    }

    @Test
    void win32MessagesNeedTheirExactTextAndSometimesAWindowsSign() {
        // the catalog has "DNS name does not exist" with and without its full stop
        assertMention(LOG, "lookup failed: DNS name does not ‸exist", "rcode:3", "DNS name does not exist");
        // ordinary prose: only on a line with a Windows sign
        assertNoMention(LOG, "monitor: possible DNS server fail‸ure. 3 timeouts");
        assertNoMention(LOG, "monitor: DNS server unable to interpret ‸format.");
        assertMention(LOG, "Win32Exception (9001): DNS server unable to interpret ‸format.", "rcode:1",
                "DNS server unable to interpret format.");
        // PowerShell prints Win32 messages without their full stop; Go on Windows with it, after "dnsquery: "
        assertMention(LOG, "Resolve-DnsName : x.corp : DNS server fail‸ure", "rcode:2", "DNS server failure");
        assertMention(LOG, "Resolve-DnsName : x.corp : DNS operation ref‸used", "rcode:5", "DNS operation refused");
        assertMention(LOG, "lookup x.corp: dnsquery: DNS server fail‸ure.", "rcode:2", "DNS server failure.");
        assertMention(LOG, "lookup x.corp: dnsquery: DNS operation ref‸used.", "rcode:5", "DNS operation refused.");
        assertMention(LOG, "Win32Exception (9008): DNS RR set that ought to exist, does not ‸exist.", "rcode:8",
                "DNS RR set that ought to exist, does not exist.");
        assertMention(LOG, "Win32Exception (9009): DNS server not authori‸tative for zone.", "rcode:9",
                "DNS server not authoritative for zone.");
        assertMention(LOG, "Resolve-DnsName : x.corp : DNS signature failed to ‸verify", "rcode:16:badsig",
                "DNS signature failed to verify");
        assertMention(LOG, "Resolve-DnsName : x.corp : DNS request not supported by name ‸server", "rcode:4",
                "DNS request not supported by name server");
        assertNoMention(LOG, "monitor: DNS operation ref‸used by policy");
        assertNoMention(LOG, "FAILED: DNS server fail‸ure");
        assertNoMention(LOG, "Resolve-DnsName : x.corp : dns name does not ‸exist");
        assertNoMention(LOG, "HTTP 404: the page does not ‸exist");
        assertNoMention(LOG, "DNS names does not ‸exist");
    }

    @Test
    void connectionRefusedIsNotRefused() {
        assertNoMention(LOG, "connect to mx1.example.net:25 failed: [Errno 111] Connection ref‸used");
        assertNoMention(LOG, "dial tcp 192.0.2.80:443: connect: connection ref‸used");
    }

    // ------------------------------------------------------------------------------------------------ anchors

    @Test
    void everyLineTheRuleAcceptsHoldsOneOfItsAnchors() {
        ClientErrorRule rule = new ClientErrorRule();
        List<String> lines = List.of(
                "dns.resolver.NXDOMAIN: x", "The DNS query name does not exist: x.", "None of DNS query names exist: x",
                "The DNS response does not contain an answer to the question: x",
                "All nameservers failed to answer the query x: Server a answered SERVFAIL",
                "The resolution lifetime expired after 1 seconds: Server a answered SERVFAIL",
                "DNS_ERROR_RCODE_NAME_ERROR", "DNS_RCODE_NAME_ERROR", "DNS name does not exist",
                "Win32 DNS server failure.", "Resolve-DnsName DNS server unable to interpret format.",
                "Win32 error 9003", "Win32Exception (9003)", "error:9003 dns", "error=9003 dns", "error #9003 dns",
                "lookup x: no such host", "Error: queryA ENOTFOUND x");
        for (String l : lines) {
            assertTrue(rule.accepts(l), "the rule should accept: " + l);
            assertTrue(rule.anchors().stream().anyMatch(l::contains), "no anchor in: " + l);
        }
    }

    @Test
    void dnsClientNetExceptions() {
        // LookupClient with ThrowDnsErrors: the message is DnsResponseCodeText's text for the RCODE
        Mention m = assertMention(LOG, "Unhandled exception. DnsClient.DnsResponseException: Non-Existent Do‸main",
                "rcode:3", "Non-Existent Domain");
        assertEquals("dnsclient-net", m.tool());
        assertMention(LOG, "   at Program.Main() DnsClient.DnsResponseException: Server Fail‸ure", "rcode:2",
                "Server Failure");
        assertMention(LOG, "DnsResponseException: Query Ref‸used", "rcode:5", "Query Refused");
        // not its other messages, nor the texts anywhere else
        assertNoMention(LOG, "DnsClient.DnsResponseException: Unknown Er‸ror");
        assertNoMention(LOG, "DnsClient.DnsResponseException: Query 63320 => x.example IN A on 10.0.0.1:53 timed ‸out");
        assertNoMention(LOG, "The backend reported a Server Fail‸ure while saving");
    }

    @Test
    void hickoryHeaderDisplay() {
        // hickory-dns#2228: the resolver logs the response's header
        Mention m = assertMention(LOG, "ERROR hickory_resolver::error: Response:; header 23768:RESPONSE:RD,RA:NXDo‸main:"
                + "QUERY:0/1/0", "rcode:3", "NXDomain");
        assertEquals("hickory", m.tool());
        assertMention(LOG, "header 1:RESPONSE::Serv‸Fail:QUERY:0/0/0", "rcode:2", "ServFail");
        assertMention(LOG, "header 1:RESPONSE:RD,RA:Refused:QUERY:0/0/0 header 2:RESPONSE:RD,RA:Serv‸Fail:QUERY:0/0/0",
                "rcode:2", "ServFail");
        // a query's header, or the shape without its counts, says nothing
        assertNoMention(LOG, "header 23768:QUERY:RD:NoEr‸ror:QUERY:0/0/0");
        assertNoMention(LOG, "state:RESPONSE:ok:NXDo‸main:done");
    }

    @Test
    void technitiumClientExceptions() {
        // TechnitiumSoftware/DnsServer#412
        Mention nx = assertMention(LOG, "TechnitiumLibrary.Net.Dns.DnsClientNxDom‸ainException: Domain does not exists: "
                + "network.local", "rcode:3", "DnsClientNxDomainException");
        assertEquals("technitium", nx.tool());
        assertMention(LOG, "TechnitiumLibrary.Net.Dns.DnsClientFailureResponseException: DnsClient failed to resolve the "
                + "request 'example.com. A IN'. Received a response with RCODE: ServerFai‸lure from Name server: "
                + "1.1.1.1:53", "rcode:2", "ServerFailure");
        assertNoMention(LOG, "MyDnsClientNxDom‸ainException started");
        assertNoMention(LOG, "x.DnsClientNxDom‸ainExceptionHandler started");
    }

    @Test
    void getdnsQueryOutput() {
        // getdnsapi/stubby#187: getdns_query prints the reply's dict with getdns.h's names
        Mention m = assertMention(LOG, "      \"rcode\": GETDNS_RCODE_SERV‸FAIL,", "rcode:2", "GETDNS_RCODE_SERVFAIL");
        assertEquals("getdns", m.tool());
        // NO_NAME is getdns's own status for any reply without answers: no RCODE
        assertNoMention(LOG, "  \"status\": GETDNS_RESPSTATUS_NO_NA‸ME,");
    }

    @Test
    void resolveDnsNameErrorIds() {
        // Microsoft's own docs and a Spanish Windows (microsoft/terminal#14447): the ID has no DNS_ERROR_ prefix
        Mention m = assertMention(LOG, "    + FullyQualifiedErrorId : RCODE_SERVER_FAI‸LURE,Microsoft.DnsClient.Commands."
                + "ResolveDnsName", "rcode:2", "RCODE_SERVER_FAILURE");
        assertEquals("windows", m.tool());
        assertMention(LOG, "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ER‸ROR,Microsoft.DnsClient.Commands."
                + "ResolveDnsName", "rcode:3", "DNS_ERROR_RCODE_NAME_ERROR");
        assertNoMention(LOG, "    + FullyQualifiedErrorId : ERROR_TIME‸OUT,Microsoft.DnsClient.Commands.ResolveDnsName");
    }
}
