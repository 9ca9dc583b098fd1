package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;
import org.rcodels.server.scan.output.DigOutputScanner;

/**
 * The log scanner's fallback: RCODE mnemonics written as whole upper-case words where no producer's format claims
 * them, as in prose ("our resolver answers SERVFAIL for api.example.com") and application logs ("lookup of x
 * returned NXDOMAIN"). The same words as in source code ({@code CodeScanner}), with their exact case, so
 * {@code NXDOMAIN_COUNT}, {@code QryNXDOMAIN}, "NXDomain" and a lower-case "nxdomain" are not mentions:
 * <ul>
 * <li>the mnemonics that name nothing but a DNS code (NXDOMAIN, SERVFAIL, FORMERR, NOTIMP, NOTIMPL, YXDOMAIN, YXRRSET,
 * NXRRSET, NOTAUTH, NOTZONE, DSOTYPENI, BADVERS, BADSIG, BADTRUNC, BADCOOKIE), anywhere;</li>
 * <li>the ones other software also uses as words (NOERROR, NODATA, BADKEY, BADTIME, BADMODE, BADNAME, BADALG) only on
 * a line about DNS: one that holds "dns", "rcode" or "tsig" in any case, or one of the names above. REFUSED is an
 * ordinary word and never one.</li>
 * </ul>
 * Each word names the code whose canonical name it is, so the words for 16 keep their own meaning (BADVERS the EDNS
 * one, BADSIG the TSIG one). NOTAUTH alone cannot tell its two meanings apart: it is the plain NOTAUTH (not
 * authoritative) with a note on the TSIG meaning, except right before a TSIG error in parentheses, as nsupdate
 * prints it ({@code NOTAUTH(BADSIG)}), where it is the TSIG "Not Authorized" and the parenthesised name the TSIG
 * error. The mentions name no tool: the text does not say who printed it.
 *
 * <p>Only where nothing else reads the line: a line where a log rule or the dig-output scanner (which runs on logs
 * and plain text too; {@link #scan} asks it, as it may run after the log scanner) named a code is left alone, and so
 * are a line a log rule owns ({@link LogRule#owns}: a BIND {@code disabled rpz} line, a Zeek record whose number and
 * name disagree), dig-style comment lines ({@code ;; ext-rcode: NOERROR}) and dig output files. A word must stand
 * alone (not in a path, URL, host name or dotted identifier) and must not be the value of a field whose key names a
 * code ({@code "RCODE": "BADVERS"}), which the structured formats' readers decide.
 */
final class BareMnemonics {

    /** Upper-case mnemonics that name nothing but a DNS code. */
    static final Set<String> DISTINCT = Set.of("NXDOMAIN", "SERVFAIL", "FORMERR", "NOTIMP", "NOTIMPL", "YXDOMAIN",
            "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI", "BADVERS", "BADSIG", "BADTRUNC", "BADCOOKIE");
    /** Upper-case mnemonics that other software uses as ordinary words: only on a line about DNS. */
    static final Set<String> GENERIC = Set.of("NOERROR", "NODATA", "BADKEY", "BADTIME", "BADMODE", "BADNAME",
            "BADALG");
    /** TSIG errors that follow NOTAUTH in parentheses (RFC 8945: BADSIG, BADKEY, BADTIME, BADTRUNC; 16 as BADSIG). */
    private static final Set<Integer> TSIG_ERRORS = Set.of(16, 17, 18, 22);

    static final String TSIG_NOTAUTH = "note.tsigNotauth";

    private static final DigOutputScanner DIG = new DigOutputScanner();

    private BareMnemonics() {
    }

    /** The literals a line must hold for the fallback to find anything. */
    static List<String> anchors() {
        List<String> a = new ArrayList<>(DISTINCT);
        a.addAll(GENERIC);
        return a;
    }

    /**
     * Adds the mentions of bare mnemonics in {@code t} (the first {@link Scanner#MAX_LINE} chars of {@code line}) if
     * nothing else on the line named a code: neither a log rule (their mentions are in {@code out}) nor the
     * dig-output scanner, and the line is no dig-style comment ({@code ;; ...}).
     */
    static void scan(ScanContext ctx, int lineNo, String line, String t, List<Mention> out) {
        // the cheap tests first: most lines that hold such a word are a producer's, already read by its rule
        if (onLine(out, lineNo) || firstNonBlank(t) == ';') {
            return;
        }
        List<int[]> words = words(line, t);
        if (words.isEmpty()) {
            return;
        }
        List<Mention> dig = new ArrayList<>();
        DIG.scan(ctx, lineNo, line, dig);
        if (onLine(dig, lineNo)) {
            return;
        }
        int dnsLine = -1;
        for (int[] w : words) {
            if (w[2] == 1 && standsAlone(t, w[0], w[1])) {
                dnsLine = 1;
            }
        }
        int n = t.length();
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            if (w[2] == 0) {
                if (dnsLine < 0) {
                    dnsLine = aboutDns(t) ? 1 : 0;
                }
                if (dnsLine == 0) {
                    continue;
                }
            }
            if (!standsAlone(t, w[0], w[1]) || codeField(t, w[0])) {
                continue;
            }
            String word = t.substring(w[0], w[1]);
            if (word.equals("NOTAUTH")) {
                int[] err = k + 1 < words.size() ? words.get(k + 1) : null;
                Entry tsigError = err != null && err[0] == w[1] + 1 && t.charAt(w[1]) == '('
                        && err[1] < n && t.charAt(err[1]) == ')' ? tsigError(ctx, t.substring(err[0], err[1])) : null;
                if (tsigError != null) {
                    Scans.entry(ctx, out, lineNo, t, w[0], w[1], "rcode:9:tsig", Mention.Role.NAME, null, null);
                    out.add(new Mention(lineNo, err[0], err[1], tsigError, t.substring(err[0], err[1]),
                            Mention.Role.NAME, null, null, null));
                    k++;
                    continue;
                }
                Scans.entry(ctx, out, lineNo, t, w[0], w[1], "rcode:9", Mention.Role.NAME, null, TSIG_NOTAUTH);
                continue;
            }
            Entry en = canonical(ctx, word);
            if (en != null) {
                out.add(new Mention(lineNo, w[0], w[1], en, word, Mention.Role.NAME, null, null, null));
            }
        }
    }

    /**
     * The candidate words of {@code t}: {start, end, 1 if a DISTINCT name else 0}, whole words of word chars (letters,
     * digits, '_') with their exact case.
     */
    private static List<int[]> words(String line, String t) {
        List<int[]> words = new ArrayList<>(2);
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Scans.wordChar(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && Scans.wordChar(t.charAt(e))) {
                e++;
            }
            if (e == n && line.length() > n && Scans.wordChar(line.charAt(n))) {
                break; // cut by the length cap: not a whole word
            }
            int len = e - i;
            if (c >= 'A' && c <= 'Z' && len >= 6 && len <= 9) {
                String w = t.substring(i, e);
                if (DISTINCT.contains(w)) {
                    words.add(new int[] {i, e, 1});
                } else if (GENERIC.contains(w)) {
                    words.add(new int[] {i, e, 0});
                }
            }
            i = e;
        }
        return words;
    }

    private static char firstNonBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    /**
     * Whether {@code ms} holds a mention of line {@code lineNo}. Scanners append a line's mentions after those of the
     * lines before it (a whole-file pass collects a block's mentions in one list), so only the tail is looked at.
     */
    private static boolean onLine(List<Mention> ms, int lineNo) {
        for (int i = ms.size() - 1; i >= 0; i--) {
            int l = ms.get(i).line();
            if (l == lineNo) {
                return true;
            }
            if (l < lineNo) {
                return false;
            }
        }
        return false;
    }

    /** Chars that join a word to a larger token: a path, a host name, an identifier, a URL. */
    private static final String JOINED_BEFORE = ".-/\\$@#%&+~";
    private static final String JOINED_AFTER = "-/\\@#%&+~";

    /**
     * Whether the word at {@code t[s,e)} stands by itself rather than inside a larger token: not joined to its
     * neighbours by a dot, hyphen, slash and the like ({@code mydns.resolver.NXDOMAIN}, {@code /SERVFAIL-report},
     * {@code NXDOMAIN.example}; a full stop that ends a sentence is fine), and not in a token that holds a slash, a
     * URL or a path with a query ({@code /api/dns?rcode=NXDOMAIN}).
     */
    static boolean standsAlone(String t, int s, int e) {
        if (s > 0 && JOINED_BEFORE.indexOf(t.charAt(s - 1)) >= 0) {
            return false;
        }
        if (e < t.length()) {
            char a = t.charAt(e);
            if (JOINED_AFTER.indexOf(a) >= 0 || a == '.' && e + 1 < t.length() && Scans.wordChar(t.charAt(e + 1))) {
                return false;
            }
        }
        for (int i = s - 1; i >= 0 && !Character.isWhitespace(t.charAt(i)); i--) {
            if ("/?".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        for (int i = e; i < t.length() && !Character.isWhitespace(t.charAt(i)); i++) {
            if (t.charAt(i) == '/') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code s} is the value of a field whose key names a code ({@code "RCODE": "BADVERS"},
     * {@code ext_rcode=NOERROR}, {@code "response_code":"NXDOMAIN"}): such fields are the structured formats' to
     * read (the rcode field rule, the ECS and kdig JSON readers), and where they did not read one, its key or its
     * object is not theirs (an HTTP response_code, a kdig object outside EDNS), so the fallback does not either.
     */
    static boolean codeField(String t, int s) {
        int i = s - 1;
        if (i >= 0 && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
            i--;
        }
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || t.charAt(i) != ':' && t.charAt(i) != '=') {
            return false;
        }
        i--;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
            i--;
        }
        int keyEnd = i + 1;
        while (i >= 0 && (Scans.wordChar(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '-')) {
            i--;
        }
        String key = t.substring(i + 1, keyEnd).toLowerCase(java.util.Locale.ROOT);
        return key.contains("rcode") || key.endsWith("response_code");
    }

    /**
     * The RCODE (or NODATA) whose canonical name is {@code word} (the plain meaning where a name has two), else the
     * code an exact-case spelling of some tool names (NOTIMPL); null if none.
     */
    private static Entry canonical(ScanContext ctx, String word) {
        Entry best = null;
        for (Kind kind : new Kind[] {Kind.RCODE, Kind.PSEUDO}) {
            for (Entry en : ctx.catalog().entries(kind)) {
                if (!en.isRange() && word.equals(en.name()) && (best == null || best.tsigContext()
                        && !en.tsigContext())) {
                    best = en;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Spelling sp : ctx.catalog().resolve(word)) {
            Entry en = sp.entry();
            if (sp.exactCase() && !en.isRange() && (en.kind() == Kind.RCODE || en.kind() == Kind.PSEUDO)
                    && (best == null || best.tsigContext() && !en.tsigContext())) {
                best = en;
            }
        }
        return best;
    }

    /** The TSIG error a name in NOTAUTH(...) gives (BADSIG is the TSIG 16), or null if it names none. */
    private static Entry tsigError(ScanContext ctx, String word) {
        Entry best = null;
        for (Entry en : ctx.catalog().entries(Kind.RCODE)) {
            if (!en.isRange() && word.equals(en.name()) && TSIG_ERRORS.contains(en.value())
                    && (en.value() != 16 || en.tsigContext())) {
                best = en;
            }
        }
        return best;
    }

    /** Whether the line speaks of DNS: "dns", "rcode" or "tsig" in any case. */
    static boolean aboutDns(String t) {
        int limit = t.length();
        for (int i = 0; i + 3 <= limit; i++) {
            char c = (char) (t.charAt(i) | 0x20);
            if (c == 'd' && t.regionMatches(true, i, "dns", 0, 3)
                    || c == 'r' && i + 5 <= limit && t.regionMatches(true, i, "rcode", 0, 5)
                    || c == 't' && i + 4 <= limit && t.regionMatches(true, i, "tsig", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
