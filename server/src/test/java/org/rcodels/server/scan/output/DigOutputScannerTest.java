package org.rcodels.server.scan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class DigOutputScannerTest {

    static Mention yes(String text, String id, String mention) {
        return assertMention(Dialect.DIG, text, id, mention);
    }

    static void no(String text) {
        assertNoMention(Dialect.DIG, text);
    }

    /** Every mention the dig scanner alone finds in a text. */
    static List<Mention> scan(String text) {
        TextContext ctx = ScanHarness.context(Dialect.DIG, text);
        DigOutputScanner s = new DigOutputScanner();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ctx.lineCount(); i++) {
            s.scan(ctx, i, ctx.line(i), out);
        }
        return out;
    }

    static final String FLAGS_NODATA = ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1";

    @Nested
    class Dig {
        @Test
        void headerStatusNames() {
            Mention m = yes(";; ->>HEADER<<- opcode: QUERY, status: NXDO‸MAIN, id: 43575", "rcode:3", "NXDOMAIN");
            assertEquals(Mention.Role.NAME, m.role());
            assertEquals("bind", m.tool());
            yes(";; ->>HEADER<<- opcode: QUERY, status: SERV‸FAIL, id: 1", "rcode:2", "SERVFAIL");
            yes(";; ->>HEADER<<- opcode: QUERY, status: REFUSED‸, id: 1", "rcode:5", "REFUSED");
            yes(";; ->>HEADER<<- opcode: QUERY, status: ‸NOTIMP, id: 1", "rcode:4", "NOTIMP");
            yes(";; ->>HEADER<<- opcode: QUERY, status: BAD‸VERS, id: 1", "rcode:16:badvers", "BADVERS");
            yes(";; ->>HEADER<<- opcode: QUERY, status: BAD‸COOKIE, id: 1", "rcode:23", "BADCOOKIE");
            yes(";; ->>HEADER<<- opcode: UPDATE, status: NOT‸AUTH, id: 1", "rcode:9", "NOTAUTH");
            // DnsClient.NET (rmbolger/DnsClient-PS#3) prints the long name, of two words
            Mention dc = yes("Header       : ;; ->>HEADER<<- opcode: Query, status: Non-Existent Do‸main, id: 4778",
                    "rcode:3", "Non-Existent Domain");
            assertEquals(null, dc.tool());
            no(";; ->>HEADER<<- opcode: QUERY, status: no such ‸thing here, id: 1");
            // drill's opcode is ldns's like its rcode; Markdown emphasis around a status in a ticket
            Mention op = yes(";; ->>HEADER<<- opcode: QUE‸RY, rcode: NOERROR, id: 51533", "opcode:0", "QUERY");
            assertEquals("ldns", op.tool());
            yes(";; ->>HEADER<<- opcode: QUERY, status: **SERV‸FAIL**, id: 8301", "rcode:2", "SERVFAIL");
            // dig's EDE line quoted without its ';' (a ticket, inline code, a blockquote)
            Mention ede = assertMention(Dialect.TEXT, "The resolver says EDE: ‸9 (DNSKEY Missing): (no SEP matching the DS "
                    + "found for dnssec-failed.org.)", "ede:9", "9");
            assertEquals(null, ede.tool());
            assertMention(Dialect.TEXT, "`; EDE: 18 (Prohib‸ited)`", "ede:18", "Prohibited");
            assertMention(Dialect.TEXT, "> EDE: ‸22 (No Reachable Authority)", "ede:22", "22");
            // not without the code's own name
            assertNoMention(Dialect.TEXT, "EDE: ‸5 minutes later it worked");
            assertNoMention(Dialect.TEXT, "EDE: ‸5 (Blocked)");
            // Unbound's packet log (its sldns), not drill's ldns
            Mention ub = assertMention(Dialect.LOG, "[1686830012] unbound[2017:0] info: incoming scrubbed packet: ;; "
                    + "->>HEADER<<- opcode: QUERY, rcode: NXDO‸MAIN, id: 0", "rcode:3", "NXDOMAIN");
            assertEquals("unbound", ub.tool());
            assertEquals("ldns", yes(";; ->>HEADER<<- opcode: QUERY, rcode: NXDO‸MAIN, id: 39393", "rcode:3", "NXDOMAIN")
                    .tool());
        }

        @Test
        void unknownValuesInBindSpelling() {
            yes(";; ->>HEADER<<- opcode: QUERY, status: RESERVED‸11, id: 1", "rcode:11", "RESERVED11");
            yes(";; ->>HEADER<<- opcode: QUERY, status: RESERVED1‸3, id: 1", "rcode:range:12-15", "RESERVED13");
            yes(";; ->>HEADER<<- opcode: QUERY, status: ?2‸2, id: 1", "rcode:22", "?22");
            yes(";; ->>HEADER<<- opcode: QUERY, status: ?30‸00, id: 1", "rcode:range:24-3840", "?3000");
        }

        @Test
        void opcodeIsAnOpcodeMention() {
            yes(";; ->>HEADER<<- opcode: QU‸ERY, status: NOERROR, id: 1", "opcode:0", "QUERY");
            yes(";; ->>HEADER<<- opcode: UPD‸ATE, status: NOERROR, id: 1", "opcode:5", "UPDATE");
            yes(";; ->>HEADER<<- opcode: NOT‸IFY, status: NOERROR, id: 1", "opcode:4", "NOTIFY");
            yes(";; ->>HEADER<<- opcode: RESERVED‸6, status: NOTIMP, id: 1", "opcode:6", "RESERVED6");
        }

        @Test
        void idAndPaddedIdAreNotCodes() {
            no(";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 3‸");
            no(";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id:  ‸   2");
            no(";; ->>HEADER<<- opcode: QUERY, status: NOERROR, i‸d: 16");
        }

        @Test
        void noerrorWithAnswerZeroIsNodata() {
            Mention m = yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n" + FLAGS_NODATA,
                    "pseudo:nodata", "NOERROR");
            assertEquals(Mention.Role.INFERRED, m.role());
            assertEquals("note.nodataInferred", m.note());
        }

        @Test
        void noerrorWithAnswersIsNoerror() {
            Mention m = yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1", "rcode:0", "NOERROR");
            assertEquals(Mention.Role.NAME, m.role());
            assertNull(m.note());
        }

        @Test
        void noerrorWithoutFlagsLineIsNoerror() {
            yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5", "rcode:0", "NOERROR");
            yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n\n\n\n" + FLAGS_NODATA, "rcode:0", "NOERROR");
        }

        @Test
        void aQueryShownWithQrOffIsNotNodata() {
            // dig +qr prints the query too: no qr flag, ANSWER: 0
            yes(";; Sending:\n;; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: rd ad; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1", "rcode:0", "NOERROR");
        }

        @Test
        void anUpdateReplyHasNoAnswerCount() {
            yes(";; ->>HEADER<<- opcode: UPDATE, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr; ZONE: 1, PREREQ: 0, UPDATE: 0, ADDITIONAL: 1", "rcode:0", "NOERROR");
        }

        @Test
        void aNotifyAnswerIsNotNodata() {
            // a NOTIFY answer never has answer records (RFC 1996); NODATA is the answer to a query (RFC 2308)
            Mention m = yes(";; ->>HEADER<<- opcode: NOTIFY, status: NOER‸ROR, id:  1234\n"
                    + ";; flags: qr aa; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0", "rcode:0", "NOERROR");
            assertEquals(Mention.Role.NAME, m.role());
            assertNull(m.note());
            yes(";; ->>HEADER<<- opcode: STATUS, status: NOER‸ROR, id: 5\n" + FLAGS_NODATA, "rcode:0", "NOERROR");
            yes(";; ->>HEADER<<- opcode: RESERVED6, status: NOER‸ROR, id: 5\n" + FLAGS_NODATA, "rcode:0",
                    "NOERROR");
            // kdig and miekg headers too
            yes(";; ->>HEADER<<- opcode: NOTIFY; status: NOER‸ROR; id: 1\n"
                    + ";; Flags: qr aa; QUERY: 1; ANSWER: 0; AUTHORITY: 0; ADDITIONAL: 0", "rcode:0", "NOERROR");
            yes(";; opcode: NOTIFY, status: NOER‸ROR, id: 1\n" + FLAGS_NODATA, "rcode:0", "NOERROR");
        }

        @Test
        void aTruncatedReplyIsNotNodata() {
            // TC set and no records: the answer did not fit, dig retries over TCP (DNS-FACTS E.6)
            yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr tc rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0", "rcode:0", "NOERROR");
            yes(";; ->>HEADER<<- opcode: QUERY; status: NOER‸ROR; id: 1\n"
                    + ";; Flags: qr tc rd ra; QUERY: 1; ANSWER: 0; AUTHORITY: 0; ADDITIONAL: 0", "rcode:0", "NOERROR");
            // the same reply without tc is NODATA
            yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0", "pseudo:nodata",
                    "NOERROR");
        }

        @Test
        void aReplyWithoutAQuestionIsNotNodata() {
            // dig +header-only and the like: QUERY: 0, so no type was asked for (RFC 2308 is about a question)
            yes(";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr rd ra; QUERY: 0, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0", "rcode:0", "NOERROR");
            yes(";; ->>HEADER<<- opcode: QUERY; status: NOER‸ROR; id: 1\n"
                    + ";; Flags: qr rd ra; QUERY: 0; ANSWER: 0; AUTHORITY: 0; ADDITIONAL: 0", "rcode:0", "NOERROR");
        }

        @Test
        void aReferralIsNotNodata() {
            String referral = ";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + ";; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 2, ADDITIONAL: 1\n"
                    + ";; WARNING: recursion requested but not available\n\n"
                    + ";; QUESTION SECTION:\n;www.example.com.\t\tIN\tA\n\n"
                    + ";; AUTHORITY SECTION:\n"
                    + "example.com.\t\t172800\tIN\tNS\ta.iana-servers.net.\n"
                    + "example.com.\t\t172800\tIN\tNS\tb.iana-servers.net.\n";
            yes(referral, "rcode:0", "NOERROR");
        }

        @Test
        void aNonAuthoritativeNodataWithSoaIsNodata() {
            String nodata = ";; ->>HEADER<<- opcode: QUERY, status: NOER‸ROR, id: 5\n"
                    + FLAGS_NODATA + "\n\n"
                    + ";; QUESTION SECTION:\n;www.example.com.\t\tIN\tAAAA\n\n"
                    + ";; AUTHORITY SECTION:\n"
                    + "example.com.\t\t3600\tIN\tSOA\tns.icann.org. noc.dns.icann.org. 2024 7200 3600 1209600 3600\n";
            yes(nodata, "pseudo:nodata", "NOERROR");
        }

        @Test
        void ede() {
            Mention n = yes("; EDE: ‸9 (DNSKEY Missing): (no SEP matching the DS found for dnssec-failed.org.)",
                    "ede:9", "9");
            assertEquals("note.edeNumber", n.note());
            assertEquals(Mention.Role.NUMBER, n.role());
            Mention name = yes("; EDE: 9 (DNSKEY‸ Missing): (no SEP matching the DS found for dnssec-failed.org.)",
                    "ede:9", "DNSKEY Missing");
            assertEquals(Mention.Role.NAME, name.role());
            yes("; EDE: 1‸8 (Prohibited)", "ede:18", "18");
            yes("; EDE: 3 (Stale‸ Answer): (resolver failure)", "ede:3", "Stale Answer");
            // BIND prints codes from 25 up without a name
            yes("; EDE: 2‸5: (foo)", "ede:25", "25");
            yes("; EDE: 3‸3", "ede:33", "33");
            no("; EDE: 9 (DNSKEY Missing): (no SEP matching the DS ‸found for dnssec-failed.org.)");
        }

        @Test
        void edeInQuotesAndProse() {
            // dig's line in double or single quotes
            assertMention(Dialect.TEXT, "I'm seeing occasional \"EDE: 1‸8 (Prohibited)\" in the responses", "ede:18",
                    "18");
            assertMention(Dialect.TEXT, "'EDE: 18 (Prohi‸bited)'", "ede:18", "Prohibited");
            // no colon: only with the number's own name
            assertMention(Dialect.TEXT, "Google returns EDE 2‸2 (No Reachable Authority) here", "ede:22", "22");
            assertMention(Dialect.TEXT, "Google returns EDE 22 (No Reach‸able Authority) here", "ede:22",
                    "No Reachable Authority");
            assertMention(Dialect.TEXT, "the resolver adds EDE 1‸5 (Blocked).", "ede:15", "15");
            assertMention(Dialect.TEXT, "The answer carries Extended DNS Error 1‸5 (Blocked).", "ede:15", "15");
            assertMention(Dialect.TEXT, "an extended DNS error 1‸8 (Prohibited)", "ede:18", "18");
            assertMention(Dialect.DIG, "(EDE 1‸8 (Prohibited))", "ede:18", "18");
            // not without it, nor in other shapes
            assertNoMention(Dialect.TEXT, "Cloudflare sends EDE 1‸8 for this.");
            assertNoMention(Dialect.TEXT, "EDE:1‸8 errors all day");
            assertNoMention(Dialect.TEXT, "EDE Code 1‸8 (Prohibited)");
            assertNoMention(Dialect.TEXT, "EDE 1‸5 (Prohibited)");
            assertNoMention(Dialect.TEXT, "Extended DNS Error 1‸5 (Censored)");
            assertNoMention(Dialect.TEXT, "CEDE 1‸8 (Prohibited)");
            assertNoMention(Dialect.TEXT, "xEDE: 1‸8 (Prohibited)");
            assertNoMention(Dialect.TEXT, "Extended DNS Errors 1‸8 (Prohibited)");
            // a cut word at the line's start does not end the search
            assertMention(Dialect.TEXT, "xtended DNS Error 15 (Blocked), then Extended DNS Error 1‸5 (Blocked)", "ede:15",
                    "15");
        }

        @Test
        void edeNumbersAreNotRcodes() {
            Mention m = yes("; EDE: ‸3 (Stale Answer)", "ede:3", "3");
            assertEquals("ede:3", m.entry().id());
            yes("; EDE: 1‸6 (Censored): (Censored)", "ede:16", "16");
        }

        @Test
        void edeExtraTextNamingAnUpstreamRcode() {
            yes("; EDE: 23 (Network Error): ([76.223.26.245] rcode=REF‸USED for qaux.me/a)", "rcode:5", "REFUSED");
            no("; EDE: 22 (No Reachable Authority): (at delegation example.‸com.)");
        }

        @Test
        void ednsLineHasNoCode() {
            no("; EDNS: version: ‸0, flags:; udp: 1232");
            no("; EDNS: version: 0, flags:; udp: 12‸32");
            no("; EDNS: version: 0, flags: d‸o; udp: 4096");
            no("; COOKIE: 6339a7b2c0e8f3d20100000065d4b1c2e2d0a6d1f3b6c7af (go‸od)");
        }

        @Test
        void tsigRecordErrorField() {
            String sec = ";; TSIG PSEUDOSECTION:\n";
            Mention m = yes(sec + "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 32 "
                    + "k3oNa0r0xD5pVh3v2r5R3YxA8mQx0S7cJzV2tLkP1aQ= 43575 BAD‸SIG 0", "rcode:16:badsig", "BADSIG");
            assertEquals(Mention.Role.NAME, m.role());
            Mention ok = yes(sec + "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 32 "
                    + "k3oNa0r0xD5pVh3v2r5R3YxA8mQx0S7cJzV2tLkP1aQ= 43575 NO‸ERROR 0", "rcode:0", "NOERROR");
            // 0 in the Error field is "no TSIG error", not a reply's status: its own note
            assertEquals("note.tsigNoerror", ok.note());
            // an unsigned error reply has MAC size 0 and no MAC
            yes(sec + "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0  43575 BAD‸KEY 0", "rcode:17",
                    "BADKEY");
            // BADTIME carries the server's time as other data
            yes(sec + "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0  43575 BAD‸TIME 6 AABlU/Gs", "rcode:18",
                    "BADTIME");
        }

        @Test
        void tsigNumericErrorSixteenIsBadsig() {
            // ldns prints the TSIG error as a number
            Mention m = yes(";; TSIG:\n;; tsig-key.\t0\tANY\tTSIG\thmac-md5.sig-alg.reg.int. 1700000000 300 16 "
                    + "cVLFs2pYJpm2WLb5TnKkOw== 1234 1‸6 0", "rcode:16:badsig", "16");
            assertEquals("note.tsigContext", m.note());
            assertEquals(List.of("n", "16", "name", "BADSIG"), m.noteArgs());
        }

        @Test
        void tsigNumbersAroundTheErrorAreNotCodes() {
            String rr = "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 3‸00 32 "
                    + "k3oNa0r0xD5pVh3v2r5R3YxA8mQx0S7cJzV2tLkP1aQ= 16 BADSIG 0";
            no(rr);
            no(rr.replace("3‸00", "300").replace("= 16 ", "= 1‸6 "));
            no(rr.replace("3‸00", "300").replace("BADSIG 0", "BADSIG ‸0"));
        }

        @Test
        void notauthWithATsigErrorIsNotAuthorized() {
            String reply = ";; ->>HEADER<<- opcode: QUERY, status: NOT‸AUTH, id: 43575\n"
                    + ";; flags: qr; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1\n\n"
                    + ";; QUESTION SECTION:\n;example.com.\t\t\tIN\tSOA\n\n"
                    + ";; TSIG PSEUDOSECTION:\n"
                    + "tsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0  43575 BADSIG 0\n\n"
                    + ";; Query time: 0 msec\n";
            yes(reply, "rcode:9:tsig", "NOTAUTH");
        }

        @Test
        void retryComments() {
            yes(";; BAD‸VERS, retrying with EDNS version 0.", "rcode:16:badvers", "BADVERS");
            yes(";; BADCOO‸KIE, retrying.", "rcode:23", "BADCOOKIE");
            yes(";; BADCOOKIE‸, retrying in TCP mode.", "rcode:23", "BADCOOKIE");
            yes(";; Got SERV‸FAIL reply from 8.8.8.8, trying next server", "rcode:2", "SERVFAIL");
        }

        @Test
        void commentsThatAreNotCodes() {
            no(";; Trun‸cated, retrying in TCP mode.");
            no(";; communications error to 127.0.0.53#53: timed ‸out");
            no(";; no servers could be ‸reached");
            no(";; connection timed out; no servers could be ‸reached");
            no(";; Got recursion not ‸available from 192.0.2.1, trying next server");
            no(";; Query time: 1‸6 msec");
            no(";; MSG SIZE  rcvd: 5‸6");
            no(";; SERVER: 127.0.0.53#5‸3(127.0.0.53) (UDP)");
            no(";; WHEN: Tue Mar 05 10:12:01 UTC 2024‸");
            no(";; Warning: Message parser reports malformed message ‸packet.");
        }

        @Test
        void namesInTheQuestionAndAnswerSectionsAreNotCodes() {
            no(";; QUESTION SECTION:\n;serv‸fail.example.com.\t\tIN\tA");
            no(";refused.example.com.\t\tIN\t‸A");
            no("refu‸sed.example.com.\t300\tIN\tA\t192.0.2.1");
            no("nxdomain.example.\t300\tIN\tTXT\t\"status: NXDO‸MAIN\"");
            no("; status: NXDO‸MAIN");
            no(";; ANSWER SECTION:\n; the next record is a SERV‸FAIL test");
        }
    }

    @Nested
    class Yaml {
        static final String HEAD = "-\n  type: MESSAGE\n  message:\n    type: RECURSIVE_RESPONSE\n"
                + "    response_message_data:\n";

        @Test
        void statusAndOpcodeUnderResponseMessageData() {
            yes(HEAD + "      opcode: QUERY\n      status: NXDO‸MAIN\n      id: 8342\n", "rcode:3", "NXDOMAIN");
            yes(HEAD + "      opcode: QU‸ERY\n      status: NXDOMAIN\n      id: 8342\n", "opcode:0", "QUERY");
        }

        @Test
        void nodataInYaml() {
            Mention m = yes(HEAD + "      opcode: QUERY\n      status: NOER‸ROR\n      id: 8342\n"
                    + "      flags: qr rd ra\n      QUESTION: 1\n      ANSWER: 0\n      AUTHORITY: 1\n"
                    + "      ADDITIONAL: 1\n", "pseudo:nodata", "NOERROR");
            assertEquals(Mention.Role.INFERRED, m.role());
            yes(HEAD + "      opcode: QUERY\n      status: NOER‸ROR\n      id: 8342\n"
                    + "      flags: qr rd ra\n      QUESTION: 1\n      ANSWER: 1\n      AUTHORITY: 0\n",
                    "rcode:0", "NOERROR");
        }

        @Test
        void yamlNodataNeedsAQueryAndNoTc() {
            String tail = "      id: 8342\n      flags: qr aa\n      QUESTION: 1\n      ANSWER: 0\n"
                    + "      AUTHORITY: 0\n      ADDITIONAL: 0\n";
            yes(HEAD + "      opcode: QUERY\n      status: NOER‸ROR\n" + tail, "pseudo:nodata", "NOERROR");
            yes(HEAD + "      opcode: NOTIFY\n      status: NOER‸ROR\n" + tail, "rcode:0", "NOERROR");
            yes(HEAD + "      opcode: QUERY\n      status: NOER‸ROR\n" + tail.replace("qr aa", "qr tc rd ra"),
                    "rcode:0", "NOERROR");
            // without an opcode key nothing says it answered a query
            yes(HEAD + "      status: NOER‸ROR\n" + tail, "rcode:0", "NOERROR");
        }

        @Test
        void statusKeysElsewhereAreNotCodes() {
            no("status: NXDO‸MAIN");
            no("spec:\n  status: NXDO‸MAIN\n");
            no("response_message_data:\n  question:\n    status: NXDO‸MAIN\n");
        }

        @Test
        void infoCode() {
            yes("        EDE:\n          INFO-CODE: ‸9 (DNSKEY Missing)", "ede:9", "9");
            yes("          INFO-CODE: 9 (DNSKEY‸ Missing)", "ede:9", "DNSKEY Missing");
            yes("          - INFO-CODE: 1‸8 (Prohibited)", "ede:18", "18");
            no("          EXTRA-TEXT: \"no SEP matching the DS found for dnssec-failed.org‸.\"");
        }
    }

    @Nested
    class Miekg {
        @Test
        void miekgHeader() {
            Mention m = yes(";; opcode: QUERY, status: NXDO‸MAIN, id: 1234", "rcode:3", "NXDOMAIN");
            assertEquals("miekg", m.tool());
            yes(";; opcode: QU‸ERY, status: NXDOMAIN, id: 1234", "opcode:0", "QUERY");
            yes("    ;; opcode: QUERY, status: SERV‸FAIL, id: 1234", "rcode:2", "SERVFAIL");
        }

        @Test
        void miekgHeaderAfterALogPrefix() {
            // AdGuard dnsproxy logs each message with miekg's String(); the flags line follows on its own line
            String prefix = "2024/05/06 10:11:12 4242#17 [debug] github.com/AdguardTeam/dnsproxy/proxy."
                    + "(*Proxy).logDNSMessage(): OUT: ";
            Mention m = assertMention(Dialect.LOG, prefix + ";; opcode: QUERY, status: NXDO‸MAIN, id: 5150\n"
                    + FLAGS_NODATA, "rcode:3", "NXDOMAIN");
            assertEquals("miekg", m.tool());
            assertMention(Dialect.LOG, prefix + ";; opcode: QU‸ERY, status: NXDOMAIN, id: 5150", "opcode:0", "QUERY");
            Mention nodata = assertMention(Dialect.LOG, prefix + ";; opcode: QUERY, status: NOER‸ROR, id: 5150\n"
                    + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0", "pseudo:nodata", "NOERROR");
            assertEquals(Mention.Role.INFERRED, nodata.role());
            assertMention(Dialect.TEXT, prefix + ";; opcode: QUERY, status: NOER‸ROR, id: 5150\n"
                    + ";; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1", "rcode:0", "NOERROR");
            // the query dnsproxy received (IN:) always says NOERROR: only replies (OUT:) count
            assertTrue(scan(prefix.replace("OUT: ", "IN: ") + ";; opcode: QUERY, status: NOERROR, id: 5150").isEmpty());
            // the header must start a word: not inside a token, not two semicolons more
            assertTrue(scan("OUT:;; opcode: QUERY, status: NXDOMAIN, id: 5150").isEmpty());
            assertTrue(scan("x ;;; opcode: QUERY, status: NXDOMAIN, id: 5150").isEmpty());
        }

        @Test
        void aLoggedHeaderEndsTheMessageAbove() {
            // the next logged message's header, after a prefix, starts a new message: its authority section is not
            // read for the NOERROR above
            String prefix = "2024/05/06 10:11:12 4242#17 [debug] proxy.(*Proxy).logDNSMessage(): ";
            Mention m = assertMention(Dialect.LOG, prefix + "OUT: ;; opcode: QUERY, status: NOER‸ROR, id: 1\n"
                    + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n"
                    + prefix + "IN: ;; opcode: QUERY, status: NOERROR, id: 2\n"
                    + ";; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n"
                    + ";; AUTHORITY SECTION:\nexample.\t3600\tIN\tNS\tns1.example.\n", "pseudo:nodata", "NOERROR");
            assertEquals(Mention.Role.INFERRED, m.role());
        }

        @Test
        void badsigInAMiekgHeaderIsBadvers() {
            Mention m = yes(";; opcode: QUERY, status: BAD‸SIG, id: 1234", "rcode:16:badvers", "BADSIG");
            assertEquals("note.miekgBadsig", m.note());
            // in BIND's own header BADSIG keeps its name
            yes(";; ->>HEADER<<- opcode: QUERY, status: BAD‸SIG, id: 1234", "rcode:16:badsig", "BADSIG");
        }

        @Test
        void miekgNodata() {
            yes("    ;; opcode: QUERY, status: NOER‸ROR, id: 1234\n"
                    + "    ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 0\n",
                    "pseudo:nodata", "NOERROR");
        }

        @Test
        void miekgTsigRecordWithNumericError() {
            yes(";; TSIG PSEUDOSECTION:\n; tsig-key.\t0\tANY\tTSIG\thmac-sha256. 20231114221320 300 32 "
                    + "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08 1234 1‸6 0 ",
                    "rcode:16:badsig", "16");
        }
    }

    @Nested
    class Kdig {
        @Test
        void kdigHeaderWithSemicolons() {
            Mention m = yes(";; ->>HEADER<<- opcode: QUERY; status: NXDO‸MAIN; id: 12345", "rcode:3", "NXDOMAIN");
            assertEquals("knot", m.tool());
            yes(";; ->>HEADER<<- opcode: QU‸ERY; status: NXDOMAIN; id: 12345", "opcode:0", "QUERY");
            yes(";; ->>HEADER<<- opcode: QUERY; status: NOT‸IMPL; id: 12345", "rcode:4", "NOTIMPL");
            yes(";; ->>HEADER<<- opcode: QUERY; status: RCODE ‸11; id: 12345", "rcode:11", "RCODE 11");
            no(";; ->>HEADER<<- opcode: QUERY; status: NXDOMAIN; id: 123‸45");
        }

        @Test
        void kdigNodata() {
            yes(";; ->>HEADER<<- opcode: QUERY; status: NOER‸ROR; id: 1\n"
                    + ";; Flags: qr rd ra; QUERY: 1; ANSWER: 0; AUTHORITY: 1; ADDITIONAL: 1", "pseudo:nodata",
                    "NOERROR");
            yes(";; ->>HEADER<<- opcode: QUERY; status: NOER‸ROR; id: 1\n"
                    + ";; Flags: qr rd ra; QUERY: 1; ANSWER: 1; AUTHORITY: 0; ADDITIONAL: 1", "rcode:0", "NOERROR");
        }

        @Test
        void kdigEdnsLine() {
            // NOERROR here only says the OPT record adds nothing to the header's RCODE
            no(";; Version: 0; flags: ; UDP size: 1232 B; ext-rcode: NOER‸ROR");
            yes(";; Version: 0; flags: do; UDP size: 1232 B; ext-rcode: BAD‸VERS", "rcode:16:badvers", "BADVERS");
            yes(";; Version: 0; flags: ; UDP size: 1232 B; ext-rcode: RCODE 1‸00", "rcode:range:24-3840",
                    "RCODE 100");
            no(";; Version: 0; flags: ; UDP size: 1232 B; ext-rcode: Un‸used");
            no(";; Version: 0; flags: ; UDP size: 12‸32 B; ext-rcode: NOERROR");
            no(";; Version: ‸0; flags: ; UDP size: 1232 B; ext-rcode: NOERROR");
        }

        @Test
        void kdigEde() {
            Mention m = yes(";; EDE: 1‸8 (Prohibited): 'client 192.0.2.1 not allowed'", "ede:18", "18");
            assertEquals("note.edeNumber", m.note());
            yes(";; EDE: 18 (Prohib‸ited): 'client 192.0.2.1 not allowed'", "ede:18", "Prohibited");
            no(";; EDE: 40 (Unknown co‸de)");
            yes(";; EDE: 4‸0 (Unknown code)", "ede:range:36-49151", "40");
        }

        @Test
        void rfc8427Json() {
            String json = "{\n  \"ID\": 4081,\n  \"QR\": 1,\n  \"Opcode\": 0,\n  \"RCODE\": ‸3,\n  \"QDCOUNT\": 1,\n"
                    + "  \"ANCOUNT\": 0,\n  \"NSCOUNT\": 1\n}";
            Mention m = yes(json, "rcode:3", "3");
            assertEquals(Mention.Role.NUMBER, m.role());
            yes(json.replace("‸3", "3").replace("\"Opcode\": 0", "\"Opcode\": ‸0"), "opcode:0", "0");
            no(json.replace("\"ANCOUNT\": 0", "\"ANCOUNT\": ‸0").replace("‸3", "3"));
            no(json.replace("\"ID\": 4081", "\"ID\": 40‸81").replace("‸3", "3"));
            // without the RFC 8427 counts around it, "RCODE" is just some JSON key
            no("{\"name\": \"x\", \"RCODE\": ‸3}");
        }
    }

    @Nested
    class Drill {
        @Test
        void drillHeaderUsesRcodeWord() {
            Mention m = yes(";; ->>HEADER<<- opcode: QUERY, rcode: NXDO‸MAIN, id: 1234", "rcode:3", "NXDOMAIN");
            assertEquals("ldns", m.tool());
            yes(";; ->>HEADER<<- opcode: QUERY, rcode: NOT‸IMPL, id: 1234", "rcode:4", "NOTIMPL");
            yes(";; ->>HEADER<<- opcode: QUERY, rcode: ?? (1‸1), id: 1234", "rcode:11", "?? (11)");
            yes(";; ->>HEADER<<- opcode: QUERY, rcode: ?‸? (14), id: 1234", "rcode:range:12-15", "?? (14)");
        }

        @Test
        void drillExtRcodeIsTheCombinedValue() {
            Mention m = yes(";; EDNS: version 0; flags: do ; ext-rcode: 1‸6 ; udp: 4096", "rcode:16:badvers", "16");
            assertEquals("note.optContext", m.note());
            assertEquals(List.of("n", "16", "name", "BADVERS"), m.noteArgs());
            Mention c = yes(";; EDNS: version 0; flags: ; ext-rcode: 2‸3 ; udp: 4096", "rcode:23", "23");
            assertEquals("note.extendedRcode", c.note());
            assertEquals(List.of("header", "7", "ext", "1"), c.noteArgs());
            yes("; EDNS: version: 0; flags: do ; ext-rcode: 1‸6 ; udp: 1232", "rcode:16:badvers", "16");
            no(";; EDNS: version 0; flags: do ; ext-rcode: 16 ; udp: 40‸96");
            no(";; EDNS: version ‸0; flags: do ; udp: 4096");
        }

        @Test
        void drillNoerrorWithExtRcodeIsNotNodata() {
            // the header's 4 bits say NOERROR, the OPT record says BADVERS: the full RCODE is 16, not NODATA
            String reply = ";; ->>HEADER<<- opcode: QUERY, rcode: NOER‸ROR, id: 1234\n"
                    + ";; flags: qr rd ra ; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0 \n"
                    + ";; QUESTION SECTION:\n;; example.com.\tIN\tA\n\n"
                    + ";; Query time: 3 msec\n"
                    + ";; EDNS: version 0; flags: ; ext-rcode: 16 ; udp: 1232\n"
                    + ";; MSG SIZE  rcvd: 40\n";
            yes(reply, "rcode:0", "NOERROR");
            yes(reply.replace("ext-rcode: 16 ; ", ""), "pseudo:nodata", "NOERROR");
        }
    }

    @Nested
    class Delv {
        @Test
        void resolutionFailed() {
            yes(";; resolution failed: ncache nx‸domain", "rcode:3", "ncache nxdomain");
            yes(";; resolution failed: ncache nx‸rrset", "pseudo:nodata", "ncache nxrrset");
            yes(";; resolution failed: SERV‸FAIL", "rcode:2", "SERVFAIL");
        }

        @Test
        void otherFailuresAreNotCodes() {
            no(";; resolution failed: broken trust ‸chain");
            no(";; resolution failed: RRSIG failed to ‸verify");
            no(";; resolution failed: insecurity proof ‸failed");
            no("; negative response, fully ‸validated");
            no(";; broken trust chain resolving 'test/DS/IN': 10.0.0.1#5‸3");
        }
    }

    @Nested
    class Host {
        @Test
        void numberAndNameAreTheSameEntry() {
            Mention name = yes("Host nonexistent.example not found: 3(NXDO‸MAIN)", "rcode:3", "NXDOMAIN");
            Mention num = yes("Host nonexistent.example not found: ‸3(NXDOMAIN)", "rcode:3", "3");
            assertEquals(Mention.Role.NUMBER, num.role());
            assertEquals(Mention.Role.NAME, name.role());
            yes("Host example.org not found: 2(SERV‸FAIL)", "rcode:2", "SERVFAIL");
            yes("Host example.org not found: 5(REF‸USED)", "rcode:5", "REFUSED");
            yes("Host example.org not found: 22(?2‸2)", "rcode:22", "?22");
            yes("Host example.org not found: 2‸2(?22)", "rcode:22", "22");
        }

        @Test
        void nearMisses() {
            no("refused.example.com has address 192.0.2.‸1");
            no("Host servfail.example.com not found: 3(NXDOMAIN)".replace("servfail", "serv‸fail"));
            no("Host example.org not found: ‸timed out");
            no("Host name lookup failure ‸3");
        }

        @Test
        void oneTypeWithoutAnswersIsNodata() {
            Mention m = yes("ipv4only.example.com has no AA‸AA record", "pseudo:nodata", "has no AAAA record");
            assertEquals("bind", m.tool());
            assertEquals("knot", yes("Host ipv4only.example.com has no ‸MX record", "pseudo:nodata",
                    "has no MX record").tool());
            no("it has no ‸MX record");
            no("; example.com has no ‸MX record");
            no("example.com has no ‸MX record yet");
            no("example.com has ‸address 192.0.2.1");
            // unbound-host -v prints its own phrases, with the DNSSEC verdict after them
            assertEquals("unbound", yes("ipv4only.example.com has no IPv6 add‸ress (insecure)", "pseudo:nodata",
                    "has no IPv6 address").tool());
            yes("example.com has no mail handler rec‸ord (secure)", "pseudo:nodata", "has no mail handler record");
            no("example.com has no ‸address book");
            assertEquals("unbound", yes("example.com has no TXT rec‸ord (insecure)", "pseudo:nodata",
                    "has no TXT record").tool());
            yes("1.2.0.192.in-addr.arpa has no domain name p‸tr (insecure)", "pseudo:nodata",
                    "has no domain name ptr");
        }

        @Test
        void unboundHostEndsWithAPeriod() {
            // unbound-host.c: "Host %s not found: %d(%s)." with sldns names
            Mention m = yes("Host test.truman.edu not found: 3(NXDO‸MAIN). (BOGUS (security failure))", "rcode:3",
                    "NXDOMAIN");
            assertEquals("unbound", m.tool());
            assertEquals("bind", yes("Host nothere.example.com not found: 3(NXDO‸MAIN)", "rcode:3", "NXDOMAIN").tool());
        }
    }

    @Nested
    class Nslookup {
        @Test
        void busyboxNslookupIsNotBind() {
            // BusyBox prints BIND's words under a server address with ":53" (BIND's has "#53"): no tool is claimed
            Mention m = yes("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find kubernetes: NXDO‸MAIN",
                    "rcode:3", "NXDOMAIN");
            assertNull(m.tool());
            Mention n = yes("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tx.example\nAddress: 192.0.2.1\n\n"
                    + "*** Can't find x.example: No ans‸wer", "pseudo:nodata", "No answer");
            assertNull(n.tool());
            Mention b = yes("Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find x.example: NXDO‸MAIN",
                    "rcode:3", "NXDOMAIN");
            assertEquals("bind", b.tool());
        }

        @Test
        void bindNslookup() {
            yes("** server can't find nonexistent.example: NXDO‸MAIN", "rcode:3", "NXDOMAIN");
            yes("** server can't find x.example: SERV‸FAIL", "rcode:2", "SERVFAIL");
            yes("** server can't find x.example: REF‸USED", "rcode:5", "REFUSED");
            Mention m = yes("*** Can't find x.example: No ans‸wer", "pseudo:nodata", "No answer");
            assertEquals(Mention.Role.NAME, m.role());
        }

        @Test
        void windowsNslookup() {
            Mention m = yes("*** dns.example can't find name.example: Non-exis‸tent domain", "rcode:3",
                    "Non-existent domain");
            assertEquals("windows-nslookup", m.tool());
            yes("*** UnKnown can't find name.example: Server fail‸ure", "rcode:2", "Server failure");
            yes("*** UnKnown can't find name.example: Ref‸used", "rcode:5", "Refused");
            yes("*** UnKnown can't find name.example: Format er‸ror", "rcode:1", "Format error");
            yes("*** UnKnown can't find name.example: No rec‸ords", "pseudo:nodata", "No records");
            // what it prints (BIND 4's texts), besides the messages its help lists
            yes("*** UnKnown can't find name.example: Server fai‸led", "rcode:2", "Server failed");
            yes("*** dns.example can't find name.example: Query re‸fused", "rcode:5", "Query refused");
            yes("*** dns.example can't find name.example: Not impl‸emented", "rcode:4", "Not implemented");
        }

        @Test
        void windowsNslookupInOtherLanguages() {
            // the verb is translated, the message is not (fr, pt, zh, de)
            Mention fr = yes("*** dns.example ne parvient pas à trouver 192.0.2.77 : Non-exis‸tent domain", "rcode:3",
                    "Non-existent domain");
            assertEquals("windows-nslookup", fr.tool());
            yes("*** dns.example não encontrou nome.example: Non-exis‸tent domain", "rcode:3", "Non-existent domain");
            // the messages other than Non-existent domain are ordinary English: nslookup's server lines must be above
            String server = "Server:  UnKnown\nAddress:  192.0.2.53\n\n";
            yes(server + "*** UnKnown 找不到 nome: Server fai‸led", "rcode:2", "Server failed");
            yes(server + "*** dns.example kann nome.example nicht finden: Query ref‸used", "rcode:5", "Query refused");
            yes(server + "  *** UnKnown 找不到 nome: No rec‸ords", "pseudo:nodata", "No records");
            no("*** UnKnown 找不到 nome: Server fai‸led");
            no("*** WARNING from the upstream resolver: Ref‸used");
        }

        @Test
        void translatedLinesNeedTheShapeAndTheExactMessage() {
            // fewer than three words before the colon, another capitalisation, more after the message
            no("*** Note: Ref‸used");
            no("*** Server status: Server fai‸led");
            no("*** UnKnown 找不到 nome: server fai‸led");
            no("*** UnKnown 找不到 nome: Server failed ‸again");
            no("*** UnKnown 找不到 nome: Timed ‸out");
            no("** UnKnown 找不到 nome: Non-existent dom‸ain");
            no("***UnKnown 找不到 nome: Non-existent dom‸ain");
            no("Ask them why *** the server said: Server fai‸led");
        }

        @Test
        void notCodes() {
            no("*** UnKnown can't find name.example: Timed ‸out");
            no("*** UnKnown can't find name.example: No response from ‸server");
            no("*** Request to UnKnown timed-‸out");
            no("Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#5‸3");
            no("Non-authoritative answer:\nName:\trefused.exa‸mple.com\nAddress: 192.0.2.7");
            no("** server can't find refu‸sed.example: NXDOMAIN");
            no("Refused‸");
        }
    }

    @Nested
    class Dog {
        @Test
        void statusLine() {
            Mention m = yes("$ dog nothere.example\nStatus: NXDo‸main\nSOA example. 1h00m00s", "rcode:3", "NXDomain");
            assertEquals("dog", m.tool());
            assertEquals(Mention.Role.NAME, m.role());
            yes("Status: Server Fai‸lure", "rcode:2", "Server Failure");
            yes("Status: Query Ref‸used", "rcode:5", "Query Refused");
            yes("Status: Format Er‸ror", "rcode:1", "Format Error");
            yes("Status: Not Implem‸ented", "rcode:4", "Not Implemented");
            yes("Status: Bad Ver‸sion", "rcode:16:badvers", "Bad Version");
            yes("  Status: NXDo‸main  ", "rcode:3", "NXDomain");
        }

        @Test
        void otherStatusLinesAreNotDogs() {
            // (the upper-case mnemonic is the log rules' bare word, not dog's)
            assertTrue(scan("Status: NXDOMAIN is what dig said").isEmpty());
            no("Status: nxdo‸main");
            no("Status: Server Fai‸lure (upstream)");
            no("HTTP Status: Query Ref‸used");
            no("status: Server Fai‸lure");
            no("Status: Other Failure (‸9)");
            // outside dig-like output, dog's ordinary-English texts need a dog command above
            assertNoMention(Dialect.TEXT, "## Feature\nStatus: Not Implem‸ented");
            assertNoMention(Dialect.LOG, "job 42\nStatus: Server Fai‸lure");
            assertMention(Dialect.TEXT, "$ dog x.example\nStatus: Server Fai‸lure", "rcode:2", "Server Failure");
            assertMention(Dialect.TEXT, "Status: NXDo‸main", "rcode:3", "NXDomain");
        }
    }

    @Nested
    class Nsupdate {
        @Test
        void tsigFailure() {
            yes("update failed: NOT‸AUTH(BADSIG)", "rcode:9:tsig", "NOTAUTH");
            yes("update failed: NOTAUTH(BAD‸SIG)", "rcode:16:badsig", "BADSIG");
            yes("update failed: NOTAUTH(BAD‸KEY)", "rcode:17", "BADKEY");
            yes("update failed: NOTAUTH(BADTI‸ME)", "rcode:18", "BADTIME");
        }

        @Test
        void plainRcodes() {
            yes("update failed: NOT‸AUTH", "rcode:9", "NOTAUTH");
            yes("update failed: REF‸USED", "rcode:5", "REFUSED");
            yes("update failed: YXDO‸MAIN", "rcode:6", "YXDOMAIN");
            yes("update failed: NXRR‸SET", "rcode:8", "NXRRSET");
            yes("update failed: NOT‸ZONE", "rcode:10", "NOTZONE");
            yes("update failed: SERV‸FAIL", "rcode:2", "SERVFAIL");
        }

        @Test
        void notCodes() {
            no("update failed: rejected by secure update (REF‸USED)");
            no("; Communication with 192.0.2.53#53 failed: timed ‸out");
            no("update failed: connection ‸refused");
            no("update failed: REFUSEDX‸");
            no("update failed: ‸3 retries left");
            no("update failed: Permission ‸denied");
        }
    }

    @Nested
    class OtherDialects {
        @Test
        void digHeaderInALogOrPlainText() {
            assertMention(Dialect.TEXT, ";; ->>HEADER<<- opcode: QUERY, status: NXDO‸MAIN, id: 43575", "rcode:3",
                    "NXDOMAIN");
            assertMention(Dialect.LOG, "[resolv] ;; ->>HEADER<<- opcode: QUERY; status: SERV‸FAIL; id: 1234",
                    "rcode:2", "SERVFAIL");
        }

        @Test
        void logLinesAreLeftAlone() {
            assertTrue(scan("Mar  5 10:12:01 host named[812]: client @0x7f 192.0.2.1#53211 (example.com): "
                    + "query failed (SERVFAIL) for example.com/IN/A at query.c:7375").isEmpty());
            assertTrue(scan("connect to 192.0.2.1 port 53: Connection refused").isEmpty());
            assertTrue(scan("status: NXDOMAIN").isEmpty());
            assertTrue(scan("2024-03-05T10:12:01Z INFO status: 200 OK, rcode: 3").isEmpty());
            assertTrue(scan("update: status: NXDOMAIN, opcode: QUERY").isEmpty());
        }
    }

    @Nested
    class Robustness {
        @Test
        void anchorsBeyondTheFirst8kAreIgnored() {
            String pad = "x".repeat(DigOutputScanner.CAP + 10);
            assertTrue(scan(pad + ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1").isEmpty());
        }

        @Test
        void aMegabyteLineIsHandled() {
            String big = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1 " + "A".repeat(1 << 20);
            List<Mention> found = scan(big);
            assertEquals(List.of("opcode:0", "rcode:3"), found.stream().map(m -> m.entry().id()).toList());
        }

        @Test
        void oddLinesDoNotThrow() {
            for (String s : List.of("", ";", ";;", ";; ", "; EDE:", "; EDE: ", ";; ->>HEADER<<-",
                    ";; ->>HEADER<<- opcode:", ";; ->>HEADER<<- status: ", ";; ->>HEADER<<- rcode: ?? (",
                    "Host x not found: ", "** server can't find", "*** Can't find x:", "update failed: ",
                    "update failed: NOTAUTH(", "update failed: NOTAUTH(BADSIG", "x ANY TSIG", "x ANY TSIG a 1 2 3",
                    "\"RCODE\":", "{\"RCODE\": 99999999, \"QDCOUNT\": 1}", "INFO-CODE:", "- ", "status: ",
                    ";; EDNS: ext-rcode: ", ";; Version: 0; ext-rcode: ", ";; resolution failed: ",
                    "; EDE: 70000 (x)", ";; Got ", ";; , retrying")) {
                scan(s);
            }
        }
    }
}
