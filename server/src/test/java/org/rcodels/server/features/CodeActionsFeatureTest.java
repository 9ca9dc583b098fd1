package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class CodeActionsFeatureTest {
    static final Texts EN = Catalog.standard().texts("en");

    /** The actions for a caret placed on the first occurrence of {@code word} on {@code line}. */
    static List<Action> at(Dialect d, String uri, String text, int line, String word) {
        TextContext ctx = ScanHarness.context(d, text, uri);
        int col = ctx.line(line).indexOf(word);
        assertTrue(col >= 0, word + " not on line " + line);
        return CodeActionsFeature.actions(ctx, line, col + 1, col + 1, List.of(), EN);
    }

    static List<Action> of(List<Action> all, Action.Kind kind) {
        return all.stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void explainAndCompareOnANameInDigOutput() {
        String dig = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4242\n"
                + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n";
        List<Action> all = at(Dialect.DIG, "", dig, 0, "NXDOMAIN");
        Action explain = all.get(0);
        assertEquals("Explain NXDOMAIN", explain.title());
        assertEquals(Action.Kind.INFO, explain.kind());
        assertEquals(Action.EXPLAIN, explain.command());
        assertEquals(List.of("rcode:3"), explain.arguments());
        assertTrue(explain.edits().isEmpty());

        List<Action> compare = all.stream().filter(a -> Action.COMPARE.equals(a.command())).toList();
        assertTrue(compare.size() >= 2 && compare.size() <= CodeActionsFeature.MAX_COMPARE, compare.toString());
        assertTrue(compare.stream().anyMatch(a -> a.arguments().equals(List.of("rcode:3", "pseudo:nodata"))
                && a.title().equals("Compare NXDOMAIN with NODATA")), compare.toString());
        // every offered comparison has a hand-written note
        for (Action a : compare) {
            assertTrue(Catalog.standard().confusionOf(a.arguments().get(0), a.arguments().get(1)).isPresent(),
                    a.toString());
        }
        assertTrue(of(all, Action.Kind.REFACTOR).isEmpty(), "dig output is never edited");
    }

    @Test
    void theTwoNotauthsHaveTitlesOfTheirOwn() {
        String dig = ";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 4242\n";
        List<Action> all = at(Dialect.DIG, "", dig, 0, "REFUSED");
        List<String> titles = all.stream().map(Action::title).toList();
        assertEquals(titles.size(), titles.stream().distinct().count(), titles.toString());
        assertTrue(titles.contains("Compare REFUSED with NOTAUTH (9, Not Authorized)"), titles.toString());
    }

    @Test
    void servfailComparesWithNxdomainBeforeTheLongListOfCauses() {
        String dig = ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 4242\n";
        List<Action> compare = at(Dialect.DIG, "", dig, 0, "SERVFAIL").stream()
                .filter(a -> Action.COMPARE.equals(a.command())).toList();
        assertEquals(CodeActionsFeature.MAX_COMPARE, compare.size(), compare.toString());
        assertEquals(List.of("rcode:2", "rcode:3"), compare.get(0).arguments());
    }

    @Test
    void quickFixesForTheGivenDiagnosticsComeFirst() {
        String corefile = ".:53 {\n    template IN A example.org {\n        rcode NXDOMIAN\n    }\n    errors\n}\n";
        TextContext ctx = ScanHarness.context(Dialect.COREFILE, corefile, "Corefile");
        List<Diagnostic> diags = DiagnosticsFeature.diagnose(ctx, 2, 3, EN);
        assertEquals(1, diags.size(), diags.toString());
        Diagnostic d = diags.get(0);
        List<Action> all = CodeActionsFeature.actions(ctx, 2, d.start(), d.end(), diags, EN);
        assertFalse(all.isEmpty());
        Action fix = all.get(0);
        assertEquals(Action.Kind.QUICKFIX, fix.kind());
        assertEquals(d, fix.fixes());
        assertEquals("NXDOMAIN", fix.edits().get(0).text());
        assertTrue(fix.preferred());
        // no diagnostics given: no fixes, and a misspelling is no mention to explain
        assertTrue(CodeActionsFeature.actions(ctx, 2, d.start(), d.end(), List.of(), EN).isEmpty());
    }

    @Test
    void noActionsOutsideTheRange() {
        String dig = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4242\n";
        TextContext ctx = ScanHarness.context(Dialect.DIG, dig);
        assertTrue(CodeActionsFeature.actions(ctx, 0, 0, 5, List.of(), EN).isEmpty());
        assertTrue(CodeActionsFeature.actions(ctx, 7, 0, 5, List.of(), EN).isEmpty(), "line past the end");
        // a selection over the whole line covers the name
        assertFalse(CodeActionsFeature.actions(ctx, 0, 0, dig.length(), List.of(), EN).isEmpty());
    }

    @Test
    void replaceANumberInACorefileRewrite() {
        String corefile = ".:53 {\n    rewrite rcode example.org. 2 NOERROR\n    forward . 192.0.2.53\n}\n";
        List<Action> all = at(Dialect.COREFILE, "Corefile", corefile, 1, " 2 ");
        List<Action> refactor = of(all, Action.Kind.REFACTOR);
        assertEquals(1, refactor.size(), all.toString());
        Action r = refactor.get(0);
        assertEquals("Replace 2 with SERVFAIL", r.title());
        int col = corefile.split("\n")[1].indexOf(" 2 ") + 1;
        assertEquals(List.of(new Action.Edit(1, col, col + 1, "SERVFAIL")), r.edits());
        assertEquals(null, r.command());
        assertTrue(all.stream().anyMatch(a -> a.title().equals("Explain SERVFAIL")));
    }

    @Test
    void noReplacementWhereTheToolHasNoNameForThatMeaning() {
        // CoreDNS (miekg/dns) names 16 BADSIG only; outside TSIG 16 is BADVERS, which it cannot spell
        String corefile = ".:53 {\n    rewrite rcode example.org. 16 NOERROR\n}\n";
        List<Action> all = at(Dialect.COREFILE, "Corefile", corefile, 1, "16");
        assertFalse(all.isEmpty());
        assertTrue(of(all, Action.Kind.REFACTOR).isEmpty(), all.toString());
    }

    @Test
    void replaceANumberInDnsdistLua() {
        String lua = "addResponseAction(RCodeRule(2), DropResponseAction())\n";
        List<Action> refactor = of(at(Dialect.LUA, "dnsdist.conf", lua, 0, "(2)"), Action.Kind.REFACTOR);
        assertEquals(1, refactor.size(), refactor.toString());
        int col = lua.indexOf("(2)") + 1;
        assertEquals(List.of(new Action.Edit(0, col, col + 1, "DNSRCode.SERVFAIL")), refactor.get(0).edits());
        assertEquals("Replace 2 with DNSRCode.SERVFAIL", refactor.get(0).title());
    }

    @Test
    void replaceANumberInPowerDnsLua() {
        String lua = "function preresolve(dq)\n  dq.rcode = 3\n  return true\nend\n";
        List<Action> refactor = of(at(Dialect.LUA, "recursor.lua", lua, 1, "3"), Action.Kind.REFACTOR);
        assertEquals(1, refactor.size(), refactor.toString());
        assertEquals("pdns.NXDOMAIN", refactor.get(0).edits().get(0).text());
        // PowerDNS has no constant for 16: no replacement
        String sixteen = "function preresolve(dq)\n  dq.rcode = 16\nend\n";
        assertTrue(of(at(Dialect.LUA, "recursor.lua", sixteen, 1, "16"), Action.Kind.REFACTOR).isEmpty());
    }

    @Test
    void dqRcodeInDnsdistLuaTakesDnsRcodeConstants() {
        // dnsdist's dq.rcode too; the folder or the lines around say whose Lua it is (an includeDirectory file)
        String lua = "newServer{address=\"127.0.0.1:5300\"}\nfunction rewriteServFail(dq)\n  if dq.rcode == 2 then\n"
                + "     dq.rcode = 0\n    return DNSResponseAction.HeaderModify\n  end\nend\n";
        for (String uri : List.of("file:///etc/dnsdist/conf.d/rewrite.conf", "file:///srv/lua/rewrite.conf")) {
            List<Action> two = of(at(Dialect.LUA, uri, lua, 2, " 2 "), Action.Kind.REFACTOR);
            assertEquals("Replace 2 with DNSRCode.SERVFAIL", two.get(0).title(), uri);
            List<Action> zero = of(at(Dialect.LUA, uri, lua, 3, " 0"), Action.Kind.REFACTOR);
            assertEquals("DNSRCode.NOERROR", zero.get(0).edits().get(0).text(), uri);
        }
        // PowerDNS's by its folder or its hooks
        String pdns = "function preresolve(dq)\n  dq.rcode = 3\nend\n";
        assertEquals("pdns.NXDOMAIN", of(at(Dialect.LUA, "file:///srv/lua/hooks.lua", pdns, 1, "3"),
                Action.Kind.REFACTOR).get(0).edits().get(0).text());
        // Knot Resolver's, or words of two programs around: nothing
        String kresd = "policy.add(policy.all(policy.PASS))\nlocal x = {}\nx.rcode = 3\n";
        assertTrue(of(at(Dialect.LUA, "file:///srv/lua/x.lua", kresd, 2, "3"), Action.Kind.REFACTOR).isEmpty());
        String mixed = "local a = pdns.NXDOMAIN\nlocal b = DNSRCode.NXDOMAIN\nx.rcode = 3\n";
        assertTrue(of(at(Dialect.LUA, "file:///srv/lua/x.lua", mixed, 2, "3"), Action.Kind.REFACTOR).isEmpty());
        // the code around wins over the path, and the path counts by whole words (a user named knotek, a folder
        // updns); comments and host names are no code
        String dnsdist = "newServer{address=\"192.0.2.53\"}\naddAction(AllRule(), RCodeAction(5))\n";
        assertEquals("DNSRCode.REFUSED", of(at(Dialect.LUA, "file:///home/knotek/lua/rules.lua", dnsdist, 1, "(5)"),
                Action.Kind.REFACTOR).get(0).edits().get(0).text());
        assertEquals("pdns.NXDOMAIN", of(at(Dialect.LUA, "file:///srv/updns/hooks.lua", pdns, 1, "3"),
                Action.Kind.REFACTOR).get(0).edits().get(0).text());
        String hostInComment = "-- forwards to pdns.example.net\nnewServer{address=\"192.0.2.53\"}\n"
                + "function f(dq)\n  dq.rcode = 3\nend\n";
        assertEquals("DNSRCode.NXDOMAIN", of(at(Dialect.LUA, "file:///srv/lua/f.lua", hostInComment, 3, "3"),
                Action.Kind.REFACTOR).get(0).edits().get(0).text());
        assertEquals("kresd", CodeActionsFeature.pathOwner("file:///etc/knot-resolver/kresd.conf"));
        assertEquals(null, CodeActionsFeature.pathOwner("file:///home/knotek/x.lua"));
    }

    @Test
    void noerrorIsComparedWithNodataFirst() {
        TextContext ctx = ScanHarness.context(Dialect.DIG, ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n");
        int col = ctx.line(0).indexOf("NOERROR") + 1;
        List<String> compare = CodeActionsFeature.actions(ctx, 0, col, col, List.of(), EN).stream()
                .filter(a -> Action.COMPARE.equals(a.command())).map(Action::title).toList();
        assertEquals("Compare NOERROR with NODATA", compare.get(0), compare.toString());
        // NODATA keeps the codes of its notes first (NXDOMAIN, NXRRSET), then NOERROR
        Catalog c = Catalog.standard();
        List<String> nodata = CodeActionsFeature.comparable(c, c.byId("pseudo:nodata").orElseThrow()).stream()
                .map(e -> e.id()).toList();
        assertEquals(List.of("rcode:3", "rcode:8", "rcode:0"), nodata);
    }

    @Test
    void neverReplaceInALog() {
        String log = "[ERROR] plugin/errors: 2 example.net. MX: read udp 10.0.0.2:36797->192.0.2.53:53: i/o timeout\n";
        List<Action> all = at(Dialect.LOG, "coredns.log", log, 0, " 2 ");
        assertTrue(all.stream().anyMatch(a -> a.title().equals("Explain SERVFAIL")), all.toString());
        assertTrue(of(all, Action.Kind.REFACTOR).isEmpty(), all.toString());
    }

    @Test
    void eachCodeIsExplainedOnceWhenTheRangeHoldsItTwice() {
        // host prints the number and the name of the same code
        TextContext ctx = ScanHarness.context(Dialect.DIG, "Host nothere.example.com not found: 3(NXDOMAIN)\n");
        List<Action> all = CodeActionsFeature.actions(ctx, 0, 0, ctx.line(0).length(), List.of(), EN);
        assertEquals(1, all.stream().filter(a -> Action.EXPLAIN.equals(a.command())).count(), all.toString());
        assertEquals(1, all.stream().filter(a -> a.arguments().equals(List.of("rcode:3", "pseudo:nodata"))).count());
    }

    @Test
    void edeAndOpcodeTitlesSayWhichRegistry() {
        String dig = "; EDE: 18 (Prohibited)\n";
        List<Action> all = at(Dialect.DIG, "", dig, 0, "18");
        assertEquals("Explain EDE 18 Prohibited", all.get(0).title(), all.toString());
        assertEquals(List.of("ede:18"), all.get(0).arguments());
    }
}
