package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rcodels.catalog.Carrier;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Distance;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Spelling;
import org.rcodels.catalog.Status;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.Sentence;
import org.rcodels.server.scan.ScanContext;

/**
 * Diagnostics for lines [fromLine, toLine): misspelled or misplaced codes in configs, surprising meanings. Only the
 * slots of config files and RPZ zones are checked (see {@link Slots}); logs, tool output, code and plain text never
 * get a diagnostic for merely containing a code. Codes, severities and fixes are listed in docs/DIAGNOSTICS.md.
 *
 * <p>Pure; costs what the requested lines cost (each line is lexed only when it holds a slot's anchor word).
 */
public final class DiagnosticsFeature {
    private DiagnosticsFeature() {
    }

    /** A word in a code slot that the tool does not know. Fix: the suggested spellings. */
    public static final String UNKNOWN_NAME = "rcode.unknown-name";
    /** The right name in the wrong case where the tool matches names exactly. Fix: the right case. */
    public static final String WRONG_CASE = "rcode.wrong-case";
    /** A code that exists but is rejected or useless in this place. Fix: rename the function or remove the code. */
    public static final String INVALID_IN_PLACE = "rcode.invalid-in-place";
    /** An EDE number outside the registry's assigned values. No fix. */
    public static final String EDE_UNREGISTERED = "rcode.ede-unregistered";
    /** A valid setting whose effect people often get wrong (policy.DROP answers SERVFAIL). Fix: the alternative. */
    public static final String SURPRISING_MEANING = "rcode.surprising-meaning";
    /** A value the tool still accepts but has deprecated (pdns.DROP since PowerDNS 4.4). No fix. */
    public static final String DEPRECATED = "rcode.deprecated";

    /** At most this many diagnostics per request. */
    static final int MAX = 1000;
    /** At most this many suggestions per diagnostic. */
    static final int MAX_SUGGESTIONS = 3;

    public static List<Diagnostic> diagnose(ScanContext ctx, int fromLine, int toLine, Texts texts) {
        if (ctx == null || ctx.dialect() == null || !Slots.hasSlots(ctx.dialect())) {
            return List.of();
        }
        Texts t = texts != null ? texts : ctx.catalog().texts(Texts.DEFAULT_LANGUAGE);
        int from = Math.max(0, fromLine);
        int to = Math.min(ctx.lineCount(), toLine);
        List<Diagnostic> out = new ArrayList<>();
        for (int l = from; l < to && out.size() < MAX; l++) {
            List<Slots.Slot> slots = Slots.onLine(ctx, l, -1);
            for (Slots.Slot s : slots) {
                try {
                    int before = out.size();
                    check(ctx.catalog(), s, t, out);
                    if (s.kind() == Slots.Kind.COREDNS_LOG_CLASS && out.size() == before + 1) {
                        classOnTheLine(ctx.catalog(), slots, s, t, out);
                    }
                } catch (RuntimeException e) {
                    // a bug must never break a request: no diagnostic for this slot
                }
            }
        }
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    static void check(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        switch (s.kind().value) {
            case EDE_NUMBER -> edeNumber(c, s, t, out);
            case RCODE_ARG -> rcodeArg(c, s, t, out);
            case RPZ_TARGET -> rpzTarget(c, s, t, out);
            case NAME -> name(c, s, t, out);
            case YAML_RCODE -> yamlRcode(c, s, t, out);
        }
    }

    /**
     * dnsdist's YAML rcode: (strToRCode): the value in lower case is looked up among the short names of RCODEs 0-15
     * (RCode::from_short), otherwise read as a decimal 0-255. So badcookie is a configuration error (from_short
     * refuses names above 15), written "23" instead, and a name of another tool (NXDomain, NOTIMPL) is no name.
     */
    private static void yamlRcode(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        String what = t.label(s.kind().what);
        List<Choice> choices = Slots.choices(c, s.kind());
        long v = -1;
        Entry high = null;
        if (Words.isNumber(word)) {
            v = Words.digits(word);
            if (v < 0 || v > 255) {
                out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                        t.label("diag.yamlRcodeRange", "word", Sentence.cut(word), "what", what), List.of()));
                return;
            }
        } else {
            for (Choice ch : choices) {
                if (ch.text().equalsIgnoreCase(word)) {
                    return;
                }
            }
            for (Spelling sp : c.resolve(word)) {
                Entry e = sp.entry();
                if (e.kind() == org.rcodels.catalog.Kind.RCODE && !e.isRange() && e.value() > 15
                        && (high == null || !e.tsigContext() && high.tsigContext())) {
                    // 16 in a reply is BADVERS, whatever the name (BADSIG is the TSIG error of the same number)
                    high = e;
                }
            }
            if (high == null) {
                if (namesNodata(c, word)) {
                    nodata(s, t, what, choices, out);
                } else {
                    out.add(unknown(s, t, what, suggestions(c, word, choices)));
                }
                return;
            }
            v = high.value();
        }
        if (v <= 15) {
            return;
        }
        // an action or selector of type RCode or ERCode is RCodeAction/RCodeRule or their extended forms
        String place = s.aux();
        boolean rule = "selector".equals(place);
        boolean typed = rule || "action".equals(place);
        boolean extended = s.kind() == Slots.Kind.DNSDIST_YAML_ERCODE;
        String code = high != null ? word + " (" + v + ")" : numbered(c, word, (int) v);
        if (typed && v >= 17 && v <= 22) {
            // BADKEY to BADTRUNC live only in a TSIG or TKEY record's Error field
            out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE, t.label(rule ? "diag.rcodeRuleTsig"
                    : "diag.rcodeActionTsig", "function", extended ? "type: ERCode" : "type: RCode", "code", code),
                    List.of()));
            return;
        }
        if (typed && !extended) {
            // the header's 4 bits: 16 never matches, 23 goes out as 7; the type (on its own line) must change
            out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE, t.label(rule ? "diag.rcodeRuleExtended"
                    : "diag.rcodeActionExtended", "function", "type: RCode", "code", code, "replacement",
                    "type: ERCode"), List.of()));
            return;
        }
        if (high != null) {
            // RCode::from_short refuses names above 15: the number, as a string
            String n = Long.toString(v);
            String replacement = s.quoted() ? n : "\"" + n + "\"";
            out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE, t.label("diag.yamlRcodeByNumber", "word",
                    word, "n", n, "replacement", "\"" + n + "\""), List.of(replacement)));
        }
    }

    /** "23 (BADCOOKIE)" for a number with one meaning in a reply, else the number. */
    private static String numbered(Catalog c, String word, int v) {
        Entry e = c.lookup(org.rcodels.catalog.Kind.RCODE, v, false).orElse(null);
        return e == null || e.isRange() ? word : word + " (" + e.name() + ")";
    }



    // ------------------------------------------------------------------------------------------------ names

    private static void name(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        if (s.kind() == Slots.Kind.DNSDIST_OLD_RCODE) {
            // dnsdist.REFUSED: dnsdist 1.7 removed the old table (a nil index, the configuration stops loading)
            if (Slots.choices(c, Slots.Kind.DNSDIST_RCODE).stream().anyMatch(ch -> ch.text().equals(s.word()))) {
                out.add(new Diagnostic(s.line(), s.auxStart(), s.end(), Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                        t.label("diag.dnsdistOldPrefix", "word", s.word()), s.href(),
                        List.of("DNSRCode." + s.word())));
            }
            return;
        }
        if (s.aux() != null && (s.kind() == Slots.Kind.PDNS_CONSTANT || s.kind() == Slots.Kind.PDNS_POLICY_KIND)
                && numberForField(c, s, t, out)) {
            return;
        }
        // dnsdist reads a dynamic block action in lower case without its dashes (DNSAction::typeFromString)
        String word = s.kind() == Slots.Kind.DNSDIST_YAML_DYN_ACTION ? s.word().replace("-", "") : s.word();
        List<Choice> choices = Slots.choices(c, s.kind());
        String what = t.label(s.kind().what);
        for (Choice ch : choices) {
            if (ch.text().equals(word)) {
                extra(c, s, ch, t, out);
                return;
            }
        }
        for (Choice ch : choices) {
            if (ch.text().equalsIgnoreCase(word)) {
                if (s.kind().caseSensitive) {
                    out.add(diag(s, Diagnostic.Severity.ERROR, WRONG_CASE,
                            t.label("diag.wrongCase", "word", word, "what", what, "right", ch.text()),
                            List.of(ch.text())));
                } else {
                    extra(c, s, ch, t, out);
                }
                return;
            }
        }
        if (s.kind() == Slots.Kind.COREDNS_LOG_CLASS) {
            // class NXDOMAIN: the log plugin filters by class, and the class that holds the code is the fix
            String cls = logClassOf(c, word);
            if (cls != null) {
                out.add(unknown(s, t, what, List.of(cls)));
                return;
            }
        }
        if (Words.isNumber(word) && isCorednsName(s.kind())) {
            number(c, s, t, what, choices, out);
            return;
        }
        if (s.kind().namesRcodes() && namesNodata(c, word)) {
            nodata(s, t, what, choices, out);
            return;
        }
        if (!s.kind().closed) {
            // other members exist here (pdns.A, policy.add): only a word that names a code of the slot's registry
            // in another tool's spelling, or one a typo away from a value, is a mistake
            org.rcodels.catalog.Kind registry = s.kind().namedElsewhere();
            List<String> named = registry == null ? null : namedElsewhere(c, word, choices, registry);
            if (named == null && s.kind().checksNearMisses()) {
                List<String> near = nearest(word, choices, openLimit(word));
                named = near.isEmpty() ? null : near;
            }
            if (named == null) {
                // policy.PASSTHRU in Knot Resolver: another tool's name of one of the slot's actions (PASS)
                List<String> same = synonyms(word, choices);
                named = same.isEmpty() ? null : same;
            }
            if (named != null) {
                out.add(unknown(s, t, what, named));
            }
            return;
        }
        out.add(unknown(s, t, what, suggestions(c, word, choices)));
    }

    /**
     * class denial NXDOMAIN: the class that holds the code is on the line already, so the fix removes the code
     * instead of writing the class a second time.
     */
    private static void classOnTheLine(Catalog c, List<Slots.Slot> slots, Slots.Slot s, Texts t,
                                       List<Diagnostic> out) {
        Diagnostic d = out.get(out.size() - 1);
        if (!UNKNOWN_NAME.equals(d.code()) || d.replacements().size() != 1 || logClassOf(c, s.word()) == null) {
            // a typo of a class (class denial denail) is a typo: "did you mean denial?"
            return;
        }
        String cls = d.replacements().get(0);
        for (Slots.Slot other : slots) {
            if (other != s && other.kind() == s.kind() && other.word().equals(cls)) {
                out.set(out.size() - 1, diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                        t.label("diag.logClassCovered", "word", Sentence.quoted(Sentence.cut(s.word())), "class", cls),
                        List.of("")));
                return;
            }
        }
    }

    /**
     * The CoreDNS log class an RCODE name or NODATA falls in (plugin/pkg/response): NXDOMAIN and NODATA are denial,
     * NOERROR success, any other RCODE error; null for a word that names none.
     */
    private static String logClassOf(Catalog c, String word) {
        if (Words.isNumber(word)) {
            return null;
        }
        for (Spelling sp : c.resolve(word)) {
            String id = sp.entry().id();
            if (id.equals("rcode:3") || id.equals("pseudo:nodata")) {
                return "denial";
            }
            if (id.equals("rcode:0")) {
                return "success";
            }
            if (sp.entry().kind() == org.rcodels.catalog.Kind.RCODE && !sp.entry().isRange()) {
                return "error";
            }
        }
        return null;
    }

    /**
     * pdns.X is an RCODE number and pdns.policykinds.X a policy kind number, and Lua lets either be assigned to the
     * other's field: {@code dq.appliedPolicy.policyKind = pdns.NXDOMAIN} sets the kind 3, NODATA, and
     * {@code dq.rcode = pdns.policykinds.NXDOMAIN} the RCODE 2, SERVFAIL. A warning over the whole value, with a fix
     * where a value of the right table has the same name. True when the value was of the other table.
     */
    private static boolean numberForField(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        int from = s.auxStart();
        if (s.kind() == Slots.Kind.PDNS_CONSTANT && s.aux().equals("policyKind")) {
            Choice ch = null;
            for (Choice x : Slots.choices(c, s.kind())) {
                if (x.text().equals(word)) {
                    ch = x;
                }
            }
            if (ch == null) {
                // pdns.Drop, pdns.Truncate: no such constant (nil), the policy kind of that name was meant
                for (String k : Slots.PDNS_KINDS_BY_NUMBER) {
                    if (k.equalsIgnoreCase(word)) {
                        out.add(unknown(s, t, t.label(s.kind().what), List.of("policykinds." + k)));
                        return true;
                    }
                }
                return false;
            }
            String written = "pdns." + word;
            if (ch.entryId() == null) {
                // DROP, -2: the drop of the old return values
                out.add(new Diagnostic(s.line(), from, s.end(), Diagnostic.Severity.WARNING, SURPRISING_MEANING,
                        t.label("diag.pdnsNotPolicyKind", "word", written, "n", "-2"), s.href(),
                        List.of("pdns.policykinds.Drop")));
                return true;
            }
            int n = c.byId(ch.entryId()).map(Entry::value).orElse(-1);
            String same = Slots.PDNS_KINDS_BY_NUMBER.contains(ch.text()) ? "pdns.policykinds." + ch.text() : null;
            String msg = n >= 0 && n < Slots.PDNS_KINDS_BY_NUMBER.size()
                    ? t.label("diag.pdnsRcodeAsPolicyKind", "word", written, "n", String.valueOf(n), "kind",
                            Slots.PDNS_KINDS_BY_NUMBER.get(n))
                    : t.label("diag.pdnsNotPolicyKind", "word", written, "n", String.valueOf(n));
            out.add(new Diagnostic(s.line(), from, s.end(), Diagnostic.Severity.WARNING, SURPRISING_MEANING, msg,
                    s.href(), same == null ? List.of() : List.of(same)));
            return true;
        }
        if (s.kind() == Slots.Kind.PDNS_POLICY_KIND && s.aux().equals("rcode")) {
            int n = Slots.PDNS_KINDS_BY_NUMBER.indexOf(word);
            if (n < 0) {
                return false;
            }
            String rcode = c.lookup(org.rcodels.catalog.Kind.RCODE, n, false).map(Entry::name).orElse(String.valueOf(n));
            boolean constant = Slots.choices(c, Slots.Kind.PDNS_CONSTANT).stream()
                    .anyMatch(x -> x.entryId() != null && x.text().equals(word));
            out.add(new Diagnostic(s.line(), from, s.end(), Diagnostic.Severity.WARNING, SURPRISING_MEANING,
                    t.label("diag.pdnsPolicyKindAsRcode", "word", "pdns.policykinds." + word, "n", String.valueOf(n),
                            "rcode", rcode), s.href(), constant ? List.of("pdns." + word) : List.of()));
            return true;
        }
        return false;
    }

    /** Whether the word is a spelling of NODATA, which is no RCODE but a NOERROR answer with an empty answer. */
    private static boolean namesNodata(Catalog c, String word) {
        for (Spelling sp : c.resolve(word)) {
            if ("pseudo:nodata".equals(sp.entry().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * NODATA where an RCODE name is expected. In a CoreDNS template, whose answer lines are written out, NOERROR
     * without answer lines is how NODATA is sent, so NOERROR is the fix there; elsewhere (forward next, a rule that
     * matches a code) NOERROR would mean something else, and there is no fix.
     */
    private static void nodata(Slots.Slot s, Texts t, String what, List<Choice> choices, List<Diagnostic> out) {
        if (s.kind() == Slots.Kind.COREDNS_TEMPLATE_RCODE) {
            Choice noerror = firstFor("rcode:0", choices);
            if (noerror != null) {
                out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME, t.label("diag.nodataNotRcode.template",
                        "word", s.word(), "what", what, "replacement", noerror.text()), List.of(noerror.text())));
                return;
            }
        }
        out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                t.label("diag.nodataNotRcode", "word", s.word(), "what", what), List.of()));
    }

    private static boolean isCorednsName(Slots.Kind k) {
        return k == Slots.Kind.COREDNS_TEMPLATE_RCODE || k == Slots.Kind.COREDNS_NEXT
                || k == Slots.Kind.COREDNS_FAILOVER || k == Slots.Kind.COREDNS_REWRITE;
    }

    /** A number where CoreDNS wants a name (template, forward), or a number out of rewrite's range. */
    private static void number(Catalog c, Slots.Slot s, Texts t, String what, List<Choice> choices,
                               List<Diagnostic> out) {
        long v = Words.digits(s.word());
        if (s.kind() == Slots.Kind.COREDNS_REWRITE) {
            if (v < 0 || v > 23) {
                out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                        t.label("diag.rewriteRange", "word", s.word(), "what", what), List.of()));
            }
            return;
        }
        for (Choice ch : choices) {
            Entry e = ch.offered() ? c.byId(ch.entryId()).orElse(null) : null;
            if (e != null && e.value() == v) {
                out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                        t.label("diag.nameExpected", "word", s.word(), "what", what, "name", ch.text()),
                        List.of(ch.text())));
                return;
            }
        }
        out.add(unknown(s, t, what, List.of()));
    }

    /** Checks on a value the tool accepts: rejected in this place, or surprising in effect. */
    private static void extra(Catalog c, Slots.Slot s, Choice ch, Texts t, List<Diagnostic> out) {
        switch (s.kind()) {
            case COREDNS_TEMPLATE_RCODE -> {
                // miekg/dns knows BADKEY..BADTRUNC by name, but they are TSIG and TKEY errors: no reply carries them
                Entry e = ch.entryId() == null ? null : c.byId(ch.entryId()).orElse(null);
                if (e != null && Slots.tsigOnly(e)) {
                    out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE, t.label("diag.rcodeActionTsig",
                            "code", s.word() + " (" + e.number() + ")", "function", "template"), List.of()));
                }
            }
            case COREDNS_FAILOVER -> {
                if ("rcode:0".equals(ch.entryId())) {
                    out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                            t.label("diag.failoverNoerror", "word", s.word()),
                            s.others() > 0 ? List.of("") : List.of()));
                }
            }
            case DNSDIST_YAML_DYN_ACTION -> {
                String action = ch.text();
                if (!Slots.DNSDIST_DYN_EFFECTIVE.contains(action)) {
                    // the dynamic block's switch has no branch for it: the default branch drops the query
                    out.add(diag(s, Diagnostic.Severity.WARNING, SURPRISING_MEANING,
                            t.label("diag.dnsdistDynamicDrop", "word", s.word()),
                            action.equals("servfail") ? List.of("refused") : List.of()));
                }
            }
            case DNSDIST_DYN_ACTION -> {
                String action = ch.text().toLowerCase(java.util.Locale.ROOT);
                boolean taken = Slots.DNSDIST_DYN_EFFECTIVE.contains(action) && !("setDynBlocksAction".equals(s.aux())
                        && (action.equals("settag") || action.equals("none")));
                if (!taken) {
                    // no branch of the dynamic block code for it; setDynBlocksAction refuses it and keeps its default
                    String key = "setDynBlocksAction".equals(s.aux()) ? "diag.dnsdistSetDynBlocksAction"
                            : "diag.dnsdistDynamicDropLua";
                    out.add(diag(s, Diagnostic.Severity.WARNING, SURPRISING_MEANING, t.label(key, "word", s.word()),
                            action.equals("servfail") ? List.of("Refused") : List.of()));
                }
            }
            case PDNS_CONSTANT -> {
                if (ch.text().equals("DROP")) {
                    out.add(diag(s, Diagnostic.Severity.INFORMATION, DEPRECATED,
                            t.label("diag.pdnsDropDeprecated", "word", s.word()), List.of()));
                }
            }
            case KRESD_POLICY -> {
                if (ch.text().equals("DENY_MSG") && Slots.KRESD_ARGUMENT.equals(s.aux())) {
                    // policy.suffix(policy.DENY_MSG, ...): the function that makes the action, given as the action
                    out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                            t.label("diag.kresdDenyMsgUncalled", "word", s.word()), List.of(s.word() + "()")));
                } else if (ch.text().equals("DROP")) {
                    out.add(diag(s, Diagnostic.Severity.INFORMATION, SURPRISING_MEANING,
                            t.label("diag.kresdDrop", "word", s.word(), "replacement", "NO_ANSWER"),
                            List.of("NO_ANSWER")));
                }
            }
            case UNBOUND_ZONE_TYPE, UNBOUND_ACCESS -> {
                boolean zone = s.kind() == Slots.Kind.UNBOUND_ZONE_TYPE;
                String instead = switch (ch.text()) {
                    case "deny" -> "refuse";
                    case "always_deny" -> zone ? "always_refuse" : null;
                    // dropped like deny and logged like inform; no type both refuses and logs
                    case "inform_deny" -> zone ? "refuse" : null;
                    default -> null;
                };
                if (instead != null) {
                    // a local zone's deny and inform_deny still answer from local data; always_deny and the
                    // access-control action drop every query
                    String key = ch.text().equals("inform_deny") ? "diag.unboundInformDeny"
                            : zone && ch.text().equals("deny") ? "diag.unboundZoneDeny" : "diag.unboundDeny";
                    out.add(diag(s, Diagnostic.Severity.HINT, SURPRISING_MEANING,
                            t.label(key, "word", s.word(), "replacement", instead), List.of(instead)));
                }
            }
            default -> {
            }
        }
    }

    private static Diagnostic unknown(Slots.Slot s, Texts t, String what, List<String> suggestions) {
        String msg = suggestions.isEmpty()
                ? t.label("diag.unknownName", "word", Sentence.quoted(Sentence.cut(s.word())), "what", what)
                : t.label("diag.unknownName.suggest", "word", Sentence.quoted(Sentence.cut(s.word())), "what", what, "suggestions",
                        String.join(t.label("list.or"), suggestions.stream().map(Sentence::quoted).toList()));
        return diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME, msg, suggestions);
    }

    /**
     * For an open slot: the slot's values for the codes the word names in {@code registry} (NXDOMAIN in
     * {@code policy.} gives DENY), or null when the word names no such code (then it is some other member).
     */
    private static List<String> namedElsewhere(Catalog c, String word, List<Choice> choices,
                                               org.rcodels.catalog.Kind registry) {
        Set<String> ids = new LinkedHashSet<>();
        for (Spelling sp : c.resolve(word)) {
            if (sp.entry().kind() == registry && !sp.entry().isRange()) {
                ids.add(sp.entry().id());
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Choice ch = firstFor(id, choices);
            if (ch != null) {
                out.add(ch.text());
            }
        }
        return limit(out);
    }

    /**
     * The slot's values closest to an unknown word, best first: the slot's spelling of whatever the word names for
     * another tool (NOTIMPL gives NOTIMP), then the values at the smallest edit distance; only when neither gives
     * anything, the values of the codes the catalog suggests for the word (nxdomian gives always_nxdomain).
     */
    static List<String> suggestions(Catalog c, String word, List<Choice> choices) {
        Set<String> out = new LinkedHashSet<>();
        for (Spelling sp : c.resolve(word)) {
            Choice ch = firstFor(sp.entry().id(), choices);
            if (ch == null) {
                // the tool has one name for a number with two meanings: miekg's BADSIG is its 16, BADVERS too
                ch = sameNumber(c, sp.entry(), choices);
            }
            if (ch != null) {
                out.add(ch.text());
            }
        }
        List<String> begun = begun(word, choices);
        out.addAll(begun.isEmpty() ? nearest(word, choices, Math.max(1, Math.min(3, word.length() / 3))) : begun);
        if (out.isEmpty()) {
            // not a typo: maybe another tool's name of the same action (Policy.PASSTHRU for NoAction)
            out.addAll(synonyms(word, choices));
        }
        if (!out.isEmpty()) {
            return limit(out);
        }
        for (String s : c.suggest(word, 5)) {
            for (Spelling sp : c.resolve(s)) {
                Choice ch = firstFor(sp.entry().id(), choices);
                if (ch != null) {
                    out.add(ch.text());
                }
            }
        }
        return limit(out);
    }

    /**
     * The values at the smallest edit distance from the word, at most {@code limit}, ignoring case and counting
     * '-' and '_' as the same character (no_op is no-op, block-aaaa is block_aaaa). Values the tool accepts but
     * completion does not offer count too (no-op, block_aaaa_wdata); an accepted alias of a code is given in the
     * slot's offered spelling of that code (NOTIMPL as NOTIMP in CoreDNS), and a code withheld from the slot
     * (NOERROR in forward failover) not at all. Only the closest: NXDOMIAN is one swap from NXDOMAIN and two edits
     * from YXDOMAIN.
     */
    static List<String> nearest(String word, List<Choice> choices, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String w = fold(word);
        int best = limit + 1;
        Set<String> out = new LinkedHashSet<>();
        for (Choice ch : choices) {
            Choice shown = ch.offered() || ch.entryId() == null ? ch : firstFor(ch.entryId(), choices);
            if (shown == null) {
                continue;
            }
            int d = Distance.damerauLevenshtein(w, fold(ch.text()), limit);
            if (d > limit || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            out.add(shown.text());
        }
        return limit(out);
    }

    /**
     * A word being typed in a closed slot: the values it begins (always_nxd is always_nxdomain, not always_null, which
     * is fewer edits away), as completion offers them, when the word has three or more characters, no value equals
     * it and at most three begin with it; else empty. Not in open slots, where other members exist that the
     * catalog does not list.
     */
    static List<String> begun(String word, List<Choice> choices) {
        String w = fold(word);
        if (w.length() < 3) {
            return List.of();
        }
        Set<String> started = new LinkedHashSet<>();
        for (Choice ch : choices) {
            String v = fold(ch.text());
            if (v.equals(w)) {
                return List.of();
            }
            if (ch.offered() && v.length() > w.length() && v.startsWith(w)) {
                started.add(ch.text());
            }
        }
        return started.size() <= 3 ? limit(started) : List.of();
    }

    /**
     * The RPZ actions every tool has under its own name (BIND and Unbound passthru, PowerDNS NoAction, Knot Resolver
     * PASS; tcp-only, Truncate, TC; cname, Custom), so that one tool's word gets the other's: Policy.PASSTHRU,
     * which is nil in PowerDNS's Lua, is Policy.NoAction. Compared lower case, without '-' and '_'.
     */
    private static final List<Set<String>> ACTION_SYNONYMS = List.of(
            Set.of("passthru", "passthrough", "pass", "noop", "noaction"),
            Set.of("tcponly", "tc", "truncate"),
            Set.of("cname", "custom", "localdata"));

    /** The slot's values that are the same action as the word under another tool's name. */
    static List<String> synonyms(String word, List<Choice> choices) {
        String w = fold(word).replace("_", "");
        List<String> out = new ArrayList<>();
        for (Set<String> group : ACTION_SYNONYMS) {
            if (!group.contains(w)) {
                continue;
            }
            for (Choice ch : choices) {
                String v = fold(ch.text()).replace("_", "");
                if (ch.offered() && !v.equals(w) && group.contains(v) && !out.contains(ch.text())) {
                    out.add(ch.text());
                }
            }
        }
        return out;
    }

    /** Lower case, with '-' read as '_'. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * How far a word in an open slot may be from a value and still count as a typo of it: other members live there,
     * so short words get no leeway and longer ones little.
     */
    private static int openLimit(String word) {
        int n = word.length();
        return n < 4 ? 0 : n < 8 ? 1 : 2;
    }

    /** The first offered value of a slot that stands for an entry (always_nxdomain for NXDOMAIN), or null. */
    /** The slot's name for another meaning of the same number (BADSIG for BADVERS, both 16), or null. */
    private static Choice sameNumber(Catalog c, Entry e, List<Choice> choices) {
        if (e.isRange() || e.kind() != org.rcodels.catalog.Kind.RCODE) {
            return null;
        }
        for (Choice ch : choices) {
            if (!ch.offered() || ch.entryId() == null || Words.isNumber(ch.text())) {
                continue;
            }
            Entry other = c.byId(ch.entryId()).orElse(null);
            if (other != null && other != e && other.kind() == e.kind() && !other.isRange()
                    && other.value() == e.value()) {
                return ch;
            }
        }
        return null;
    }

    private static Choice firstFor(String entryId, List<Choice> choices) {
        for (Choice ch : choices) {
            if (ch.offered() && entryId.equals(ch.entryId())) {
                return ch;
            }
        }
        return null;
    }

    private static List<String> limit(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        return l.size() > MAX_SUGGESTIONS ? List.copyOf(l.subList(0, MAX_SUGGESTIONS)) : List.copyOf(l);
    }

    // ------------------------------------------------------------------------------------------------ numbers

    private static void edeNumber(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        String what = t.label(s.kind().what);
        if (Words.isNumber(word)) {
            long v = Words.digits(word);
            if (v < 0 || v > 65535) {
                // the INFO-CODE field is 16 bits (RFC 8914), in a Corefile as in Lua
                out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                        t.label("diag.numberExpected", "word", Sentence.cut(word), "what", what), List.of()));
                return;
            }
            List<Entry> meanings = c.lookup(org.rcodels.catalog.Kind.EDE, (int) v);
            Entry e = meanings.isEmpty() ? null : meanings.get(0);
            if (e == null) {
                return;
            }
            if (e.status() == Status.UNASSIGNED) {
                out.add(new Diagnostic(s.line(), s.start(), s.end(), Diagnostic.Severity.WARNING, EDE_UNREGISTERED,
                        t.label("diag.edeUnassigned", "n", word, "range", e.number()), Slots.EDE_REGISTRY,
                        List.of()));
            } else if (e.status() == Status.PRIVATE_USE) {
                out.add(new Diagnostic(s.line(), s.start(), s.end(), Diagnostic.Severity.INFORMATION,
                        EDE_UNREGISTERED, t.label("diag.edePrivate", "n", word, "range", e.number()),
                        Slots.EDE_REGISTRY, List.of()));
            }
            return;
        }
        if (s.kind() != Slots.Kind.COREDNS_EDERROR && s.kind() != Slots.Kind.DNSDIST_YAML_EDE
                && s.kind() != Slots.Kind.PDNS_YAML_EDE) {
            // Lua: an RCODE constant by mistake, else a variable or an expression
            rcodeForEde(c, s, t, out);
            return;
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (Spelling sp : c.resolve(word)) {
            if (sp.entry().kind() == org.rcodels.catalog.Kind.EDE && !sp.entry().isRange()) {
                numbers.add(sp.entry().number());
            }
        }
        if (numbers.size() == 1) {
            String n = numbers.iterator().next();
            out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                    t.label("diag.numberExpected.named", "word", Sentence.cut(word), "what", what, "n", n), List.of(n)));
        } else {
            out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                    t.label("diag.numberExpected", "word", Sentence.cut(word), "what", what), List.of()));
        }
    }

    /**
     * An RCODE constant where an EDE info-code belongs: {@code SetExtendedDNSErrorAction(DNSRCode.NXDOMAIN)} or
     * {@code dq.extendedErrorCode = pdns.NXDOMAIN}. Lua reads the constant as its number, so the reply carries the
     * EDE of that number (NXDOMAIN, 3, gives EDE 3 Stale Answer) and the RCODE is not set. A warning: the config
     * loads and runs. No fix, since only the author knows which EDE was meant.
     */
    private static void rcodeForEde(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        int dot = word.lastIndexOf('.');
        if (dot <= 0 || dot == word.length() - 1) {
            return;
        }
        String table = word.substring(0, dot);
        String member = word.substring(dot + 1);
        Slots.Kind constants = switch (table) {
            case "DNSRCode" -> s.kind() == Slots.Kind.DNSDIST_EDE ? Slots.Kind.DNSDIST_RCODE : null;
            case "pdns" -> s.kind() == Slots.Kind.PDNS_EDE ? Slots.Kind.PDNS_CONSTANT : null;
            default -> null;
        };
        if (constants == null) {
            return;
        }
        Entry rcode = null;
        for (Choice ch : Slots.choices(c, constants)) {
            if (ch.text().equals(member) && ch.entryId() != null) {
                rcode = c.byId(ch.entryId()).orElse(null);
                break;
            }
        }
        if (rcode == null || rcode.kind() != org.rcodels.catalog.Kind.RCODE) {
            // a misspelt or wrong-case member is reported on the member itself
            return;
        }
        List<Entry> ede = c.lookup(org.rcodels.catalog.Kind.EDE, rcode.value());
        String edeName = ede.isEmpty() ? "" : ede.get(0).name();
        String function = s.aux() != null ? s.aux() : "extendedErrorCode";
        out.add(diag(s, Diagnostic.Severity.WARNING, INVALID_IN_PLACE, t.label("diag.edeGotRcode", "function",
                function, "word", word, "n", rcode.number(), "ede", edeName), List.of()));
    }

    /**
     * RCodeRule(16) never matches and RCodeAction(16) cannot send 16: the extended forms take codes above 15. But no
     * form takes BADKEY to BADTRUNC (17-22): those are TSIG and TKEY errors, never the RCODE of a reply.
     */
    private static void rcodeArg(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        String fn = s.aux();
        if (fn == null) {
            return;
        }
        long v = -1;
        Entry named = null;
        if (Words.isNumber(word)) {
            v = Words.digits(word);
        } else if (word.startsWith("DNSRCode.")) {
            String member = word.substring("DNSRCode.".length());
            for (Choice ch : Slots.choices(c, Slots.Kind.DNSDIST_RCODE)) {
                if (ch.text().equals(member)) {
                    named = c.byId(ch.entryId()).orElse(null);
                    v = named == null ? -1 : named.value();
                    break;
                }
            }
        }
        if (v <= 15 || v > 65535) {
            return;
        }
        if (named != null && named.tsigContext() && named.value() == 16) {
            // DNSRCode.BADSIG is 16, which in a reply's RCODE is BADVERS: the rule would see BADVERS, never BADSIG
            String extended = fn.startsWith("E") ? fn : "E" + fn;
            out.add(diag(s, fn.startsWith("E") ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR,
                    INVALID_IN_PLACE, t.label("diag.rcodeBadsig", "code", word + " (16)", "function", extended),
                    List.of()));
            return;
        }
        List<Entry> meanings = c.lookup(org.rcodels.catalog.Kind.RCODE, (int) v);
        boolean inReply = meanings.isEmpty() || meanings.stream().anyMatch(
                m -> m.carriers().contains(Carrier.OPT) || m.carriers().contains(Carrier.HEADER));
        if (!inReply) {
            Entry only = meanings.get(0);
            String code = !Words.isNumber(word) ? word + " (" + v + ")"
                    : only.isRange() ? word : word + " (" + only.name() + ")";
            String key = fn.endsWith("Rule") ? "diag.rcodeRuleTsig" : "diag.rcodeActionTsig";
            out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE,
                    t.label(key, "function", fn, "code", code), List.of()));
            return;
        }
        if (fn.startsWith("E")) {
            return;
        }
        String extended = "E" + fn;
        String key = fn.endsWith("Rule") ? "diag.rcodeRuleExtended" : "diag.rcodeActionExtended";
        String code = Words.isNumber(word) ? numbered(c, word, (int) v) : word + " (" + v + ")";
        String message = t.label(key, "function", fn, "code", code, "replacement", extended);
        if (s.auxStart() < 0) {
            // the function's name is on a line above (RCodeAction( then the argument): said at the argument, and the
            // fix, which renames the function, cannot reach it
            out.add(diag(s, Diagnostic.Severity.ERROR, INVALID_IN_PLACE, message, List.of()));
            return;
        }
        out.add(new Diagnostic(s.line(), s.auxStart(), s.auxStart() + fn.length(), Diagnostic.Severity.ERROR,
                INVALID_IN_PLACE, message, s.href(), List.of(extended)));
    }

    // ------------------------------------------------------------------------------------------------ RPZ

    private static final String[] RPZ_SPECIALS = {"rpz-passthru.", "rpz-drop.", "rpz-tcp-only."};

    /** A CNAME target that was meant to be rpz-passthru., rpz-drop. or rpz-tcp-only. but is not. */
    private static void rpzTarget(Catalog c, Slots.Slot s, Texts t, List<Diagnostic> out) {
        String word = s.word();
        if (word.equals(".") || word.equals("*.")) {
            return;
        }
        for (String sp : RPZ_SPECIALS) {
            if (word.equalsIgnoreCase(sp)) {
                return;
            }
        }
        int dot = word.indexOf('.');
        String label = (dot < 0 ? word : word.substring(0, dot)).toLowerCase(Locale.ROOT);
        if (!label.startsWith("rpz-")) {
            return;
        }
        String what = t.label(s.kind().what);
        String best = null;
        int bestD = 4;
        for (String sp : RPZ_SPECIALS) {
            String sl = sp.substring(0, sp.length() - 1);
            if (label.equals(sl)) {
                if (dot < 0) {
                    out.add(diag(s, Diagnostic.Severity.ERROR, UNKNOWN_NAME,
                            t.label("diag.rpzRelative", "word", Sentence.quoted(Sentence.cut(word)), "replacement",
                                    Sentence.quoted(sp)), List.of(sp)));
                }
                // rpz-passthru.example.: an explicit name, not a typo
                return;
            }
        }
        if (dot != word.length() - 1) {
            // a relative name (rpz-dns) or one of several labels (rpz-dns.corp.example.) is Local-Data: a CNAME to
            // a real host, however close its first label is to a special target; only "rpz-dorp." is a typo
            return;
        }
        for (String sp : RPZ_SPECIALS) {
            String sl = sp.substring(0, sp.length() - 1);
            int d = Distance.damerauLevenshtein(label, sl, 3);
            if (d < bestD) {
                bestD = d;
                best = sp;
            }
        }
        if (best != null && bestD <= 3) {
            out.add(unknown(s, t, what, List.of(best)));
            return;
        }
        // rpz-nxdomain., rpz-nodata.: a guess at an action the format writes otherwise (Unbound's rpz.c calls a target
        // whose top-level label starts with rpz- and is no action invalid, and skips the rule; BIND takes it as a
        // CNAME to that name). Longer names under such a label are left to Local-Data above.
        List<String> fix = label.contains("nxdomain") ? List.of(".") : label.contains("nodata") ? List.of("*.")
                : List.of();
        out.add(diag(s, Diagnostic.Severity.WARNING, UNKNOWN_NAME,
                t.label("diag.rpzNotAnAction", "word", Sentence.quoted(Sentence.cut(word))), fix));
    }

    private static Diagnostic diag(Slots.Slot s, Diagnostic.Severity severity, String code, String message,
                                   List<String> replacements) {
        return new Diagnostic(s.line(), s.start(), s.end(), severity, code, message, s.href(), replacements);
    }
}
