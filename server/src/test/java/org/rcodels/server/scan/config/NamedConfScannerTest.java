package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

class NamedConfScannerTest {
    private static final Dialect D = Dialect.NAMED_CONF;

    @Test
    void responsePolicyKeywords() {
        Mention m = assertMention(D, "    response-policy { zone \"rpz.local\" policy nxdo‸main; };", "rcode:3",
                "nxdomain");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("note.policy", m.note());
        assertEquals("bind", m.tool());
        assertEquals(java.util.List.of("text", "policy nxdomain"), m.noteArgs());
        assertMention(D, "        zone \"nodata.rpz\" policy no‸data;", "pseudo:nodata", "nodata");
        assertMention(D, "        zone \"a.rpz\" max-policy-ttl 60 policy NX‸DOMAIN;", "rcode:3", "NXDOMAIN");
        for (String p : new String[] {"gi‸ven", "disab‸led", "passt‸hru", "dr‸op", "tcp-o‸nly"}) {
            assertNoMention(D, "        zone \"a.rpz\" policy " + p + ";");
        }
        assertNoMention(D, "        zone \"a.rpz\" policy cname walled.exa‸mple.;");
        assertNoMention(D, "        zone \"nxdo‸main.rpz\";");
        // ede: the Extended DNS Error the zone's rewritten answers carry (BIND's names of RFC 8914 codes)
        Mention ede = assertMention(D, "    zone \"rpz.local\" policy nxdomain ede block‸ed;", "ede:15", "blocked");
        assertEquals(Mention.Role.POLICY, ede.role());
        assertEquals("note.bindRpzEde", ede.note());
        assertEquals(java.util.List.of("text", "ede blocked"), ede.noteArgs());
        assertMention(D, "    zone \"rpz.local\" policy nxdo‸main ede blocked;", "rcode:3", "nxdomain");
        assertMention(D, "    zone \"f\" ede for‸ged;", "ede:4", "forged");
        assertMention(D, "    zone \"f\" ede PROHIB‸ITED;", "ede:18", "PROHIBITED");
        assertNoMention(D, "    zone \"f\" ede no‸ne;");
        assertNoMention(D, "    zone \"f\" ede \"block‸ed\";");
        assertNoMention(D, "    ede block‸ed;");
        // the clause over several lines
        assertMention(D, "  response-policy {\n    zone \"a.rpz\"\n      policy nxdo‸main;\n  };", "rcode:3", "nxdomain");
        assertMention(D, "  response-policy {\n    zone \"a.rpz\" policy\n      no‸data;\n  };", "pseudo:nodata",
                "nodata");
        assertMention(D, "  response-policy {\n    zone \"a.rpz\"\n      max-policy-ttl 60\n      policy nxdo‸main;\n  };",
                "rcode:3", "nxdomain");
        assertNoMention(D, "  response-policy { zone \"a.rpz\"; };\n  nxdo‸main;");
        assertMention(D, "  response-policy {\n    zone \"a.rpz\"\n      policy nxdomain\n      ede bloc‸ked;\n  };", "ede:15",
                "blocked");
        assertNoMention(D, "  zone \"a.rpz\" policy cname\n      nxdo‸main.example.;");
    }

    @Test
    void rateLimitKeywords() {
        Mention m = assertMention(D, "        nxdo‸mains-per-second 5;", "rcode:3", "nxdomain");
        assertEquals(Mention.Role.NAME, m.role());
        assertEquals("note.option.bind.nxdomainsPerSecond", m.note());
        assertEquals(java.util.List.of("text", "nxdomains-per-second 5"), m.noteArgs());
        Mention nodata = assertMention(D, "        no‸data-per-second 5;", "pseudo:nodata", "nodata");
        assertEquals("note.option.bind.nodataPerSecond", nodata.note());
        assertEquals(java.util.List.of("text", "nodata-per-second 5"), nodata.noteArgs());
        assertNoMention(D, "        nxdomains-per-sec‸ond 5;");
        assertNoMention(D, "        nxdomains-per-second ‸5;");
        assertNoMention(D, "        errors-per‸-second 5;");
        assertNoMention(D, "        responses-per-second ‸10;");
    }

    @Test
    void optionsNamingACode() {
        Mention ttl = assertMention(D, "    serv‸fail-ttl 1;", "rcode:2", "servfail");
        assertEquals(Mention.Role.NAME, ttl.role());
        assertEquals("bind", ttl.tool());
        assertEquals("note.option.bind.servfailTtl", ttl.note());
        assertEquals(java.util.List.of("text", "servfail-ttl 1"), ttl.noteArgs());
        assertNoMention(D, "    servfail-ttl ‸1;");
        // the value as written, spaces between the words normalised; the keyword alone when the value is not there
        assertEquals(java.util.List.of("text", "servfail-ttl 30s"),
                assertMention(D, "options { serv‸fail-ttl   30s; };", "rcode:2", "servfail").noteArgs());
        assertEquals(java.util.List.of("text", "servfail-ttl"),
                assertMention(D, "    serv‸fail-ttl", "rcode:2", "servfail").noteArgs());
        Mention auth = assertMention(D, "    auth-nxdo‸main no;", "rcode:3", "nxdomain");
        assertEquals("note.option.bind.authNxdomain", auth.note());
        assertEquals(java.util.List.of(), auth.noteArgs());
        Mention redirect = assertMention(D, "    nxdo‸main-redirect \"redirect.example\";", "rcode:3", "nxdomain");
        assertEquals("note.option.bind.nxdomainRedirect", redirect.note());
        assertEquals(java.util.List.of("text", "nxdomain-redirect \"redirect.example\""), redirect.noteArgs());
    }

    @Test
    void requireServerCookie() {
        Mention m = assertMention(D, "    require-server-coo‸kie yes;", "rcode:23", "require-server-cookie");
        assertEquals(Mention.Role.POLICY, m.role());
        assertNoMention(D, "    require-server-coo‸kie no;");
        assertNoMention(D, "    answer-coo‸kie yes;");
    }

    @Test
    void commentsMentionUpperCaseNamesOnly() {
        assertMention(D, "// blocked names get NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertMention(D, "# REF‸USED for strangers", "rcode:5", "REFUSED");
        assertMention(D, "    allow-query { none; }; /* answers REF‸USED */", "rcode:5", "REFUSED");
        assertNoMention(D, "// zone \"rpz\" policy nxdo‸main;");
        assertNoMention(D, "#    servfail-t‸tl 2;");
        assertNoMention(D, "/* require-server-coo‸kie yes; */");
    }

    @Test
    void blockCommentOverSeveralLines() {
        String conf = "options {\n/*\n    response-policy { zone \"rpz\" policy nxdomain; };\n    servfail-ttl 2;\n*/\n"
                + "    servfail-ttl 3;\n};";
        assertNoMention(D, conf.replace("policy nxdomain", "policy nxdo‸main"));
        assertNoMention(D, conf.replace("servfail-ttl 2", "serv‸fail-ttl 2"));
        assertMention(D, conf.replace("servfail-ttl 3", "serv‸fail-ttl 3"), "rcode:2", "servfail");
    }

    @Test
    void codeAfterTheEndOfABlockComment() {
        String conf = "/* old:\n   servfail-ttl 30; */ servfail-ttl 1;";
        assertNoMention(D, conf.replace("servfail-ttl 30", "serv‸fail-ttl 30"));
        assertMention(D, conf.replace("servfail-ttl 1", "serv‸fail-ttl 1"), "rcode:2", "servfail");
    }

    @Test
    void nearMisses() {
        assertNoMention(D, "    file \"/var/named/ref‸used.zone\";");
        assertNoMention(D, "    listen-on port 5‸3 { any; };");
        assertNoMention(D, "    dnssec-po‸licy default;");
        assertNoMention(D, "    max-cache-ttl 36‸00;");
        assertNoMention(D, "    category query-errors { default_debug; }; ‸");
    }
}
