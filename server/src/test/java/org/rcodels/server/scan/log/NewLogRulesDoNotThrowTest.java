package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/**
 * {@link LogScanner} drops the mentions of a rule that throws, which would hide a bug as a missing mention: these
 * rules are called directly, on every corpus line and on random lines built from all rules' anchors, in a document
 * where the lines above are the corpus (so that look-backs find real section headers and XML groups).
 */
class NewLogRulesDoNotThrowTest {
    private static final List<LogRule> RULES = List.of(new TechnitiumLogRule(), new QRule(), new BindStatsRule(),
            new BindStatsChannelRule(), new DnsxFlagRule(), new ProxyResolverRule(), new JvmResolverRule());

    @Test
    void acceptedLinesScanWithoutThrowing() throws IOException {
        List<String> lines = new ArrayList<>(LogRuleAnchorsTest.corpusLines());
        lines.addAll(LogRuleAnchorsTest.randomLines(20_000, 11));
        lines.addAll(List.of("                   4 NXDOMAIN", "   1 RESERVED", "1 REFUSED", "<counter name=\"\">",
                "<counter name=\"17", "SERVFAIL / ", " / Blocked", "Opcode: X Status: ", "-rcode ", "-rcode \"",
                "-rcode ,,,", "\"InfoCode\": ", "\"RCODE\": \"", "RCODE=", "QCLASS: IN; RCODE: ;",
                "dns server error: ", "dns server error: 99999999 unknown", "server returned error code: 3:",
                "(DNS NX status)", " [response code ", "DNS error [response code 99999]", "DNS query error occurred: ",
                "DNS query error occurred: NOERROR: type 99", "DatagramDnsResponse(", "DefaultDnsQuery(id: 1, X(",
                "NXDomain(99999999)", "BADALG(21)"));
        TextContext ctx = ScanHarness.context(Dialect.LOG, String.join("\n", lines));
        for (int i = 0; i < ctx.lineCount(); i++) {
            String t = ctx.line(i);
            if (t.length() < 4 || t.length() > LogScanner.LIMIT) {
                continue;
            }
            for (LogRule r : RULES) {
                int line = i;
                assertDoesNotThrow(() -> {
                    if (r.accepts(t)) {
                        r.scan(ctx, line, t, new ArrayList<Mention>());
                    }
                }, r.getClass().getSimpleName() + " on: " + t);
            }
        }
    }
}
