package org.rcodels.server.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;

/** Tables of codes (number, name, summary), one per registry, ranges included. */
public final class ListRenderer {
    private ListRenderer() {
    }

    /** Renders the entries of each kind, in the order given, under the kind's heading. */
    public static String render(List<Kind> kinds, Texts t, Format f, Options o) {
        if (f == Format.JSON) {
            ObjectNode root = JsonShapes.MAPPER.createObjectNode();
            root.put("language", t.language());
            ArrayNode a = root.putArray("entries");
            for (Kind k : kinds) {
                t.catalog().entries(k).forEach(e -> a.add(row(e, t)));
            }
            return JsonShapes.write(root);
        }
        Doc d = new Doc();
        for (Kind k : kinds) {
            d.heading(1, t.label("kind." + k + ".plural"));
            List<List<String>> rows = new ArrayList<>();
            for (Entry e : t.catalog().entries(k)) {
                rows.add(List.of(e.number(), e.name(), t.content(e).summary()));
            }
            d.add(new Doc.Table(List.of(t.label("cli.list.number"), t.label("cli.list.name"),
                    t.label("cli.list.summary")), rows));
        }
        return DocWriter.write(d, f, o);
    }

    static ObjectNode row(Entry e, Texts t) {
        ObjectNode n = JsonShapes.MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("kind", e.kind().name());
        n.put("value", e.value());
        n.put("to", e.to());
        n.put("number", e.number());
        n.put("name", e.name());
        n.put("status", e.status().name());
        n.put("summary", t.content(e).summary());
        return n;
    }
}
