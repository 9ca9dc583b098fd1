package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Comparison;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.ComparisonRenderer;
import org.rcodels.server.render.EntryRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;

/**
 * The commands code actions carry ({@link Action#EXPLAIN}, {@link Action#COMPARE}), rendered to text for the client.
 * Arguments are entry ids ({@code rcode:3}); spellings ({@code NXDOMAIN}, {@code nxdomain}) are accepted too. Pure,
 * never throws: an unknown command or argument gives an empty result.
 */
public final class Commands {
    private Commands() {
    }

    /** Longest argument looked at: anything longer is not an id or a spelling. */
    private static final int MAX_ARGUMENT = 80;

    /**
     * @param command  {@link Action#EXPLAIN} (one argument) or {@link Action#COMPARE} (two)
     * @param args     entry ids or spellings
     * @param markdown Markdown when true, plain text otherwise
     */
    public static Optional<String> execute(Catalog catalog, Texts texts, String command, List<String> args,
                                           boolean markdown) {
        if (catalog == null || texts == null || command == null || args == null) {
            return Optional.empty();
        }
        try {
            Format f = markdown ? Format.MARKDOWN : Format.TEXT;
            // the client wraps text itself
            Options o = Options.full().withWidth(0);
            switch (command) {
                case Action.EXPLAIN -> {
                    if (args.size() != 1) {
                        return Optional.empty();
                    }
                    List<Entry> entries = entries(catalog, args.get(0));
                    List<String> parts = new ArrayList<>();
                    if (entries.isEmpty()) {
                        // a configuration value (policy.DROP, rpz-drop.), as `rcode-ls explain` takes it
                        List<ConfigWords.Meaning> words = args.get(0) == null || args.get(0).length() > MAX_ARGUMENT
                                ? List.of() : ConfigWords.lookup(catalog, args.get(0));
                        if (words.isEmpty()) {
                            return Optional.empty();
                        }
                        java.util.Set<Entry> answered = new java.util.LinkedHashSet<>();
                        for (ConfigWords.Meaning w : words) {
                            if (w.entryId() != null) {
                                catalog.byId(w.entryId()).ifPresent(answered::add);
                            }
                        }
                        parts.add(org.rcodels.server.render.WordRenderer.render(
                                ConfigWords.lines(catalog, texts, words), texts, f, o).stripTrailing());
                        entries = List.copyOf(answered);
                    }
                    for (Entry e : entries) {
                        parts.add(EntryRenderer.render(e, texts, f, o));
                    }
                    return Optional.of(String.join(markdown ? "\n" : "\n\n", parts));
                }
                case Action.COMPARE -> {
                    if (args.size() != 2) {
                        return Optional.empty();
                    }
                    List<Entry> a = entries(catalog, args.get(0));
                    List<Entry> b = entries(catalog, args.get(1));
                    if (a.isEmpty() || b.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(ComparisonRenderer.render(Comparison.of(a.get(0), b.get(0), texts), texts, f,
                            o));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException e) {
            // a rendering bug must not break the request
            return Optional.empty();
        }
    }

    /**
     * The entries an argument names: the entry with that id, else every entry a spelling names (the meaning outside
     * TSIG first, so that "NOTAUTH" compares as the update NOTAUTH).
     */
    static List<Entry> entries(Catalog catalog, String arg) {
        if (arg == null) {
            return List.of();
        }
        String s = arg.strip();
        if (s.isEmpty() || s.length() > MAX_ARGUMENT) {
            return List.of();
        }
        Optional<Entry> byId = catalog.byId(s);
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        // a number is an RCODE with all its meanings; "ede 18" and "opcode 5" name the other registries
        CodeNumber n = CodeNumber.parse(s);
        if (n != null) {
            List<Entry> l = new ArrayList<>(n.inRange() ? catalog.lookup(n.kind(), (int) n.value()) : List.of());
            l.sort(Comparator.comparing(Entry::tsigContext));
            return l;
        }
        List<Entry> l = new ArrayList<>(catalog.resolveEntries(s));
        l.sort(Comparator.comparing(Entry::tsigContext));
        return l;
    }
}
