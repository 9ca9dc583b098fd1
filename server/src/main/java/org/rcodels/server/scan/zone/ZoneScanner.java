package org.rcodels.server.scan.zone;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Spelling;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scans;

/**
 * Zone files, RPZ policy zones in particular (BIND ARM, Unbound and Knot Resolver docs).
 *
 * <p>What is a mention:
 * <ul>
 * <li>In an RPZ zone, a CNAME record whose target is {@code .} answers NXDOMAIN (entry rcode:3) and one whose target
 * is {@code *.} answers NODATA (pseudo:nodata). The mention covers the target text only ({@code .} or {@code *.}),
 * because the target is what selects the policy; the role is POLICY. The other RPZ targets are not codes:
 * {@code rpz-passthru.} leaves the answer alone, {@code rpz-drop.} sends nothing, {@code rpz-tcp-only.} sets the TC
 * bit, and any other target ({@code *.garden.example.com.}) is local data.</li>
 * <li>In every zone file, an exact upper-case RCODE mnemonic or NODATA written as a whole word in a comment (after an
 * unquoted {@code ;}). Lower-case words and words inside record data (a TXT "NXDOMAIN") are not mentions.</li>
 * <li>A BIND cache dump's negative entries: {@code ;-$NXRRSET} is NODATA, {@code ;-$NXDOMAIN} NXDOMAIN.</li>
 * </ul>
 *
 * <p>Whether a zone is an RPZ zone is decided per CNAME-to-root line, cheaply, in this order: the file name contains
 * "rpz"; the line's own owner ends in an RPZ trigger suffix ({@code .rpz-ip}, {@code .rpz-nsdname},
 * {@code .rpz-client-ip}, {@code .rpz-nsip}); a line near it ({@value #NEAR} lines either side) or in the zone's
 * first {@value #HEAD} lines has such an owner, a CNAME to {@code rpz-passthru.}/{@code rpz-drop.}/
 * {@code rpz-tcp-only.}, or a {@code $ORIGIN} or SOA owner name containing "rpz"; or at least two other CNAMEs to
 * {@code .} or {@code *.} appear in those lines (an ordinary zone does not point three names at the root). A single
 * {@code CNAME .} in an ordinary zone is a broken record, not a policy, and yields nothing.
 *
 * <p>The zone's head is part of the context on purpose: being an RPZ zone is a property of the whole file, and its
 * header (SOA, $ORIGIN, the first policy records) is where it shows. At most {@value #HEAD} + 2 * {@value #NEAR} lines
 * are read, and only for lines that hold a CNAME to the root.
 */
public final class ZoneScanner implements Scanner {
    /** Only the first 8 KB of a line are looked at. */
    static final int MAX_LINE = Scanner.MAX_LINE;
    /** Lines either side of a policy line that are searched for RPZ signs. */
    static final int NEAR = 8;
    /** First lines of the file that are searched for RPZ signs. */
    static final int HEAD = 64;

    private static final String[] TRIGGER_SUFFIXES = {".rpz-ip", ".rpz-nsdname", ".rpz-client-ip", ".rpz-nsip"};
    private static final String[] RPZ_TARGETS = {"rpz-passthru", "rpz-drop", "rpz-tcp-only"};

    /** Upper-case RCODE mnemonics (and NODATA) that are mentioned when they stand as words in comments. */
    private static final Set<String> COMMENT_WORDS = Set.of("NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
            "NOTIMPL", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI", "BADVERS",
            "BADSIG", "BADKEY", "BADTIME", "BADMODE", "BADNAME", "BADALG", "BADTRUNC", "BADCOOKIE", "NODATA");

    /**
     * BIND's cache dump (rndc dumpdb, masterdump.c) writes a cached negative answer as {@code name TTL \\-TYPE
     * ;-$NXRRSET} (the name exists, the type does not: NODATA) or {@code \\-ANY ;-$NXDOMAIN}; delv prints the same.
     */
    private static final String NEGATIVE = ";-$";

    /** What a CNAME target selects. */
    private enum Target { NONE, ROOT, WILDCARD_ROOT, RPZ_SPECIAL, OTHER }

    /** One resource record line reduced to what matters here. */
    private record Rec(String owner, boolean cname, Target target, int targetStart, int targetEnd, boolean soa) {
    }

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        int limit = Math.min(text.length(), MAX_LINE);
        int semi = commentStart(text, limit);
        int dataEnd = semi < 0 ? limit : semi;
        if (Scans.indexOfIgnoreCase(text, "cname", 0, dataEnd) >= 0) {
            Rec r = parse(text, dataEnd);
            if (r != null && (r.target() == Target.ROOT || r.target() == Target.WILDCARD_ROOT)
                    && isRpz(ctx, line, r.owner())) {
                if (r.target() == Target.ROOT) {
                    Scans.entry(ctx, out, line, text, r.targetStart(), r.targetEnd(), "rcode:3", Mention.Role.POLICY,
                            null, "note.rpzNxdomain");
                } else {
                    Scans.entry(ctx, out, line, text, r.targetStart(), r.targetEnd(), "pseudo:nodata",
                            Mention.Role.POLICY, null, "note.rpzNodata");
                }
            }
        }
        if (semi >= 0) {
            commentWords(ctx, out, line, text, semi + 1, limit);
        }
    }

    // ------------------------------------------------------------------------------------------------- comments

    private static void commentWords(ScanContext ctx, List<Mention> out, int line, String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Scans.wordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && Scans.wordChar(text.charAt(i))) {
                i++;
            }
            int len = i - s;
            if (len >= 6 && len <= 9 && c >= 'A' && c <= 'Z' && (i >= text.length() || !Scans.wordChar(text.charAt(i)))) {
                String w = text.substring(s, i);
                String negative = s >= 3 && text.startsWith(NEGATIVE, s - 3) ? Scans.negativeCacheId(w) : null;
                if (negative != null) {
                    // a cached negative answer in a BIND cache dump: NXRRSET is no data of the type, NODATA
                    Scans.entry(ctx, out, line, text, s, i, negative, Mention.Role.NAME, "bind", null);
                } else if (COMMENT_WORDS.contains(w)) {
                    Entry e = pick(ctx, w);
                    if (e != null) {
                        out.add(new Mention(line, s, i, e, w, Mention.Role.NAME, null, null, null));
                    }
                }
            }
        }
    }

    /**
     * The entry an upper-case mnemonic names: an exact canonical name first (cheap), then any tool's exact spelling
     * (NOTIMPL). Outside TSIG, NOTAUTH is the UPDATE meaning (rcode:9).
     */
    private static Entry pick(ScanContext ctx, String word) {
        Entry best = null;
        for (Kind kind : new Kind[] {Kind.RCODE, Kind.PSEUDO}) {
            for (Entry e : ctx.catalog().entries(kind)) {
                if (!e.isRange() && word.equals(e.name()) && better(best, e)) {
                    best = e;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Spelling s : ctx.catalog().resolve(word)) {
            Entry e = s.entry();
            if (s.exactCase() && !e.isRange() && (e.kind() == Kind.RCODE || e.kind() == Kind.PSEUDO)
                    && better(best, e)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean better(Entry best, Entry e) {
        return best == null || best.tsigContext() && !e.tsigContext() && best.value() == e.value();
    }

    // -------------------------------------------------------------------------------------------------- records

    /** Index of the first ';' outside double quotes in text[0, limit), or -1. Shared with completion and diagnostics. */
    public static int commentStart(String text, int limit) {
        boolean quoted = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads "owner [ttl] [class] TYPE rdata" from text[0, end). Returns null for directives, blank lines and lines it
     * cannot read. For CNAME records the target is classified; for others only the owner and the SOA flag matter.
     */
    private static Rec parse(String text, int end) {
        int[] starts = new int[6];
        int[] ends = new int[6];
        int n = 0;
        int i = 0;
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            if (n == starts.length) {
                n++; // too many tokens for a CNAME record: still enough to read an SOA's owner
                break;
            }
            starts[n] = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            ends[n] = i;
            n++;
        }
        int count = Math.min(n, starts.length);
        if (count == 0 || text.charAt(0) == '$') {
            return null;
        }
        boolean hasOwner = !isSpace(text.charAt(0));
        int first = hasOwner ? 1 : 0;
        String owner = hasOwner ? text.substring(starts[0], ends[0]) : null;
        int k = first;
        while (k < count && k - first < 2 && (isTtl(text, starts[k], ends[k]) || isClass(text, starts[k], ends[k]))) {
            k++;
        }
        if (k >= count) {
            return null;
        }
        boolean soa = tokenIs(text, starts[k], ends[k], "SOA");
        boolean cname = tokenIs(text, starts[k], ends[k], "CNAME");
        if (!cname) {
            return soa || owner != null ? new Rec(owner, false, Target.NONE, -1, -1, soa) : null;
        }
        if (n != k + 2) {
            return new Rec(owner, true, Target.NONE, -1, -1, false);
        }
        int ts = starts[k + 1];
        int te = ends[k + 1];
        Target t;
        if (te - ts == 1 && text.charAt(ts) == '.') {
            t = Target.ROOT;
        } else if (te - ts == 2 && text.charAt(ts) == '*' && text.charAt(ts + 1) == '.') {
            t = Target.WILDCARD_ROOT;
        } else if (isRpzTarget(text, ts, te)) {
            t = Target.RPZ_SPECIAL;
        } else {
            t = Target.OTHER;
        }
        return new Rec(owner, true, t, ts, te, false);
    }

    private static boolean isRpzTarget(String text, int s, int e) {
        int end = e > s && text.charAt(e - 1) == '.' ? e - 1 : e;
        for (String t : RPZ_TARGETS) {
            if (end - s == t.length() && text.regionMatches(true, s, t, 0, t.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTtl(String text, int s, int e) {
        char c = text.charAt(s);
        if (c < '0' || c > '9') {
            return false;
        }
        for (int i = s; i < e; i++) {
            char x = text.charAt(i);
            if (!(x >= '0' && x <= '9' || x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClass(String text, int s, int e) {
        return tokenIs(text, s, e, "IN") || tokenIs(text, s, e, "CH") || tokenIs(text, s, e, "HS")
                || tokenIs(text, s, e, "CS");
    }

    private static boolean tokenIs(String text, int s, int e, String word) {
        return e - s == word.length() && text.regionMatches(true, s, word, 0, word.length());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    // ------------------------------------------------------------------------------------------------ RPZ or not

    /**
     * Whether the zone around this line is an RPZ policy zone, by the signs the scanner itself uses for its CNAME
     * policies (see the class comment): shared with completion and diagnostics of RPZ targets.
     */
    public static boolean isRpzZone(ScanContext ctx, int line) {
        String text = ctx.line(line);
        String owner = null;
        if (text != null) {
            int limit = Math.min(text.length(), MAX_LINE);
            int semi = commentStart(text, limit);
            Rec r = parse(text, semi < 0 ? limit : semi);
            owner = r == null ? null : r.owner();
        }
        return isRpz(ctx, line, owner);
    }

    private static boolean isRpz(ScanContext ctx, int line, String owner) {
        if (fileName(ctx.uri()).toLowerCase(Locale.ROOT).contains("rpz")) {
            return true;
        }
        if (hasTriggerSuffix(owner)) {
            return true;
        }
        int others = 0;
        int lines = ctx.lineCount();
        int nearFrom = Math.max(0, line - NEAR);
        int nearTo = Math.min(lines, line + NEAR + 1);
        for (int i = nearFrom; i < nearTo; i++) {
            if (i == line) {
                continue;
            }
            int s = sign(ctx.line(i));
            if (s == SIGN_RPZ) {
                return true;
            }
            if (s == SIGN_POLICY && ++others >= 2) {
                return true;
            }
        }
        int headTo = Math.min(lines, HEAD);
        for (int i = 0; i < headTo; i++) {
            if (i == line || i >= nearFrom && i < nearTo) {
                continue;
            }
            int s = sign(ctx.line(i));
            if (s == SIGN_RPZ) {
                return true;
            }
            if (s == SIGN_POLICY && ++others >= 2) {
                return true;
            }
        }
        return false;
    }

    private static final int SIGN_NONE = 0;
    private static final int SIGN_POLICY = 1;
    private static final int SIGN_RPZ = 2;

    /** What a line says about the zone: an unmistakable RPZ sign, a CNAME to . or *., or nothing. */
    private static int sign(String l) {
        if (l == null || l.isEmpty()) {
            return SIGN_NONE;
        }
        int limit = Math.min(l.length(), MAX_LINE);
        int semi = commentStart(l, limit);
        int end = semi < 0 ? limit : semi;
        if (end == 0) {
            return SIGN_NONE;
        }
        if (l.charAt(0) == '$') {
            return l.regionMatches(true, 0, "$ORIGIN", 0, 7) && Scans.indexOfIgnoreCase(l, "rpz", 7, end) >= 0
                    ? SIGN_RPZ : SIGN_NONE;
        }
        if (Scans.indexOfIgnoreCase(l, "rpz", 0, end) < 0 && Scans.indexOfIgnoreCase(l, "cname", 0, end) < 0) {
            return SIGN_NONE;
        }
        Rec r = parse(l, end);
        if (r == null) {
            return SIGN_NONE;
        }
        if (hasTriggerSuffix(r.owner()) || r.soa() && r.owner() != null
                && r.owner().toLowerCase(Locale.ROOT).contains("rpz")) {
            return SIGN_RPZ;
        }
        if (r.target() == Target.RPZ_SPECIAL) {
            return SIGN_RPZ;
        }
        return r.target() == Target.ROOT || r.target() == Target.WILDCARD_ROOT ? SIGN_POLICY : SIGN_NONE;
    }

    private static boolean hasTriggerSuffix(String owner) {
        if (owner == null) {
            return false;
        }
        String o = owner.toLowerCase(Locale.ROOT);
        for (String suffix : TRIGGER_SUFFIXES) {
            int at = o.indexOf(suffix);
            while (at >= 0) {
                int after = at + suffix.length();
                if (after == o.length() || o.charAt(after) == '.') {
                    return true;
                }
                at = o.indexOf(suffix, at + 1);
            }
        }
        return false;
    }

    static String fileName(String uri) {
        if (uri == null) {
            return "";
        }
        int q = uri.indexOf('?');
        String u = q >= 0 ? uri.substring(0, q) : uri;
        int slash = Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\'));
        return u.substring(slash + 1);
    }
}
