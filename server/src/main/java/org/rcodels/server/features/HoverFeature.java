package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.NumberedSpelling;
import org.rcodels.catalog.Texts;
import org.rcodels.catalog.Tool;
import org.rcodels.server.render.EntryRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanners;

/**
 * Hover: the explanation of the code under the cursor. Pure: a snapshot, a position and the reader's language in;
 * text out. Costs one line's scan, whatever the document's size.
 */
public final class HoverFeature {
    private HoverFeature() {
    }

    /**
     * The hover text, the mention it explains and the range (UTF-16 columns of the mention's line) it covers: the
     * mention, or the whole option keyword the mention is part of.
     */
    public record Result(String content, boolean markdown, Mention mention, int start, int end) {
    }

    public static Optional<Result> hover(ScanContext ctx, int line, int column, Texts texts, boolean markdown) {
        if (line < 0 || line >= ctx.lineCount()) {
            return Optional.empty();
        }
        Optional<Keyword> at = Scanners.at(ctx, line, column).map(m -> m.optionKeyword()
                ? keyword(ctx.line(line), m) : new Keyword(m, m.start(), m.end()));
        if (at.isEmpty()) {
            at = optionKeywordAt(ctx, line, column);
        }
        return at.map(k -> new Result(render(k.mention(), ctx.catalog(), texts, markdown,
                slotNote(ctx, k.mention(), texts)), markdown, k.mention(), k.start(), k.end()));
    }


    /** An option keyword and the mention of its code part. */
    private record Keyword(Mention mention, int start, int end) {
    }

    /**
     * An option keyword named after a code ({@code nxdomains-per-second}, {@code log-servfail},
     * {@code exceedServFails}) is a mention of its code part only, with a note on what the option does: the rest of
     * the keyword shows the same hover, over the whole keyword (a client keeps a hover only while the pointer is in
     * its range), since that is where people point to ask what the option is.
     */
    private static Optional<Keyword> optionKeywordAt(ScanContext ctx, int line, int column) {
        String text = ctx.line(line);
        if (text == null) {
            return Optional.empty();
        }
        for (Mention m : Scanners.onLine(ctx, line)) {
            if (!m.optionKeyword()) {
                continue;
            }
            Keyword k = keyword(text, m);
            if (column >= k.start() && column <= k.end()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The whole keyword around an option keyword's code part. */
    private static Keyword keyword(String text, Mention m) {
        int s = Math.min(m.start(), text.length());
        while (s > 0 && keywordChar(text.charAt(s - 1))) {
            s--;
        }
        int e = Math.min(m.end(), text.length());
        while (e < text.length() && keywordChar(text.charAt(e))) {
            e++;
        }
        return new Keyword(m, s, e);
    }

    private static boolean keywordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** The hover text for a mention. */
    public static String render(Mention m, Catalog catalog, Texts texts, boolean markdown) {
        return render(m, catalog, texts, markdown, null);
    }

    /**
     * For a configuration value that makes the server answer a code (Unbound {@code refuse}, {@code always_nxdomain},
     * Knot Resolver {@code policy.DENY}): what the value does, as completion says it ("answers REFUSED, unless local
     * data matches"), which says more than "refuse makes the server answer REFUSED". Null elsewhere.
     */
    static String slotNote(ScanContext ctx, Mention m, Texts texts) {
        if (m.role() != Mention.Role.POLICY || !Slots.hasSlots(ctx.dialect())) {
            return null;
        }
        for (Slots.Slot s : Slots.onLine(ctx, m.line(), -1)) {
            if (s.start() > m.start() || s.end() < m.end()) {
                continue;
            }
            Choice ch = Slots.choiceOf(ctx.catalog(), s);
            if (ch != null && ch.detailKey() != null && m.entry().id().equals(ch.entryId())) {
                return texts.label("hover.slotDoes", "text", s.word(), "what", texts.label(s.kind().what), "does",
                        texts.label(ch.detailKey(), "name", m.entry().name()));
            }
        }
        return null;
    }

    private static String render(Mention m, Catalog catalog, Texts texts, boolean markdown, String slotNote) {
        Entry e = m.entry();
        Options o = Options.compact().withSections(EnumSet.of(Options.Section.DESCRIPTION,
                Options.Section.WHEN_YOU_SEE_IT, Options.Section.HOW_TO_FIX, Options.Section.WIRE,
                Options.Section.CONFUSIONS, Options.Section.SPELLINGS, Options.Section.REFERENCES,
                Options.Section.BRIEF));
        List<String> notes = notes(m, catalog, texts);
        // Knot Resolver's policy.DROP: its own note says what the completion detail says, and why: one of the two
        if (slotNote != null && !"note.policyDropServfail".equals(m.note())) {
            // it says all that the generic policy note did, and more
            if (POLICY_NOTE.equals(m.note()) && !notes.isEmpty()) {
                notes.remove(0);
            }
            notes.add(0, slotNote);
        }
        for (String note : notes) {
            o = o.withNote(note);
        }
        // only a name or number is the tool's spelling: a policy word (policy.DROP, CNAME .) or an inferred meaning
        // (NOERROR + ANSWER: 0 = NODATA) is not, and the note explains it
        if (m.tool() != null && (m.role() == Mention.Role.NAME || m.role() == Mention.Role.NUMBER)) {
            Optional<Tool> tool = catalog.tool(m.tool());
            String spelled = tool.map(t -> spellingShown(t, e, m.text())).orElse(null);
            if (spelled != null) {
                o = o.withThisTool(tool.get().name(), spelled);
            }
        }
        RenderKey key = new RenderKey(e.id(), o, texts, markdown);
        synchronized (RENDERED) {
            String cached = RENDERED.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String text = EntryRenderer.render(e, texts, markdown ? Format.MARKDOWN : Format.TEXT, o);
        synchronized (RENDERED) {
            RENDERED.put(key, text);
        }
        return text;
    }

    /**
     * The tool's spelling of the entry that the mention's text shows, or null: a hover names a tool's spelling only
     * where the text is that spelling (nslookup's "No answer" is BIND's NODATA, but BIND's NODATA is not what that
     * line says). The text itself if the tool spells the entry so, else the tool's form of the same letters in
     * another case, else the text if one of the tool's numbered spellings (RCODE11) gives the entry.
     */
    static String spellingShown(Tool tool, Entry e, String text) {
        List<String> names = tool.names().getOrDefault(e.id(), List.of());
        if (names.contains(text)) {
            return text;
        }
        for (String s : names) {
            if (!tool.caseSensitive() && s.equalsIgnoreCase(text)) {
                return s;
            }
        }
        for (NumberedSpelling n : tool.numbered() == null ? List.<NumberedSpelling>of() : tool.numbered()) {
            int v = n.kind() == e.kind() ? n.match(text, tool.caseSensitive()) : -1;
            if (v >= 0 && e.contains(v)) {
                return text;
            }
        }
        return null;
    }

    /**
     * Everything a rendered hover depends on: the entry, the options (sections, context notes, this tool's name and
     * spelling), the language (a {@link Texts} belongs to one catalog and one language, compared by identity) and
     * the format. A log names the same few codes over and over, so the hovers repeat.
     */
    private record RenderKey(String entryId, Options options, Texts texts, boolean markdown) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RenderKey k && k.texts == texts && k.markdown == markdown && k.entryId.equals(entryId)
                    && k.options.equals(options);
        }

        @Override
        public int hashCode() {
            return ((entryId.hashCode() * 31 + options.hashCode()) * 31 + System.identityHashCode(texts)) * 31
                    + (markdown ? 1 : 0);
        }
    }

    /** Rendering a hover costs far more than a round trip; the most recently used ones are kept. */
    static final int RENDERED_MAX = 256;

    private static final java.util.Map<RenderKey, String> RENDERED =
            new java.util.LinkedHashMap<>(RENDERED_MAX * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<RenderKey, String> eldest) {
                    return size() > RENDERED_MAX;
                }
            };

    private static final String POLICY_NOTE = "note.policy";

    /** The localised notes that say how context decided the mention's meaning. */
    static List<String> notes(Mention m, Catalog catalog, Texts texts) {
        List<String> out = new ArrayList<>();
        if (m.note() != null) {
            List<String> args = new ArrayList<>(m.noteArgs());
            // every note may use {name}, {n}, {text} for the mention itself and {where} for where its code travels
            args.addAll(List.of("name", m.entry().name(), "n", m.entry().number(), "text", m.text(), "where",
                    EntryRenderer.carriers(m.entry(), texts)));
            out.add(texts.label(m.note(), args.toArray()));
        }
        // a number with two meanings: say which one the context chose and what the other is
        List<Entry> meanings = catalog.lookup(m.entry().kind(), m.entry().value());
        if (!m.entry().isRange() && meanings.size() > 1 && m.role() == Mention.Role.NUMBER) {
            for (Entry other : meanings) {
                if (!other.id().equals(m.entry().id())) {
                    out.add(texts.label("hover.otherMeaning", "name", other.name(),
                            "where", EntryRenderer.carriers(other, texts)));
                }
            }
        }
        return out;
    }
}
