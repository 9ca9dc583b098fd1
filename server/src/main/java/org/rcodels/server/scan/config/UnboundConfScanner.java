package org.rcodels.server.scan.config;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * unbound.conf. Recognised:
 * <ul>
 *   <li>local-zone types that fix the answer's code, as policy words: {@code always_nxdomain} (NXDOMAIN),
 *       {@code refuse} and {@code always_refuse} (REFUSED), {@code always_nodata}, {@code block_a} and
 *       {@code block_aaaa} (NODATA), in {@code local-zone:}, {@code local-zone-override:},
 *       {@code access-control-tag-action:}, {@code interface-tag-action:} and {@code response-ip:}.
 *       {@code static} (NXDOMAIN or NODATA, depending on the name), the deny types (no answer at all) and
 *       {@code always_null} (an answer with 0.0.0.0) are not mentions;</li>
 *   <li>access-control and interface-action actions: {@code refuse} and {@code refuse_non_local} (REFUSED),
 *       {@code allow_cookie} (BADCOOKIE for a missing or bad server cookie); deny and allow actions are not;</li>
 *   <li>{@code rpz-action-override: nxdomain|nodata};</li>
 *   <li>the code named inside the option keywords {@code log-servfail}, {@code harden-below-nxdomain} and
 *       {@code rpz-signal-nxdomain-ra} (role NAME, only the code part of the keyword, with a note saying what the
 *       option does);</li>
 *   <li>anywhere else, comments and strings included: upper-case mnemonics only ({@link UpperNames}).</li>
 * </ul>
 */
public final class UnboundConfScanner extends ConfigScanner {
    static final String TOOL = "unbound";

    /** What each option keyword that names a code does with it (doc/unbound.conf.rst). */
    static final String NOTE_LOG_SERVFAIL = "note.option.unbound.logServfail";
    static final String NOTE_HARDEN_BELOW_NXDOMAIN = "note.option.unbound.hardenBelowNxdomain";
    static final String NOTE_RPZ_SIGNAL_NXDOMAIN_RA = "note.option.unbound.rpzSignalNxdomainRa";

    /** Keyword -> number of values it takes; the last value is a local-zone type. Shared with completion. */
    public static final Map<String, Integer> ZONE_TYPE_KEYWORDS = Map.of("local-zone:", 2,
            "local-zone-override:", 3, "access-control-tag-action:", 3, "interface-tag-action:", 3,
            "response-ip:", 2);

    /** local-zone types that name the code they answer with; shared with the log rule of log-local-actions lines. */
    public static final Map<String, String> ZONE_TYPES = Map.of("always_nxdomain", "rcode:3", "refuse", "rcode:5",
            "always_refuse", "rcode:5", "always_nodata", "pseudo:nodata", "block_a", "pseudo:nodata",
            "block_aaaa", "pseudo:nodata");

    private static final Map<String, String> ACCESS_ACTIONS = Map.of("refuse", "rcode:5",
            "refuse_non_local", "rcode:5", "allow_cookie", "rcode:23");

    public UnboundConfScanner() {
        super(TOOL, "local-zone", "-tag-action", "response-ip", "access-control", "interface-action", "rpz-",
                "servfail", "nxdomain");
    }

    @Override
    void config(ScanContext ctx, int line, String text, List<Mention> out) {
        List<ConfigLine.Token> tokens = ConfigLine.lex(text, ConfigLine.Syntax.UNBOUND).tokens(false);
        forEachOption(text, tokens, (key, values) -> option(ctx, line, text, key, values, out));
    }

    /**
     * Splits the tokens of a line into options: each keyword with the values up to the next keyword (tokens before
     * the first keyword belong to none). Shared with completion and diagnostics.
     */
    public static void forEachOption(String text, List<ConfigLine.Token> tokens,
                                     BiConsumer<ConfigLine.Token, List<ConfigLine.Token>> option) {
        int k = 0;
        while (k < tokens.size()) {
            ConfigLine.Token key = tokens.get(k);
            int e = k + 1;
            while (e < tokens.size() && !isKeyword(text, tokens.get(e))) {
                e++;
            }
            if (isKeyword(text, key)) {
                option.accept(key, tokens.subList(k + 1, e));
            }
            k = e;
        }
    }

    /** "name:" made of lower-case letters, digits and hyphens (so an IPv6 address such as fe80:: is not one). */
    public static boolean isKeyword(String text, ConfigLine.Token t) {
        if (t.quoted() || t.punct() != 0 || t.end() - t.start() < 2 || text.charAt(t.end() - 1) != ':') {
            return false;
        }
        for (int i = t.start(); i < t.end() - 1; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private void option(ScanContext ctx, int line, String text, ConfigLine.Token key, List<ConfigLine.Token> values,
                        List<Mention> out) {
        String k = key.text(text);
        Integer count = ZONE_TYPE_KEYWORDS.get(k);
        if (count != null) {
            if (values.size() == count) {
                policyValue(ctx, line, text, values.get(count - 1), ZONE_TYPES, out);
            }
            return;
        }
        switch (k) {
            case "access-control:", "interface-action:" -> {
                if (values.size() == 2) {
                    policyValue(ctx, line, text, values.get(1), ACCESS_ACTIONS, out);
                }
            }
            case "rpz-action-override:" -> {
                if (values.size() == 1) {
                    policyValue(ctx, line, text, values.get(0),
                            Map.of("nxdomain", "rcode:3", "nodata", "pseudo:nodata"), out);
                }
            }
            case "log-servfail:" -> ConfigMentions.named(ctx, out, line, text, key.start() + 4, key.start() + 12,
                    "rcode:2", TOOL, NOTE_LOG_SERVFAIL, null);
            case "harden-below-nxdomain:" -> ConfigMentions.named(ctx, out, line, text, key.start() + 13,
                    key.start() + 21, "rcode:3", TOOL, NOTE_HARDEN_BELOW_NXDOMAIN, null);
            case "rpz-signal-nxdomain-ra:" -> ConfigMentions.named(ctx, out, line, text, key.start() + 11,
                    key.start() + 19, "rcode:3", TOOL, NOTE_RPZ_SIGNAL_NXDOMAIN_RA, null);
            default -> {
            }
        }
    }

    /** A value, bare or quoted, that is one of the policy words of {@code map}. */
    private static void policyValue(ScanContext ctx, int line, String text, ConfigLine.Token t,
                                    Map<String, String> map, List<Mention> out) {
        int s = t.innerStart();
        int e = t.innerEnd(text);
        if (s >= e) {
            return;
        }
        String word = text.substring(s, e);
        String id = map.get(word);
        if (id == null) {
            return;
        }
        if (word.equals("allow_cookie")) {
            // an allow action: BADCOOKIE only for a UDP query with a client cookie alone or a bad one (REFUSED with TC
            // for one without any cookie); a valid cookie, or TCP, is allowed
            Scans.entry(ctx, out, line, text, s, e, id, Mention.Role.POLICY, TOOL, "note.unboundAllowCookie");
        } else {
            ConfigMentions.policy(ctx, out, line, text, s, e, id, TOOL, null);
        }
    }
}
