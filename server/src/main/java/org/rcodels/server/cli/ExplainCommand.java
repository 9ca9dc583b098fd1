package org.rcodels.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.EntryRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.JsonShapes;
import org.rcodels.server.render.Markdown;
import org.rcodels.server.render.Options;

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
        List<CodeParser.Query> queries = new CodeParser(ctx.catalog(), t).parse(words);
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
            if (q.ambiguous()) {
                String line = t.label("cli.meanings", "code", q.input(), "count", q.entries().size());
                body = (ctx.format() == Format.MARKDOWN ? Markdown.escape(line) : line) + "\n\n" + body;
            }
            parts.add(body);
        }
        ctx.out().print(String.join(gap, parts));
        return 0;
    }

    /** Context notes: where a value falls in a range, and the other meanings of an ambiguous code. */
    static Options options(Context ctx, CodeParser.Query q, Entry e) {
        Texts t = ctx.texts();
        Options o = ctx.options();
        if (q.value() != null && e.isRange()) {
            o = o.withNote(t.label("render.inRange", "value", q.value()));
        }
        if (q.ambiguous()) {
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
