package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/** Hovers: what they say about the tool that printed a code, and the context notes of noisy log lines. */
class HoverFeatureTest {
    private static final Catalog CATALOG = Catalog.standard();
    private static final Texts EN = CATALOG.texts("en");

    /** The plain-text hover at the cursor (‸) of a one-line document. */
    private static String hover(Dialect d, String lineWithCursor) {
        int col = lineWithCursor.indexOf(ScanHarness.CURSOR);
        String line = lineWithCursor.replace(ScanHarness.CURSOR, "");
        TextContext ctx = ScanHarness.context(d, line);
        return HoverFeature.hover(ctx, 0, col, EN, false).orElseThrow(() -> new AssertionError("no hover: " + line))
                .content();
    }

    private static final String THIS_TOOL = "This file's tool";

    /** The plain-text hover at the cursor (‸) of a document with this URI (the file name picks a Lua file's tool). */
    private static String hover(Dialect d, String uri, String textWithCursor) {
        int idx = textWithCursor.indexOf(ScanHarness.CURSOR);
        String text = textWithCursor.replace(ScanHarness.CURSOR, "");
        String before = text.substring(0, idx);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        int col = idx - (before.lastIndexOf('\n') + 1);
        TextContext ctx = ScanHarness.context(d, text, uri);
        return HoverFeature.hover(ctx, line, col, EN, false)
                .orElseThrow(() -> new AssertionError("no hover: " + textWithCursor)).content();
    }

    private static final String DNSDIST_CONF = "file:///etc/dnsdist/dnsdist.conf";
    private static final String KRESD_CONF = "file:///etc/knot-resolver/kresd.conf";
    private static final String KRESD = THIS_TOOL + " (Knot Resolver Lua (kres.rcode, kres.extended_error))";

    private static String corefileTemplate(String inner) {
        return ". {\n    template IN A example.org {\n        " + inner + "\n    }\n}";
    }

    @Test
    void kresdDropSaysServfailOnce() {
        String h = hover(Dialect.LUA, KRESD_CONF, "policy.add(policy.all(policy.DR‸OP))");
        int first = h.indexOf("SERVFAIL (for historical reasons)");
        assertTrue(first >= 0, h);
        assertEquals(-1, h.indexOf("not silence", h.indexOf("not silence") + 1), h);
    }

    @Test
    void bindResponsePolicyEdeSaysWhatTheRewrittenAnswersCarry() {
        String h = hover(Dialect.NAMED_CONF, "    zone \"rpz.local\" policy nxdomain ede cens‸ored;");
        assertTrue(h.contains("EDE 16") && h.contains("Censored"), h);
        assertTrue(h.contains("ede censored: the answers this policy zone rewrites carry EDE 16 (Censored)."), h);
    }

    @Test
    void theWholeOptionKeywordHovers() {
        // the mention is the code part of the keyword; the rest of it shows the same hover
        String rest = hover(Dialect.NAMED_CONF, "        nodata-per-sec‸ond 5;");
        assertTrue(rest.contains("nodata-per-second 5: a response rate limit for NODATA"), rest);
        String unbound = hover(Dialect.UNBOUND_CONF, "file:///etc/unbound/unbound.conf", "server:\n    lo‸g-servfail: yes");
        assertTrue(unbound.startsWith("SERVFAIL (2)") && unbound.contains("log-servfail: yes makes Unbound log"),
                unbound);
        // not the value, nor a word beside it
        assertTrue(HoverFeature.hover(ScanHarness.context(Dialect.NAMED_CONF, "        nodata-per-second 5;"), 0, 26,
                CATALOG.texts("en"), false).isEmpty());
        // the hover's range is the whole keyword wherever it is hovered (a client drops a hover whose range does not
        // hold the pointer); a code inside it keeps its own range
        for (int col : new int[] {4, 9, 13, 15}) {
            HoverFeature.Result r = HoverFeature.hover(ScanHarness.context(Dialect.NAMED_CONF, "    servfail-ttl 5;"),
                    0, col, CATALOG.texts("en"), false).orElseThrow();
            assertEquals(4, r.start(), "column " + col);
            assertEquals(16, r.end(), "column " + col);
        }
        HoverFeature.Result code = HoverFeature.hover(ScanHarness.context(Dialect.NAMED_CONF,
                "    zone \"rpz.local\" policy nxdomain;"), 0, 31, CATALOG.texts("en"), false).orElseThrow();
        assertEquals(28, code.start());
        assertEquals(36, code.end());
    }

    @Test
    void optionKeywordsSayWhatTheOptionDoes() {
        // BIND: the note shows the option with its value, and the spelling line stays
        String ttl = hover(Dialect.NAMED_CONF, "    serv‸fail-ttl 5;");
        assertTrue(ttl.startsWith("SERVFAIL (2)"), ttl);
        assertTrue(ttl.contains("servfail-ttl 5: how many seconds BIND caches a SERVFAIL response (default 1, at most "
                + "30; 0 turns this cache off). Queries with the CD bit set (dig +cd) skip the cache."), ttl);
        assertTrue(ttl.contains(THIS_TOOL + " (BIND 9") && ttl.contains("spells it SERVFAIL"), ttl);
        // BIND 9.20.13's response-policy option, after the zone list's closing brace
        String ready = hover(Dialect.NAMED_CONF,
                "    response-policy { zone \"rpz.local\"; } servfail-until-re‸ady yes;");
        assertTrue(ready.startsWith("SERVFAIL (2)"), ready);
        assertTrue(ready.contains("servfail-until-ready yes: with yes (BIND 9.20.13 and later"), ready);
        String later = hover(Dialect.NAMED_CONF,
                "    response-policy { zone \"rpz.local\"; } break-dnssec yes servfail-until-re‸ady yes;");
        assertTrue(later.contains("servfail-until-ready yes: with yes (BIND 9.20.13 and later"), later);
        String auth = hover(Dialect.NAMED_CONF, "    auth-nxdo‸main no;");
        assertTrue(auth.startsWith("NXDOMAIN (3)"), auth);
        assertTrue(auth.contains("auth-nxdomain yes makes BIND set the AA (authoritative answer) bit on every NXDOMAIN "
                + "response, even where it is not authoritative for the name; the default is no."), auth);
        String rate = hover(Dialect.NAMED_CONF, "        no‸data-per-second 5;");
        assertTrue(rate.contains("nodata-per-second 5: a response rate limit for NODATA (empty) responses over UDP."),
                rate);
        // Unbound: what yes does and the default, whatever the line holds
        String ra = hover(Dialect.UNBOUND_CONF, "    rpz-signal-nx‸domain-ra: yes");
        assertTrue(ra.contains("rpz-signal-nxdomain-ra: yes makes Unbound send the NXDOMAIN for a query this RPZ zone "
                + "blocks with the RA flag unset, so that clients such as dnsmasq can tell a block from a name that "
                + "does not exist; the default is no."), ra);
        assertTrue(ra.contains(THIS_TOOL + " (Unbound"), ra);
        String log = hover(Dialect.UNBOUND_CONF, "    log-serv‸fail: no");
        assertTrue(log.contains("log-servfail: yes makes Unbound log, at the error level, why it answered a query "
                + "with SERVFAIL"), log);
        // CoreDNS cache servfail, dnsdist's exceed functions, PowerDNS Recursor's hooks
        String cache = hover(Dialect.COREFILE, "file:///etc/coredns/Corefile",
                ". {\n    cache {\n        serv‸fail 10s\n    }\n}");
        assertTrue(cache.contains("servfail 10s: how long CoreDNS's cache keeps SERVFAIL responses (5s when not set, "
                + "at most 5 minutes; 0 turns off caching them)."), cache);
        String exceed = hover(Dialect.LUA, DNSDIST_CONF, "addDynBlocks(exceedNXDO‸MAINs(10, 10), \"NXD rate\", 60)");
        assertTrue(exceed.contains("exceedNXDOMAINs(rate, seconds) returns the addresses of clients that got more "
                + "than rate NXDOMAIN responses per second"), exceed);
        String hook = hover(Dialect.LUA, "file:///etc/powerdns/recursor.lua", "function no‸data(dq)");
        assertTrue(hook.contains("PowerDNS Recursor calls a Lua function named nodata(dq) when the name exists but "
                + "has no records of the type asked for (NODATA)"), hook);
    }

    @Test
    void optionNotesInAnotherLanguage() {
        String fr = HoverFeature.hover(ScanHarness.context(Dialect.NAMED_CONF, "    servfail-ttl 5;"), 0, 6,
                CATALOG.texts("fr"), false).orElseThrow().content();
        assertTrue(fr.contains("servfail-ttl 5 : nombre de secondes pendant lesquelles BIND garde en cache une "
                + "réponse SERVFAIL"), fr);
    }

    @Test
    void anotherToolsSpellingIsNotThisFilesTool() {
        // dnsdist spells 4 NOTIMP: NOTIMPL is miekg's (and Unbound's...), not this file's tool's
        String notimpl = hover(Dialect.LUA, DNSDIST_CONF, "addAction(AllRule(), RCodeAction(DNSRCode.NOTI‸MPL))");
        assertTrue(notimpl.startsWith("NOTIMP (4)"), notimpl);
        assertFalse(notimpl.contains(THIS_TOOL), notimpl);
        // Knot Resolver spells 4 NOTIMPL: IANA's NotImp is no spelling of this file's tool
        String notimp = hover(Dialect.LUA, KRESD_CONF, "req.answer:rcode(kres.rcode.NOT‸IMP)");
        assertTrue(notimp.startsWith("NOTIMP (4)"), notimp);
        assertFalse(notimp.contains(THIS_TOOL), notimp);
        // CoreDNS spells RCODEs as miekg/dns does and has no BADVERS; IANA's BADVERS is not CoreDNS's
        String badvers = hover(Dialect.COREFILE, "file:///etc/coredns/Corefile", corefileTemplate("rcode BAD‸VERS"));
        assertTrue(badvers.startsWith("BADVERS (16)"), badvers);
        assertFalse(badvers.contains(THIS_TOOL), badvers);
        // an upper-case name in a comment of a dnsdist file: NOTIMPL is not dnsdist's either
        String comment = hover(Dialect.LUA, DNSDIST_CONF, "-- answer NOTIM‸PL to ANY queries");
        assertFalse(comment.contains(THIS_TOOL), comment);
        // a Lua file that names no tool: no tool is this file's, whoever else spells NXDOMAIN so
        String unnamed = hover(Dialect.LUA, "file:///etc/resolver/init.lua", "-- answer NXDO‸MAIN for ads");
        assertTrue(unnamed.startsWith("NXDOMAIN (3)"), unnamed);
        assertFalse(unnamed.contains(THIS_TOOL), unnamed);
    }

    @Test
    void thisFilesToolIsNamedWhereItSpellsTheWordSo() {
        assertTrue(hover(Dialect.LUA, DNSDIST_CONF, "addAction(AllRule(), RCodeAction(DNSRCode.NOT‸IMP))")
                .contains(THIS_TOOL + " (dnsdist Lua DNSRCode constants) spells it NOTIMP"));
        assertTrue(hover(Dialect.LUA, DNSDIST_CONF, "-- answer NOT‸IMP to ANY queries")
                .contains(THIS_TOOL + " (dnsdist Lua DNSRCode constants) spells it NOTIMP"));
        assertTrue(hover(Dialect.LUA, KRESD_CONF, "req.answer:rcode(kres.rcode.NOT‸IMPL)")
                .contains(KRESD + " spells it NOTIMPL"));
        // kres.extended_error.FORGED is Knot Resolver's own name of EDE 4 (modules/renumber/renumber.lua sets it)
        String forged = hover(Dialect.LUA, KRESD_CONF, "x = kres.extended_error.FOR‸GED");
        assertTrue(forged.startsWith("EDE 4 Forged Answer"), forged);
        assertTrue(forged.contains(KRESD + " spells it FORGED"), forged);
        assertFalse(forged.contains("dnsmasq / Pi-hole log) spells it"), forged);
        String blocked = hover(Dialect.LUA, KRESD_CONF, "policy.DENY_MSG('no', kres.extended_error.BLOC‸KED)");
        assertTrue(blocked.contains(KRESD + " spells it BLOCKED"), blocked);
        // PROHIBITED is a member of Knot Resolver's kres.extended_error table (daemon/lua/kres.lua: PROHIBITED = 18),
        // so it is this file's tool's spelling of EDE 18, not only IANA's "Prohibited"
        String prohibited = hover(Dialect.LUA, KRESD_CONF, "x = kres.extended_error.PROHI‸BITED");
        assertTrue(prohibited.startsWith("EDE 18 Prohibited"), prohibited);
        assertTrue(prohibited.contains(KRESD + " spells it PROHIBITED"), prohibited);
        // a wrong case where Knot Resolver minds case is not its spelling (the diagnostic gives the right one)
        assertFalse(hover(Dialect.LUA, KRESD_CONF, "policy.DENY_MSG('no', kres.extended_error.bloc‸ked)")
                .contains(THIS_TOOL));
        // CoreDNS: its own names, and BADSIG read as BADVERS with the note, claiming no other spelling
        String coredns = hover(Dialect.COREFILE, "file:///etc/coredns/Corefile", corefileTemplate("rcode NXDO‸MAIN"));
        assertTrue(coredns.contains(THIS_TOOL + " (CoreDNS (log {rcode}, template, forward, rewrite)) spells it "
                + "NXDOMAIN"), coredns);
        String badsig = hover(Dialect.COREFILE, "file:///etc/coredns/Corefile", corefileTemplate("rcode BAD‸SIG"));
        assertTrue(badsig.startsWith("BADVERS (16)"), badsig);
        assertTrue(badsig.contains("CoreDNS spells codes as miekg/dns does, which calls 16 BADSIG"), badsig);
        assertFalse(badsig.contains(THIS_TOOL), badsig);
        // BIND's names in BIND's logs, miekg's identifiers in Go code
        String bind = hover(Dialect.LOG, "file:///var/log/named/query-errors.log", "21-Jan-2025 10:00:01.123 "
                + "query-errors: info: client @0x7f3a 127.0.0.1#61502 (www.example.com): query failed (SERV‸FAIL) "
                + "for www.example.com/IN/AAAA at query.c:3880");
        assertTrue(bind.contains(THIS_TOOL + " (BIND 9 (dig, named, host, nslookup, delv, nsupdate)) spells it "
                + "SERVFAIL"), bind);
        String go = hover(Dialect.CODE_GO, "file:///src/main.go", "if r.Rcode == dns.RcodeNameE‸rror {");
        assertTrue(go.contains(THIS_TOOL + " (miekg/dns (Go) identifiers) spells it RcodeNameError"), go);
    }

    @Test
    void aToolsSpellingIsClaimedOnlyWhereTheTextShowsIt() {
        // systemd-resolved prints the code; that BIND spells it so too says nothing about who printed it
        String resolved = hover(Dialect.LOG, "Mar 05 10:00:00 host systemd-resolved[415]: Server returned error "
                + "NXDO‸MAIN, mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced "
                + "feature level UDP.");
        assertFalse(resolved.contains(THIS_TOOL), resolved);
        assertFalse(resolved.contains("spells it"), resolved);
        // nslookup is BIND's, and BIND's spelling of NODATA there is "No answer", not NODATA
        String nslookup = hover(Dialect.DIG, "*** Can't find x: No ‸answer");
        assertTrue(nslookup.contains(THIS_TOOL + " (BIND 9 (dig, named, host, nslookup, delv, nsupdate)) spells it "
                + "No answer"), nslookup);
        assertFalse(nslookup.contains("spells it NODATA"), nslookup);
        // Technitium's "RCODE / EDE" line says SERVFAIL, which Technitium also spells so; not ServerFailure
        String technitium = hover(Dialect.LOG, "SERV‸FAIL / NoReachableAuthority");
        assertTrue(technitium.contains("spells it SERVFAIL"), technitium);
        assertFalse(technitium.contains("spells it ServerFailure"), technitium);
        // where the text is the tool's own spelling, it is said
        String unbound = hover(Dialect.LOG, "[1737712285] unbound[287883:0] reply: 127.0.0.1 old.example. A IN "
                + "NOT‸IMPL 0.000051 0 29");
        assertTrue(unbound.contains(THIS_TOOL + " (Unbound (sldns names, logs, unbound-control stats)) spells it "
                + "NOTIMPL"), unbound);
        // a number is no spelling: CoreDNS's errors plugin prints 2, not SERVFAIL
        String coredns = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 example.org. A: read udp "
                + "10.244.1.6:36797->168.63.129.16:53: i/o timeout");
        assertFalse(coredns.contains(THIS_TOOL), coredns);
        // a bare mnemonic in prose names no tool
        String prose = hover(Dialect.TEXT, "Our resolver answers SERV‸FAIL for api.example.com");
        assertFalse(prose.contains(THIS_TOOL), prose);
    }

    @Test
    void windowsNslookupAndDogTextsNameTheirTool() {
        // what Windows nslookup prints for SERVFAIL and REFUSED, also in a translated line, and dog's status line
        String servfail = hover(Dialect.TEXT, "file:///home/u/notes.txt",
                "Server:  UnKnown\nAddress:  192.0.2.53\n\n*** UnKnown 找不到 nome: Server fai‸led");
        assertTrue(servfail.contains(THIS_TOOL + " (Windows nslookup messages) spells it Server failed"), servfail);
        String refused = hover(Dialect.DIG, "*** UnKnown can't find nome.example: Query ref‸used");
        assertTrue(refused.contains(THIS_TOOL + " (Windows nslookup messages) spells it Query refused"), refused);
        String dog = hover(Dialect.TEXT, "Status: NXDo‸main");
        assertTrue(dog.startsWith("NXDOMAIN (3)"), dog);
        assertTrue(dog.contains(THIS_TOOL + " (dog (ogham/dog)) spells it NXDomain"), dog);
    }

    @Test
    void spellingShown() {
        var unbound = CATALOG.tool("unbound").orElseThrow();
        assertEquals("NOTIMPL", HoverFeature.spellingShown(unbound, CATALOG.require("rcode:4"), "NOTIMPL"));
        assertNull(HoverFeature.spellingShown(unbound, CATALOG.require("rcode:4"), "NOTIMP"));
        // a numbered spelling (RCODE11) is the tool's too
        assertEquals("RCODE11", HoverFeature.spellingShown(unbound, CATALOG.require("rcode:11"), "RCODE11"));
        assertNull(HoverFeature.spellingShown(unbound, CATALOG.require("rcode:3"), "3"));
    }

    @Test
    void resolvedsDveLineSaysWhatTheRetryIs() {
        String h = hover(Dialect.LOG, "Mar 05 10:00:00 host systemd-resolved[415]: Server returned error NXDO‸MAIN, "
                + "mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level "
                + "UDP.");
        assertTrue(h.contains("systemd-resolved got NXDOMAIN from the server and retries the query at a lower feature "
                + "level (UDP)"), h);
        assertTrue(h.contains("DVE-2018-0001"), h);
        // without the DVE text, no note
        String plain = hover(Dialect.LOG, "systemd-resolved[415]: Server returned error SERV‸FAIL, retrying "
                + "transaction with reduced feature level UDP.");
        assertFalse(plain.contains("DVE-2018-0001"), plain);
    }

    @Test
    void corednsLoopProbeLinesSayWhatTheProbeIs() {
        String h = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 2383836513442455218.4325411823296402331. HINFO: "
                + "read udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertTrue(h.contains("the probe of CoreDNS's loop plugin"), h);
        assertTrue(h.contains("check that upstream"), h);
        assertTrue(h.startsWith("SERVFAIL (2)"), h);
        // with the server block's zone after the random labels
        assertTrue(hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 6547861214.2839128745.cluster.local. HINFO: read "
                + "udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout").contains("loop plugin"));
        // a client's query, or another type, keeps the plain note
        String client = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 example.org. HINFO: read udp "
                + "10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertFalse(client.contains("loop plugin"), client);
        assertTrue(client.contains("starts with the numeric RCODE"), client);
        String a = hover(Dialect.LOG, "[ERROR] plugin/errors: ‸2 2383836513442455218.4325411823296402331. A: read "
                + "udp 10.0.0.1:45000->10.0.0.2:53: i/o timeout");
        assertFalse(a.contains("loop plugin"), a);
    }
}
