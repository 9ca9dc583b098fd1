package org.rcodels.server.scan.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * The log scanner's fallback: RCODE mnemonics written as whole upper-case words where no producer's format claims
 * them, as in prose ("our resolver answers SERVFAIL for api.example.com") and application logs ("lookup of x
 * returned NXDOMAIN"). The same words as in source code ({@code CodeScanner}), with their exact case, so
 * {@code NXDOMAIN_COUNT}, {@code QryNXDOMAIN}, "NXDomain" and a lower-case "nxdomain" are not mentions; a plural
 * ("lots of NXDOMAINs") is a mention of the mnemonic without its "s":
 * <ul>
 * <li>the mnemonics that name nothing but a DNS code (NXDOMAIN, SERVFAIL, FORMERR, NOTIMP, NOTIMPL, YXDOMAIN, YXRRSET,
 * NXRRSET, NOTZONE, DSOTYPENI, BADVERS, BADTRUNC, BADCOOKIE), anywhere;</li>
 * <li>the ones other software also uses as words (NOERROR, NODATA, NOTAUTH: an IBM CICS RESP condition, BADSIG:
 * GnuPG's status word, BADKEY, BADTIME, BADMODE, BADNAME, BADALG) only on a line about DNS ({@link #aboutDns}), in
 * a field whose key names the RCODE ({@code RCODE: NOERROR}), or in one of the forms that are DNS on their own: one
 * of the names above on the line, nsupdate's {@code NOTAUTH(BADSIG)} (NOTAUTH right before a TSIG error in
 * parentheses), mnemonics joined by a slash ({@code NOERROR/NODATA}). GnuPG's {@code BADSIG <key id>} (apt's "The
 * following signatures were invalid: BADSIG 871920D1991BC93C ...") is never one. REFUSED is an ordinary word: only
 * the value of a field whose key names the RCODE or dig's {@code status:} ({@code RCODE: REFUSED}).</li>
 * </ul>
 * Each word names the code whose canonical name it is, so the words for 16 keep their own meaning (BADVERS the EDNS
 * one, BADSIG the TSIG one). NOTAUTH alone cannot tell its two meanings apart: it is the plain NOTAUTH (not
 * authoritative) with a note on the TSIG meaning, except right before a TSIG error in parentheses, as nsupdate
 * prints it ({@code NOTAUTH(BADSIG)}), where it is the TSIG "Not Authorized" and the parenthesised name the TSIG
 * error. The mentions name no tool: the text does not say who printed it.
 *
 * <p>Only where nothing else reads the line: a line where a log rule or the dig-output scanner (which runs before
 * the log scanner on logs and plain text, so its mentions are in the list already) named a code is left alone, and so
 * are a line a log rule owns ({@link LogRule#owns}: a BIND {@code disabled rpz} line, a Zeek record whose number and
 * name disagree). Comment lines that start with ';' are read like prose in logs and plain text (an nsupdate script's
 * {@code ; NXDOMAIN for 192.168.4.0/24}); kdig's {@code ;; ext-rcode: NOERROR} is a field of the extended RCODE
 * (below). In dig output they are the dig scanner's, except delv +vtrace's messages
 * ({@code ;; validating verisignlabs.com/DS: fetch_callback_dnskey: got SERVFAIL}). A word must stand
 * alone (not in a path, URL, host name or dotted identifier; a slash between two mnemonics is prose, as in
 * {@code NXDOMAIN/SERVFAIL}). The value of a field whose key names the RCODE ({@code RCODE: NXDOMAIN},
 * {@code rcode_name = 'NXDOMAIN'}, {@code "RCODE":"BADVERS"}) is read where no structured reader read the line (see
 * {@link #codeField}), except under a key of the extended RCODE ({@code ext_rcode}, a kdig or Technitium
 * {@code "EDNS"} object), which holds the OPT record's upper bits: only a code above 15 says something there.
 */
final class BareMnemonics {

    /** Upper-case mnemonics that name nothing but a DNS code. */
    static final Set<String> DISTINCT = Set.of("NXDOMAIN", "SERVFAIL", "FORMERR", "NOTIMP", "NOTIMPL", "YXDOMAIN",
            "YXRRSET", "NXRRSET", "NOTZONE", "DSOTYPENI", "BADVERS", "BADTRUNC", "BADCOOKIE");
    /** Upper-case mnemonics that other software uses as ordinary words: only on a line about DNS. */
    static final Set<String> GENERIC = Set.of("NOERROR", "NODATA", "NOTAUTH", "BADSIG", "BADKEY", "BADTIME",
            "BADMODE", "BADNAME", "BADALG");
    /** TSIG errors that follow NOTAUTH in parentheses (RFC 8945: BADSIG, BADKEY, BADTIME, BADTRUNC; 16 as BADSIG). */
    private static final Set<String> TSIG_ERROR_NAMES = Set.of("BADSIG", "BADKEY", "BADTIME", "BADTRUNC");

    static final String TSIG_NOTAUTH = "note.tsigNotauth";
    /** A JSON record of a DNS class: massdns's and zdns's output (their "status" is the RCODE's name). */
    private static final String CLASS_IN = "\"class\":\"IN\"";
    /** delv +vtrace's messages: {@code ;; validating verisignlabs.com/DS: fetch_callback_dnskey: got SERVFAIL}. */
    private static final String DELV_VTRACE = ";; validating ";


    /** The fields of a candidate word in {@link #words}. */
    private static final int START = 0;
    private static final int END = 1;
    /** 1 if the word shows the line is about DNS by itself (a DISTINCT name, nsupdate's pair), else 0. */
    private static final int DNS = 2;
    /** The end of the whole word: END, or END + 1 for a plural's "s". */
    private static final int RUN_END = 3;
    /** What {@link #alone} said. */
    private static final int ALONE = 4;

    private BareMnemonics() {
    }

    /** The literals a line must hold for the fallback to find anything. */
    static List<String> anchors() {
        List<String> a = new ArrayList<>(DISTINCT);
        a.addAll(GENERIC);
        // REFUSED only as a field's value (see words): its separators, so that ECONNREFUSED never wakes the scan
        a.addAll(List.of(": REFUSED", "=REFUSED", "\"REFUSED", "'REFUSED", "- REFUSED", "`REFUSED"));
        return a;
    }

    /** A resource record as dig prints it: owner, TTL and class, or owner and class ({@code x. 300 IN TXT ...}). */
    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile(
            "^\\S+\\s+(?:\\d+\\s+(?:IN|CH|HS|CLASS\\d+)|(?:IN|CH|HS|CLASS\\d+)\\s+\\d+)\\s");

    /**
     * Whether a line of a dig output file is dig's data rather than a pasted log line or prose: a resource record
     * ({@code x. 300 IN TXT "..."}), a line of {@code +short}, {@code +yaml} or JSON output (indented, quoted, a
     * bracket first, or a lower-case {@code key:} first), whose strings name no code.
     */
    static boolean digData(String t) {
        if (!t.isEmpty() && Character.isWhitespace(t.charAt(0)) && listItem(t)) {
            return false;
        }
        if (t.isEmpty() || Character.isWhitespace(t.charAt(0)) || t.charAt(0) == '"' || t.charAt(0) == '{'
                || t.charAt(0) == '}' || t.charAt(0) == '[' || t.charAt(0) == ']') {
            // also kdig +json and dig +json: a JSON line is the dig scanner's to read
            return true;
        }
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
            sp++;
        }
        return t.charAt(sp - 1) == ':' && yamlKey(t, sp - 1) || RECORD.matcher(t).find();
    }

    /**
     * An indented item of a Markdown list in a ticket that holds dig output ({@code  * The status is a generic
     * SERVFAIL}, {@code   - resolver answered NXDOMAIN for it}, {@code  2. then ...}): prose, not dig's data. dig
     * +yaml's own items are a key or a record ({@code - type: MESSAGE}, {@code - example.com. 300 IN A ...}).
     */
    private static boolean listItem(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i + 2 >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        int rest;
        if ((c == '*' || c == '+' || c == '-') && t.charAt(i + 1) == ' ') {
            rest = i + 2;
        } else if (c >= '1' && c <= '9' && t.charAt(i + 1) == '.' && t.charAt(i + 2) == ' ') {
            rest = i + 3;
        } else {
            return false;
        }
        String item = t.substring(rest);
        if (c == '-') {
            int sp = item.indexOf(' ');
            if (sp > 0 && item.charAt(sp - 1) == ':' && yamlKey(item, sp - 1) || RECORD.matcher(item).find()) {
                return false;
            }
        }
        // prose: a few words
        int words = 0;
        for (int k = 0; k < item.length(); k++) {
            if (item.charAt(k) == ' ' && k > 0 && item.charAt(k - 1) != ' ') {
                words++;
            }
        }
        return words >= 2;
    }

    /** {@code status:}, {@code query_time:}: a lower-case key as +yaml writes them; "Result:" in a ticket is prose. */
    private static boolean yamlKey(String t, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || c == '-' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return colon > 0;
    }

    /**
     * Adds the mentions of bare mnemonics in {@code t} (the first {@link Scanner#MAX_LINE} chars of {@code line}) if
     * nothing else on the line named a code: neither a log rule (their mentions are in {@code out}) nor the
     * dig-output scanner, and, in dig output, the line is no dig-style comment ({@code ;; ...}).
     */
    static void scan(ScanContext ctx, int lineNo, String line, String t, List<Mention> out) {
        // the cheap tests first: most lines that hold such a word are a producer's, already read by its rule
        if (onLine(out, lineNo, !t.stripLeading().startsWith(";"))
                || ctx.dialect() == Dialect.DIG && t.startsWith(";") && !t.startsWith(DELV_VTRACE)) {
            // in dig output, its comment lines are the dig scanner's; delv +vtrace's are messages like a log's
            return;
        }
        List<int[]> words = words(line, t);
        if (words.isEmpty()) {
            return;
        }
        int dnsLine = -1;
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            int[] err = k + 1 < words.size() ? words.get(k + 1) : null;
            if (err != null && nsupdatePair(t, w, err)) {
                // NOTAUTH(BADSIG): DNS on its own
                w[DNS] = 1;
                err[DNS] = 1;
            }
        }
        for (int[] w : words) {
            w[ALONE] = alone(t, w[START], w[RUN_END]);
            if (w[ALONE] == 2 || w[ALONE] == 1 && w[DNS] == 1) {
                dnsLine = 1;
            }
        }
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            if (w[ALONE] == 0) {
                continue;
            }
            int field = codeField(ctx, lineNo, t, w[START]);
            if (field == SKIP || w[DNS] < 0 && field != RCODE) {
                continue;
            }
            if (w[DNS] == 0 && field == NONE) {
                if (dnsLine < 0) {
                    dnsLine = aboutDns(t) ? 1 : 0;
                }
                if (dnsLine == 0) {
                    continue;
                }
            }
            String word = t.substring(w[START], w[END]);
            if (word.equals("BADSIG") && gnupgKeyId(t, w[RUN_END])) {
                continue;
            }
            if (word.equals("NOTAUTH") && w[END] == w[RUN_END]) {
                int[] err = k + 1 < words.size() ? words.get(k + 1) : null;
                Entry tsigError = err != null && nsupdatePair(t, w, err)
                        ? canonical(ctx, t.substring(err[START], err[END])) : null;
                if (tsigError != null) {
                    Scans.entry(ctx, out, lineNo, t, w[START], w[END], "rcode:9:tsig", Mention.Role.NAME, null,
                            null);
                    out.add(new Mention(lineNo, err[START], err[END], tsigError, t.substring(err[START], err[END]),
                            Mention.Role.NAME, null, null, null));
                    k++;
                    continue;
                }
                if (field != EXTENDED) {
                    Scans.entry(ctx, out, lineNo, t, w[START], w[END], "rcode:9", Mention.Role.NAME, null,
                            TSIG_NOTAUTH);
                }
                continue;
            }
            Entry en = canonical(ctx, word);
            if (en != null && (field != EXTENDED || en.kind() == Kind.RCODE && en.value() > 15)) {
                out.add(new Mention(lineNo, w[START], w[END], en, word, Mention.Role.NAME, null, null, null));
            }
        }
    }

    /**
     * nsupdate's {@code NOTAUTH(BADSIG)}: {@code w} is NOTAUTH and {@code err} a TSIG error's name right after it in
     * parentheses, both without a plural's "s".
     */
    private static boolean nsupdatePair(String t, int[] w, int[] err) {
        int n = t.length();
        return w[END] == w[RUN_END] && err[END] == err[RUN_END] && err[START] == w[END] + 1
                && t.charAt(w[END]) == '(' && err[END] < n && t.charAt(err[END]) == ')'
                && t.startsWith("NOTAUTH", w[START]) && w[END] - w[START] == 7
                && TSIG_ERROR_NAMES.contains(t.substring(err[START], err[END]));
    }

    /**
     * GnuPG's {@code BADSIG <key id> <user id>} (apt: "The following signatures were invalid: BADSIG
     * 871920D1991BC93C Ubuntu Archive ..."; gpg --status-fd: {@code [GNUPG:] BADSIG <long key id>}): the word at
     * {@code e} is followed by a key id, 8 or more hex digits. No TSIG error is ever followed by one.
     */
    static boolean gnupgKeyId(String t, int e) {
        int n = t.length();
        if (e >= n || t.charAt(e) != ' ') {
            return false;
        }
        int i = e + 1;
        while (i < n && (t.charAt(i) >= '0' && t.charAt(i) <= '9' || t.charAt(i) >= 'A' && t.charAt(i) <= 'F'
                || t.charAt(i) >= 'a' && t.charAt(i) <= 'f')) {
            i++;
        }
        return i - (e + 1) >= 8 && (i == n || Character.isWhitespace(t.charAt(i)));
    }

    /**
     * The candidate words of {@code t}: {start, end, 1 if a DISTINCT name else 0, end of the whole word, 0}, whole
     * words of word chars (letters, digits, '_') with their exact case; a plural's lower-case "s" ends the whole word
     * but not the mnemonic.
     */
    private static List<int[]> words(String line, String t) {
        List<int[]> words = new ArrayList<>(2);
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Scans.wordCharCjkBreak(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && Scans.wordCharCjkBreak(t.charAt(e))) {
                e++;
            }
            if (e == n && line.length() > n && Scans.wordCharCjkBreak(line.charAt(n))) {
                break; // cut by the length cap: not a whole word
            }
            int len = e - i;
            if (c >= 'A' && c <= 'Z' && len >= 6 && len <= 10) {
                int m = t.charAt(e - 1) == 's' ? e - 1 : e; // a plural: NXDOMAINs
                if (m - i <= 9) {
                    String w = t.substring(i, m);
                    if (DISTINCT.contains(w)) {
                        words.add(new int[] {i, m, 1, e, 0});
                    } else if (GENERIC.contains(w)) {
                        words.add(new int[] {i, m, 0, e, 0});
                    } else if (w.equals("REFUSED")) {
                        // an ordinary word in prose: only as the value of an rcode or status field
                        words.add(new int[] {i, m, -1, e, 0});
                    }
                }
            }
            i = e;
        }
        return words;
    }

    /**
     * Whether {@code ms} holds a mention of line {@code lineNo}. Scanners append a line's mentions after those of the
     * lines before it (a whole-file pass collects a block's mentions in one list), so only the tail is looked at.
     */
    /**
     * Whether a mention is already on the line. With {@code prose}, an EDE there does not count: a sentence that
     * names "EDE 12 (NSEC Missing)" may name the reply's SERVFAIL too, which only this fallback reads (a dig EDE line,
     * which starts with ';', is the dig scanner's alone).
     */
    private static boolean onLine(List<Mention> ms, int lineNo, boolean prose) {
        for (int i = ms.size() - 1; i >= 0; i--) {
            int l = ms.get(i).line();
            if (l == lineNo && !(prose && ms.get(i).entry().kind() == org.rcodels.catalog.Kind.EDE)) {
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
     * Whether the word at {@code t[s,e)} stands alone: 0 if it is part of a larger token ({@link #standsAlone}), 1
     * if it stands by itself, 2 if it stands in a list of mnemonics joined by slashes ({@link #slashList}).
     */
    static int alone(String t, int s, int e) {
        if (s > 0 && t.charAt(s - 1) == '/' || e < t.length() && t.charAt(e) == '/') {
            return slashList(t, s, e) ? 2 : 0;
        }
        return standsAlone(t, s, e) ? 1 : 0;
    }

    /**
     * Whether the word at {@code t[s,e)} stands by itself rather than inside a larger token: not joined to its
     * neighbours by a dot, hyphen, slash and the like ({@code mydns.resolver.NXDOMAIN}, {@code /SERVFAIL-report},
     * {@code NXDOMAIN.example}; a full stop that ends a sentence is fine), and not in a token that holds a slash, a
     * URL or a path with a query ({@code /api/dns?rcode=NXDOMAIN}). A word that is a whole quoted string stands alone
     * whatever follows the quotes.
     */
    static boolean standsAlone(String t, int s, int e) {
        if (s > 0 && e < t.length() && (t.charAt(s - 1) == '"' && t.charAt(e) == '"'
                || t.charAt(s - 1) == '\'' && t.charAt(e) == '\'')) {
            // a quoted string of its own ("SERVFAIL" in compact JSON, whose token runs to the line's end)
            return true;
        }
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

    /** Chars that may open or close a slash list in prose: quotes, brackets, emphasis, punctuation. */
    private static final String LIST_OPEN = "\"'`([{<*_";
    private static final String LIST_CLOSE = "\"'`)]}>*_.,;:!?";

    /**
     * Whether the word at {@code t[s,e)} is one of two or more upper-case mnemonics joined by slashes, which is prose
     * ("resolver returns NXDOMAIN/SERVFAIL", "NOERROR/NODATA" as DNS-FACTS E.1 writes it), not a path or URL: the
     * whitespace-delimited token, without the quotes, brackets and punctuation around it, is made only of such
     * words (REFUSED counts as one here, a plural's "s" too), with no empty part ({@code /var/NXDOMAIN/SERVFAIL},
     * {@code NXDOMAIN/SERVFAIL/}) and no other word ({@code SERVFAIL/timeout}, {@code reports/NXDOMAIN}).
     */
    static boolean slashList(String t, int s, int e) {
        int a = s;
        while (a > 0 && !Character.isWhitespace(t.charAt(a - 1))) {
            a--;
        }
        int b = e;
        while (b < t.length() && !Character.isWhitespace(t.charAt(b))) {
            b++;
        }
        while (a < s && LIST_OPEN.indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > e && LIST_CLOSE.indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        int parts = 0;
        int p = a;
        while (true) {
            int q = p;
            while (q < b && t.charAt(q) != '/') {
                q++;
            }
            if (!mnemonic(t, p, q)) {
                return false;
            }
            parts++;
            if (q == b) {
                return parts >= 2;
            }
            p = q + 1;
        }
    }

    /** Whether {@code t[s,e)} is an upper-case mnemonic, REFUSED, or one of them with a plural's "s". */
    private static boolean mnemonic(String t, int s, int e) {
        int m = e > s && t.charAt(e - 1) == 's' ? e - 1 : e;
        if (m - s < 6 || m - s > 9) {
            return false;
        }
        for (int i = s; i < m; i++) {
            if (t.charAt(i) < 'A' || t.charAt(i) > 'Z') {
                return false;
            }
        }
        String w = t.substring(s, m);
        return DISTINCT.contains(w) || GENERIC.contains(w) || w.equals("REFUSED");
    }

    /** {@link #codeField}: no field whose key names a code. */
    static final int NONE = 0;
    /** {@link #codeField}: the value of a field whose key names the RCODE, read. */
    static final int RCODE = 1;
    /** {@link #codeField}: the value of the extended RCODE (the OPT record's upper bits): read only above 15. */
    static final int EXTENDED = 2;
    /** {@link #codeField}: a field left to a structured reader or that is no DNS code: not read. */
    static final int SKIP = 3;

    /**
     * What the key before the word at {@code s} says, if the word is a field's value ({@code key: value},
     * {@code key = value}, {@code "key":"value"}, {@code key = 'value'}):
     * <ul>
     * <li>{@link #RCODE} for a key that names the RCODE ({@code RCODE}, {@code Rcode}, {@code rcode_name},
     * {@code dns.rcode}, {@code flags.rcode}): read, with no need for a line about DNS. Where a structured reader
     * covers such a field (the rcode field rule's {@code rcode: NXDOMAIN}, Zeek's {@code rcode_name}, a kdig
     * +json header) it named the code and this fallback does not run;</li>
     * <li>{@link #EXTENDED} for a key of the extended RCODE ({@code ext_rcode}, {@code ext-rcode},
     * {@code ExtendedRCODE}): the OPT record's upper bits, where NOERROR says only that they are 0, as kdig's text
     * {@code ext-rcode: NOERROR}; only a code above 15 is a mention;</li>
     * <li>{@link #SKIP} for such a key inside a JSON {@code "EDNS"} object, kdig's and Technitium's, which the
     * dig-output scanner and the Technitium rule read (a code above 15) or leave (the upper bits 0, as
     * {@code "EDNS": {"RCODE": "NOERROR"}});</li>
     * <li>{@link #RCODE} too for a {@code response_code} key that no structured reader read (the ECS rule reads
     * {@code dns.response_code}): Blocky's query log {@code response_code=NXDOMAIN}, SIEM exports; {@link #SKIP}
     * when the key holds "http" ({@code http.response_code}) or sits in the object of an {@code "http"} key;</li>
     * <li>{@link #NONE} otherwise.</li>
     * </ul>
     */
    static int codeField(ScanContext ctx, int lineNo, String t, int s) {
        int i = s - 1;
        if (i >= 0 && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
            i--;
        }
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && t.charAt(i) == '-' && blankBefore(t, i)) {
            return listItemField(ctx, lineNo, i);
        }
        if (i < 0 || t.charAt(i) != ':' && t.charAt(i) != '=') {
            return NONE;
        }
        i--;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        boolean quoted = i >= 0 && t.charAt(i) == '"';
        if (i >= 0 && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
            i--;
        }
        int keyEnd = i + 1;
        while (i >= 0 && (Scans.wordChar(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '-')) {
            i--;
        }
        int keyStart = i + 1;
        if (keyStart == keyEnd) {
            return NONE;
        }
        int r = rcodeKey(t, keyStart, keyEnd);
        if (r == NONE) {
            if (keyEnd - keyStart == 6 && t.startsWith("status", keyStart) && t.charAt(keyEnd) == ':'
                    && onlyMarkupBefore(t, keyStart)) {
                // dig's own field, quoted alone at the start of a line: "status: NOERROR", `status: REFUSED`
                return RCODE;
            }
            if (quoted && keyEnd - keyStart == 6 && t.startsWith("status", keyStart) && t.contains(CLASS_IN)) {
                // massdns and zdns JSON records: {"name":"x.","type":"A","class":"IN","status":"NOERROR",...}
                return RCODE;
            }
            if (!endsWithIgnoreCase(t, keyStart, keyEnd, "response_code")) {
                return NONE;
            }
            // Blocky's response_code=NXDOMAIN, SIEM exports; not one of an HTTP object (http.response_code)
            return httpField(t, keyStart, keyEnd) ? SKIP : RCODE;
        }
        if (quoted && inEdnsObject(ctx, lineNo, t, keyStart - 1)) {
            return SKIP;
        }
        return r;
    }

    /**
     * Whether the key {@code t[keyStart,keyEnd)} is an HTTP one: {@code http.response_code}, {@code http_response_code},
     * or a key of the JSON object that is the value of an {@code "http"} key.
     */
    static boolean httpField(String t, int keyStart, int keyEnd) {
        for (int i = keyStart; i + 4 <= keyEnd; i++) {
            if (t.regionMatches(true, i, "http", 0, 4)) {
                return true;
            }
        }
        int brace = t.lastIndexOf('{', keyStart);
        if (brace < 0 || t.indexOf('}', brace) >= 0 && t.indexOf('}', brace) < keyStart) {
            return false;
        }
        int i = brace - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || t.charAt(i) != ':') {
            return false;
        }
        i--;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        return i >= 5 && t.regionMatches(true, i - 5, "\"http\"", 0, 6);
    }

    /** Whether only blanks and quoting marks (backtick, '>', '*', '#', ';', quotes) come before {@code i}. */
    private static boolean onlyMarkupBefore(String t, int i) {
        for (int k = 0; k < i; k++) {
            if (" \t`>*#;\"'".indexOf(t.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean blankBefore(String t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.charAt(k) != ' ' && t.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * A YAML list item ({@code - NOERROR}) whose list is the value of a key that names the RCODE, as the Prometheus
     * blackbox exporter's {@code valid_rcodes:} followed by {@code - NOERROR} lines: {@link #RCODE}, else
     * {@link #NONE}. The key is the nearest line above that is not an item of the same list and not indented deeper.
     */
    private static int listItemField(ScanContext ctx, int lineNo, int dash) {
        for (int l = lineNo - 1; l >= 0 && l >= lineNo - Scanner.MAX_CONTEXT; l--) {
            String p = ctx.line(l);
            if (p == null) {
                return NONE;
            }
            int ind = 0;
            while (ind < p.length() && p.charAt(ind) == ' ') {
                ind++;
            }
            if (ind == p.length() || p.charAt(ind) == '#' || ind > dash
                    || ind == dash && p.charAt(ind) == '-') {
                // blank, a comment, an earlier item's content, or another item of the list
                continue;
            }
            int comment = org.rcodels.server.scan.config.YamlLine.commentStart(p);
            int end = comment >= 0 ? comment : p.length();
            while (end > ind && p.charAt(end - 1) == ' ') {
                end--;
            }
            if (end <= ind + 1 || p.charAt(end - 1) != ':') {
                return NONE;
            }
            int keyStart = p.charAt(ind) == '-' ? ind + 1 : ind;
            while (keyStart < end && p.charAt(keyStart) == ' ') {
                keyStart++;
            }
            // a list's key is often plural: valid_rcodes
            return rcodeKey(p, keyStart, end - 1) == RCODE || endsWithIgnoreCase(p, keyStart, end - 1, "rcodes")
                    ? RCODE : NONE;
        }
        return NONE;
    }

    private static boolean endsWithIgnoreCase(String t, int s, int e, String suffix) {
        int n = suffix.length();
        return e - s >= n && t.regionMatches(true, e - n, suffix, 0, n);
    }

    /**
     * Whether the key {@code t[s,e)} names the RCODE ({@link #RCODE}), the extended RCODE ({@link #EXTENDED}) or
     * neither ({@link #NONE}). Its parts are the runs of letters and digits: one that is "rcode" in any case
     * ({@code rcode_name}, {@code dns.rcode}, {@code RCODE}), starts with "rcode" before a capital
     * ({@code rcodeName}) or ends with it after a lower-case letter ({@code ExtendedRCODE}, {@code extRcode}); not
     * {@code errcode}, {@code QRCODE} or {@code barcode}. The extended RCODE: the part or the one before it says
     * "ext" or "extended" ({@code ext_rcode}, {@code dns.opt.ext_rcode}, {@code ext-rcode}).
     */
    static int rcodeKey(String t, int s, int e) {
        int prevStart = -1;
        int prevEnd = -1;
        int i = s;
        while (i < e) {
            if (!asciiAlnum(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < e && asciiAlnum(t.charAt(j))) {
                j++;
            }
            int len = j - i;
            int at = -1;
            if (len >= 5 && t.regionMatches(true, i, "rcode", 0, 5)
                    && (len == 5 || Character.isUpperCase(t.charAt(i + 5)))) {
                at = i;
            } else if (len > 5 && t.regionMatches(true, j - 5, "rcode", 0, 5) && t.charAt(j - 5) == 'R'
                    && Character.isLowerCase(t.charAt(j - 6))) {
                at = j - 5;
            }
            if (at >= 0) {
                boolean ext = at > i && (at - i == 3 && t.regionMatches(true, i, "ext", 0, 3)
                        || at - i == 8 && t.regionMatches(true, i, "extended", 0, 8))
                        || at == i && prevStart >= 0 && (prevEnd - prevStart == 3
                        && t.regionMatches(true, prevStart, "ext", 0, 3) || prevEnd - prevStart == 8
                        && t.regionMatches(true, prevStart, "extended", 0, 8));
                return ext ? EXTENDED : RCODE;
            }
            prevStart = i;
            prevEnd = j;
            i = j;
        }
        return NONE;
    }

    private static boolean asciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Whether the quoted key opening at {@code q} belongs to a JSON {@code "EDNS"} object: one opened earlier on the
     * line and not closed before the key, or (one key a line, as kdig +json prints) the nearest line above with less
     * indentation opens it ({@code "EDNS": {}).
     */
    static boolean inEdnsObject(ScanContext ctx, int lineNo, String t, int q) {
        int x = t.lastIndexOf("\"EDNS\"", q);
        if (x >= 0) {
            int depth = 0;
            for (int i = x + 6; i < q; i++) {
                char c = t.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth <= 0) {
                    return false;
                }
            }
            return depth > 0;
        }
        int indent = 0;
        while (indent < q && (t.charAt(indent) == ' ' || t.charAt(indent) == '\t')) {
            indent++;
        }
        if (indent != q) {
            return false;
        }
        for (int i = lineNo - 1; i >= 0 && i >= lineNo - 40; i--) {
            String l = ctx.line(i);
            if (l == null || l.length() > Scanner.MAX_LINE) {
                return false;
            }
            int ind = 0;
            while (ind < l.length() && (l.charAt(ind) == ' ' || l.charAt(ind) == '\t')) {
                ind++;
            }
            if (ind < l.length() && ind < indent) {
                String p = l.strip();
                return p.startsWith("\"EDNS\"") && p.endsWith("{");
            }
        }
        return false;
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

    /**
     * Words that say a line is about DNS, as whole tokens in any case: the protocol's own terms (rcode, TSIG, TKEY,
     * EDNS, qname, qtype, nameserver, AXFR, IXFR, RPZ, and nxdomain and servfail in lower case, as configs write
     * them) and DNS software whose name is no ordinary word (dnsmasq, CoreDNS, kdig...). Not "resolver" (Maven,
     * GraphQL and promise resolvers), "query", "zone", "named", "bind", "unbound" or "knot", which are ordinary words.
     */
    private static final String[] DNS_WORDS = {"rcode", "rcodes", "tsig", "tkey", "edns", "edns0", "qname", "qtype",
            "nameserver", "nameservers", "nxdomain", "servfail", "axfr", "ixfr", "rpz", "dnssec", "dnsmasq",
            "dnsdist", "dnstap", "dnsx", "dnspython", "dnsjava", "dnscrypt", "dnsperf", "dnsviz", "dnsutils",
            "dnsapi", "coredns", "powerdns", "pdns", "kubedns", "nodelocaldns", "nsupdate", "nslookup", "kdig",
            "rndc", "resolvectl", "kresd"};
    /** The words of {@link #DNS_WORDS} by their initial ('a' is 0), and a bit per length they have (bit n: n chars). */
    private static final String[][] DNS_WORDS_BY_INITIAL = new String[26][0];
    private static final int[] DNS_WORD_LENGTHS = new int[26];

    static {
        for (String w : DNS_WORDS) {
            int x = w.charAt(0) - 'a';
            String[] ws = java.util.Arrays.copyOf(DNS_WORDS_BY_INITIAL[x], DNS_WORDS_BY_INITIAL[x].length + 1);
            ws[ws.length - 1] = w;
            DNS_WORDS_BY_INITIAL[x] = ws;
            DNS_WORD_LENGTHS[x] |= 1 << w.length();
        }
    }

    /**
     * Whether the line speaks of DNS: one of its tokens (runs of letters and digits, so {@code ext_rcode},
     * {@code dns.rcode} and {@code rcode_name} count and {@code barcode}, {@code errcode}, {@code QRCODE},
     * {@code mydnsprovider} do not) is a DNS word ({@link #dnsToken}).
     */
    static boolean aboutDns(String t) {
        return aboutDns(t, null);
    }

    /** {@link #aboutDns(String)}, not counting the token {@code besides} (the key being read: "rcode=0"). */
    static boolean aboutDns(String t, String besides) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!tokenChar(t.charAt(i))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && tokenChar(t.charAt(e))) {
                e++;
            }
            if (e - i >= 3 && dnsToken(t, i, e)
                    && (besides == null || e - i != besides.length() || !t.regionMatches(true, i, besides, 0, e - i))) {
                return true;
            }
            i = e;
        }
        return false;
    }

    /** ASCII letters and digits. */
    private static final boolean[] ALNUM = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALNUM[c] = asciiAlnum(c);
        }
    }

    private static boolean tokenChar(char c) {
        return c < 128 ? ALNUM[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Whether the token {@code t[s,e)} is a DNS word: "dns" in any case, alone, before digits (a server's name,
     * {@code dns1}, or {@code DNS64}) or as the first part of a CamelCase name ({@code DnsClient},
     * {@code dnsResolver}, {@code DNSError}, not {@code dnsexport} or {@code DNSEXPORT}); "rcode" before digits
     * ({@code RCODE11}, {@code rcode11}); or one of {@link #DNS_WORDS}.
     */
    static boolean dnsToken(String t, int s, int e) {
        int len = e - s;
        int c0 = t.charAt(s) | 0x20;
        if (c0 < 'a' || c0 > 'z') {
            return false;
        }
        int x = c0 - 'a';
        if (c0 == 'd' && t.regionMatches(true, s, "dns", 0, 3)) {
            if (len == 3 || digits(t, s + 3, e)) {
                return true;
            }
            char c3 = t.charAt(s + 3);
            boolean lowerTail = Character.isLowerCase(t.charAt(s + 1)) && Character.isLowerCase(t.charAt(s + 2));
            if (lowerTail && Character.isUpperCase(c3)
                    || !lowerTail && Character.isUpperCase(c3) && len > 4 && Character.isLowerCase(t.charAt(s + 4))) {
                return true;
            }
        } else if (c0 == 'r' && len > 5 && t.regionMatches(true, s, "rcode", 0, 5) && digits(t, s + 5, e)) {
            return true;
        }
        if (len > 30 || (DNS_WORD_LENGTHS[x] & 1 << len) == 0) {
            return false;
        }
        for (String w : DNS_WORDS_BY_INITIAL[x]) {
            if (w.length() == len && t.regionMatches(true, s, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String t, int s, int e) {
        if (s >= e) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
