package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

class CorefileScannerTest {
    private static final Dialect D = Dialect.COREFILE;

    private static String template(String inner) {
        return ". {\n    template IN A example.org {\n        " + inner + "\n    }\n}";
    }

    @Test
    void templateRcodeIsAName() {
        Mention m = assertMention(D, template("rcode NXDO‸MAIN"), "rcode:3", "NXDOMAIN");
        assertEquals(Mention.Role.NAME, m.role());
        assertEquals("coredns", m.tool());
    }

    @Test
    void templateRcodeInWrongCaseIsStillMentioned() {
        // CoreDNS rejects it ("unknown rcode nxdomain"), but it still names the code; diagnostics say the rest
        Mention m = assertMention(D, template("rcode nxdo‸main"), "rcode:3", "nxdomain");
        assertEquals("coredns", m.tool());
    }

    @Test
    void badsigInACorefileIsTheRepliesBadvers() {
        // miekg/dns names 16 BADSIG; a template's rcode and forward's next/failover are a reply's header+OPT RCODE
        Mention m = assertMention(D, template("rcode BAD‸SIG"), "rcode:16:badvers", "BADSIG");
        assertEquals("note.corefileBadsig", m.note());
        assertMention(D, ".:53 {\n    forward . 192.0.2.53 {\n        next BAD‸SIG\n    }\n}\n", "rcode:16:badvers",
                "BADSIG");
        assertFalse(org.rcodels.catalog.Catalog.standard().texts("en").label("note.corefileBadsig").isBlank());
    }

    @Test
    void quotedNamesAreNamesToo() {
        // Caddy's lexer, which CoreDNS uses, drops the quotes: the plugin reads NXDOMAIN either way
        Mention m = assertMention(D, template("rcode \"NXDO‸MAIN\""), "rcode:3", "NXDOMAIN");
        assertEquals(Mention.Role.NAME, m.role());
        assertMention(D, ".:53 {\n    forward . 192.0.2.53 {\n        failover \"SERV‸FAIL\"\n    }\n}\n", "rcode:2",
                "SERVFAIL");
        assertMention(D, template("ederror \"2‸1\""), "ede:21", "21");
        assertMention(D, ". {\n    rewrite rcode \"SERV‸FAIL\" NXDOMAIN\n}", "rcode:2", "SERVFAIL");
    }

    @Test
    void templateOnOneLine() {
        assertMention(D, "template IN AAAA example.org { rcode SERV‸FAIL }", "rcode:2", "SERVFAIL");
    }

    @Test
    void rcodeOutsideTemplateOrRewriteIsNotAConstruct() {
        // lower case, and no template around it: nothing
        assertNoMention(D, ". {\n    hosts {\n        rcode nxdo‸main\n    }\n}");
    }

    @Test
    void ederrorNumberIsAnEde() {
        Mention m = assertMention(D, template("ederror 2‸1 \"Blocked according to RFC2606\""), "ede:21", "21");
        assertEquals("note.edeNumber", m.note());
        assertNoMention(D, template("ederror 21 \"Blocked according to RFC‸2606\""));
    }

    @Test
    void forwardNextAndFailoverNames() {
        String cf = ". {\n    forward . 10.0.0.1 10.0.0.2 {\n        next NXDOMAIN SERVFAIL\n"
                + "        failover servfail REFUSED\n        max_concurrent 1000\n    }\n}";
        assertMention(D, cf.replace("next NXDOMAIN", "next NX‸DOMAIN"), "rcode:3", "NXDOMAIN");
        assertMention(D, cf.replace("NXDOMAIN SERVFAIL", "NXDOMAIN SERV‸FAIL"), "rcode:2", "SERVFAIL");
        assertMention(D, cf.replace("failover servfail", "failover serv‸fail"), "rcode:2", "servfail");
        assertMention(D, cf.replace("servfail REFUSED", "servfail REF‸USED"), "rcode:5", "REFUSED");
        assertNoMention(D, cf.replace("max_concurrent 1000", "max_concurrent 10‸00"));
    }

    @Test
    void rewriteRcodeOnOneLineTakesNamesAndNumbers() {
        assertMention(D, "rewrite stop rcode exact example.org SERV‸FAIL NOERROR", "rcode:2", "SERVFAIL");
        assertMention(D, "rewrite stop rcode exact example.org SERVFAIL NOER‸ROR", "rcode:0", "NOERROR");
        assertMention(D, "rewrite rcode example.org servfail noer‸ror", "rcode:0", "noerror");
        Mention m = assertMention(D, "rewrite continue rcode example.org ‸2 0", "rcode:2", "2");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertMention(D, "rewrite continue rcode example.org 2 ‸0", "rcode:0", "0");
        // CoreDNS accepts 0-23 only
        assertNoMention(D, "rewrite continue rcode example.org 2 2‸4");
    }

    @Test
    void rewriteRcodeInABlock() {
        String cf = "rewrite continue {\n    rcode regex (.*)\\.coredns\\.rocks SERVFAIL NOERROR\n}";
        assertMention(D, cf.replace("SERVFAIL", "SERV‸FAIL"), "rcode:2", "SERVFAIL");
        assertMention(D, cf.replace("NOERROR", "NOER‸ROR"), "rcode:0", "NOERROR");
    }

    @Test
    void rewriteOfOtherFieldsHasNoCodes() {
        assertNoMention(D, "rewrite ttl regex (.*)\\.example\\.org 1‸5");
        assertNoMention(D, "rewrite name exact refused.example.org ‸ok.example.org");
    }

    @Test
    void aclBlockAndFilterArePolicies() {
        String acl = ". {\n    acl example.org {\n        block type A net 192.168.0.0/16\n"
                + "        filter type AAAA net 10.0.0.0/8\n        drop net 172.16.0.0/12\n        allow net 10.1.0.0/16\n"
                + "    }\n}";
        Mention b = assertMention(D, acl.replace("block type", "bl‸ock type"), "rcode:5", "block");
        assertEquals(Mention.Role.POLICY, b.role());
        assertEquals("note.policy", b.note());
        Mention f = assertMention(D, acl.replace("filter type", "fil‸ter type"), "pseudo:nodata", "filter");
        assertEquals(Mention.Role.POLICY, f.role());
        assertNoMention(D, acl.replace("drop net", "dr‸op net"));
        assertNoMention(D, acl.replace("allow net", "al‸low net"));
        assertNoMention(D, acl.replace("192.168.0.0/16", "192.16‸8.0.0/16"));
    }

    @Test
    void aclOnOneLine() {
        assertMention(D, "acl { bl‸ock type A net 192.168.0.0/16 }", "rcode:5", "block");
    }

    @Test
    void blockOutsideAclIsNotAPolicy() {
        assertNoMention(D, ". {\n    hosts {\n        bl‸ock 10.0.0.1\n    }\n}");
    }

    @Test
    void cacheServfailNamesServfail() {
        String cf = ". {\n    cache 30 {\n        success 9984 30\n        servfail 5s\n    }\n}";
        Mention m = assertMention(D, cf.replace("servfail 5s", "serv‸fail 5s"), "rcode:2", "servfail");
        assertEquals(Mention.Role.NAME, m.role());
        assertEquals("note.option.coredns.cacheServfail", m.note());
        assertEquals(java.util.List.of("text", "servfail 5s"), m.noteArgs());
        assertNoMention(D, cf.replace("cache 30", "cache 3‸0"));
        assertNoMention(D, cf.replace("servfail 5s", "servfail ‸5s"));
    }

    @Test
    void alternatePlugin() {
        assertMention(D, "alternate original NXDO‸MAIN . 8.8.8.8", "rcode:3", "NXDOMAIN");
        assertMention(D, "alternate SERV‸FAIL . 8.8.8.8", "rcode:2", "SERVFAIL");
    }

    @Test
    void commentsMentionUpperCaseNamesOnly() {
        assertMention(D, "# answer NXDO‸MAIN for blocked names", "rcode:3", "NXDOMAIN");
        assertMention(D, "    cache 30 # keep SERV‸FAIL short", "rcode:2", "SERVFAIL");
        assertMention(D, "# NO‸DATA for AAAA", "pseudo:nodata", "NODATA");
        assertNoMention(D, "# queries are ref‸used here");
        assertNoMention(D, "#rcode nxdo‸main");
        assertNoMention(D, ". {\n    acl {\n        # bl‸ock type A\n        allow\n    }\n}");
        assertNoMention(D, "# see rcode ‸2");
    }

    @Test
    void nearMisses() {
        assertNoMention(D, ".:5‸3 {");
        assertNoMention(D, "    prometheus :91‸53");
        assertNoMention(D, "    ttl 3‸0");
        assertNoMention(D, "    pods disab‸led");
        assertNoMention(D, "    log . {\n        class den‸ial error\n    }");
        assertNoMention(D, "    errors {\n        consolidate 5m \".* i/o ti‸meout$\"\n    }");
        assertNoMention(D, "    log /var/log/coredns/ref‸used.log");
        assertNoMention(D, "    forward . tls://1.1.1.1 { tls_servername cloudflare-dns.com }\n    ‸");
    }

    @Test
    void upperCaseNameInsideADomainOrPathIsNot() {
        assertNoMention(D, "    file /etc/coredns/NXDO‸MAIN.db example.org");
        assertNoMention(D, "    hosts /etc/hosts NXDO‸MAIN.example.org");
    }

    @Test
    void kubernetesConfigMap() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: coredns\n  namespace: kube-system\ndata:\n"
                + "  Corefile: |\n    .:53 {\n        errors\n        template ANY ANY internal.example {\n"
                + "          rcode NXDOMAIN\n        }\n        cache 30\n    }\n";
        List<Mention> all = ScanHarness.mentions(D, yaml);
        assertEquals(1, all.size(), all.toString());
        assertEquals("rcode:3", all.get(0).entry().id());
        assertEquals(10, all.get(0).line());
        assertTrue(all.get(0).start() > 0);
    }

    @Test
    void aCodeAgainstChineseTextInAComment() {
        assertMention(Dialect.COREFILE, ".:53 {\n    # 上游返回SERV\u2038FAIL时重试\n    forward . 192.0.2.53\n}\n", "rcode:2",
                "SERVFAIL");
    }
}
