package org.rcodels.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything rcode-ls knows, loaded once from the data files in this jar and validated. Immutable and thread-safe.
 */
public final class Catalog {

    /** Where the data files live on the class path. */
    public static final String ROOT = "/org/rcodels/catalog/data/";

    static final List<String> CODE_FILES = List.of("rcodes.json", "ede.json", "opcodes.json", "pseudo.json");

    private static volatile Catalog standard;

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<Kind, List<Entry>> byKind;
    private final List<Tool> tools;
    private final Map<String, Tool> toolsById;
    private final List<Confusion> confusions;
    /** lower-case spelling -> every (text, entry, tool) that spells it so. */
    private final Map<String, List<Indexed>> spellingIndex;
    private final List<CompiledNumbered> numbered;
    private final Function<String, InputStream> resources;

    private record Indexed(String text, Entry entry, Tool tool) {
    }

    /** A numbered spelling with its fixed prefix and suffix, checked before the regex runs. */
    private record CompiledNumbered(Tool tool, NumberedSpelling spelling, Pattern pattern, String prefix,
                                    String suffix) {
        static CompiledNumbered of(Tool tool, NumberedSpelling n) {
            String tpl = n.template();
            int i = tpl.indexOf("{n}");
            return new CompiledNumbered(tool, n, n.pattern(tool.caseSensitive()), lower(tpl.substring(0, i)),
                    lower(tpl.substring(i + 3)));
        }

        boolean couldMatch(String text) {
            return text.length() > prefix.length() + suffix.length()
                    && text.regionMatches(true, 0, prefix, 0, prefix.length())
                    && text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private Catalog(List<Entry> entries, List<Tool> tools, List<Confusion> confusions,
                    Function<String, InputStream> resources) {
        this.entries = List.copyOf(entries);
        this.tools = List.copyOf(tools);
        this.confusions = List.copyOf(confusions);
        this.resources = resources;
        Map<String, Entry> ids = new LinkedHashMap<>();
        Map<Kind, List<Entry>> kinds = new EnumMapBuilder().build();
        for (Entry e : entries) {
            ids.put(e.id(), e);
            kinds.get(e.kind()).add(e);
        }
        kinds.replaceAll((k, v) -> List.copyOf(v));
        this.byId = Collections.unmodifiableMap(ids);
        this.byKind = Collections.unmodifiableMap(kinds);
        Map<String, Tool> t = new LinkedHashMap<>();
        tools.forEach(x -> t.put(x.id(), x));
        this.toolsById = Collections.unmodifiableMap(t);

        Map<String, List<Indexed>> index = new HashMap<>();
        List<CompiledNumbered> num = new ArrayList<>();
        for (Tool tool : tools) {
            tool.names().forEach((id, list) -> {
                Entry e = ids.get(id);
                for (String s : list) {
                    index.computeIfAbsent(lower(s), k -> new ArrayList<>()).add(new Indexed(s, e, tool));
                }
            });
            for (NumberedSpelling n : tool.numbered()) {
                num.add(CompiledNumbered.of(tool, n));
            }
        }
        // Canonical names always resolve, even when no tool lists them.
        for (Entry e : entries) {
            // names of unassigned or reserved values ("Reserved", "Unassigned") are words, not spellings
            if (e.isRange() || e.status() != Status.ASSIGNED && e.status() != Status.PSEUDO) {
                continue;
            }
            for (String s : new LinkedHashSet<>(java.util.Arrays.asList(e.name(), e.ianaName()))) {
                if (s == null || s.isBlank()) {
                    continue;
                }
                List<Indexed> l = index.computeIfAbsent(lower(s), k -> new ArrayList<>());
                if (l.stream().noneMatch(x -> x.entry() == e)) {
                    l.add(new Indexed(s, e, null));
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.spellingIndex = Collections.unmodifiableMap(index);
        this.numbered = List.copyOf(num);
    }

    /** The catalog in this jar. Loaded and validated on first use; throws {@link CatalogException} if broken. */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) {
                    c = load(name -> Catalog.class.getResourceAsStream(ROOT + name));
                    standard = c;
                }
            }
        }
        return c;
    }

    /**
     * Loads a catalog from named resources (relative to the data root: "rcodes.json", "i18n/fr/labels.json").
     * Every problem found is reported at once, each naming the file, the entry and the field.
     */
    public static Catalog load(Function<String, InputStream> resources) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (String file : CODE_FILES) {
            DataFiles.CodesFile cf = read(resources, file, DataReader::codesFile);
            if (cf.kind() == null) {
                problems.add(file + ": field 'kind' is missing");
                continue;
            }
            if (cf.entries() == null || cf.entries().isEmpty()) {
                problems.add(file + ": field 'entries' is missing or empty");
                continue;
            }
            for (DataFiles.EntryData d : cf.entries()) {
                Entry e = Validation.entry(file, cf.kind(), d, problems);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        DataFiles.SpellingsFile sf = read(resources, "spellings.json", DataReader::spellingsFile);
        DataFiles.ConfusionsFile conf = read(resources, "confusions.json", DataReader::confusionsFile);
        List<Tool> tools = Validation.tools(sf, problems);
        List<Confusion> confusions = conf.confusions() == null ? List.of() : conf.confusions();
        Validation.whole(entries, tools, confusions, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException("The catalog data is broken (" + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        }
        entries.sort(Comparator.comparing(Entry::kind).thenComparingInt(Entry::value).thenComparing(Entry::id));
        return new Catalog(entries, tools, confusions, resources);
    }

    /** Reads one shape of {@link DataFiles} from a JSON file with {@link JsonReader}. */
    interface FileShape<T> {
        T read(JsonReader r) throws IOException;
    }

    static <T> T read(Function<String, InputStream> resources, String file, FileShape<T> shape) {
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                throw new CatalogException(file + ": data file is missing from the catalog");
            }
            try (JsonReader r = new JsonReader(in)) {
                T value = shape.read(r);
                r.end();
                return value;
            }
        } catch (JsonReader.Shape e) {
            throw new CatalogException(file + ": " + describeItem(resources, file, e.path) + e.getMessage()
                    + JsonReader.where(e.path), e);
        } catch (JsonProcessingException e) {
            throw new CatalogException(file + ": " + JsonReader.syntax(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /**
     * "entry 'rcode:3': " (or "tool 'bind': ", "confusion 'x': ") when the JSON path lies inside an object that has
     * an id, so that the message names the entry; "" when it cannot be told. Reads the file again, whole: the id may
     * come after the field that failed.
     */
    private static String describeItem(Function<String, InputStream> resources, String file, List<Object> path) {
        Object node;
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                return "";
            }
            node = JsonReader.tree(in);
        } catch (IOException | RuntimeException ex) {
            return "";
        }
        String found = "";
        String container = "entry";
        for (Object step : path) {
            if (step instanceof String field) {
                container = switch (field) {
                    case "tools" -> "tool";
                    case "confusions" -> "confusion";
                    case "entries" -> "entry";
                    default -> container;
                };
                node = node instanceof Map<?, ?> m ? m.get(field) : null;
            } else {
                int i = (Integer) step;
                node = node instanceof List<?> l && i >= 0 && i < l.size() ? l.get(i) : null;
            }
            if (node instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                found = container + " '" + id + "': ";
            }
            if (node == null) {
                break;
            }
        }
        return found;
    }

    InputStream resource(String name) {
        return resources.apply(name);
    }

    // ------------------------------------------------------------------------------------------------ queries

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> entries(Kind kind) {
        return byKind.get(kind);
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Entry require(String id) {
        Entry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no catalog entry " + id);
        }
        return e;
    }

    /**
     * Every meaning of a value in a registry: one entry for most values, two for RCODE 9 and 16, the range entry
     * for unassigned or reserved values, and nothing for values outside the registry.
     */
    public List<Entry> lookup(Kind kind, int value) {
        if (value < 0 || value > kind.maxValue()) {
            return List.of();
        }
        // scanners look up the small values over and over: those answers are kept (immutable lists; a race only
        // computes one twice)
        if (value < SMALL_VALUES) {
            List<Entry>[] cache = smallLookups.get(kind);
            List<Entry> l = cache[value];
            if (l == null) {
                l = computeLookup(kind, value);
                cache[value] = l;
            }
            return l;
        }
        return computeLookup(kind, value);
    }

    private static final int SMALL_VALUES = 256;

    private final Map<Kind, List<Entry>[]> smallLookups = smallLookupTables();

    @SuppressWarnings("unchecked")
    private static Map<Kind, List<Entry>[]> smallLookupTables() {
        Map<Kind, List<Entry>[]> m = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, new List[SMALL_VALUES]);
        }
        return m;
    }

    private List<Entry> computeLookup(Kind kind, int value) {
        List<Entry> exact = new ArrayList<>(2);
        Entry range = null;
        for (Entry e : byKind.get(kind)) {
            if (e.contains(value)) {
                if (e.isRange()) {
                    range = e;
                } else {
                    exact.add(e);
                }
            }
        }
        if (exact.isEmpty() && range != null) {
            return List.of(range);
        }
        return List.copyOf(exact);
    }

    /** The single meaning of a value in a context: for 9 and 16, {@code tsig} picks the TSIG meaning. */
    public Optional<Entry> lookup(Kind kind, int value, boolean tsig) {
        List<Entry> all = lookup(kind, value);
        if (all.size() <= 1) {
            return all.stream().findFirst();
        }
        return all.stream().filter(e -> e.tsigContext() == tsig).findFirst().or(() -> all.stream().findFirst());
    }

    public List<Tool> tools() {
        return tools;
    }

    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(toolsById.get(id));
    }

    public List<Confusion> confusions() {
        return confusions;
    }

    /** The classic-confusion notes that concern this entry. */
    public List<Confusion> confusionsOf(String entryId) {
        return confusions.stream().filter(c -> c.concerns(entryId)).toList();
    }

    /** The note written for exactly this pair, if any. */
    public Optional<Confusion> confusionOf(String a, String b) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        return confusions.stream().filter(c -> c.concernsBoth(a, b)).findFirst();
    }

    /**
     * Every way this text names a code: exact tool spellings (case-insensitively, with {@code exactCase} telling
     * whether the case matched), canonical names, and numbered spellings such as {@code RESERVED11}.
     */
    public List<Spelling> resolve(String text) {
        if (text == null) {
            return List.of();
        }
        // scanners resolve the same few words on every line of a log: answers are kept, up to a bound
        List<Spelling> known = resolved.get(text);
        if (known != null) {
            return known;
        }
        List<Spelling> out = List.copyOf(computeResolve(text));
        if (resolved.size() >= MAX_RESOLVED) {
            resolved.clear();
        }
        resolved.put(text, out);
        return out;
    }

    private static final int MAX_RESOLVED = 4096;
    private final Map<String, List<Spelling>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Spelling> computeResolve(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80) {
            return List.of();
        }
        List<Spelling> out = new ArrayList<>();
        List<Indexed> hits = spellingIndex.get(lower(t));
        if (hits != null) {
            for (Indexed i : hits) {
                out.add(new Spelling(i.text(), i.entry(), i.tool(), i.text().equals(t)));
            }
        }
        // numbered spellings (RESERVED11, Resp11, ?? (11)...) need a digit; most look-ups have none
        if (!hasDigit(t)) {
            return out;
        }
        for (CompiledNumbered n : numbered) {
            if (!n.couldMatch(t)) {
                continue;
            }
            var m = n.pattern().matcher(t);
            if (m.matches()) {
                int v = Integer.parseInt(m.group(1));
                if (v >= n.spelling().from() && v <= n.spelling().to()) {
                    for (Entry e : lookup(n.spelling().kind(), v)) {
                        String exact = n.spelling().format(v);
                        out.add(new Spelling(exact, e, n.tool(), exact.equals(t)));
                    }
                }
            }
        }
        return out;
    }

    /** The distinct entries a text names, in catalog order. */
    public List<Entry> resolveEntries(String text) {
        Set<Entry> set = new LinkedHashSet<>();
        resolve(text).forEach(s -> set.add(s.entry()));
        List<Entry> l = new ArrayList<>(set);
        l.sort(Comparator.comparingInt(entries::indexOf));
        return l;
    }

    /** How every tool spells this entry: tool -> its spellings (first preferred). */
    public Map<Tool, List<String>> spellingsOf(String entryId) {
        if (entryId == null || !byId.containsKey(entryId)) {
            return computeSpellingsOf(entryId);
        }
        // asked for every hover, hint and rendered entry; a Tool's hash covers all its spellings, so the map is built
        // once per entry and kept (read-only)
        return spellingsById.computeIfAbsent(entryId, id -> Collections.unmodifiableMap(computeSpellingsOf(id)));
    }

    private final Map<String, Map<Tool, List<String>>> spellingsById = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<Tool, List<String>> computeSpellingsOf(String entryId) {
        Map<Tool, List<String>> out = new LinkedHashMap<>();
        Entry e = byId.get(entryId);
        for (Tool t : tools) {
            List<String> s = t.names().get(entryId);
            if (s != null && !s.isEmpty()) {
                out.put(t, s);
            } else if (e != null && !e.isRange()) {
                for (NumberedSpelling n : t.numbered()) {
                    if (n.kind() == e.kind() && e.value() >= n.from() && e.value() <= n.to()
                            && !hasNamedSpellingForValue(t, e)) {
                        out.put(t, List.of(n.format(e.value())));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private boolean hasNamedSpellingForValue(Tool t, Entry e) {
        for (Entry other : lookup(e.kind(), e.value())) {
            if (t.names().containsKey(other.id())) {
                return true;
            }
        }
        return false;
    }

    /** Every distinct spelling text known, for completion and suggestions. */
    public Set<String> allSpellings() {
        Set<String> out = new HashSet<>();
        spellingIndex.values().forEach(l -> l.forEach(i -> out.add(i.text())));
        return out;
    }

    /**
     * The nearest known spellings to a text that names nothing ("NXDOMIAN" -> "NXDOMAIN"), best first.
     * Distance is Damerau-Levenshtein on lower case; only close matches are offered.
     */
    public List<String> suggest(String text, int max) {
        if (text == null || text.isBlank() || text.length() > 80) {
            return List.of();
        }
        String t = lower(text.strip());
        int limit = Math.max(1, Math.min(3, t.length() / 3));
        record Candidate(String text, int distance, int rank) {
        }
        List<Candidate> found = new ArrayList<>();
        for (Map.Entry<String, List<Indexed>> me : spellingIndex.entrySet()) {
            String key = me.getKey();
            if (Math.abs(key.length() - t.length()) > limit) {
                continue;
            }
            int d = Distance.damerauLevenshtein(t, key, limit);
            if (d <= limit) {
                Indexed best = me.getValue().get(0);
                int rank = best.tool() == null ? 1 : 0;
                // prefer the upper-case mnemonic form when several tools spell it alike
                String shown = me.getValue().stream().map(Indexed::text)
                        .filter(s -> s.equals(s.toUpperCase(Locale.ROOT))).findFirst().orElse(best.text());
                found.add(new Candidate(shown, d, rank));
            }
        }
        found.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::rank)
                .thenComparing(Candidate::text));
        List<String> out = new ArrayList<>();
        for (Candidate c : found) {
            if (out.stream().noneMatch(s -> s.equalsIgnoreCase(c.text()))) {
                out.add(c.text());
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    /** Localised texts (labels and translated content) for a language tag, with English fallback. */
    public Texts texts(String languageTag) {
        // resolving a tag looks for resources in the jar; servers ask for every request, so the answers are kept
        String key = languageTag == null ? "" : languageTag;
        Texts t = textsByTag.get(key);
        if (t == null) {
            t = Texts.of(this, languageTag);
            if (textsByTag.size() < MAX_CACHED_TAGS) {
                textsByTag.put(key, t);
            }
        }
        return t;
    }

    /** Requested language tags and their texts; bounded, tags come from settings and clients. */
    private final Map<String, Texts> textsByTag = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_TAGS = 64;

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Builds an EnumMap of empty lists for every kind. */
    private static final class EnumMapBuilder {
        Map<Kind, List<Entry>> build() {
            Map<Kind, List<Entry>> m = new java.util.EnumMap<>(Kind.class);
            for (Kind k : EnumSet.allOf(Kind.class)) {
                m.put(k, new ArrayList<>());
            }
            return m;
        }
    }
}
