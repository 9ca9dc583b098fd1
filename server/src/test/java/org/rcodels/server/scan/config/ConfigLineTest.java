package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

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
}
