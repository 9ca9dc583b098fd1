package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * BIND named.conf. Recognised:
 * <ul>
 *   <li>response-policy zone clauses {@code zone "rpz" policy nxdomain|nodata} as policy words (given, disabled,
 *       passthru, drop, tcp-only and cname produce no code of their own and are not mentions);</li>
 *   <li>{@code require-server-cookie yes} (BADCOOKIE, as a policy on the keyword);</li>
 *   <li>the code named inside the option keywords {@code servfail-ttl}, {@code auth-nxdomain},
 *       {@code nxdomain-redirect}, and the rate-limit keywords {@code nxdomains-per-second} and
 *       {@code nodata-per-second} (role NAME, only the code part of the keyword; {@code errors-per-second} counts
 *       several codes and is not a mention);</li>
 *   <li>anywhere else, comments ({@code //}, {@code #}, block comments, also over several lines) and strings included:
 *       upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 */
public final class NamedConfScanner extends ConfigScanner {
    static final String TOOL = "bind";

    public NamedConfScanner() {
        super(TOOL, "policy", "servfail-ttl", "nxdomain", "nodata-per-second", "require-server-cookie");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.NAMED, out, cl -> {
            for (List<ConfigLine.Token> st : ConfigLine.statements(cl.tokens(true))) {
                statement(ctx, line, text, st, out);
            }
        });
    }

    private void statement(ScanContext ctx, int line, String text, List<ConfigLine.Token> st, List<Mention> out) {
        ConfigLine.Token first = st.get(0);
        if (first.isIgnoreCase(text, "zone")) {
            for (int k = 2; k + 1 < st.size(); k++) {
                if (st.get(k).isIgnoreCase(text, "policy")) {
                    ConfigLine.Token p = st.get(k + 1);
                    if (p.isIgnoreCase(text, "nxdomain")) {
                        ConfigMentions.policy(ctx, out, line, text, p.start(), p.end(), "rcode:3", TOOL,
                                "policy " + p.text(text));
                    } else if (p.isIgnoreCase(text, "nodata")) {
                        ConfigMentions.policy(ctx, out, line, text, p.start(), p.end(), "pseudo:nodata", TOOL,
                                "policy " + p.text(text));
                    }
                    break;
                }
            }
            return;
        }
        int a = first.start();
        if (first.isIgnoreCase(text, "servfail-ttl")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 8, "rcode:2", TOOL);
        } else if (first.isIgnoreCase(text, "auth-nxdomain")) {
            ConfigMentions.named(ctx, out, line, text, a + 5, a + 13, "rcode:3", TOOL);
        } else if (first.isIgnoreCase(text, "nxdomain-redirect") || first.isIgnoreCase(text, "nxdomains-per-second")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 8, "rcode:3", TOOL);
        } else if (first.isIgnoreCase(text, "nodata-per-second")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 6, "pseudo:nodata", TOOL);
        } else if (first.isIgnoreCase(text, "require-server-cookie") && st.size() >= 2) {
            ConfigLine.Token v = st.get(1);
            if (v.isIgnoreCase(text, "yes") || v.isIgnoreCase(text, "true") || v.is(text, "1")) {
                ConfigMentions.policy(ctx, out, line, text, first.start(), first.end(), "rcode:23", TOOL,
                        first.text(text) + " " + v.text(text));
            }
        }
    }
}
