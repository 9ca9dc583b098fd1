package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

class UnboundConfScannerTest {
    private static final Dialect D = Dialect.UNBOUND_CONF;

    @Test
    void localZoneTypesThatFixTheCode() {
        Mention m = assertMention(D, "    local-zone: \"ads.example.\" always_nx‸domain", "rcode:3", "always_nxdomain");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("note.policy", m.note());
        assertEquals("unbound", m.tool());
        assertMention(D, "local-zone: \"corp.example.\" ref‸use", "rcode:5", "refuse");
        assertMention(D, "local-zone: \"corp.example.\" always_ref‸use", "rcode:5", "always_refuse");
        assertMention(D, "local-zone: \"v6only.example.\" always_no‸data", "pseudo:nodata", "always_nodata");
        assertMention(D, "local-zone: example.net. block_‸a", "pseudo:nodata", "block_a");
        assertMention(D, "local-zone: example.net. block_aa‸aa", "pseudo:nodata", "block_aaaa");
    }

    @Test
    void quotedZoneTypeCoversTheWordOnly() {
        assertMention(D, "local-zone: \"ads.example.\" \"always_nx‸domain\"", "rcode:3", "always_nxdomain");
    }

    @Test
    void localZoneTypesWithoutACode() {
        assertNoMention(D, "local-zone: \"ads.example.\" de‸ny");
        assertNoMention(D, "local-zone: \"ads.example.\" always_de‸ny");
        assertNoMention(D, "local-zone: \"ads.example.\" inform_de‸ny");
        assertNoMention(D, "local-zone: \"ads.example.\" always_nu‸ll");
        assertNoMention(D, "local-zone: \"local.\" sta‸tic");
        assertNoMention(D, "local-zone: \"local.\" transpa‸rent");
        assertNoMention(D, "local-zone: \"example.com\" block_a_wd‸ata");
        // the zone name is not the type
        assertNoMention(D, "local-zone: \"re‸fuse.example.\" transparent");
    }

    @Test
    void otherKeywordsTakingAZoneType() {
        assertMention(D, "local-zone-override: \"example.com\" 192.0.2.0/24 re‸fuse", "rcode:5", "refuse");
        assertMention(D, "access-control-tag-action: 192.0.2.0/24 tag3 always_nx‸domain", "rcode:3",
                "always_nxdomain");
        assertMention(D, "interface-tag-action: eth0@5003 tag3 re‸fuse", "rcode:5", "refuse");
        assertMention(D, "response-ip: 192.0.2.0/24 always_ref‸use", "rcode:5", "always_refuse");
    }

    @Test
    void accessControlActions() {
        Mention m = assertMention(D, "    access-control: 10.0.0.0/8 ref‸use", "rcode:5", "refuse");
        assertEquals(Mention.Role.POLICY, m.role());
        assertMention(D, "access-control: 0.0.0.0/0 refuse_non_lo‸cal", "rcode:5", "refuse_non_local");
        // an allow action that answers BADCOOKIE only to a bad cookie: its own note, not "makes the server answer"
        assertEquals("note.unboundAllowCookie",
                assertMention(D, "access-control: 192.0.2.0/24 allow_coo‸kie", "rcode:23", "allow_cookie").note());
        assertEquals("note.policy", m.note());
        assertMention(D, "interface-action: eth0 ref‸use", "rcode:5", "refuse");
        assertNoMention(D, "access-control: 10.0.0.0/8 de‸ny");
        assertNoMention(D, "access-control: 10.0.0.0/8 deny_non_lo‸cal");
        assertNoMention(D, "access-control: 10.0.0.0/8 al‸low");
        assertNoMention(D, "access-control: 10.0.0.0/‸8 allow_snoop");
        assertNoMention(D, "access-control: ::1 allow_se‸trd");
    }

    @Test
    void rpzActionOverride() {
        assertMention(D, "    rpz-action-override: nxdo‸main", "rcode:3", "nxdomain");
        assertMention(D, "    rpz-action-override: no‸data", "pseudo:nodata", "nodata");
        assertNoMention(D, "    rpz-action-override: dr‸op");
        assertNoMention(D, "    rpz-action-override: passt‸hru");
    }

    @Test
    void codeNamedInsideOptionKeywords() {
        Mention m = assertMention(D, "    log-serv‸fail: yes", "rcode:2", "servfail");
        assertEquals(Mention.Role.NAME, m.role());
        assertEquals("unbound", m.tool());
        assertEquals("note.option.unbound.logServfail", m.note());
        assertNoMention(D, "    l‸og-servfail: yes");
        assertEquals("note.option.unbound.hardenBelowNxdomain",
                assertMention(D, "    harden-below-nx‸domain: yes", "rcode:3", "nxdomain").note());
        assertEquals("note.option.unbound.rpzSignalNxdomainRa",
                assertMention(D, "    rpz-signal-nx‸domain-ra: yes", "rcode:3", "nxdomain").note());
        // the note says what yes does and which value is the default, whatever the line holds
        assertEquals("note.option.unbound.rpzSignalNxdomainRa",
                assertMention(D, "    rpz-signal-nx‸domain-ra: no", "rcode:3", "nxdomain").note());
        assertNoMention(D, "    e‸de: yes");
        assertNoMention(D, "    ede-serve-exp‸ired: yes");
    }

    @Test
    void commentsMentionUpperCaseNamesOnly() {
        assertMention(D, "# clients outside get REF‸USED", "rcode:5", "REFUSED");
        assertMention(D, "    local-zone: \"x.example.\" static  # NXDO‸MAIN or NODATA", "rcode:3", "NXDOMAIN");
        assertNoMention(D, "# local-zone: \"ads.example.\" always_nx‸domain");
        assertNoMention(D, "#   block_‸a");
        assertNoMention(D, "# access-control: 10.0.0.0/8 ref‸use");
    }

    @Test
    void nearMisses() {
        assertNoMention(D, "    logfile: \"/var/log/unbound/ref‸used.log\"");
        assertNoMention(D, "    port: 5‸3");
        assertNoMention(D, "    cache-max-negative-ttl: 36‸00");
        assertNoMention(D, "    forward-addr: 1.1.1.1@853#cloudflare-dns.com  ‸");
        assertNoMention(D, "    local-data: \"refuse.example. A 192.0.2.‸1\"");
        assertNoMention(D, "    num-threads: ‸2");
    }
}
