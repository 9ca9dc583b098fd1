package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.EntryRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.config.ConfigLine;

/**
 * Completion: the code names valid at the cursor, spelled as the file's tool spells them. Items exist only in the
 * slots of config files and RPZ zones ({@link Slots}): nothing is offered in logs, tool output, code, comments, or
 * anywhere in a config where no code belongs.
 *
 * <p>Each item replaces the word under the cursor (from its start to its end; while typing, the end is the cursor).
 * Items are filtered by the part of the word before the cursor, ignoring case, and inserted in the tool's own case.
 * Pure; costs one line (plus, for block context, at most {@link org.rcodels.server.scan.Scanner#MAX_CONTEXT} lines).
 */
public final class CompletionFeature {
    private CompletionFeature() {
    }

    /** Items for the cursor at (line, UTF-16 column), details in English; {@link Completion#NONE} where no code belongs. */
    public static Completion complete(ScanContext ctx, int line, int column) {
        return complete(ctx, line, column, null);
    }

    /** Items for the cursor at (line, UTF-16 column), details in the language of {@code texts}. */
    public static Completion complete(ScanContext ctx, int line, int column, Texts texts) {
        if (ctx == null || ctx.dialect() == null || !Slots.hasSlots(ctx.dialect()) || line < 0
                || line >= ctx.lineCount()) {
            return Completion.NONE;
        }
        String text = ctx.line(line);
        if (text == null || column < 0 || column > text.length() || column > ConfigLine.LIMIT) {
            return Completion.NONE;
        }
        try {
            return items(ctx, line, column, text, texts != null ? texts
                    : ctx.catalog().texts(Texts.DEFAULT_LANGUAGE));
        } catch (RuntimeException e) {
            return Completion.NONE;
        }
    }

    private static Completion items(ScanContext ctx, int line, int column, String text, Texts texts) {
        Slots.Slot slot = null;
        List<Slots.Slot> slots = Slots.onLine(ctx, line, column);
        for (Slots.Slot s : slots) {
            if (s.covers(column) && (slot == null || s.start() > slot.start())) {
                slot = s;
            }
        }
        if (slot == null) {
            return Completion.NONE;
        }
        String prefix = text.substring(slot.start(), column);
        Catalog catalog = ctx.catalog();
        List<Completion.Item> items = new ArrayList<>();
        List<Choice> choices = Slots.choicesAt(catalog, slot);
        java.util.Set<String> listed = listed(slots, slot, choices);
        int rank = 0;
        for (Choice ch : choices) {
            rank++;
            if (!ch.offered() || !matches(ch.text(), prefix) || listed.contains(key(ch))
                    || !Slots.fitsHere(catalog, slot, ch)) {
                continue;
            }
            String snippet = snippet(slot, ch, text);
            items.add(new Completion.Item(ch.text(), ch.itemKind(), detail(catalog, texts, ch), ch.entryId(), line,
                    slot.start(), slot.end(), snippet == null ? ch.text() : plainCall(ch.text()),
                    String.format("%03d", rank), snippet));
        }
        return items.isEmpty() ? Completion.NONE : new Completion(List.copyOf(items), false);
    }

    /**
     * In a list of codes (CoreDNS forward's {@code next} and {@code failover}) or of log classes, what the other
     * words of the list already name: a code written once is not offered again ({@code failover SERVFAIL |} offers REFUSED, not SERVFAIL).
     * Keys are entry ids, or the lower-case word for a choice without one.
     */
    private static java.util.Set<String> listed(List<Slots.Slot> slots, Slots.Slot slot, List<Choice> choices) {
        if (slot.kind() != Slots.Kind.COREDNS_NEXT && slot.kind() != Slots.Kind.COREDNS_FAILOVER
                && slot.kind() != Slots.Kind.COREDNS_LOG_CLASS) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Slots.Slot s : slots) {
            if (s == slot || s.kind() != slot.kind() || s.word().isEmpty()) {
                continue;
            }
            for (Choice ch : choices) {
                if (ch.text().equalsIgnoreCase(s.word())) {
                    out.add(key(ch));
                }
            }
        }
        return out;
    }

    private static String key(Choice ch) {
        return ch.entryId() != null ? ch.entryId() : ch.text().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Knot Resolver's policy.DENY_MSG is a function of the message (and an optional EDE): called, not named, unless
     * the call is already written after the word.
     */
    static String snippet(Slots.Slot slot, Choice ch, String text) {
        if (slot.kind() != Slots.Kind.KRESD_POLICY || !ch.text().equals("DENY_MSG")) {
            return null;
        }
        int after = slot.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && text.charAt(after) == '(' ? null : "DENY_MSG('${1:message}')";
    }

    /**
     * What a client without snippets gets for a function that must be called: the call without arguments
     * ({@code DENY_MSG()}, NXDOMAIN without the explanation record), never the bare function, which Knot Resolver would
     * call as the action itself, with the query state as its message (an error at query time).
     */
    static String plainCall(String function) {
        return function + "()";
    }

    /** The label starts with the typed prefix, ignoring case; for "DNSRCode.NXDOMAIN" the member may match too. */
    static boolean matches(String label, String prefix) {
        if (prefix.isEmpty() || label.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return true;
        }
        int dot = label.lastIndexOf('.');
        return dot > 0 && dot < label.length() - 1
                && label.regionMatches(true, dot + 1, prefix, 0, prefix.length());
    }

    /** One line saying what the item is ("RCODE 3 · Non-Existent Domain") or does ("answers NXDOMAIN"). */
    static String detail(Catalog catalog, Texts texts, Choice ch) {
        Entry e = ch.entryId() == null ? null : catalog.byId(ch.entryId()).orElse(null);
        if (ch.detailKey() != null) {
            return texts.label(ch.detailKey(), "name", e == null ? "" : e.name(), "n", e == null ? "" : e.number());
        }
        if (e == null) {
            return "";
        }
        return switch (e.kind()) {
            case RCODE -> texts.label("completion.rcode", "n", e.number(), "description",
                    e.ianaDescription() == null || e.ianaDescription().isBlank() ? e.name() : e.ianaDescription());
            case EDE -> texts.label("completion.ede", "n", e.number(), "name", e.name());
            case PSEUDO -> texts.label("completion.nodata", "name", e.name());
            case OPCODE -> e.title();
        };
    }

    /** Full documentation of an item's entry (completionItem/resolve), Markdown or plain text. */
    public static String documentation(Catalog catalog, Texts texts, String entryId, boolean markdown) {
        if (catalog == null || entryId == null) {
            return "";
        }
        Entry e = catalog.byId(entryId).orElse(null);
        if (e == null) {
            return "";
        }
        Texts t = texts != null ? texts : catalog.texts(Texts.DEFAULT_LANGUAGE);
        Options o = Options.compact().with(Options.Section.WHEN_YOU_SEE_IT, true);
        try {
            return EntryRenderer.render(e, t, markdown ? Format.MARKDOWN : Format.TEXT, o);
        } catch (RuntimeException ex) {
            return "";
        }
    }
}
