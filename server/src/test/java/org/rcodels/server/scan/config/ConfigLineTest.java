package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class ConfigLineTest {

    private static List<String> tokens(String line, ConfigLine.Syntax syntax, boolean cStyle) {
        ConfigLine cl = ConfigLine.lex(line, syntax);
        return cl.tokens(cStyle).stream().map(t -> t.text(line)).toList();
    }

    @Test
    void corefileHashStartsACommentOnlyAtATokenStart() {
        assertEquals(List.of("forward", ".", "tls://1.1.1.1", "{"),
                tokens("forward . tls://1.1.1.1 { # cloudflare", ConfigLine.Syntax.COREFILE, false));
        assertEquals(List.of("match", "\"a#b\""), tokens("match \"a#b\" # x", ConfigLine.Syntax.COREFILE, false));
    }

    @Test
    void unboundKeepsATlsNameAfterHash() {
        assertEquals(List.of("forward-addr:", "9.9.9.9@853#dns.quad9.net"),
                tokens("    forward-addr: 9.9.9.9@853#dns.quad9.net # quad9", ConfigLine.Syntax.UNBOUND, false));
        assertEquals(List.of("local-data:", "'txt.example. TXT \"a # b\"'"),
                tokens("local-data: 'txt.example. TXT \"a # b\"'", ConfigLine.Syntax.UNBOUND, false));
    }

    @Test
    void corefileBracesInsideAWordAreNotBlocks() {
        List<ConfigLine.Token> t = ConfigLine.lex("forward . {$UPSTREAM} {", ConfigLine.Syntax.COREFILE).tokens(false);
        assertEquals(4, t.size());
        assertEquals(0, t.get(2).punct());
        assertEquals('{', t.get(3).punct());
    }

    @Test
    void namedSplitsAtPunctuation() {
        assertEquals(List.of("response-policy", "{", "zone", "\"rpz\"", "policy", "nxdomain", ";", "}", ";"),
                tokens("response-policy{zone \"rpz\" policy nxdomain;}; // x", ConfigLine.Syntax.NAMED, true));
    }

    @Test
    void blockStates() {
        assertEquals(0, ConfigLine.lex("options { /* start", ConfigLine.Syntax.NAMED).endState);
        assertEquals(-1, ConfigLine.lex("end */ servfail-ttl 1;", ConfigLine.Syntax.NAMED, 0).endState);
        assertEquals(2, ConfigLine.lex("x = 1 --[==[ comment ]] still", ConfigLine.Syntax.LUA).endState);
        assertEquals(0, ConfigLine.lex("local s = [[ long", ConfigLine.Syntax.LUA).endState);
        assertEquals(-1, ConfigLine.lex("local s = \"--[[ not a comment\"", ConfigLine.Syntax.LUA).endState);
    }

    @Test
    void luaEscapedQuotesStayInTheString() {
        ConfigLine cl = ConfigLine.lex("print(\"a \\\" policy.DENY \") policy.add(policy.all(policy.DENY))",
                ConfigLine.Syntax.LUA);
        int first = cl.text.indexOf("policy.DENY");
        int second = cl.text.lastIndexOf("policy.DENY");
        assertFalse(cl.isCode(first));
        assertTrue(cl.isCode(second));
    }

    @Test
    void luaLongStringIsNotCode() {
        assertFalse(ScanHarness.mentions(Dialect.LUA, "local doc = [[ policy.DENY ]]").stream()
                .anyMatch(m -> m.text().equals("DENY")));
        assertTrue(ScanHarness.mentions(Dialect.LUA, "local doc = [[ x ]] policy.add(policy.all(policy.DENY))")
                .stream().anyMatch(m -> m.text().equals("DENY")));
    }

    @Test
    void onlyTheStartOfAHugeLineIsScanned() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("policy.add(policy.all(policy.DENY)) -- NXDOMAIN ");
        }
        List<Mention> all = ScanHarness.mentions(Dialect.LUA, sb.toString());
        assertFalse(all.isEmpty());
        assertTrue(all.stream().allMatch(m -> m.end() <= ConfigLine.LIMIT), "mentions beyond the scan limit");
    }

    @Test
    void kresdExtendedErrorNotauthIsNeverTheRcode() {
        // kres.extended_error.NOTAUTH is EDE 20 Not Authoritative, not RCODE 9
        Optional<Mention> m = ScanHarness.at(Dialect.LUA, "x = kres.extended_error.NOTA‸UTH");
        assertTrue(m.isEmpty() || m.get().entry().id().equals("ede:20"), m.toString());
    }

    // --- the cursor view used by completion and diagnostics

    @Test
    void aCursorInWhiteSpaceIsAnEmptyToken() {
        String line = "rcode  NXDOMAIN";
        List<ConfigLine.Token> t = ConfigLine.lex(line, ConfigLine.Syntax.COREFILE).tokens(false, 6);
        assertEquals(List.of("rcode", "", "NXDOMAIN"), t.stream().map(x -> x.text(line)).toList());
        assertEquals(6, t.get(1).start());
        // at the end of the line, after a space
        assertEquals(List.of("rcode", ""), ConfigLine.lex("rcode ", ConfigLine.Syntax.COREFILE).tokens(false, 6)
                .stream().map(x -> x.text("rcode ")).toList());
        // inside a word: no extra token
        assertEquals(2, ConfigLine.lex(line, ConfigLine.Syntax.COREFILE).tokens(false, 9).size());
        // right before a lone brace or semicolon
        String named = "policy ;";
        assertEquals(List.of("policy", "", ";"), ConfigLine.lex(named, ConfigLine.Syntax.NAMED).tokens(true, 7)
                .stream().map(x -> x.text(named)).toList());
    }

    @Test
    void commentsAndStringsForACursor() {
        String core = "rcode NXDOMAIN # why";
        ConfigLine c = ConfigLine.lex(core, ConfigLine.Syntax.COREFILE);
        assertFalse(c.inComment(core.indexOf("NX")));
        assertTrue(c.inComment(core.indexOf("why")));
        assertTrue(c.inComment(core.length()), "the end of a line comment is in it");
        assertTrue(ConfigLine.lex("x", ConfigLine.Syntax.COREFILE).inComment(ConfigLine.LIMIT + 1),
                "past the looked-at part of a line");

        String unbound = "local-zone: \"a.example.\" always_nxdomain";
        ConfigLine u = ConfigLine.lex(unbound, ConfigLine.Syntax.UNBOUND);
        int open = unbound.indexOf('"');
        int close = unbound.lastIndexOf('"');
        assertFalse(u.inString(open));
        assertTrue(u.inString(open + 1));
        assertTrue(u.inString(close), "the closing quote's column is in the string");
        assertFalse(u.inString(close + 1));
        assertFalse(u.inComment(open + 1));
    }

    @Test
    void blockDelimitersCountAsCommentForACursorButNeverAsCode() {
        String lua = "x = 1 --[[ c ]] y = 2";
        ConfigLine l = ConfigLine.lex(lua, ConfigLine.Syntax.LUA);
        int bracket = lua.indexOf("[[");
        int closer = lua.indexOf("]]") + 1;
        assertTrue(l.inComment(bracket));
        assertTrue(l.inComment(closer));
        assertFalse(l.inComment(closer + 1));
        assertFalse(l.isCode(bracket));
        assertFalse(l.isCode(closer));
        assertFalse(l.isCode(lua.indexOf(" c ")), "a space inside the comment");
        assertTrue(l.isCode(lua.indexOf('y')));
        assertTrue(l.isCode(lua.indexOf("y =") + 1), "a space of code");

        // a line that starts inside a block comment: the rest of it, up to the closer's last char but one
        String named = "end */ policy nxdomain;";
        ConfigLine n = ConfigLine.lex(named, ConfigLine.Syntax.NAMED, 0);
        int slash = named.indexOf("*/") + 1;
        assertTrue(n.inComment(slash));
        assertFalse(n.inComment(slash + 1));
        assertFalse(n.isCode(slash));
        assertTrue(n.isCode(named.indexOf("policy")));
        assertEquals("       policy nxdomain;", n.code);
    }

    @Test
    void codeBlanksCommentsAndStrings() {
        assertEquals("local s = \"___\"   ", ConfigLine.lex("local s = \"a b\"--x", ConfigLine.Syntax.LUA).code);
        assertEquals("local s = [[___]] y", ConfigLine.lex("local s = [[a b]] y", ConfigLine.Syntax.LUA).code);
        assertEquals("zone \"___\";        ", ConfigLine.lex("zone \"rpz\"; /* x */", ConfigLine.Syntax.NAMED).code);
    }

    @Test
    void quotedTokensKnowTheirInnerText() {
        String line = "local-zone: 'a.example.' \"always_nxdomain";
        List<ConfigLine.Token> t = ConfigLine.lex(line, ConfigLine.Syntax.UNBOUND).tokens(false);
        assertEquals(3, t.size());
        assertTrue(t.get(1).quoted());
        assertEquals("a.example.", line.substring(t.get(1).innerStart(), t.get(1).innerEnd(line)));
        // an unclosed string keeps its last char
        assertEquals("always_nxdomain", line.substring(t.get(2).innerStart(), t.get(2).innerEnd(line)));
        assertEquals("local-zone:", line.substring(t.get(0).innerStart(), t.get(0).innerEnd(line)));
    }

    @Test
    void statementsAreTheRunsBetweenPunctuation() {
        String line = "response-policy { zone \"rpz\" policy nxdomain; };";
        List<List<String>> st = ConfigLine.statements(ConfigLine.lex(line, ConfigLine.Syntax.NAMED).tokens(true))
                .stream().map(s -> s.stream().map(t -> t.text(line)).toList()).toList();
        assertEquals(List.of(List.of("response-policy"), List.of("zone", "\"rpz\"", "policy", "nxdomain")), st);
    }

    @Test
    void inContextLexesAgainOnlyWhenTheLineStartsInsideABlock() {
        TextContext ctx = ScanHarness.context(Dialect.NAMED_CONF, "/* old:\n   servfail-ttl 30; */ servfail-ttl 1;");
        String text = ctx.line(1);
        List<String> seen = new ArrayList<>();
        ConfigLine.inContext(ctx, 1, text, ConfigLine.Syntax.NAMED, seen, cl -> {
            for (ConfigLine.Token t : cl.tokens(true)) {
                if (t.is(text, "servfail-ttl")) {
                    seen.add(t.start() + "");
                }
            }
        });
        assertEquals(List.of(String.valueOf(text.lastIndexOf("servfail-ttl"))), seen);

        // a line that adds nothing is lexed once
        List<String> runs = new ArrayList<>();
        ConfigLine.inContext(ctx, 1, text, ConfigLine.Syntax.NAMED, new ArrayList<String>(), cl -> runs.add("run"));
        assertEquals(List.of("run"), runs);
    }
}
