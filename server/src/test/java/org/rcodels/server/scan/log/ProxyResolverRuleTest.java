package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** lua-resty-dns errors under Kong, APISIX and ingress-nginx; HAProxy's DNS causes of maintenance. Cursor is ‸. */
class ProxyResolverRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final String KONG = "2020/12/03 11:29:16 [error] 32#0: *561643 [lua] balancer.lua:900: execute(): "
            + "DNS resolution failed: ";

    // ------------------------------------------------------------------------------------------------ Kong

    @Test
    void kongNameErrorIsTheReplysRcodeWithANote() {
        Mention n = assertMention(LOG, KONG + "dns server error: ‸3 name error. Tried: [\"(short)app-api:(na) - "
                + "cache-miss\"]", "rcode:3", "3");
        assertEquals(Mention.Role.NUMBER, n.role());
        assertEquals("note.kongNameError", n.note());
        assertNull(n.tool());
        Mention t = assertMention(LOG, KONG + "dns server error: 3 name er‸ror. Tried: [\"(short)app-api:(na)\"]",
                "rcode:3", "name error");
        assertEquals(Mention.Role.NAME, t.role());
        assertEquals("note.kongNameError", t.note());
    }

    @Test
    void everyTryOfKongsTryListIsRead() {
        String line = KONG + "dns server error: 3 name error. Tried: [\"(short)app-api:(na) - cache-miss\","
                + "\"app-api:1 - cache-hit/stale/scheduled/dns server error: 3 name error\",\"app-api:33 - "
                + "cache-hit/dns server error: 3 name error\"], client: 172.20.1.7, server: kong";
        List<Mention> all = ScanHarness.mentions(LOG, line);
        assertEquals(6, all.size(), all.toString());
        assertTrue(all.stream().allMatch(m -> m.entry().id().equals("rcode:3")));
    }

    @Test
    void otherRcodesHaveTheirOwnTextAndNoNote() {
        Mention m = assertMention(LOG, "2018/04/19 15:43:06 [error] 58#0: *49480 [lua] postgres.lua:220: [postgres] "
                + "could not cleanup TTLs: [toip() name lookup failed]: dns server error: ‸2 server failure, context: "
                + "ngx.timer", "rcode:2", "2");
        assertNull(m.note());
        assertMention(LOG, "dns server error: 5 ref‸used", "rcode:5", "refused");
        assertMention(LOG, "dns server error: 1 format ‸error", "rcode:1", "format error");
        assertMention(LOG, "dns server error: 4 not impl‸emented", "rcode:4", "not implemented");
        // lua-resty-dns says "unknown" for 6 to 15: the number is still the reply's RCODE, the word names nothing
        assertMention(LOG, "dns server error: ‸9 unknown", "rcode:9", "9");
        assertNoMention(LOG, "dns server error: 9 unk‸nown");
    }

    @Test
    void kongsOwnErrorsAndMismatchesAreNoCodes() {
        assertNoMention(LOG, KONG + "dns server error: ‸100 cache only lookup failed. Tried: [\"(short)x:(na)\"]");
        assertNoMention(LOG, "[dns] dns client error: ‸101 empty record received. Tried: [\"x.service.consul:1\"]");
        assertNoMention(LOG, "[dns] dns client error: 101 empty record rec‸eived");
        // older Kong: "server failure" with 4, which lua-resty-dns calls "not implemented"
        assertNoMention(LOG, "dns server error: ‸4 server failure, cache only lookup failed");
        assertNoMention(LOG, "dns server error: ‸3 server failure");
        assertNoMention(LOG, "dns server error: ‸3");
        assertNoMention(LOG, "dns server error: ‸3 name errors");
        assertNoMention(LOG, "dns server error: ‸16 unknown");
        assertNoMention(LOG, "dns server error: ‸0 unknown");
        // Kong's newer client when no reply came, and prose
        assertNoMention(LOG, "DNS server error: failed to receive reply from UDP server 10.0.0.2:53: ‸timeout");
        assertNoMention(LOG, "DNS server error: ‸3 name error");
        assertNoMention(LOG, "2017/05/30 [debug] lookup(): [dns-client] querying 'x' for type 33: entries 0 error ‸3 "
                + "name error");
    }

    // ------------------------------------------------------------------------------------------------ APISIX, ingress

    @Test
    void apisixAndIngressNginxWriteTheCodeAndTheText() {
        Mention m = assertMention(LOG, "域名解析报错 server returned error code: ‸3: name error", "rcode:3", "3");
        assertNull(m.note());
        assertMention(LOG, "failed to query the DNS server:\\nserver returned error code: 2: server fail‸ure",
                "rcode:2", "server failure");
        assertNoMention(LOG, "server returned error code: ‸3: server failure");
        assertNoMention(LOG, "upload failed: server returned error code: ‸503");
        assertNoMention(LOG, "server returned error code: ‸404: not found");
    }

    // ------------------------------------------------------------------------------------------------ HAProxy

    @Test
    void haproxyDnsCausesOfMaintenance() {
        Mention m = assertMention(LOG, "haproxy_lb.1.j0v5awcu7s9q@docker-desktop    | [WARNING] 238/062612 (6) : Server "
                + "slave-tcp-node/slave1 was DOWN and now enters maintenance (DNS ‸NX status).", "rcode:3",
                "DNS NX status");
        assertNull(m.tool());
        assertMention(LOG, "[WARNING] 123/101010 (7) : Server be_app/app1 is going DOWN for maintenance (DNS ref‸used "
                + "status). 0 active and 0 backup servers left.", "rcode:5", "DNS refused status");
    }

    @Test
    void haproxysOtherCausesNameNoCode() {
        assertNoMention(LOG, "[WARNING] 123/101011 (7) : Server be_app/app2 is going DOWN for maintenance (DNS "
                + "time‸out status). 0 active and 0 backup servers left.");
        assertNoMention(LOG, "[WARNING] 123/101012 (7) : Server be_app/app3 is going DOWN for maintenance "
                + "(unspecified ‸DNS error). 0 active and 0 backup servers left.");
        assertNoMention(LOG, "[WARNING]  (10299) : Server cloudmap/srv13 is going DOWN for maintenance (No IP for "
                + "ser‸ver ). 199 active and 0 backup servers left.");
        assertNoMention(LOG, "notes: the DNS ‸NX status page");
    }

    // ------------------------------------------------------------------------------------------------ anchors

    @Test
    void linesWithoutTheProducersWordsAreNotTheRules() {
        ProxyResolverRule rule = new ProxyResolverRule();
        for (String l : List.of("DNS server error: 3 name error", "dns error 3 name error", "maintenance (DNS timeout status).",
                "Server returned error code: 503", "server is down (NX status)")) {
            assertFalse(rule.accepts(l), "the rule should not accept: " + l);
        }
    }
}
