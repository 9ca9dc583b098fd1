package org.rcodels.server.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Distance;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;
import org.rcodels.server.features.CodeNumber;
import org.rcodels.server.features.ConfigWords;
import org.rcodels.server.render.Sentence;

/**
 * Turns command-line words into codes. The grammar (also in the help text):
 * <ul>
 *   <li>a number is an RCODE ({@code 3}, {@code 16}, {@code 5000}, {@code 0x10}); all its meanings are returned;</li>
 *   <li>{@code rcode N}, {@code ede N}, {@code opcode N} (also {@code ede:18}, {@code EDE#18}) is a value in that
 *       registry; {@code ede NAME} is a name looked up only in that registry;</li>
 *   <li>an entry id ({@code rcode:9:tsig}, {@code pseudo:nodata});</li>
 *   <li>anything else is a spelling, case-insensitively ({@link Catalog#resolveEntries}).</li>
 * </ul>
 * Words are read left to right; at each point the longest run of words (at most {@value #MAX_WORDS}) that names a
 * code is taken, so {@code NXDOMAIN SERVFAIL} is two codes and {@code No such name} is one. A registry word applies
 * to the one code after it.
 */
final class CodeParser {
    static final int MAX_WORDS = 6;

    /** One code the user asked about, with every meaning it has. */
    record Query(String input, List<Entry> entries, Integer value, List<ConfigWords.Meaning> words) {
        Query(String input, List<Entry> entries, Integer value) {
            this(input, entries, value, List.of());
        }

        boolean ambiguous() {
            return entries.size() > 1;
        }
    }

    /** {@code ede Prohibited}, {@code ede:Prohibited}, and drill's header field {@code rcode: NXDOMAIN}. */
    private static final Pattern PREFIXED_NAME =
            Pattern.compile("(?i)(rcode|ede|opcode)(?:\\s*[:#]\\s*|\\s+)(\\S.*)");
    /** A registry word with nothing after it: {@code ede}, {@code rcode:}. */
    private static final Pattern REGISTRY = Pattern.compile("(?i)(rcode|ede|opcode)\\s*[:#]?");

    private final Catalog catalog;
    private final Texts texts;
    private final boolean configWords;

    CodeParser(Catalog catalog, Texts texts) {
        this(catalog, texts, false);
    }

    /** With {@code configWords}, configuration values (policy.DROP, rpz-drop.) are understood too (explain). */
    CodeParser(Catalog catalog, Texts texts, boolean configWords) {
        this.catalog = catalog;
        this.texts = texts;
        this.configWords = configWords;
    }

    /** What one phrase names: found entries, an out-of-range message, or nothing. */
    /** {@code error}: the phrase names something, but not a code that can be explained (out of range, wrong registry). */
    private record Match(List<Entry> entries, Integer value, String error, List<ConfigWords.Meaning> words) {
        static final Match NONE = new Match(List.of(), null, null);

        Match(List<Entry> entries, Integer value, String error) {
            this(entries, value, error, List.of());
        }

        boolean named() {
            return !entries.isEmpty() || error != null || !words.isEmpty();
        }
    }

    /** Parses every word; all unknown codes are reported together (exit status 2). */
    List<Query> parse(List<String> words) throws CliError {
        List<String> w = new ArrayList<>();
        for (String s : words) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                w.add(t);
            }
        }
        List<Query> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> unknownRun = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (i + 1 < w.size() && w.get(i).equalsIgnoreCase("status:")) {
                // dig's "status: NXDOMAIN" and DoH JSON's "Status: 3" pasted whole: a field's label, not OPCODE STATUS
                i++;
                continue;
            }
            Match found = Match.NONE;
            int end = i;
            for (int j = Math.min(w.size(), i + MAX_WORDS); j > i; j--) {
                Match m = match(String.join(" ", w.subList(i, j)));
                if (m.named()) {
                    found = m;
                    end = j;
                    break;
                }
            }
            if (!found.named()) {
                unknownRun.add(w.get(i));
                i++;
                continue;
            }
            reportUnknown(unknownRun, errors);
            String input = String.join(" ", w.subList(i, end));
            if (found.error() != null) {
                errors.add(Cli.PROGRAM + ": " + found.error());
            } else {
                out.add(new Query(input, found.entries(), found.value(), found.words()));
            }
            i = end;
        }
        reportUnknown(unknownRun, errors);
        if (!errors.isEmpty()) {
            throw new CliError(CliError.USAGE, errors);
        }
        return out;
    }

    private static final java.util.Map<String, String[]> REGISTRY_EXAMPLES = java.util.Map.of(
            "rcode", new String[] {"rcode 3", "rcode NXDOMAIN"},
            "ede", new String[] {"ede 18", "ede Prohibited"},
            "opcode", new String[] {"opcode 5", "opcode UPDATE"});

    /** Reports {@code phrase} if it is a configuration value (in compare, where values are not codes). */
    private boolean configValue(String phrase, List<String> errors) {
        if (phrase.equalsIgnoreCase("TC")) {
            // Knot Resolver has a policy.TC, but in a comparison TC is the header's truncation flag
            errors.add(Cli.PROGRAM + ": " + texts.label("cli.tcFlag", "word", phrase, "command",
                    Cli.PROGRAM + " explain BADTRUNC"));
            return true;
        }
        List<ConfigWords.Meaning> words = ConfigWords.lookup(catalog, phrase);
        if (words.isEmpty()) {
            return false;
        }
        Set<String> what = new LinkedHashSet<>();
        words.forEach(w -> what.add(texts.label(w.whatKey())));
        String arg = commandArg(phrase);
        errors.add(Cli.PROGRAM + ": " + texts.label("cli.configValue", "name", quoted(phrase), "what",
                String.join(texts.label("punct.comma"), what), "command", Cli.PROGRAM + " explain " + arg));
        return true;
    }

    /** Consecutive unknown words: one message for the phrase if it is close to a spelling, else one per word. */
    private void reportUnknown(List<String> run, List<String> errors) {
        if (run.isEmpty()) {
            return;
        }
        if (!configWords) {
            // compare passthru NXDOMAIN: a configuration value is no code, but explain knows what it does; as a
            // phrase ("CNAME .") or word by word (compare policy.DROP DNSAction.Drop)
            if (configValue(String.join(" ", run), errors)) {
                run.clear();
                return;
            }
            if (run.size() > 1) {
                List<String> rest = new ArrayList<>();
                for (String word : run) {
                    if (!configValue(word, errors)) {
                        rest.add(word);
                    }
                }
                if (rest.size() < run.size()) {
                    run.clear();
                    reportUnknown(rest, errors);
                    return;
                }
            }
        }
        Matcher registry = REGISTRY.matcher(run.get(0));
        if (registry.matches()) {
            // "ede" alone, or before a word that names nothing in it
            String kind = registry.group(1).toLowerCase(Locale.ROOT);
            if (run.size() == 1) {
                errors.add(Cli.PROGRAM + ": " + texts.label("cli.registryNeedsCode", "word", run.get(0), "examples",
                        orList(List.of(REGISTRY_EXAMPLES.get(kind)))));
            } else {
                String word = run.get(1);
                Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
                List<String> near = suggest(word).stream().filter(x -> spelled(x).stream().anyMatch(e -> e.kind() == k))
                        .toList();
                errors.add(unknownMessage(run.get(0) + " " + word, near));
                List<String> rest = new ArrayList<>(run.subList(2, run.size()));
                run.clear();
                reportUnknown(rest, errors);
                return;
            }
            List<String> rest = new ArrayList<>(run.subList(1, run.size()));
            run.clear();
            reportUnknown(rest, errors);
            return;
        }
        if (run.size() > 1) {
            String phrase = String.join(" ", run);
            List<String> s = suggest(phrase);
            if (!s.isEmpty()) {
                errors.add(unknownMessage(phrase, s));
                run.clear();
                return;
            }
        }
        for (String word : run) {
            errors.add(unknownMessage(word, suggest(word)));
        }
        run.clear();
    }

    /** The catalog's nearest spellings, keeping only those as near as the best one. */
    List<String> suggest(String text) {
        List<String> codes = suggestCode(text);
        if (codes.isEmpty() && configWords) {
            // policy.DORP, always_nxdomian, rpz-drp.: a configuration value a typo away
            return ConfigWords.suggest(catalog, text);
        }
        return codes;
    }

    private List<String> suggestCode(String text) {
        // DNSRCode.NXDOMIAN: the name after the qualifier is what was misspelt
        String tail = qualifiedTail(text);
        List<String> all = tail != null ? catalog.suggest(tail, 3) : List.of();
        if (all.isEmpty()) {
            all = catalog.suggest(text, 3);
        } else {
            text = tail;
        }
        if (all.size() < 2) {
            return all;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<Integer> d = new ArrayList<>();
        for (String s : all) {
            int x = Distance.damerauLevenshtein(t, s.toLowerCase(Locale.ROOT), 10);
            d.add(x);
            best = Math.min(best, x);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (d.get(i) == best) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The user's input as a message repeats it: cut to {@link Sentence#MAX_SHOWN} chars. */
    static String shown(String input) {
        return Sentence.cut(input);
    }

    /** The input as an argument of the command a message suggests: in quotes when it holds a space. */
    static String commandArg(String input) {
        return input.indexOf(' ') >= 0 ? "\"" + shown(input) + "\"" : shown(input);
    }

    /** The user's input or a suggestion inside a sentence: cut, and quoted when it could run into the sentence. */
    static String quoted(String value) {
        return Sentence.quoted(shown(value));
    }

    String unknownMessage(String code, List<String> suggestions) {
        String first = Cli.PROGRAM + ": " + texts.label("cli.unknownCode", "code", quoted(code));
        if (suggestions.isEmpty()) {
            return first + ". " + texts.label("cli.noSuggestion");
        }
        return first + ". " + texts.label("cli.didYouMean", "suggestions", orList(suggestions));
    }

    String orList(List<String> items) {
        List<String> shown = items.stream().map(CodeParser::quoted).toList();
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(texts.label("punct.comma"), shown.subList(0, shown.size() - 1)) + texts.label("list.or")
                + shown.get(shown.size() - 1);
    }

    private Match match(String phrase) {
        CodeNumber n = CodeNumber.parse(phrase);
        if (n != null) {
            return number(n);
        }
        Matcher m;
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.indexOf(':') > 0) {
            var byId = catalog.byId(lower);
            if (byId.isPresent()) {
                return new Match(List.of(byId.get()), null, null);
            }
        }
        List<Entry> spelled = catalog.resolveEntries(phrase);
        if (!spelled.isEmpty()) {
            return new Match(ordered(spelled), numberIn(phrase, spelled), null);
        }
        m = PREFIXED_NAME.matcher(phrase);
        if (m.matches()) {
            Kind kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            List<Entry> all = spelled(m.group(2));
            List<Entry> l = all.stream().filter(e -> e.kind() == kind).toList();
            if (!l.isEmpty()) {
                return new Match(l, null, null);
            }
            if (!all.isEmpty()) {
                // "ede NXDOMAIN": a code of another registry; say which, rather than "unknown"
                Entry other = ordered(all).get(0);
                String name = m.group(2).strip();
                String what = texts.label("kind." + other.kind() + ".one")
                        + (other.kind() == Kind.PSEUDO ? "" : " (" + other.number() + ")");
                String arg = commandArg(name);
                return new Match(List.of(), null, texts.label("cli.wrongRegistry", "name", quoted(name),
                        "what", what, "asked", texts.label("kind." + kind + ".one"), "command",
                        Cli.PROGRAM + " explain " + arg));
            }
        }
        if (configWords) {
            // a value of a server's configuration: what it does, and the code it answers with, if any
            List<ConfigWords.Meaning> words = ConfigWords.lookup(catalog, phrase);
            if (!words.isEmpty()) {
                java.util.Set<Entry> implied = new java.util.LinkedHashSet<>();
                for (ConfigWords.Meaning w : words) {
                    if (w.entryId() != null) {
                        catalog.byId(w.entryId()).ifPresent(implied::add);
                    }
                }
                return new Match(List.copyOf(implied), null, null, words);
            }
        }
        List<Entry> loose = loose(phrase);
        if (!loose.isEmpty()) {
            return new Match(loose, null, null);
        }
        // a name as code and configs write it: DNSRCode.NXDOMAIN, dns.rcode.NXDOMAIN, Rcode::NXDOMAIN
        String tail = qualifiedTail(phrase);
        if (tail != null) {
            List<Entry> l = spelled(tail);
            if (!l.isEmpty()) {
                return new Match(ordered(l), null, null);
            }
        }
        return Match.NONE;
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    /**
     * The value a numbered spelling names when it falls in a range (Zeek's rcode-12, BIND's RESERVED12): the one
     * number written in it, if every entry found is a range holding it; otherwise null. It makes the explanation say
     * where the value lies, as it does for a number typed alone.
     */
    private static Integer numberIn(String phrase, List<Entry> found) {
        Matcher d = DIGITS.matcher(phrase);
        if (!d.find()) {
            return null;
        }
        int v = Integer.parseInt(d.group());
        if (d.find()) {
            return null;
        }
        for (Entry e : found) {
            if (!e.isRange() || !e.contains(v)) {
                return null;
            }
        }
        return v;
    }

    /** The qualified identifier's name is the word after the last '.' or '::'. */
    private static final Pattern QUALIFIED =
            Pattern.compile("(?:[A-Za-z_][A-Za-z0-9_]*(?:\\.|::))+([A-Za-z][A-Za-z0-9_]*)");

    /**
     * The last part of a qualified identifier ({@code DNSRCode.NXDOMAIN} gives {@code NXDOMAIN}), or null when the
     * phrase is not one. Every part must be an identifier, so {@code 3.5} or {@code ede 1.2} are not.
     */
    static String qualifiedTail(String phrase) {
        Matcher m = QUALIFIED.matcher(phrase);
        return m.matches() ? m.group(1) : null;
    }

    /** A spelling, exactly (case-insensitively) or else loosely. */
    private List<Entry> spelled(String phrase) {
        List<Entry> l = catalog.resolveEntries(phrase);
        return l.isEmpty() ? loose(phrase) : l;
    }

    /**
     * A spelling compared without case, spaces, hyphens, underscores and other punctuation: "NameError" finds
     * "Name Error", "non existent domain" finds "Non-Existent Domain". Used only when nothing matches exactly.
     */
    private List<Entry> loose(String phrase) {
        String key = squash(phrase);
        if (key.length() < 3) {
            return List.of();
        }
        Map<String, List<String>> index = looseIndex;
        if (index == null) {
            Map<String, List<String>> m = new HashMap<>();
            for (String s : catalog.allSpellings()) {
                m.computeIfAbsent(squash(s), k -> new ArrayList<>()).add(s);
            }
            looseIndex = index = m;
        }
        Set<Entry> out = new LinkedHashSet<>();
        for (String s : index.getOrDefault(key, List.of())) {
            out.addAll(catalog.resolveEntries(s));
        }
        return ordered(new ArrayList<>(out));
    }

    private Map<String, List<String>> looseIndex;

    static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Catalog order, except that the meaning outside TSIG comes first (BADVERS before BADSIG). */
    static List<Entry> ordered(List<Entry> l) {
        if (l.size() < 2) {
            return l;
        }
        List<Entry> c = new ArrayList<>(l);
        c.sort(Comparator.comparing(Entry::tsigContext));
        return List.copyOf(c);
    }

    private Match number(CodeNumber n) {
        Kind kind = n.kind();
        long v = n.value();
        if (!n.inRange()) {
            return new Match(List.of(), null, texts.label("cli.outOfRange", "kind", kind.name(),
                    "value", shown(n.written()), "max", kind.maxValue()));
        }
        List<Entry> l = catalog.lookup(kind, (int) v);
        if (l.isEmpty()) {
            return Match.NONE;
        }
        return new Match(ordered(l), (int) v, null);
    }
}
