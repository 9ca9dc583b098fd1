package org.rcodels.server.scan.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * BIND named.conf. Recognised:
 * <ul>
 *   <li>response-policy zone clauses {@code zone "rpz" policy nxdomain|nodata} as policy words, and their
 *       {@code ede forged|blocked|censored|filtered|prohibited} as the EDE the rewritten answers carry (given, disabled,
 *       passthru, drop, tcp-only and cname produce no code of their own and are not mentions);</li>
 *   <li>{@code require-server-cookie yes} (BADCOOKIE, as a policy on the keyword);</li>
 *   <li>the code named inside the option keywords {@code servfail-ttl}, {@code servfail-until-ready}, {@code auth-nxdomain},
 *       {@code nxdomain-redirect}, and the rate-limit keywords {@code nxdomains-per-second} and
 *       {@code nodata-per-second} (role NAME, only the code part of the keyword, with a note saying what the option
 *       does; {@code errors-per-second} counts several codes and is not a mention);</li>
 *   <li>anywhere else, comments ({@code //}, {@code #}, block comments, also over several lines) and strings included:
 *       upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 */
public final class NamedConfScanner extends ConfigScanner {
    static final String TOOL = "bind";

    /** What each option keyword that names a code does with it (doc/arm/reference.rst). */
    static final String NOTE_SERVFAIL_TTL = "note.option.bind.servfailTtl";
    static final String NOTE_AUTH_NXDOMAIN = "note.option.bind.authNxdomain";
    static final String NOTE_NXDOMAIN_REDIRECT = "note.option.bind.nxdomainRedirect";
    static final String NOTE_NXDOMAINS_PER_SECOND = "note.option.bind.nxdomainsPerSecond";
    static final String NOTE_NODATA_PER_SECOND = "note.option.bind.nodataPerSecond";
    /** BIND 9.20.13 and later, a response-policy option (release notes of 9.20.13, gl#5222). */
    static final String NOTE_SERVFAIL_UNTIL_READY = "note.option.bind.servfailUntilReady";

    public NamedConfScanner() {
        super(TOOL, "policy", "ede", "servfail-", "nxdomain", "nodata-per-second", "require-server-cookie");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        ConfigLine.inContext(ctx, line, text, ConfigLine.Syntax.NAMED, out, cl -> {
            List<ConfigLine.Token> tokens = cl.tokens(true);
            for (Value v : goingOn(ctx, line, text, tokens)) {
                if (v.keyword().equals("policy")) {
                    policyWord(ctx, line, text, v.token(), out);
                } else {
                    edeWord(ctx, line, text, v.token(), out);
                }
            }
            for (List<ConfigLine.Token> st : ConfigLine.statements(tokens)) {
                statement(ctx, line, text, st, out);
            }
        });
    }

    @Override
    boolean continues(ScanContext ctx, int line, String text) {
        // "policy" (or "ede") at the end of the line above, the word here: zone "rpz" policy<newline>nxdomain;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) && zoneAbove(ctx, line) != null;
    }

    /**
     * The words of a {@code zone} clause of response-policy that lines above began and left open (no {@code ;} or
     * brace after it), for a line that goes on with it; null when the statement above is closed or is no zone
     * clause. At most three lines up; comments count as nothing.
     */
    public static List<String> zoneAbove(ScanContext ctx, int line) {
        ArrayList<String> words = new ArrayList<>();
        for (int l = line - 1; l >= 0 && l >= line - 3; l--) {
            String t = ctx.line(l);
            if (t == null || t.isBlank()) {
                continue;
            }
            List<ConfigLine.Token> tokens = ConfigLine.lex(t, ConfigLine.Syntax.NAMED).tokens(true);
            if (tokens.isEmpty()) {
                continue;
            }
            int k = tokens.size();
            while (k > 0 && tokens.get(k - 1).punct() == 0) {
                k--;
            }
            if (k == tokens.size()) {
                // this line ends with ; { or }: the statement starts on the line after it (or, for the line just
                // above, is closed)
                break;
            }
            List<String> run = new ArrayList<>();
            for (ConfigLine.Token tok : tokens.subList(k, tokens.size())) {
                run.add(tok.text(t).toLowerCase(Locale.ROOT));
            }
            words.addAll(0, run);
            if (k > 0) {
                break;
            }
        }
        return !words.isEmpty() && words.get(0).equals("zone") ? words : null;
    }

    /** A keyword of a zone clause ({@code policy}, {@code ede}) and its value on this line. */
    public record Value(String keyword, ConfigLine.Token token) {
    }

    /**
     * The values on this line of a zone clause begun on a line above: {@code policy nxdomain} or {@code ede blocked}
     * here after {@code zone "rpz"} there, or the word that starts this line after {@code policy} at the end of the
     * line above. Empty when the line goes on with no such clause. Shared with completion and diagnostics
     * ({@code Slots}).
     */
    public static List<Value> goingOn(ScanContext ctx, int line, String text, List<ConfigLine.Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).punct() != 0 || tokens.get(0).isIgnoreCase(text, "zone")) {
            return List.of();
        }
        List<String> above = zoneAbove(ctx, line);
        if (above == null) {
            return List.of();
        }
        int n = 0;
        while (n < tokens.size() && tokens.get(n).punct() == 0) {
            n++;
        }
        List<Value> out = new ArrayList<>(2);
        boolean policy = false;
        boolean ede = false;
        for (int k = 2; k < above.size() + n - 1; k++) {
            String w = k < above.size() ? above.get(k) : tokens.get(k - above.size()).text(text).toLowerCase(Locale.ROOT);
            boolean isPolicy = !policy && w.equals("policy");
            boolean isEde = !ede && w.equals("ede");
            if (isPolicy || isEde) {
                int v = k + 1 - above.size();
                if (v >= 0 && v < n && !tokens.get(v).quoted()) {
                    out.add(new Value(isPolicy ? "policy" : "ede", tokens.get(v)));
                }
                policy |= isPolicy;
                ede |= isEde;
                k++;
            }
        }
        return out;
    }

    /**
     * BIND's response-policy {@code ede} values (besides none) and the RFC 8914 codes they add to a rewritten answer,
     * in the same order. Also read by {@code Slots} for completion and diagnostics.
     */
    public static final List<String> EDE_WORDS = List.of("forged", "blocked", "censored", "filtered", "prohibited");
    public static final List<String> EDE_IDS = List.of("ede:4", "ede:15", "ede:16", "ede:17", "ede:18");

    private static void edeWord(ScanContext ctx, int line, String text, ConfigLine.Token p, List<Mention> out) {
        for (int i = 0; i < EDE_WORDS.size(); i++) {
            if (!p.quoted() && p.isIgnoreCase(text, EDE_WORDS.get(i))) {
                Scans.entry(ctx, out, line, text, p.start(), p.end(), EDE_IDS.get(i), Mention.Role.POLICY, TOOL,
                        "note.bindRpzEde", "text", "ede " + p.text(text));
            }
        }
    }

    private static void policyWord(ScanContext ctx, int line, String text, ConfigLine.Token p, List<Mention> out) {
        if (p.isIgnoreCase(text, "nxdomain")) {
            ConfigMentions.policy(ctx, out, line, text, p.start(), p.end(), "rcode:3", TOOL, "policy " + p.text(text));
        } else if (p.isIgnoreCase(text, "nodata")) {
            ConfigMentions.policy(ctx, out, line, text, p.start(), p.end(), "pseudo:nodata", TOOL,
                    "policy " + p.text(text));
        }
    }

    private void statement(ScanContext ctx, int line, String text, List<ConfigLine.Token> st, List<Mention> out) {
        ConfigLine.Token first = st.get(0);
        if (first.isIgnoreCase(text, "zone")) {
            boolean policy = false;
            boolean ede = false;
            for (int k = 2; k + 1 < st.size(); k++) {
                if (!policy && st.get(k).isIgnoreCase(text, "policy")) {
                    policyWord(ctx, line, text, st.get(++k), out);
                    policy = true;
                } else if (!ede && st.get(k).isIgnoreCase(text, "ede")) {
                    edeWord(ctx, line, text, st.get(++k), out);
                    ede = true;
                }
            }
            return;
        }
        if (text.contains("servfail-until-ready")) {
            // response-policy's options follow its zone list's closing brace, in any order
            for (int k = 0; k < st.size(); k++) {
                ConfigLine.Token w = st.get(k);
                if (w.isIgnoreCase(text, "servfail-until-ready")) {
                    String written = k + 1 < st.size() ? w.text(text) + " " + st.get(k + 1).text(text) : w.text(text);
                    ConfigMentions.named(ctx, out, line, text, w.start(), w.start() + 8, "rcode:2", TOOL,
                            NOTE_SERVFAIL_UNTIL_READY, written);
                }
            }
        }
        int a = first.start();
        if (first.isIgnoreCase(text, "servfail-ttl")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 8, "rcode:2", TOOL, NOTE_SERVFAIL_TTL,
                    ConfigMentions.written(text, st));
        } else if (first.isIgnoreCase(text, "auth-nxdomain")) {
            ConfigMentions.named(ctx, out, line, text, a + 5, a + 13, "rcode:3", TOOL, NOTE_AUTH_NXDOMAIN, null);
        } else if (first.isIgnoreCase(text, "nxdomain-redirect")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 8, "rcode:3", TOOL, NOTE_NXDOMAIN_REDIRECT,
                    ConfigMentions.written(text, st));
        } else if (first.isIgnoreCase(text, "nxdomains-per-second")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 8, "rcode:3", TOOL, NOTE_NXDOMAINS_PER_SECOND,
                    ConfigMentions.written(text, st));
        } else if (first.isIgnoreCase(text, "nodata-per-second")) {
            ConfigMentions.named(ctx, out, line, text, a, a + 6, "pseudo:nodata", TOOL, NOTE_NODATA_PER_SECOND,
                    ConfigMentions.written(text, st));
        } else if (first.isIgnoreCase(text, "require-server-cookie") && st.size() >= 2) {
            ConfigLine.Token v = st.get(1);
            if (v.isIgnoreCase(text, "yes") || v.isIgnoreCase(text, "true") || v.is(text, "1")) {
                ConfigMentions.policy(ctx, out, line, text, first.start(), first.end(), "rcode:23", TOOL,
                        first.text(text) + " " + v.text(text));
            }
        }
    }
}
