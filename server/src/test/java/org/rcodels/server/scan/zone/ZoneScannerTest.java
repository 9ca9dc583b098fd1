package org.rcodels.server.scan.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

class ZoneScannerTest {
    private static final Dialect Z = Dialect.ZONE;

    /** The head of an RPZ zone with no RPZ hint in its SOA: the rpz-passthru. target makes it one. */
    private static final String RPZ_HEAD = """
            $TTL 1H
            @                       SOA LOCALHOST. named-mgr.example.com (1 1h 15m 30d 2h)
                                    NS  LOCALHOST.
            ok.domain.com           CNAME   rpz-passthru.
            """;

    // ------------------------------------------------------------------ policy targets

    @Test
    void cnameRootIsNxdomainPolicy() {
        Mention m = assertMention(Z, RPZ_HEAD + "nxdomain.domain.com     CNAME   \u2038.               ; policy",
                "rcode:3", ".");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("note.rpzNxdomain", m.note());
        assertNull(m.tool());
        assertEquals(m.start() + 1, m.end());
    }

    @Test
    void cursorJustAfterTheDotStillHovers() {
        assertMention(Z, RPZ_HEAD + "nxdomain.domain.com CNAME .\u2038", "rcode:3", ".");
    }

    @Test
    void cnameWildcardRootIsNodataPolicy() {
        Mention m = assertMention(Z, RPZ_HEAD + "nodata.domain.com       CNAME   *\u2038.", "pseudo:nodata", "*.");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("note.rpzNodata", m.note());
    }

    @Test
    void wildcardOwnerAndTtlAndClassAreRead() {
        assertMention(Z, RPZ_HEAD + "*.nxdomain.domain.com 300 IN CNAME \u2038.", "rcode:3", ".");
        assertMention(Z, RPZ_HEAD + "bad.example IN 300 cname \u2038.", "rcode:3", ".");
        assertMention(Z, RPZ_HEAD + "bad.example\tIN\tCNAME\t*\u2038.", "pseudo:nodata", "*.");
    }

    @Test
    void ownerlessLineContinuesThePreviousOwner() {
        assertMention(Z, RPZ_HEAD + "bad.example A 127.0.0.1\n        CNAME \u2038.", "rcode:3", ".");
    }

    @Test
    void otherRpzTargetsAreNotCodes() {
        assertNoMention(Z, RPZ_HEAD + "ok.domain.com   CNAME rpz-pass\u2038thru.");
        assertNoMention(Z, RPZ_HEAD + "drop.domain.com CNAME rpz-d\u2038rop.");
        assertNoMention(Z, RPZ_HEAD + "tcp.domain.com  CNAME rpz-tcp-\u2038only.");
        assertNoMention(Z, RPZ_HEAD + "*.bzone.domain.com CNAME *\u2038.garden.example.com.");
        assertNoMention(Z, RPZ_HEAD + "*.bzone.domain.com CNAME *.garden.example.com\u2038.");
        assertNoMention(Z, RPZ_HEAD + "local.domain.com A 127.0.0.\u20381");
    }

    @Test
    void theOwnerAndTheTypeAreNotTheMention() {
        assertNoMention(Z, RPZ_HEAD + "nxdomain.domain.com CN\u2038AME .");
        assertNoMention(Z, RPZ_HEAD + "nxdomain\u2038.domain.com CNAME .");
    }

    @Test
    void aCnameRootWithTrailingDataIsNotAPolicy() {
        assertNoMention(Z, RPZ_HEAD + "x.domain.com CNAME \u2038. extra");
    }

    // ------------------------------------------------------------------ is it an RPZ zone?

    @Test
    void ordinaryZoneWithABrokenCnameRootIsNotAPolicy() {
        String zone = """
                $ORIGIN example.com.
                $TTL 3600
                @       IN SOA ns1.example.com. hostmaster.example.com. (2024010101 7200 3600 1209600 3600)
                        IN NS  ns1.example.com.
                www     IN A   192.0.2.10
                mail    IN CNAME www.example.com.
                typo    IN CNAME \u2038.
                """;
        assertNoMention(Z, zone);
    }

    @Test
    void fileNameWithRpzMakesItAnRpzZone() {
        String text = "bad.example CNAME \u2038.";
        assertTrue(ScanHarness.at(Z, text, "file:///etc/bind/db.rpz.local").isPresent());
        assertTrue(ScanHarness.at(Z, text, "file:///var/named/Blocklist-RPZ.zone").isPresent());
        assertTrue(ScanHarness.at(Z, text, "").isEmpty());
        assertTrue(ScanHarness.at(Z, text, "file:///var/named/example.com.zone").isEmpty());
        // only the file name counts, not a folder
        assertTrue(ScanHarness.at(Z, text, "file:///etc/rpz/example.com.zone").isEmpty());
    }

    @Test
    void triggerOwnerMakesItAnRpzZone() {
        assertMention(Z, "32.1.2.0.192.rpz-ip CNAME \u2038.", "rcode:3", ".");
        assertMention(Z, "ns1.evil.example.rpz-nsdname CNAME \u2038.", "rcode:3", ".");
        assertMention(Z, "32.5.2.0.192.rpz-client-ip.policy.example. CNAME *\u2038.", "pseudo:nodata", "*.");
        assertMention(Z, "32.53.2.0.192.rpz-nsip CNAME \u2038.", "rcode:3", ".");
        // a look-alike suffix is not a trigger
        assertNoMention(Z, "host.rpz-ipx CNAME \u2038.");
    }

    @Test
    void originOrSoaNamedRpzMakesItAnRpzZone() {
        assertMention(Z, "$ORIGIN rpz.example.net.\nbad CNAME \u2038.", "rcode:3", ".");
        assertMention(Z, "rpz.example.net. 3600 IN SOA ns.example.net. admin.example.net. 1 3600 600 86400 60\n"
                + "bad CNAME \u2038.", "rcode:3", ".");
        // "rpz" in a comment says nothing
        assertNoMention(Z, "; not an rpz zone\nbad CNAME \u2038.");
    }

    @Test
    void neighbouringTriggerMakesItAnRpzZone() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("host").append(i).append(" A 192.0.2.1\n");
        }
        sb.append("32.1.2.0.192.rpz-ip CNAME .\n");
        sb.append("bad.example CNAME \u2038.\n");
        assertMention(Z, sb.toString(), "rcode:3", ".");
    }

    @Test
    void signsFarAwayAreNotLookedAt() {
        StringBuilder sb = new StringBuilder("bad.example CNAME \u2038.\n");
        for (int i = 0; i < 100; i++) {
            sb.append("host").append(i).append(" A 192.0.2.1\n");
        }
        sb.append("32.1.2.0.192.rpz-ip CNAME .\n");
        assertNoMention(Z, sb.toString());
    }

    @Test
    void severalCnameRootsMakeItAnRpzZone() {
        assertMention(Z, "a.example CNAME .\nb.example CNAME *.\nc.example CNAME \u2038.", "rcode:3", ".");
        // two are still a coincidence
        assertNoMention(Z, "a.example CNAME .\nc.example CNAME \u2038.");
    }

    @Test
    void signInTheHeadReachesLinesFarBelow() {
        StringBuilder sb = new StringBuilder("$ORIGIN rpz.example.\n");
        for (int i = 0; i < 300; i++) {
            sb.append("host").append(i).append(" A 192.0.2.1\n");
        }
        sb.append("bad.example CNAME \u2038.\n");
        assertMention(Z, sb.toString(), "rcode:3", ".");
    }

    // ------------------------------------------------------------------ comments

    @Test
    void upperCaseCodeNamesInCommentsAreMentioned() {
        Mention m = assertMention(Z, RPZ_HEAD + "x.domain.com CNAME . ; NXDO\u2038MAIN policy", "rcode:3",
                "NXDOMAIN");
        assertEquals(Mention.Role.NAME, m.role());
        assertMention(Z, "nodata CNAME *. ; NO\u2038DATA policy", "pseudo:nodata", "NODATA");
        assertMention(Z, "www A 192.0.2.1 ; answered SERV\u2038FAIL last week", "rcode:2", "SERVFAIL");
        assertMention(Z, "; a NOT\u2038AUTH from the primary", "rcode:9", "NOTAUTH");
        assertMention(Z, "; REF\u2038USED", "rcode:5", "REFUSED");
    }

    @Test
    void cacheDumpNegativeEntries() {
        // rndc dumpdb: NXRRSET after ";-$" is a cached NODATA, not the UPDATE prerequisite code 8
        Mention m = assertMention(Z, "ipv4only.example.com.\t882\t\\-AAAA\t;-$NXRR\u2038SET", "pseudo:nodata",
                "NXRRSET");
        assertEquals("bind", m.tool());
        assertMention(Z, "nonexistent.example.com. 882\t\\-ANY\t;-$NXDO\u2038MAIN", "rcode:3", "NXDOMAIN");
        assertMention(Z, "; the update failed: NXRR\u2038SET", "rcode:8", "NXRRSET");
    }

    @Test
    void commentNearMissesAreNotMentioned() {
        assertNoMention(Z, "www A 192.0.2.1 ; nxdo\u2038main in lower case");
        assertNoMention(Z, "www A 192.0.2.1 ; NXDOMAIN_\u2038COUNT");
        assertNoMention(Z, "www A 192.0.2.1 ; PASS\u2038THRU");
        assertNoMention(Z, "; connection ref\u2038used");
    }

    @Test
    void codeNamesInRecordDataAreNotMentioned() {
        assertNoMention(Z, "info TXT \"NXDO\u2038MAIN\"");
        assertNoMention(Z, "info TXT \"a;NXDO\u2038MAIN\"");
        assertNoMention(Z, "nxdomain.example.com. A 192.0.2.\u20381");
        assertMention(Z, "info TXT \"a;b\" ; NXDO\u2038MAIN", "rcode:3", "NXDOMAIN");
    }

    @Test
    void longLinesAreCapped() {
        String pad = "x".repeat(ZoneScanner.MAX_LINE + 10);
        Optional<Mention> m = ScanHarness.at(Z, "www TXT \"" + pad + "\" ; NXDO\u2038MAIN");
        assertTrue(m.isEmpty());
    }
}
