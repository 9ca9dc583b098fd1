package org.rcodels.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;
import org.rcodels.server.features.ConfigWords;
import org.rcodels.server.render.Bidi;
import org.rcodels.server.render.EntryRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.JsonShapes;
import org.rcodels.server.render.Options;
import org.rcodels.server.render.WordRenderer;
import org.rcodels.server.scan.output.DigOutputScanner;

/** {@code explain CODE...}: every meaning of every code. Nothing is printed unless every code is known. */
final class ExplainCommand implements Command {

    @Override
    public String helpKey() {
        return "cli.help.explain";
    }

    @Override
    public int run(Context ctx, List<String> words) throws CliError {
        // `rcode-ls explain "$RC"` with RC empty: as if no code was given, not a silent success
        if (words.stream().allMatch(String::isBlank)) {
            throw ctx.usage("cli.missingArgument", "command", ctx.command(), "what",
                    ctx.texts().label("cli.what.codes"));
        }
        Texts t = ctx.texts();
        List<CodeParser.Query> queries = new CodeParser(ctx.catalog(), t, true).parse(words);
        if (ctx.format() == Format.JSON) {
            ObjectNode root = JsonShapes.MAPPER.createObjectNode();
            root.put("language", t.language());
            ArrayNode results = root.putArray("results");
            for (CodeParser.Query q : queries) {
                ObjectNode r = results.addObject();
                r.put("input", q.input());
                ArrayNode entries = r.putArray("entries");
                for (Entry e : q.entries()) {
                    entries.add(EntryRenderer.json(e, t, options(ctx, q, e)));
                }
                ArrayNode said = r.putArray("words");
                List<WordRenderer.Line> lines = ConfigWords.lines(ctx.catalog(), t, q.words());
                for (int k = 0; k < lines.size(); k++) {
                    ObjectNode o = said.addObject();
                    o.put("text", lines.get(k).written());
                    o.put("what", lines.get(k).what());
                    o.put("does", lines.get(k).does());
                    o.put("entry", q.words().get(k).entryId());
                    o.put("href", lines.get(k).href());
                }
            }
            ctx.out().print(JsonShapes.write(root));
            return 0;
        }
        // plain text has no headings to show where an entry starts: leave two blank lines between entries
        String gap = ctx.format() == Format.TEXT ? "\n\n" : "\n";
        List<String> parts = new ArrayList<>();
        for (CodeParser.Query q : queries) {
            List<String> entries = new ArrayList<>();
            for (Entry e : q.entries()) {
                entries.add(EntryRenderer.render(e, t, ctx.format(), options(ctx, q, e)));
            }
            String body = String.join(gap, entries);
            if (!q.words().isEmpty()) {
                body = words(ctx, q) + (body.isEmpty() ? "\n" : "\n\n" + body);
            } else if (q.ambiguous()) {
                // written like the paragraphs of the entries: right to left in Arabic
                String line = t.label("cli.meanings", "code", q.input(), "count", q.entries().size());
                body = Bidi.paragraph(line, t, ctx.format(), ctx.options()) + "\n\n" + body;
            }
            parts.add(body);
        }
        ctx.out().print(String.join(gap, parts));
        return 0;
    }

    /** One line per meaning of a configuration value: "policy.DROP · Knot Resolver policy action: answers ...". */
    private static String words(Context ctx, CodeParser.Query q) {
        return WordRenderer.render(ConfigWords.lines(ctx.catalog(), ctx.texts(), q.words()), ctx.texts(),
                ctx.format(), ctx.options()).stripTrailing();
    }

    /**
     * For a Win32 DNS error number (9000 plus an RCODE that Windows names: DNS_ERROR_RCODE_NAME_ERROR is 9003), its
     * identifier and the RCODE's name, as "DNS_ERROR_RCODE_NAME_ERROR (NXDOMAIN, 3)"; otherwise null.
     */
    static String win32(Catalog catalog, int value) {
        int rcode = value - 9000;
        if (rcode < 1 || rcode > 23) {
            return null;
        }
        // the TSIG errors (16 BADSIG, 17, 18) exist on Windows in their TSIG meaning
        for (Entry r : catalog.lookup(Kind.RCODE, rcode)) {
            for (var spelled : catalog.spellingsOf(r.id()).entrySet()) {
                if (!spelled.getKey().id().equals("windows")) {
                    continue;
                }
                for (String s : spelled.getValue()) {
                    if (s.startsWith("DNS_ERROR_RCODE_")) {
                        return s + " (" + r.name() + ", " + rcode + ")";
                    }
                }
            }
        }
        return null;
    }

    /** Context notes: where a value falls in a range, and the other meanings of an ambiguous code. */
    static Options options(Context ctx, CodeParser.Query q, Entry e) {
        Texts t = ctx.texts();
        Options o = ctx.options();
        if (q.value() != null && e.isRange()) {
            o = o.withNote(t.label("render.inRange", "value", q.value()));
            String win32 = e.kind() == Kind.RCODE ? win32(ctx.catalog(), q.value()) : null;
            if (win32 != null) {
                // someone who types 9003 has most likely read it in a Windows error
                o = o.withNote(t.label("note.win32", "n", q.value(), "name", win32));
            }
            if (e.kind() == Kind.RCODE && q.value() == 3842) {
                // 3842 is BADSIG in Zeek's name table (consts.zeek), a stand-in for the TSIG error 16
                o = o.withNote(t.label("note.zeekBadsig"));
            }
        }
        // dig's "?22": BIND has no name for 17-22 as a reply's RCODE, which is what the registry name is not
        if (DigOutputScanner.unnamedInReply(q.input(), e)) {
            o = o.withNote(t.label(DigOutputScanner.NOTE_UNNAMED_IN_REPLY, "n", e.number(), "name", e.name(), "where",
                    EntryRenderer.carriers(e, t)));
        }
        // one line per value: Unbound's refuse is a local-zone type and an access-control action, both REFUSED
        // (the list above the entry says what each does, conditions included)
        Set<String> implied = new LinkedHashSet<>();
        for (ConfigWords.Meaning w : q.words()) {
            if (e.id().equals(w.entryId())) {
                implied.add(w.written());
            }
        }
        for (String written : implied) {
            o = o.withNote(t.label("hover.impliedBy", "text", written, "name", e.name()));
        }
        if (q.ambiguous() && q.words().isEmpty()) {
            for (Entry other : q.entries()) {
                if (other != e) {
                    String where = EntryRenderer.carriers(other, t);
                    String name = EntryRenderer.heading(other);
                    o = o.withNote(q.value() != null
                            ? t.label("hover.otherMeaning", "name", name, "where", where)
                            : t.label("render.alsoMeans", "code", q.input(), "name", name, "where", where));
                }
            }
        }
        return o;
    }
}
