package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Kind;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

class LuaScannerTest {
    private static final Dialect D = Dialect.LUA;

    // ------------------------------------------------------------------------------------------------ dnsdist

    @Test
    void dnsrcodeConstants() {
        Mention m = assertMention(D, "addAction(AllRule(), RCodeAction(DNSRCode.REF‸USED))", "rcode:5", "REFUSED");
        assertEquals(Mention.Role.NAME, m.role());
        assertEquals("dnsdist", m.tool());
        assertMention(D, "addResponseAction(RCodeRule(DNSRCode.SERV‸FAIL), DropResponseAction())", "rcode:2",
                "SERVFAIL");
        assertMention(D, "dq.dh:setRCode(DNSRCode.NXDO‸MAIN)", "rcode:3", "NXDOMAIN");
    }

    @Test
    void badsigIsTheRepliesBadvers() {
        // dnsdist's DNSRCode.BADSIG is 16 and only ever meets a reply's RCODE (header + OPT), where 16 is BADVERS
        Mention m = assertMention(D, "addResponseAction(ERCodeRule(DNSRCode.BAD‸SIG), DropResponseAction())",
                "rcode:16:badvers", "BADSIG");
        assertEquals(LuaScanner.BADSIG_NOTE, m.note());
        assertMention(D, "addAction(AllRule(), ERCodeAction(DNSRCode.BAD‸SIG))", "rcode:16:badvers", "BADSIG");
        assertMention(D, "addResponseAction(ERCodeRule(DNSRCode.BAD‸VERS), DropResponseAction())",
                "rcode:16:badvers", "BADVERS");
        assertMention(D, "ERCodeAction(DNSRCode.BADCOO‸KIE)", "rcode:23", "BADCOOKIE");
    }

    @Test
    void dnsActionEnums() {
        Mention m = assertMention(D, "  return DNSAction.Nxdo‸main, \"\"", "rcode:3", "Nxdomain");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals(List.of("text", "DNSAction.Nxdomain"), m.noteArgs());
        assertMention(D, "dbr:setQueryRate(30, 10, \"Exceeded query rate\", 60, DNSAction.Ref‸used)", "rcode:5",
                "Refused");
        assertMention(D, "return DNSAction.Serv‸Fail", "rcode:2", "ServFail");
        assertMention(D, "return DNSResponseAction.Serv‸Fail", "rcode:2", "ServFail");
        assertNoMention(D, "return DNSAction.Dr‸op");
        assertNoMention(D, "return DNSAction.Trun‸cate");
        assertNoMention(D, "return DNSAction.No‸ne, \"\"");
    }

    @Test
    void numericRcodeArguments() {
        Mention m = assertMention(D, "addResponseAction(RCodeRule(‸2), LogResponseAction())", "rcode:2", "2");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertMention(D, "addResponseAction(ERCodeRule(1‸6), DropResponseAction())", "rcode:16:badvers", "16");
        assertMention(D, "addAction(AllRule(), RCodeAction(‸5))", "rcode:5", "5");
        assertMention(D, "addAction(AllRule(), ERCodeAction(2‸3, {ra=false}))", "rcode:23", "23");
        assertMention(D, "topResponses(10, ‸2)", "rcode:2", "2");
        assertNoMention(D, "topResponses(1‸0, 2)");
        assertNoMention(D, "addResponseAction(RCodeRule(myr‸code), DropResponseAction())");
        assertNoMention(D, "addResponseAction(RCodeRule(\"‸2\"), DropResponseAction())");
    }

    @Test
    void kresExtendedErrorNotauthIsEde20() {
        // Knot Resolver's chaos module: kres.extended_error.NOTAUTH is EDE 20, while kres.rcode.NOTAUTH is RCODE 9
        Mention m = assertMention(D, "if req.extended_error.info_code == kres.extended_error.NOT‸AUTH then", "ede:20",
                "NOTAUTH");
        assertEquals("kresd", m.tool());
        assertMention(D, "if answer:rcode() == kres.rcode.NOT‸AUTH then", "rcode:9", "NOTAUTH");
    }

    @Test
    void aCommentedOutSampleStillNamesItsCodes() {
        // dnsdist's packaged configuration is all commented-out samples: their DNSRCode constants are codes
        assertMention(D, "-- dbr:setRCodeRate(DNSRCode.NXDO‸MAIN, 20, 10, \"Exceeded NXD rate\", 60)", "rcode:3",
                "NXDOMAIN");
        assertMention(D, "-- addAction(AllRule(), RCodeAction(DNSRCode.REFU‸SED))", "rcode:5", "REFUSED");
        assertMention(D, "-- dq.rcode = pdns.SERV‸FAIL", "rcode:2", "SERVFAIL");
        // other dotted names stay names
        assertNoMention(D, "-- see x.NXDO‸MAIN");
        assertNoMention(D, "-- mypdns.NXDO‸MAIN");
        assertNoMention(D, "-- MyDNSRCode.SERV‸FAIL");
        // the other tables of codes and policies too
        assertMention(D, "-- addAction(AllRule(), RCodeAction(dnsdist.NOT‸IMP))", "rcode:4", "NOTIMP");
        assertMention(D, "--rpzPrimary({\"192.0.2.1\"}, \"torblock.srv\", {defpol=Policy.NXDO‸MAIN})", "rcode:3",
                "NXDOMAIN");
        assertMention(D, "-- dq.appliedPolicy.policyKind = pdns.policykinds.NO‸DATA", "pseudo:nodata", "NODATA");
        assertMention(D, "-- if answer:rcode() == kres.rcode.SERV‸FAIL then", "rcode:2", "SERVFAIL");
    }

    @Test
    void aDynamicBlocksServFailIsNoServfail() {
        // a dynamic block never answers SERVFAIL: DNSAction.ServFail there drops (diagnostics say so)
        assertNoMention(D, "setDynBlocksAction(DNSAction.Serv‸Fail)");
        assertNoMention(D, "dbr:setQueryRate(100, 10, \"x\", 60, DNSAction.Serv‸Fail)");
        assertNoMention(D, "dbr:setQueryRate(100, 10, \"x\", 60,\n    DNSAction.Serv‸Fail)");
        assertNoMention(D, "addDynamicBlock(\"192.0.2.1\", \"abuse\", DNSAction.Serv‸Fail, 60)");
        assertMention(D, "setDynBlocksAction(DNSAction.Ref‸used)", "rcode:5", "Refused");
        assertMention(D, "addDynBlocks(addrs, \"x\", 60, DNSAction.Nxdo‸main)", "rcode:3", "Nxdomain");
        assertMention(D, "  return DNSAction.Serv‸Fail", "rcode:2", "ServFail");
        assertMention(D, "addAction(AllRule(), LuaAction(function(dq) return DNSAction.Serv‸Fail end))", "rcode:2",
                "ServFail");
    }

    @Test
    void aNumberArgumentOnTheLineAfterTheCall() {
        assertMention(D, "addResponseAction(RCodeRule(\n    ‸2), LogResponseAction())", "rcode:2", "2");
        assertMention(D, "addAction(\"x.\", ERCodeAction(\n  2‸3))", "rcode:23", "23");
        Mention ede = assertMention(D, "addAction(\"x.\", SetExtendedDNSErrorAction(\n  1‸8, \"blocked\"))", "ede:18", "18");
        assertEquals(Kind.EDE, ede.entry().kind());
        // no call left open above: a number at a line's start is no code
        assertNoMention(D, "addAction(AllRule(), RCodeAction(DNSRCode.REFUSED))\n  ‸2)");
        assertNoMention(D, "-- RCodeRule(\n  ‸2)");
        assertNoMention(D, "topResponses(\n  1‸0, 2)");
    }

    @Test
    void headerRcodeNumbers() {
        assertMention(D, "if dq.dh:getRCode() == ‸3 then", "rcode:3", "3");
        assertMention(D, "dq.dh:setRCode(‸5)", "rcode:5", "5");
    }

    @Test
    void extendedErrorActionsTakeEdeNumbers() {
        Mention m = assertMention(D, "addAction(\"ads.example.\", SetExtendedDNSErrorAction(1‸5, \"blocked\"))",
                "ede:15", "15");
        assertEquals("note.edeNumber", m.note());
        assertMention(D, "addResponseAction(AllRule(), SetExtendedDNSErrorResponseAction(1‸7))", "ede:17", "17");
    }

    @Test
    void negativeAndSoaAction() {
        String a = "addAction(\"gone.example.\", NegativeAndSOAAction(true, \"example.\", 3600, \"ns.example.\", "
                + "\"hostmaster.example.\", 1, 2, 3, 4, 5))";
        Mention m = assertMention(D, a.replace("(true", "(tr‸ue"), "rcode:3", "true");
        assertEquals(Mention.Role.POLICY, m.role());
        assertMention(D, a.replace("(true", "(fal‸se"), "pseudo:nodata", "false");
        assertNoMention(D, a.replace("3600", "36‸00"));
    }

    @Test
    void dynamicBlockRules() {
        Mention servfails = assertMention(D, "  addDynBlocks(exceedServ‸Fails(10, 10), \"Exceeded servfail rate\", 60)",
                "rcode:2", "ServFail");
        assertEquals("note.option.dnsdist.exceedServFails", servfails.note());
        Mention nxdomains = assertMention(D, "  addDynBlocks(exceedNXDO‸MAINs(10, 10), \"Exceeded NXD rate\", 60)",
                "rcode:3", "NXDOMAIN");
        assertEquals("note.option.dnsdist.exceedNxdomains", nxdomains.note());
        assertMention(D, "dbr:setRCodeRate(DNSRCode.NXDO‸MAIN, 20, 10, \"Exceeded NXD rate\", 60)", "rcode:3",
                "NXDOMAIN");
        assertNoMention(D, "dbr:setRCodeRate(DNSRCode.NXDOMAIN, 2‸0, 10, \"Exceeded NXD rate\", 60)");
    }

    @Test
    void dnsrcodeWithoutMember() {
        assertNoMention(D, "local codes = DNSR‸Code");
        assertNoMention(D, "for k, v in pairs(DNSR‸Code) do print(k) end");
    }

    // ------------------------------------------------------------------------------------------------ PowerDNS

    @Test
    void pdnsConstants() {
        Mention m = assertMention(D, "    dq.rcode = pdns.NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertEquals("pdns-lua", m.tool());
        assertMention(D, "return pdns.NOT‸IMP", "rcode:4", "NOTIMP");
        assertNoMention(D, "    dq.rcode = pdns.DR‸OP");
        assertNoMention(D, "    dq.qtype == pdns.AA‸AA");
        assertNoMention(D, "pdnslog(\"x\", pdns.loglevels.Warn‸ing)");
    }

    @Test
    void pdnsRcodeNumbersAndEde() {
        assertMention(D, "  dq.rcode = ‸3", "rcode:3", "3");
        assertMention(D, "  if dq.rcode == ‸2 then", "rcode:2", "2");
        assertMention(D, "  dq.extendedErrorCode = 1‸5", "ede:15", "15");
        assertMention(D, "rpzFile(\"/etc/pdns/rpz.zone\", {defpol=Policy.Custom, extendedErrorCode=1‸6})", "ede:16",
                "16");
        assertNoMention(D, "  dq.variable = ‸3");
        assertNoMention(D, "  dq.qtype = ‸3");
    }

    @Test
    void pdnsPolicies() {
        Mention m = assertMention(D, "dq.appliedPolicy.policyKind = pdns.policykinds.NXDO‸MAIN", "rcode:3",
                "NXDOMAIN");
        assertEquals(Mention.Role.POLICY, m.role());
        assertMention(D, "dq.appliedPolicy.policyKind = pdns.policykinds.NO‸DATA", "pseudo:nodata", "NODATA");
        assertNoMention(D, "dq.appliedPolicy.policyKind = pdns.policykinds.Dr‸op");
        assertMention(D, "rpzPrimary(\"192.0.2.1\", \"rpz.example\", {defpol=Policy.NXDO‸MAIN})", "rcode:3",
                "NXDOMAIN");
        assertMention(D, "rpzFile(\"/etc/pdns/rpz.zone\", {defpol=Policy.NO‸DATA})", "pseudo:nodata", "NODATA");
        assertNoMention(D, "rpzFile(\"/etc/pdns/rpz.zone\", {defpol=Policy.No‸Action})");
        assertNoMention(D, "rpzFile(\"/etc/pdns/rpz.zone\", {defpol=Policy.Trun‸cate})");
    }

    @Test
    void recursorHooks() {
        assertEquals("note.option.pdns.nxdomainHook",
                assertMention(D, "function nxdo‸main(dq)", "rcode:3", "nxdomain").note());
        assertEquals("note.option.pdns.nodataHook",
                assertMention(D, "function no‸data(dq)", "pseudo:nodata", "nodata").note());
        assertNoMention(D, "function pre‸resolve(dq)");
    }

    // ------------------------------------------------------------------------------------------------ kresd

    @Test
    void kresdPolicies() {
        Mention m = assertMention(D, "policy.add(policy.suffix(policy.DE‸NY, {todname('ads.example.')}))", "rcode:3",
                "DENY");
        assertEquals(Mention.Role.POLICY, m.role());
        assertEquals("kresd", m.tool());
        assertMention(D, "policy.add(policy.suffix(policy.DENY_M‸SG('blocked'), {todname('x.example.')}))", "rcode:3",
                "DENY_MSG");
        // a program's own definitions are no uses: no SERVFAIL hover or hint on them
        assertNoMention(D, "policy.DR‸OP = function() end");
        assertNoMention(D, "function policy.DE‸NY(req) return 0 end");
        assertMention(D, "if action == policy.DR‸OP then end", "rcode:2", "DROP");
        Mention drop = assertMention(D, "policy.add(policy.all(policy.DR‸OP))", "rcode:2", "DROP");
        assertEquals("note.policyDropServfail", drop.note());
        assertMention(D, "policy.add(policy.pattern(policy.REF‸USE, 'bad'))", "rcode:5", "REFUSE");
        assertNoMention(D, "policy.add(policy.all(policy.NO_ANS‸WER))");
        assertNoMention(D, "policy.add(policy.all(policy.T‸C))");
        assertNoMention(D, "policy.add(policy.all(policy.PA‸SS))");
        assertNoMention(D, "policy.add(policy.all(policy.FORWARD('192.0.2.1@5‸3')))");
    }

    @Test
    void kresConstants() {
        Mention m = assertMention(D, "if req.answer:rcode() == kres.rcode.NOTI‸MPL then", "rcode:4", "NOTIMPL");
        assertEquals("kresd", m.tool());
        assertMention(D, "return kres.rcode.NXDO‸MAIN", "rcode:3", "NXDOMAIN");
        assertMention(D, "policy.DENY_MSG('blocked', kres.extended_error.BLOC‸KED)", "ede:15", "BLOCKED");
        assertNoMention(D, "x = kres.extended_error.NO‸NE");
    }

    // ------------------------------------------------------------------------------------------------ comments

    @Test
    void commentsAndStringsMentionUpperCaseNamesOnly() {
        assertMention(D, "-- answer NXDO‸MAIN for ads", "rcode:3", "NXDOMAIN");
        assertMention(D, "pdnslog(\"answered SERV‸FAIL\")", "rcode:2", "SERVFAIL");
        // a constant of a code table is a code in a comment too (commented-out samples); see aCommentedOutSample...
        assertMention(D, "-- addAction(AllRule(), RCodeAction(DNSRCode.REF‸USED))", "rcode:5", "REFUSED");
        assertNoMention(D, "-- addAction(AllRule(), RCodeAction(DNSRCode.REF‸USD))");
        assertNoMention(D, "-- policy.add(policy.all(policy.DE‸NY))");
        assertNoMention(D, "-- dq.rcode = ‸3");
        assertNoMention(D, "-- we ref‸used it");
        assertMention(D, "print(\"DNSRCode.REF‸USED\")", "rcode:5", "REFUSED");
    }

    @Test
    void blockCommentsOverSeveralLines() {
        String lua = "--[[\naddAction(AllRule(), RCodeAction(DNSRCode.REFUSED))\n]]\naddAction(AllRule(), "
                + "RCodeAction(DNSRCode.NXDOMAIN))";
        // in the block comment only what a comment yields (the constant's name), not the rules of code
        assertNoMention(D, lua.replace("RCodeAction(DNSRCode.REFUSED)", "RCodeAction(‸5)"));
        assertMention(D, lua.replace("NXDOMAIN", "NXDO‸MAIN"), "rcode:3", "NXDOMAIN");
        String lvl = "--[==[ old\npolicy.add(policy.all(policy.DENY)) ]] still comment\n]==] policy.add(policy.all("
                + "policy.REFUSE))";
        assertNoMention(D, lvl.replace("DENY", "DE‸NY"));
        assertMention(D, lvl.replace("REFUSE", "REF‸USE"), "rcode:5", "REFUSE");
    }

    @Test
    void uriPicksTheToolForPlainNames() {
        Optional<Mention> m = ScanHarness.at(D, "-- NXDO‸MAIN", "file:///etc/dnsdist/dnsdist.conf");
        assertTrue(m.isPresent());
        assertEquals("dnsdist", m.get().tool());
        assertEquals("kresd", LuaScanner.flavour("file:///etc/knot-resolver/kresd.conf"));
        assertEquals("pdns-lua", LuaScanner.flavour("/etc/powerdns/recursor.lua"));
    }
}
