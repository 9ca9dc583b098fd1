package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Severity;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanners;

/**
 * Semantic tokens: every mention coloured by how alarming its code is, so that NXDOMAIN and SERVFAIL stand out in a
 * log; not the code part of an option keyword ({@code servfail-ttl}), which is no code in a reply. Computed for the
 * requested lines only.
 */
public final class SemanticTokensFeature {
    private SemanticTokensFeature() {
    }

    /** Token types, in legend order; the VS Code extension maps them to theme scopes. */
    public static final List<String> TYPES = List.of("dnsCodeError", "dnsCodeWarning", "dnsCodeInfo", "dnsCodeOk");

    /** One token: line, UTF-16 start and end column, index into {@link #TYPES}. */
    public record Token(int line, int start, int end, int type) {
    }

    /** At most this many tokens per request, so a huge range cannot produce a huge answer. */
    public static final int MAX_TOKENS = 100_000;

    public static List<Token> tokens(ScanContext ctx, int fromLine, int toLine) {
        List<Token> out = new ArrayList<>();
        int to = Math.min(toLine, ctx.lineCount());
        for (int line = Math.max(0, fromLine); line < to && out.size() < MAX_TOKENS; line++) {
            for (Mention m : Scanners.onLine(ctx, line)) {
                // an option named after a code (auth-nxdomain, exceedServFails) is no alarming code in a reply
                if (!m.optionKeyword()) {
                    out.add(new Token(line, m.start(), m.end(), type(m.entry().severity())));
                }
            }
        }
        return out;
    }

    static int type(Severity s) {
        return switch (s) {
            case ERROR -> 0;
            case WARNING -> 1;
            case INFO -> 2;
            case OK -> 3;
        };
    }
}
