package org.rcodels.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Comparison;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.Bidi;
import org.rcodels.server.render.ComparisonRenderer;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.JsonShapes;

/**
 * {@code compare A B}. When a side has several meanings (9, 16, NOTAUTH), each meaning is compared with each meaning
 * of the other side; a pair is skipped if it compares a meaning with itself (unless both sides name one and the
 * same code) or repeats a pair already shown in the other order. A note before the comparisons says so.
 */
final class CompareCommand implements Command {

    @Override
    public String helpKey() {
        return "cli.help.compare";
    }

    @Override
    public int run(Context ctx, List<String> words) throws CliError {
        Texts t = ctx.texts();
        if (words.isEmpty()) {
            throw ctx.usage("cli.missingArgument", "command", ctx.command(), "what", t.label("cli.what.twoCodes"));
        }
        List<CodeParser.Query> q = new CodeParser(ctx.catalog(), t).parse(words);
        if (q.size() < 2) {
            throw ctx.usage("cli.missingArgument", "command", ctx.command(), "what", t.label("cli.what.twoCodes"));
        }
        if (q.size() > 2) {
            throw ctx.usage("cli.tooManyCodes", "command", ctx.command(), "count", q.size());
        }
        CodeParser.Query a = q.get(0);
        CodeParser.Query b = q.get(1);
        List<String> notes = new ArrayList<>();
        for (CodeParser.Query x : q) {
            if (x.ambiguous() && (x != b || !b.input().equalsIgnoreCase(a.input()))) {
                notes.add(t.label("cli.compare.eachMeaning", "code", x.input(), "count", x.entries().size()));
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        boolean single = a.entries().size() == 1 && b.entries().size() == 1;
        if (single && a.entries().get(0) == b.entries().get(0) && a.value() != null && b.value() != null
                && !a.value().equals(b.value())) {
            // compare 12 13: two values of one range entry, which the registry does not tell apart
            notes.add(t.label("cli.compare.sameRange", "a", a.value(), "b", b.value(), "range",
                    a.entries().get(0).title()));
        }
        for (Entry ea : a.entries()) {
            for (Entry eb : b.entries()) {
                if (!single && ea == eb) {
                    continue;
                }
                boolean repeated = comparisons.stream().anyMatch(c -> c.a() == eb && c.b() == ea);
                if (!repeated) {
                    comparisons.add(Comparison.of(ea, eb, t));
                }
            }
        }
        if (ctx.format() == Format.JSON) {
            ObjectNode root = JsonShapes.MAPPER.createObjectNode();
            root.put("language", t.language());
            ArrayNode n = root.putArray("notes");
            notes.forEach(n::add);
            ArrayNode arr = root.putArray("comparisons");
            comparisons.forEach(c -> arr.add(ComparisonRenderer.json(c, t, ctx.options())));
            ctx.out().print(JsonShapes.write(root));
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        for (String note : notes) {
            // written like the paragraphs of the comparisons: right to left in Arabic
            sb.append(Bidi.paragraph(note, t, ctx.format(), ctx.options())).append('\n');
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
        }
        List<String> parts = new ArrayList<>();
        for (Comparison c : comparisons) {
            parts.add(ComparisonRenderer.render(c, t, ctx.format(), ctx.options()));
        }
        sb.append(String.join(ctx.format() == Format.TEXT ? "\n\n" : "\n", parts));
        ctx.out().print(sb);
        return 0;
    }
}
