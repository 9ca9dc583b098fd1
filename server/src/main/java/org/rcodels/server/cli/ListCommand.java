package org.rcodels.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rcodels.catalog.Kind;
import org.rcodels.server.render.ListRenderer;

/** {@code list [rcodes|ede|opcodes|all]...}: tables of number, name and summary. */
final class ListCommand implements Command {

    @Override
    public String helpKey() {
        return "cli.help.list";
    }

    @Override
    public int run(Context ctx, List<String> words) throws CliError {
        List<Kind> kinds = new ArrayList<>();
        for (String w : words) {
            List<Kind> k = switch (w.strip().toLowerCase(Locale.ROOT)) {
                case "rcodes", "rcode" -> List.of(Kind.RCODE);
                case "ede", "edes" -> List.of(Kind.EDE);
                case "opcodes", "opcode" -> List.of(Kind.OPCODE);
                case "pseudo", "nodata" -> List.of(Kind.PSEUDO);
                case "all" -> List.of(Kind.values());
                default -> throw ctx.usage("cli.badValue", "option", ctx.command(), "value", w,
                        "expected", ctx.texts().label("cli.expected.list"));
            };
            k.stream().filter(x -> !kinds.contains(x)).forEach(kinds::add);
        }
        if (kinds.isEmpty()) {
            kinds.addAll(List.of(Kind.values()));
        }
        ctx.out().print(ListRenderer.render(kinds, ctx.texts(), ctx.format(), ctx.options()));
        return 0;
    }
}
