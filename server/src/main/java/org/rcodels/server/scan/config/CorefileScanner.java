package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.catalog.Kind;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * CoreDNS Corefile, also inside a Kubernetes ConfigMap ({@code Corefile: |}). Recognised:
 * <ul>
 *   <li>template {@code rcode NAME} and {@code ederror NUMBER} (an EDE code);</li>
 *   <li>forward {@code next NAME...} and {@code failover NAME...};</li>
 *   <li>rewrite {@code rcode [matchtype] NAME FROM TO}, FROM and TO as names or numbers 0-23, on one line or in a
 *       {@code rewrite [continue|stop] { ... }} block;</li>
 *   <li>acl actions {@code block} (REFUSED) and {@code filter} (an empty NOERROR: NODATA), as policy words;
 *       {@code drop} and {@code allow} produce no code and are not mentions;</li>
 *   <li>cache {@code servfail DURATION}: the word names SERVFAIL (the replies it caches), role NAME, with a note
 *       saying how long they are cached;</li>
 *   <li>the external alternate plugin, {@code alternate [original] NAME ...};</li>
 *   <li>anywhere else, comments and strings included: upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 * Names are mentioned whatever their case, even where CoreDNS itself wants upper case (template rcode): a wrong-case
 * name still names the code, and telling the user is the diagnostics' job.
 */
public final class CorefileScanner extends ConfigScanner {
    static final String TOOL = "coredns";

    /** What cache's servfail does (plugin/cache/README.md). */
    static final String NOTE_CACHE_SERVFAIL = "note.option.coredns.cacheServfail";

    public CorefileScanner() {
        super(TOOL, "rcode", "ederror", "next", "failover", "alternate", "block", "filter", "servfail");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        List<ConfigLine.Token> tokens = ConfigLine.lex(text, ConfigLine.Syntax.COREFILE).tokens(false);
        for (List<ConfigLine.Token> st : ConfigLine.statements(tokens)) {
            statement(ctx, line, text, st, out);
        }
    }

    private void statement(ScanContext ctx, int line, String text, List<ConfigLine.Token> st, List<Mention> out) {
        ConfigLine.Token first = st.get(0);
        int args = st.size() - 1;
        if (first.is(text, "rcode")) {
            if (args == 1 && "template".equals(enclosing(ctx, line, first.start()))) {
                name(ctx, line, text, st.get(1), out);
            } else if ((args == 3 || args == 4) && "rewrite".equals(enclosing(ctx, line, first.start()))) {
                rewriteCodes(ctx, line, text, st.get(args - 1), st.get(args), out);
            }
        } else if (first.is(text, "rewrite")) {
            int k = 1;
            if (k < st.size() && (st.get(k).is(text, "continue") || st.get(k).is(text, "stop"))) {
                k++;
            }
            int rest = st.size() - k - 1;
            if (k < st.size() && st.get(k).is(text, "rcode") && (rest == 3 || rest == 4)) {
                rewriteCodes(ctx, line, text, st.get(st.size() - 2), st.get(st.size() - 1), out);
            }
        } else if (first.is(text, "ederror")) {
            if (args >= 1 && "template".equals(enclosing(ctx, line, first.start()))) {
                ConfigLine.Token t = st.get(1);
                if (t.punct() == 0) {
                    // no tool: the Corefile takes the EDE code as a bare number (quoted or not: Caddy's lexer
                    // drops the quotes)
                    Scans.number(ctx, out, line, text, t.innerStart(), t.innerEnd(text), Kind.EDE, false, null,
                            ConfigMentions.NOTE_EDE);
                }
            }
        } else if (first.is(text, "next") || first.is(text, "failover")) {
            if (args >= 1 && "forward".equals(enclosing(ctx, line, first.start()))) {
                for (int k = 1; k < st.size(); k++) {
                    name(ctx, line, text, st.get(k), out);
                }
            }
        } else if (first.is(text, "alternate")) {
            int k = 1;
            if (k < st.size() && st.get(k).is(text, "original")) {
                k++;
            }
            if (k < st.size()) {
                name(ctx, line, text, st.get(k), out);
            }
        } else if (first.is(text, "block") || first.is(text, "filter")) {
            if ("acl".equals(enclosing(ctx, line, first.start()))) {
                ConfigMentions.policy(ctx, out, line, text, first.start(), first.end(),
                        first.is(text, "block") ? "rcode:5" : "pseudo:nodata", TOOL, null);
            }
        } else if (first.is(text, "servfail")) {
            if (args >= 1 && "cache".equals(enclosing(ctx, line, first.start()))) {
                ConfigMentions.named(ctx, out, line, text, first.start(), first.end(), "rcode:2", TOOL,
                        NOTE_CACHE_SERVFAIL, ConfigMentions.written(text, st));
            }
        }
    }

    /** FROM and TO of a rewrite rcode rule: names, or numbers 0-23 (what CoreDNS accepts). */
    private static void rewriteCodes(ScanContext ctx, int line, String text, ConfigLine.Token from,
                                     ConfigLine.Token to, List<Mention> out) {
        for (ConfigLine.Token t : List.of(from, to)) {
            if (t.punct() != 0) {
                continue;
            }
            int v = Scans.parse(text, t.innerStart(), t.innerEnd(text));
            if (v >= 0) {
                if (v <= 23) {
                    Scans.number(ctx, out, line, text, t.innerStart(), t.innerEnd(text), Kind.RCODE, false, TOOL,
                            ConfigMentions.NOTE_NUMERIC);
                }
            } else {
                name(ctx, line, text, t, out);
            }
        }
    }

    /** A name, bare or quoted: CoreDNS's lexer (Caddy's) drops the quotes, so "NXDOMAIN" is NXDOMAIN. */
    private static void name(ScanContext ctx, int line, String text, ConfigLine.Token t, List<Mention> out) {
        if (t.punct() != 0) {
            return;
        }
        int s = t.innerStart();
        int e = t.innerEnd(text);
        if (e <= s) {
            return;
        }
        if (text.regionMatches(true, s, "BADSIG", 0, 6) && e - s == 6) {
            // CoreDNS spells RCODEs as miekg/dns does, where 16 is BADSIG; what a template sends, or what forward
            // matches, is a reply's RCODE (header and OPT record): 16 there is BADVERS (a TSIG BADSIG is in the
            // TSIG record, which these directives do not touch)
            Scans.entry(ctx, out, line, text, s, e, "rcode:16:badvers", Mention.Role.NAME, TOOL, BADSIG_NOTE);
            return;
        }
        Scans.name(ctx, out, line, text, s, e, TOOL, Kind.RCODE);
    }

    static final String BADSIG_NOTE = "note.corefileBadsig";

    /**
     * The first word of the directive whose block encloses column {@code col} of {@code line} ("template", "acl",
     * ".:53"), or null when there is none within {@link Scanner#MAX_CONTEXT} lines. Shared with completion and
     * diagnostics.
     */
    public static String enclosing(ScanContext ctx, int line, int col) {
        int depth = 0;
        for (int l = line; l >= 0 && l >= line - MAX_CONTEXT; l--) {
            String t = ctx.line(l);
            if (t == null) {
                continue;
            }
            if (l != line && t.indexOf('{') < 0 && t.indexOf('}') < 0) {
                // no brace, no block boundary: not worth lexing
                continue;
            }
            List<ConfigLine.Token> tokens = ConfigLine.lex(t, ConfigLine.Syntax.COREFILE).tokens(false);
            for (int k = tokens.size() - 1; k >= 0; k--) {
                ConfigLine.Token tok = tokens.get(k);
                if (l == line && tok.start() >= col) {
                    continue;
                }
                if (tok.punct() == '}') {
                    depth++;
                } else if (tok.punct() == '{') {
                    if (depth == 0) {
                        int s = k - 1;
                        while (s > 0 && tokens.get(s - 1).punct() == 0) {
                            s--;
                        }
                        return s >= 0 && s < k ? tokens.get(s).text(t) : null;
                    }
                    depth--;
                }
            }
        }
        return null;
    }
}
