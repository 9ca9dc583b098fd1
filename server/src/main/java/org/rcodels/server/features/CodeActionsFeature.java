package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Confusion;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;
import org.rcodels.catalog.Tool;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanners;

/**
 * Code actions for a range of one line: quick fixes for the given diagnostics ({@link QuickFixes}, chosen by
 * diagnostic code), then for each mention in the range "Explain X", "Compare X with Y" for the codes X has a
 * hand-written confusion note with (at most {@link #MAX_COMPARE}), and "Replace 2 with SERVFAIL" where a number
 * stands for a code and the file's own syntax accepts the name in its place:
 * <ul>
 *   <li>CoreDNS {@code rewrite ... rcode FROM TO}: the miekg/dns upper-case name ({@code rcode 2 NOERROR});</li>
 *   <li>dnsdist Lua {@code RCodeRule(2)}, {@code ERCodeRule}, {@code RCodeAction}, {@code ERCodeAction},
 *       {@code topResponses}, {@code setRCode}/{@code getRCode()}: {@code DNSRCode.SERVFAIL};</li>
 *   <li>PowerDNS Lua {@code dq.rcode = 3}: {@code pdns.NXDOMAIN} (only the constants PowerDNS defines, 0-10).</li>
 * </ul>
 * Never in logs, dig output or other tool output: those are records of what happened, not text to edit.
 */
public final class CodeActionsFeature {
    private CodeActionsFeature() {
    }

    /** At most this many "Compare" actions per code. */
    static final int MAX_COMPARE = 3;

    /** The text before a PowerDNS {@code .rcode = N} value (the number follows it directly). */
    private static final Pattern PDNS_RCODE_BEFORE = Pattern.compile("\\.\\s*rcode\\s*(?:==|~=|=)\\s*$");
    /** dnsdist calls and methods whose numeric RCODE argument takes a DNSRCode constant. */
    private static final Pattern DNSDIST_BEFORE = Pattern.compile(
            "(?:\\bE?RCode(?:Rule|Action)\\s*\\(|\\btopResponses\\s*\\([^()]*,|[:.]setRCode\\s*\\("
                    + "|[:.]getRCode\\s*\\(\\s*\\)\\s*(?:==|~=))\\s*$");
    /** How much of the line before a number the syntax checks look at. */
    private static final int LOOK_BEHIND = 200;

    public static List<Action> actions(ScanContext ctx, int line, int startColumn, int endColumn,
                                       List<Diagnostic> diagnostics, Texts texts) {
        List<Action> out = new ArrayList<>();
        if (ctx == null || texts == null) {
            return out;
        }
        if (diagnostics != null) {
            for (Diagnostic d : diagnostics) {
                if (d == null) {
                    continue;
                }
                try {
                    List<Action> fixes = QuickFixes.fixes(ctx, d, texts);
                    if (fixes != null) {
                        out.addAll(fixes);
                    }
                } catch (RuntimeException e) {
                    // a broken fix must not hide the other actions
                }
            }
        }
        if (line < 0 || line >= ctx.lineCount()) {
            return out;
        }
        int from = Math.min(startColumn, endColumn);
        int to = Math.max(startColumn, endColumn);
        Catalog catalog = ctx.catalog();
        Set<String> explained = new LinkedHashSet<>();
        Set<String> compared = new LinkedHashSet<>();
        List<Action> refactors = new ArrayList<>();
        for (Mention m : Scanners.onLine(ctx, line)) {
            // a mention touching the range counts (a caret at either end of a word is on it)
            if (m.end() < from || m.start() > to || m.entry() == null) {
                continue;
            }
            Entry e = m.entry();
            if (explained.add(e.id())) {
                out.add(new Action(texts.label("action.explain", "name", shortName(e, catalog)), Action.Kind.INFO, null,
                        Action.EXPLAIN, List.of(e.id()), null, false));
                for (Entry other : comparable(catalog, e)) {
                    if (compared.add(e.id() + "|" + other.id())) {
                        out.add(new Action(texts.label("action.compare", "a", shortName(e, catalog), "b",
                                shortName(other, catalog)),
                                Action.Kind.INFO, null, Action.COMPARE, List.of(e.id(), other.id()), null, false));
                    }
                }
            }
            String replacement = replacement(ctx, line, m);
            if (replacement != null) {
                refactors.add(new Action(texts.label("action.replaceNumber", "number", m.text(), "name", replacement),
                        Action.Kind.REFACTOR, List.of(new Action.Edit(line, m.start(), m.end(), replacement)), null,
                        null, null, false));
            }
        }
        out.addAll(refactors);
        return out;
    }

    /** "NXDOMAIN", "NODATA"; the title ("EDE 18 Prohibited", "OPCODE 5 UPDATE") where the name alone is unclear. */
    static String shortName(Entry e, Catalog catalog) {
        if (e.kind() == Kind.PSEUDO) {
            return e.name();
        }
        if (e.kind() == Kind.RCODE && !e.isRange()) {
            // the two NOTAUTHs (9) get their IANA descriptions, so that two actions never read the same
            String t = org.rcodels.catalog.Comparison.title(e, catalog);
            return t.equals(e.title()) ? e.name() : t;
        }
        return e.title();
    }

    /**
     * The codes this one has a hand-written confusion note with, at most {@link #MAX_COMPARE}: codes of notes about a
     * pair or a trio first (NXDOMAIN vs NODATA is a classic; "the causes of SERVFAIL" lists nine codes), and within
     * that its related entries in their order, then the other codes of its notes.
     */
    static List<Entry> comparable(Catalog catalog, Entry e) {
        List<Confusion> notes = catalog.confusionsOf(e.id());
        if (notes.isEmpty()) {
            return List.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String r : e.related()) {
            if (!r.equals(e.id()) && catalog.confusionOf(e.id(), r).isPresent()) {
                candidates.add(r);
            }
        }
        for (Confusion c : notes) {
            for (String code : c.codes()) {
                // only the pairs the note compares (NXDOMAIN-vs-NODATA lists NOERROR, but does not compare it)
                if (!code.equals(e.id()) && c.concernsBoth(e.id(), code)) {
                    candidates.add(code);
                }
            }
        }
        String partner = ALWAYS_COMPARED.get(e.id());
        if (partner != null) {
            candidates.add(partner);
        }
        List<String> ids = new ArrayList<>(candidates);
        // stable: keeps the related-first order within each group
        ids.sort(Comparator.comparingInt(id -> smallestNote(notes, id) <= SMALL_NOTE ? 0 : id.equals(partner) ? 1 : 2));
        List<Entry> out = new ArrayList<>();
        for (String id : ids) {
            if (out.size() >= MAX_COMPARE) {
                break;
            }
            catalog.byId(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Pairs compared even without a note of their own: NODATA is a NOERROR answer, the comparison a reader of a
     * NOERROR most needs (the NXDOMAIN-vs-NODATA note names NOERROR without comparing it).
     */
    private static final java.util.Map<String, String> ALWAYS_COMPARED = java.util.Map.of(
            "rcode:0", "pseudo:nodata", "pseudo:nodata", "rcode:0");

    /** A note about at most this many codes is about those codes in particular. */
    private static final int SMALL_NOTE = 3;

    /** The number of codes of the smallest note that concerns {@code id}. */
    private static int smallestNote(List<Confusion> notes, String id) {
        int best = Integer.MAX_VALUE;
        for (Confusion c : notes) {
            if (c.concerns(id)) {
                best = Math.min(best, c.codes().size());
            }
        }
        return best;
    }

    /**
     * The name that can replace a numeric mention in this file's syntax, or null where names are not accepted
     * (logs and tool output are never edited) or the tool has no name for this meaning of the number.
     */
    static String replacement(ScanContext ctx, int line, Mention m) {
        if (m.role() != Mention.Role.NUMBER || m.entry() == null || m.entry().kind() != Kind.RCODE
                || m.entry().isRange()) {
            return null;
        }
        Dialect d = ctx.dialect();
        if (d == Dialect.COREFILE) {
            // the only numeric RCODEs in a Corefile are rewrite rcode FROM and TO, which take names too
            return "coredns".equals(m.tool()) ? spelling(ctx.catalog(), "coredns", m.entry()) : null;
        }
        if (d != Dialect.LUA) {
            return null;
        }
        String text = ctx.line(line);
        if (text == null || m.start() > text.length()) {
            return null;
        }
        String before = text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start());
        boolean dnsdistCall = "dnsdist".equals(m.tool()) && DNSDIST_BEFORE.matcher(before).find();
        boolean dotRcode = PDNS_RCODE_BEFORE.matcher(before).find();
        if (!dnsdistCall && !dotRcode) {
            return null;
        }
        String owner = luaOwner(ctx, line);
        if (dnsdistCall && (owner == null || owner.equals("dnsdist")) || dotRcode && "dnsdist".equals(owner)) {
            // dnsdist's dq.rcode takes DNSRCode constants too
            String s = spelling(ctx.catalog(), "dnsdist", m.entry());
            return s == null ? null : "DNSRCode." + s;
        }
        if (dotRcode && (owner == null || owner.equals("pdns"))) {
            String s = spelling(ctx.catalog(), "pdns-lua", m.entry());
            return s == null ? null : "pdns." + s;
        }
        return null;
    }

    /** Words of code that only one program's Lua has, each with its program. */
    private static final String[][] LUA_MARKERS = {
        {"DNSRCode.", "dnsdist"}, {"newServer", "dnsdist"}, {"addAction(", "dnsdist"}, {"addResponseAction(", "dnsdist"},
        {"DNSAction.", "dnsdist"}, {"DNSResponseAction.", "dnsdist"},
        {"preresolve", "pdns"}, {"postresolve", "pdns"}, {"policykinds", "pdns"},
        {"policy.add", "kresd"}, {"kres.", "kresd"},
    };
    /** PowerDNS's constants table, pdns.NXDOMAIN (not a host name such as pdns.example.net). */
    private static final Pattern PDNS_CONSTANT = Pattern.compile("\\bpdns\\.[A-Z]");

    /** What {@link #luaOwner} says when the lines around name several programs. */
    private static final String MIXED = "";

    /**
     * Which program the Lua around the line is for ("dnsdist", "pdns", "kresd"), null if nothing says, {@link #MIXED}
     * if the code around names several: the words of the code in the lines around it (comments left out), else a
     * word of the file's path ({@code /etc/dnsdist/conf.d/rewrite.conf}, {@code pdns-recursor},
     * {@code knot-resolver}), whole words only.
     */
    static String luaOwner(ScanContext ctx, int line) {
        String found = null;
        int from = Math.max(0, line - org.rcodels.server.scan.Scanner.MAX_CONTEXT);
        int to = Math.min(ctx.lineCount() - 1, line + org.rcodels.server.scan.Scanner.MAX_CONTEXT);
        for (int l = from; l <= to; l++) {
            String t = ctx.line(l);
            int comment = t.indexOf("--");
            String code = comment >= 0 ? t.substring(0, comment) : t;
            for (String[] marker : LUA_MARKERS) {
                if (code.contains(marker[0])) {
                    if (found != null && !found.equals(marker[1])) {
                        return MIXED;
                    }
                    found = marker[1];
                }
            }
            if (code.contains("pdns.") && PDNS_CONSTANT.matcher(code).find()) {
                if (found != null && !found.equals("pdns")) {
                    return MIXED;
                }
                found = "pdns";
            }
        }
        return found != null ? found : pathOwner(ctx.uri());
    }

    /** The program a word of the path names, if exactly one does. */
    static String pathOwner(String uri) {
        String path = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        boolean dnsdist = false;
        boolean pdns = false;
        boolean kresd = path.contains("knot-resolver");
        for (String w : path.split("[^a-z0-9]+")) {
            switch (w) {
                case "dnsdist" -> dnsdist = true;
                case "pdns", "powerdns", "recursor" -> pdns = true;
                case "kresd" -> kresd = true;
                default -> {
                }
            }
        }
        if ((dnsdist ? 1 : 0) + (pdns ? 1 : 0) + (kresd ? 1 : 0) != 1) {
            return null;
        }
        return dnsdist ? "dnsdist" : pdns ? "pdns" : "kresd";
    }

    /** The tool's preferred spelling of exactly this entry (16 as BADVERS has no CoreDNS name), or null. */
    private static String spelling(Catalog catalog, String toolId, Entry e) {
        Tool t = catalog.tool(toolId).orElse(null);
        return t == null ? null : t.spellingOf(e.id());
    }
}
