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

/**
 * Unbound lines beyond log-replies: the upstream's RCODE in a log-servfail reason, the older RPZ log line and the
 * iterator's "query response was" at verbosity 2 and up. Cursor is ‸.
 */
class UnboundLogRuleTest {
    private static final Dialect LOG = Dialect.LOG;

    /** The real log-servfail line: SERVFAIL <query>: reason ... from <upstream> got <upstream's RCODE>. */
    private static final String FORWARD_FAILED = "[46775:9] error: SERVFAIL <api.ipify.org.saga-turtle.ts.net. AAAA "
            + "IN>: all the configured stub or forward servers failed, at zone saga-turtle.ts.net. from "
            + "100.100.100.100 got ";

    private static List<Mention> mentions(String line) {
        return ScanHarness.mentions(LOG, line);
    }

    private static void assertUnbound(Mention m, Mention.Role role) {
        assertEquals("unbound", m.tool(), m.toString());
        assertEquals(role, m.role(), m.toString());
    }

    // -------------------------------------------------------------------------------------- log-servfail "got X"

    @Test
    void theUpstreamsRcodeAfterGotIsAMentionToo() {
        String line = FORWARD_FAILED + "SERVFAIL";
        List<Mention> all = mentions(line);
        assertEquals(2, all.size(), all.toString());
        // the answer Unbound gave its client
        assertEquals(line.indexOf("SERVFAIL"), all.get(0).start());
        assertEquals("rcode:2", all.get(0).entry().id());
        // what the upstream answered: the last word of the line
        Mention got = all.get(1);
        assertEquals("rcode:2", got.entry().id());
        assertEquals("SERVFAIL", got.text());
        assertEquals(line.length() - "SERVFAIL".length(), got.start());
        assertEquals(line.length(), got.end());
        assertUnbound(all.get(0), Mention.Role.NAME);
        assertUnbound(got, Mention.Role.NAME);
    }

    @Test
    void everySldnsNameAfterGot() {
        assertUnbound(assertMention(LOG, FORWARD_FAILED + "REF‸USED", "rcode:5", "REFUSED"), Mention.Role.NAME);
        assertUnbound(assertMention(LOG, FORWARD_FAILED + "FORM‸ERR", "rcode:1", "FORMERR"), Mention.Role.NAME);
        assertUnbound(assertMention(LOG, FORWARD_FAILED + "NX‸DOMAIN", "rcode:3", "NXDOMAIN"), Mention.Role.NAME);
        // sldns spells 4 NOTIMPL and a value without a name RCODE<n>
        assertUnbound(assertMention(LOG, FORWARD_FAILED + "NOT‸IMPL", "rcode:4", "NOTIMPL"), Mention.Role.NAME);
        assertUnbound(assertMention(LOG, FORWARD_FAILED + "RCODE‸11", "rcode:11", "RCODE11"), Mention.Role.NAME);
        // errinf items are joined by spaces: another item may follow
        assertUnbound(assertMention(LOG, "[46775:9] error: SERVFAIL <x.example. A IN>: all the configured stub or "
                + "forward servers failed, at zone example. from 192.0.2.1 got REF‸USED upstream server timeout",
                "rcode:5", "REFUSED"), Mention.Role.NAME);
        // with the syslog prefix, and no "from" item (no address was recorded)
        assertUnbound(assertMention(LOG, "Mar 21 10:00:00 gw unbound: [41788:1] error: SERVFAIL <x.example. A IN>: "
                + "all the configured stub or forward servers failed, at zone example. got NX‸DOMAIN", "rcode:3",
                "NXDOMAIN"), Mention.Role.NAME);
    }

    @Test
    void otherReasonsNameNoUpstreamCode() {
        // a timeout, no reply at all: the leading SERVFAIL only
        List<Mention> all = mentions("[46775:6] error: SERVFAIL <res.dod.cdn.office.net. A IN>: all the configured "
                + "stub or forward servers failed, at zone . from 162.159.36.20 upstream server timeout");
        assertEquals(1, all.size(), all.toString());
        assertEquals("SERVFAIL", all.get(0).text());
        // NOERROR without answers is "nodata answer", not a "got" item
        all = mentions("[46775:6] error: SERVFAIL <x.example. A IN>: all the configured stub or forward servers "
                + "failed, at zone example. from 192.0.2.1 nodata answer");
        assertEquals(1, all.size(), all.toString());
        assertEquals("SERVFAIL", all.get(0).text());
        // not sldns names, or not a whole "got" item
        assertNoMention(LOG, FORWARD_FAILED + "Ref‸used");
        assertNoMention(LOG, FORWARD_FAILED + "SERVFAIL‸ED");
        assertNoMention(LOG, FORWARD_FAILED + "REF‸USED,");
        assertNoMention(LOG, "[46775:9] error: SERVFAIL <x.example. A IN>: all the configured stub or forward servers "
                + "failed, at zone example. forgot REF‸USED");
    }

    @Test
    void gotOutsideALogServfailLineIsNotUnbounds() {
        // no "error: SERVFAIL <": the fallback reads the mnemonic, for no tool
        Mention m = BareMnemonicsTest.assertBare(LOG, "app[1]: the lookup of x.example got SERV‸FAIL", "rcode:2",
                "SERVFAIL");
        assertNull(m.tool());
        // REFUSED is an ordinary word: without the log-servfail shape it is nothing
        assertNoMention(LOG, "sshd[1]: connection from 192.0.2.1 got REF‸USED");
        // the validator's line is no log-servfail line
        assertTrue(mentions("[1737712291] unbound[287883:0] info: validation failure <x.example. A IN>: no signatures "
                + "from 192.0.2.1 got REFUSED").isEmpty());
    }

    // -------------------------------------------------------------------------------------------- older RPZ line

    @Test
    void theOlderRpzLineWithoutTheRpzPrefix() {
        String line = "unbound: [41788:0] info: RPZ applied vortex.data.microsoft.com. nxdomain 10.0.0.5@51516 "
                + "vortex.data.microsoft.com. A IN";
        List<Mention> all = mentions(line);
        assertEquals(1, all.size(), all.toString());
        Mention m = all.get(0);
        assertEquals("rcode:3", m.entry().id());
        assertEquals("nxdomain", m.text());
        assertEquals(line.indexOf(" nxdomain ") + 1, m.start());
        assertUnbound(m, Mention.Role.POLICY);
        assertEquals("note.policy", m.note());
        assertEquals(List.of("text", "nxdomain", "name", "NXDOMAIN"), m.noteArgs());

        // with the rpz-log-name in brackets, an IPv6 client, nodata
        Mention nodata = assertMention(LOG, "[1600000000] unbound[41788:1] info: RPZ applied [my rpz] ads.example. "
                + "no‸data 2001:db8::7@40000 ads.example. AAAA IN", "pseudo:nodata", "nodata");
        assertUnbound(nodata, Mention.Role.POLICY);
        assertEquals(List.of("text", "nodata", "name", "NODATA"), nodata.noteArgs());
        assertMention(LOG, "info: RPZ applied [blocklist] bad.example. nx‸domain 192.0.2.1@40000 bad.example. A IN",
                "rcode:3", "nxdomain");
    }

    @Test
    void olderRpzActionsWithoutAnRcodeAndLookAlikes() {
        for (String action : List.of("passthru", "drop", "tcp_only", "local_data", "disabled", "cname_override")) {
            assertTrue(mentions("info: RPZ applied [blocklist] x.example. " + action + " 192.0.2.1@40000 x.example. "
                    + "A IN").isEmpty(), action);
        }
        // not the whole format: the client and the query must follow
        assertNoMention(LOG, "info: RPZ applied x.example. nx‸domain");
        assertNoMention(LOG, "info: RPZ applied x.example. nx‸domain 192.0.2.1 x.example. A IN");
        // the action is the word after the name, not the query name's labels
        assertNoMention(LOG, "info: RPZ applied nx‸domain 192.0.2.1@40000 x.example. A IN");
        // not after Unbound's "info: " tag
        assertNoMention(LOG, "notice: RPZ applied x.example. nx‸domain 192.0.2.1@40000 x.example. A IN");
        assertNoMention(LOG, "info: the RPZ applied x.example. nx‸domain 192.0.2.1@40000 x.example. A IN");
        // an upper-case word is no rpz_action_to_string() word: the fallback reads it, for no tool
        BareMnemonicsTest.assertBare(LOG, "info: RPZ applied x.example. NX‸DOMAIN 192.0.2.1@40000 x.example. A IN",
                "rcode:3", "NXDOMAIN");
    }

    // ---------------------------------------------------------------------------------- "query response was ..."

    @Test
    void queryResponseWasNxdomainOrNodataAnswer() {
        String line = "[287175.583665] unbound[42]: [1774208423] unbound[42:0] info: query response was NXDOMAIN ANSWER";
        List<Mention> all = mentions(line);
        assertEquals(1, all.size(), all.toString());
        Mention m = all.get(0);
        assertEquals("rcode:3", m.entry().id());
        assertEquals(line.indexOf("NXDOMAIN"), m.start());
        assertEquals(line.indexOf("NXDOMAIN") + "NXDOMAIN".length(), m.end());
        assertUnbound(m, Mention.Role.NAME);
        assertNull(m.note());

        Mention nodata = assertMention(LOG, "[1774208423] unbound[42:0] info: query response was no‸data ANSWER",
                "pseudo:nodata", "nodata");
        assertUnbound(nodata, Mention.Role.NAME);
    }

    @Test
    void otherResponseTypesNameNoCode() {
        for (String type : List.of("ANSWER", "REFERRAL", "CNAME", "THROWAWAY")) {
            assertTrue(mentions("[1774208423] unbound[42:0] info: query response was " + type).isEmpty(), type);
        }
        // "timeout" is logged at VERB_ALGO, as debug
        assertTrue(mentions("[1774208423] unbound[42:0] debug: query response was timeout").isEmpty());
        // not the info tag (another program's debug line), or more after ANSWER: not Unbound's, the fallback's
        BareMnemonicsTest.assertBare(LOG, "debug: query response was NX‸DOMAIN ANSWER", "rcode:3", "NXDOMAIN");
        BareMnemonicsTest.assertBare(LOG, "info: query response was NX‸DOMAIN ANSWER from 192.0.2.1", "rcode:3",
                "NXDOMAIN");
        // nodata needs ANSWER after it, in Unbound's case
        assertNoMention(LOG, "info: query response was no‸data");
        assertNoMention(LOG, "info: query response was NO‸DATA ANSWER and more");
        assertNoMention(LOG, "info: query response was no‸data answer");
    }
}
