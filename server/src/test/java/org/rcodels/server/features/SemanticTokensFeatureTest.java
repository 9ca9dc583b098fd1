package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class SemanticTokensFeatureTest {

    private static List<String> coloured(Dialect d, String uri, String text) {
        TextContext ctx = ScanHarness.context(d, text, uri);
        return SemanticTokensFeature.tokens(ctx, 0, ctx.lineCount()).stream()
                .map(t -> ctx.line(t.line()).substring(t.start(), t.end())).toList();
    }

    @Test
    void optionKeywordsNamedAfterACodeAreNotColouredAsCodes() {
        // valid options, not codes in a reply: a red fragment inside them would read as an error
        String named = "options {\n    servfail-ttl 0;\n    auth-nxdomain no;\n    rate-limit { nxdomains-per-second 5; };\n"
                + "};\nzone \"rpz.local\" { type primary; file \"rpz.db\"; };\n"
                + "response-policy { zone \"rpz.local\" policy nxdomain; };\n";
        assertEquals(List.of("nxdomain"), coloured(Dialect.NAMED_CONF, "named.conf", named));
        assertEquals(List.of(), coloured(Dialect.UNBOUND_CONF, "unbound.conf",
                "server:\n    rpz-signal-nxdomain-ra: yes\n    log-servfail: yes\n"));
        assertEquals(List.of("SERVFAIL"), coloured(Dialect.LUA, "dnsdist.conf",
                "addDynBlocks(exceedServFails(10, 10), \"too many\", 60)\naddAction(AllRule(), RCodeAction(DNSRCode.SERVFAIL))\n"));
    }
}
