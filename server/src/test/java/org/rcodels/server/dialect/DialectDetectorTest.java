package org.rcodels.server.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    private static Dialect detect(String uri, String languageId, String text) {
        String[] lines = text.split("\n", -1);
        return DialectDetector.detect(uri, languageId, lines.length, i -> lines[i]);
    }

    private static final String BLOCKLIST = "# generated blocklist\n"
            + "local-zone: \"ads.example.\" always_nxdomain\n"
            + "local-zone: \"tracker.example.\" always_nxdomain\n";

    @Test
    void anUnboundIncludeFolderMakesAConfFileUnbound() {
        for (String uri : List.of("file:///etc/unbound/unbound.conf.d/blocklist.conf",
                "file:///etc/unbound/local.d/ads.conf", "file:///usr/local/etc/unbound/forward.conf",
                "file:///C:/Program%20Files/Unbound/blocklist.conf")) {
            // whatever the content: an include may hold a single forward-zone or nothing yet
            assertEquals(Dialect.UNBOUND_CONF, detect(uri, null, "\n"), uri);
            assertEquals(Dialect.UNBOUND_CONF, detect(uri, null, BLOCKLIST), uri);
        }
        // the file name keeps its own verdict, and only .conf files count
        assertEquals(Dialect.LUA, detect("file:///etc/unbound/dnsdist.conf", null, "\n"));
        assertEquals(Dialect.LOG, detect("file:///var/log/unbound/unbound.log", null, "[1] unbound[1:0] info: x\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/unbound/notes.txt", null, "nothing here\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/unbound-exporter/settings.conf", null, "x = 1\n"));
        // a client's language id wins
        assertEquals(Dialect.LUA, detect("file:///etc/unbound/unbound.conf.d/x.conf", "lua", "\n"));
    }

    @Test
    void aFileThatStartsWithLocalZoneOrLocalDataLinesIsUnbound() {
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/blocklists/ads.conf", null, BLOCKLIST));
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/blocklists/hosts", null,
                "local-data: \"ads.example. A 0.0.0.0\"\nlocal-data: \"ads.example. AAAA ::\"\n"));
        assertEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-1", null,
                "\n    local-data-ptr: \"192.0.2.1 host.example.\"\n"));
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///tmp/x", null,
                "local-zone: \"ads.example.\" \"always_nxdomian\" # a typo to find\n"));
    }

    @Test
    void otherFilesThatMentionLocalZoneStayWhatTheyAre() {
        // Knot Resolver 6 YAML has a local-data: key, with a mapping under it
        String kresd = "local-data:\n  rules:\n    - name: ads.example.\n      subtree: nxdomain\n";
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/knot-resolver/config.yaml", null, kresd));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-1", null, kresd));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///tmp/config", "yaml",
                "local-data: \"ads.example. A 0.0.0.0\"\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/values.yml", null,
                "local-zone: \"ads.example.\" always_nxdomain\n"));
        // Markdown and prose that quote the option
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/docs/blocking.md", null,
                "# Blocking\n\nlocal-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-2", "markdown",
                "local-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/notes.txt", null,
                "To block a name, add local-zone: \"ads.example.\" always_nxdomain\n"));
        // the statement must come first, with its values
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/notes.txt", null,
                "Some notes\nlocal-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "local-zone:\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "local-data: x\n"));
    }

    @Test
    void theClauseSignsStillWork() {
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "server:\n    verbosity: 1\n"));
        assertEquals(Dialect.NAMED_CONF, detect("file:///srv/x", null, "options {\n};\n"));
        assertEquals(Dialect.ZONE, detect("file:///srv/x", null, "$ORIGIN example.\n"));
    }

    @Test
    void aTicketThatOpensWithAConfigSnippetIsReadAsDigOutput() {
        String dig = "\ndig from the pod:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n"
                + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n";
        assertEquals(Dialect.DIG, detect("file:///tmp/ticket6.txt", "plaintext",
                ".:53 {\n    forward . 10.0.0.53\n}\n" + dig));
        assertEquals(Dialect.DIG, detect("file:///tmp/ticket4.txt", "plaintext",
                "server:\n    local-zone: \"ads.example.\" always_nxdomain\n" + dig));
        assertEquals(Dialect.DIG, detect("untitled:Untitled-1", "plaintext", "options {\n};\n" + dig));
        // without dig output, the snippet's shape still decides
        assertEquals(Dialect.COREFILE, detect("untitled:Untitled-1", "plaintext", ".:53 {\n    forward . 10.0.0.53\n}\n"));
    }

    @Test
    void documentsThatQuoteConfigLinesAreNoConfigs() {
        assertEquals(Dialect.TEXT, detect("file:///repo/README.md", "markdown",
                "# Blocking\n\n```\nserver:\n    local-zone: \"ads.example.\" nxdomain\n```\n"));
        assertEquals(Dialect.TEXT, detect("file:///repo/app.yaml", "yaml",
                "server:\n  port: 8080\n  access-control: allow_all\n"));
        assertEquals(Dialect.TEXT, detect("file:///repo/notes.md", "markdown", "options {\n};\nzone \"x\" {\n};\n"));
        // a Kubernetes ConfigMap's Corefile key still makes a YAML file a Corefile
        assertEquals(Dialect.COREFILE, detect("file:///k8s/coredns.yaml", "yaml",
                "data:\n  Corefile: |\n    .:53 {\n        errors\n    }\n"));
    }

    /** 24 ordinary syslog lines; {@code extra} replaces the 13th. */
    private static String syslog(String extra) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(i == 12 ? extra : "Mar  5 10:00:" + (10 + i) + " host CRON[" + (900 + i)
                    + "]: (root) CMD (run-parts /etc/cron.hourly)").append('\n');
        }
        return sb.toString();
    }

    @Test
    void oneUpdateFailedLineDoesNotMakeALogDigOutput() {
        String app = syslog("Mar  5 10:00:22 host app[77]: update failed: permission denied");
        assertEquals(Dialect.LOG, detect("file:///var/log/syslog", null, app));
        assertEquals(Dialect.LOG, detect("file:///var/log/messages.log", null, app));
        assertEquals(Dialect.TEXT, detect("file:///tmp/notes", null, app));
        assertEquals(Dialect.TEXT, detect("untitled:Untitled-1", "plaintext", app));
        // BIND named's update and transfer lines are log lines too
        String named = syslog("Mar  5 10:00:22 ns1 named[812]: client @0x7f 10.0.0.5#1234/key dhcp: updating zone "
                + "'example.com/IN': update failed: 'RRset exists (value dependent)' prerequisite not satisfied "
                + "(NXRRSET)")
                + "Mar  5 10:00:23 ns1 named[812]: transfer of 'example.com/IN' from 192.0.2.1#53: failed while "
                + "receiving responses: REFUSED\n";
        assertEquals(Dialect.LOG, detect("file:///var/log/named/named.log", null, named));
        assertEquals(Dialect.TEXT, detect("file:///tmp/named-excerpt", null, named));
        // nsupdate's own output, as a terminal shows it, is still tool output
        assertEquals(Dialect.DIG, detect("file:///tmp/session", null, "> send\nupdate failed: NOTAUTH(BADSIG)\n"));
        assertEquals(Dialect.DIG, detect("file:///tmp/session", null, "update failed: REFUSED\n"));
        // and a real dig header in a log still makes it dig output (a ticket with dig output pasted in)
        assertEquals(Dialect.DIG, detect("file:///tmp/ticket.log", null,
                syslog(";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 2210")));
    }

    @Test
    void nsupdateFailureLines() {
        for (String yes : List.of("update failed: REFUSED", "update failed: NOTAUTH(BADSIG)", "update failed: YXDOMAIN ",
                "update failed: RESERVED11")) {
            assertEquals(true, DialectDetector.isNsupdateFailure(yes), yes);
        }
        for (String no : List.of("app: update failed: REFUSED", "update failed: permission denied",
                "update failed: 'RRset exists' (NXRRSET)", "update failed: ", "update failed: NO",
                "update failed: REFUSEDx", " update failed: REFUSED")) {
            assertEquals(false, DialectDetector.isNsupdateFailure(no), no);
        }
    }

    /** The Corefile of the report: one typo in a template rcode, a NOERROR forward does not accept. */
    private static final String COREFILE = ".:53 {\n    template IN A example.org {\n        rcode nxdomian\n    }\n"
            + "    forward . 8.8.8.8 {\n        failover NOERROR\n    }\n}\n";

    @Test
    void aBareCorefileOnStandardInputIsACorefile() {
        // check - names standard input <stdin>: nothing but the content can tell
        assertEquals(Dialect.COREFILE, detect("<stdin>", null, COREFILE));
        assertEquals(Dialect.COREFILE, detect("untitled:Untitled-1", null, COREFILE));
        assertEquals(Dialect.COREFILE, detect("<stdin>", null, "# CoreDNS for the lab\n\n" + COREFILE));
        // keys only a Corefile has decide at once: the root zone, with a port or a scheme, a name ending in a dot
        // or in .arpa, a dns:// or grpc:// scheme, several keys
        for (String first : List.of(". {", ".:53 {", "  .:1053 {", "tls://.:853 {", "https://.:443 {",
                "grpc://.:8053 {", "dns://example.org {", "example.org. {", "10.in-addr.arpa {",
                "example.org:1053 example.net. {", "dns://.:53 tls://.:853 {")) {
            assertEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    whoami\n}\n"), first);
            assertEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    reverse_proxy x:80\n}\n"), first);
        }
        // a plain dotted name, with a port or tls:// or https://, is also a Caddyfile site's or a CSS selector's
        // shape: the block's first directive must be a CoreDNS plugin
        for (String first : List.of("example.org {", "example.org:1053 {", "tls://example.org {",
                "https://example.org {", "example.org example.net {")) {
            assertEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    # a comment\n\n    forward . "
                    + "192.0.2.53\n}\n"), first);
            assertEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    errors\n    log\n}\n"), first);
            assertEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    kubernetes cluster.local {\n"), first);
            assertNotEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    reverse_proxy localhost:8080\n"
                    + "}\n"), first);
            assertNotEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    log\n    tls internal\n}\n"),
                    first);
            assertNotEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n"), first);
        }
        assertNotEquals(Dialect.COREFILE, detect("style.css", null, "div.note {\n  color: red;\n}\n"));
        assertNotEquals(Dialect.COREFILE, detect("style.css", null, "a.active, b.x {\n  cache: none;\n}\n"));
    }

    @Test
    void otherBlockConfigsAreNoCorefile() {
        for (String first : List.of("server {", "http {", "{", "resource \"x\" \"y\" {", "events {",
                "upstream backend.local {", "location /api {", "node 'www.example.com' {", "example {",
                "localhost:8080 {", ":8080 {", ".nav {", "example..org {", "example.org: {", "example.org:http {",
                "ftp://example.org {", "*.example.org {", "example.org", ".:53", "{ \"a\": 1 }",
                "example.org { whoami }")) {
            assertNotEquals(Dialect.COREFILE, detect("<stdin>", null, first + "\n    whoami\n}\n"), first);
        }
        // only the first line that is neither blank nor a comment
        assertNotEquals(Dialect.COREFILE, detect("<stdin>", null, "Some notes\n.:53 {\n    whoami\n}\n"));
        // YAML, Markdown and other documents that quote a Corefile keep their kind; a ConfigMap is still read
        assertNotEquals(Dialect.COREFILE, detect("file:///srv/docs/coredns.md", null, COREFILE));
        assertNotEquals(Dialect.COREFILE, detect("untitled:Untitled-1", "markdown", COREFILE));
        assertEquals(Dialect.COREFILE, detect("file:///srv/coredns.yaml", null,
                "data:\n  Corefile: |\n    .:53 {\n        errors\n    }\n"));
        // a file name keeps its verdict
        assertEquals(Dialect.LOG, detect("file:///var/log/coredns.log", null, COREFILE));
        assertEquals(Dialect.COREFILE, detect("file:///etc/coredns/Corefile", null, "example.org {\n}\n"));
    }

    @Test
    void aQuotedConfigMapDoesNotMakeADocumentACorefile() {
        // coredns/coredns#6855 as an issue text: a fenced ConfigMap after a fenced errors line
        String issue = "## What happened\n```\n[ERROR] plugin/errors: 2 _grpc._tcp.x. SRV: no next plugin found\n```\n"
                + "```yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  Corefile: |\n    .:53 {\n        errors\n"
                + "    }\n```\n";
        assertNotEquals(Dialect.COREFILE, detect("file:///notes/coredns-6855.md", "markdown", issue));
        assertNotEquals(Dialect.COREFILE, detect("file:///notes/coredns-6855.md", null, issue));
        assertNotEquals(Dialect.COREFILE, detect("file:///notes/ticket.txt", null, issue));
        assertNotEquals(Dialect.COREFILE, detect("untitled:Untitled-1", "plaintext", issue));
        // the ConfigMap itself, and a buffer with no name or language, still are
        assertEquals(Dialect.COREFILE, detect("file:///k8s/coredns-cm.yml", null,
                "data:\n  Corefile: |\n    .:53 {\n        errors\n    }\n"));
        assertEquals(Dialect.COREFILE, detect("<stdin>", null, "data:\n  Corefile: |\n    .:53 {\n    }\n"));
    }

    @Test
    void moreSourceExtensions() {
        for (String n : List.of("ares.hh", "dns.hpp", "q.hxx", "q.cxx")) {
            assertEquals(Dialect.CODE_C, detect("file:///src/" + n, null, "\n"), n);
        }
        for (String n : List.of("View.tsx", "View.jsx", "lib.mts", "lib.cts")) {
            assertEquals(Dialect.CODE_JS, detect("file:///src/" + n, null, "\n"), n);
        }
        assertEquals(Dialect.CODE_PYTHON, detect("file:///src/resolver.pyi", null, "\n"));
    }

    @Test
    void knotDnsAndNsdConfigsAreNotUnbounds() {
        String knot = "server:\n    rundir: \"/run/knot\"\n    listen: [ 0.0.0.0@53 ]\nacl:\n  - id: deny_all\n"
                + "    deny: on\n";
        assertEquals(Dialect.TEXT, detect("file:///etc/knot/knot.conf", null, knot));
        assertEquals(Dialect.TEXT, detect("file:///etc/nsd/nsd.conf", null, "server:\n    ip-address: 0.0.0.0\n"));
        // the same first line in an unbound.conf, or in a .conf of no known name, is still Unbound's
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///etc/unbound/unbound.conf", null, "server:\n"));
    }

    @Test
    void powerDnsRecursorYamlConfigs() {
        assertEquals(Dialect.YAML_CONF, detect("file:///etc/powerdns/recursor.yml", "yaml", "\n"));
        // by its sections, whatever the name
        assertEquals(Dialect.YAML_CONF, detect("file:///srv/rec/settings.yaml", "yaml",
                "incoming:\n  listen: [127.0.0.1]\nrecursor:\n  threads: 2\n"));
        assertEquals(Dialect.YAML_CONF, detect("untitled:Untitled-1", "yaml",
                "recursor:\n  rpzs:\n  - name: rpz.example\n    defpol: NXDOMAIN\n"));
        // a recursor: key alone is some other program's
        assertEquals(Dialect.TEXT, detect("file:///srv/app.yaml", "yaml", "recursor:\n  enabled: true\n"));
        // the Recursor's old-style settings and Lua config are not YAML
        assertNotEquals(Dialect.YAML_CONF, detect("file:///etc/powerdns/recursor.conf", null, "threads=2\n"));
        assertEquals(Dialect.LUA, detect("file:///etc/powerdns/recursor.lua", null, "\n"));
    }

    @Test
    void dnsdistAndKnotResolverYamlConfigs() {
        assertEquals(Dialect.YAML_CONF, detect("file:///etc/dnsdist/dnsdist.yml", "yaml", "binds: []\n"));
        assertEquals(Dialect.YAML_CONF, detect("file:///etc/dnsdist/dnsdist-test.yaml", null, "\n"));
        assertEquals(Dialect.YAML_CONF, detect("file:///etc/knot-resolver/config.yaml", "yaml", "workers: 4\n"));
        assertEquals(Dialect.YAML_CONF, detect("file:///srv/knot-resolver-lab.yml", null, "\n"));
        // by the top-level keys, whatever the name
        assertEquals(Dialect.YAML_CONF, detect("file:///srv/dns/edge.yml", "yaml",
                "# edge\nquery_rules:\n  - name: x\n"));
        assertEquals(Dialect.YAML_CONF, detect("untitled:Untitled-1", "yaml",
                "binds:\n  - listen_address: 0.0.0.0\nbackends:\n  - address: 192.0.2.1\n"));
        assertEquals(Dialect.YAML_CONF, detect("file:///srv/resolver.yaml", null,
                "network:\n  listen: []\nlocal-data:\n  nodata: true\n"));
        assertEquals(Dialect.YAML_CONF, detect("file:///srv/resolver.yaml", null,
                "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: refused\n"));
        // other YAML: a manifest, a workflow, a compose file with one of those words
        assertEquals(Dialect.TEXT, detect("file:///srv/deploy.yaml", "yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));
        assertEquals(Dialect.TEXT, detect("file:///srv/compose.yaml", "yaml",
                "services:\n  web:\n    image: nginx\nviews:\n  - name: main\nconsole: true\n"));
        // a CoreDNS ConfigMap and dig +yaml keep their dialects
        assertEquals(Dialect.COREFILE, detect("file:///srv/coredns.yaml", "yaml",
                "data:\n  Corefile: |\n    .:53 {\n        errors\n    }\n"));
        // a generic application config, a clone of the project with its CI files
        assertEquals(Dialect.TEXT, detect("file:///srv/app-config.yaml", "yaml",
                "general:\n  name: app\nconsole:\n  enabled: true\nwebserver:\n  port: 80\n"));
        assertEquals(Dialect.TEXT, detect("file:///home/u/src/knot-resolver/.gitlab-ci.yml", "yaml",
                "stages:\n  - build\n"));
        assertEquals(Dialect.TEXT, detect("file:///home/u/src/knot-resolver/doc/mkdocs.yml", "yaml",
                "site_name: x\n"));
        // the knot-resolver folder's Lua and logs stay what they are
        assertEquals(Dialect.LUA, detect("file:///etc/knot-resolver/kresd.conf", null, "\n"));
        assertNotEquals(Dialect.YAML_CONF, detect("file:///etc/knot-resolver/notes.txt", null, "\n"));
    }

    @Test
    void dnsdistsDynamicBlocksAndResponseRulesMakeAFileLua() {
        // a dnsdist file that loads its servers elsewhere: its own rules say what it is
        assertEquals(Dialect.LUA, detect("file:///etc/dnsdist/conf.d/blocks.conf", null,
                "-- blocks\nsetDynBlocksAction(DNSAction.Refused)\n"));
        assertEquals(Dialect.LUA, detect("file:///srv/rules.conf", null,
                "local dbr = dynBlockRulesGroup()\ndbr:setRCodeRate(DNSRCode.NXDOMAIN, 20, 10, 'x', 60)\n"));
        assertEquals(Dialect.LUA, detect("file:///srv/rules.conf", null,
                "addResponseAction(RCodeRule(DNSRCode.SERVFAIL), DropResponseAction())\n"));
        // quoted in a Markdown note, it stays a note
        assertNotEquals(Dialect.LUA, detect("file:///srv/notes.md", "markdown",
                "Use `setDynBlocksAction(DNSAction.Refused)`.\n"));
    }

    @Test
    void anIncludeNamedAfterRpzThatHoldsAStatementIsNamedConf() {
        // BIND's rpz system test includes ns5/rpz-switch, a response-policy statement
        assertEquals(Dialect.NAMED_CONF, detect("file:///etc/bind/ns5/rpz-switch", null,
                "response-policy {\n\tzone \"bl0\"; zone \"bl1\";\n} recursive-only no;\n"));
        // a policy zone named so stays a zone
        assertEquals(Dialect.ZONE, detect("file:///etc/bind/rpz-local", null,
                "$TTL 300\n@ SOA ns. hostmaster. 1 1h 15m 30d 2h\nbad.example CNAME .\n"));
        assertEquals(Dialect.ZONE, detect("file:///etc/bind/block.rpz", null, "response-policy {\n"));
    }

    @Test
    void aZoneDumpThatOpensWithItsSoaIsAZone() {
        // an AXFR of a policy zone, saved without $ORIGIN or $TTL (and without dig's header)
        assertEquals(Dialect.ZONE, detect("file:///home/u/zone-axfr.txt", null,
                "Policy.rpz.example. 60 IN SOA ns1.example. hostmaster.example. 1 3600 600 86400 60\n"
                        + "bad.example.Policy.rpz.example. 900 IN CNAME .\n"));
        assertEquals(Dialect.ZONE, detect("file:///home/u/dump.txt", null,
                "example.com.\tSOA\tns1.example.com. root.example.com. 1 2 3 4 5\n"));
        // not a record: prose, and dig output (whose header comes first)
        assertNotEquals(Dialect.ZONE, detect("file:///home/u/notes.txt", null, "The SOA record is wrong here.\n"));
        assertEquals(Dialect.DIG, detect("file:///home/u/axfr.txt", null,
                "; <<>> DiG 9.18.24 <<>> axfr example.com\n;; global options: +cmd\n"
                        + "example.com.\t3600\tIN\tSOA\tns1.example.com. root.example.com. 1 2 3 4 5\n"));
    }
}
