package org.rcodels.server.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
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
                entries(t, k).forEach(e -> a.add(row(e, t)));
            }
            return JsonShapes.write(root);
        }
        Doc d = new Doc();
        for (Kind k : kinds) {
            d.heading(1, t.label("kind." + k + ".plural"));
            List<List<String>> rows = new ArrayList<>();
            for (Entry e : entries(t, k)) {
                rows.add(List.of(e.kind() == Kind.PSEUDO ? "-" : e.number(), e.name(), t.content(e).summary()));
            }
            d.add(new Doc.Table(List.of(t.label("cli.list.number"), t.label("cli.list.name"),
                    t.label("cli.list.summary")), rows));
        }
        return DocWriter.write(d, f, o, t.rightToLeft());
    }

    /** The catalog's order, except that for a number with two meanings the one outside TSIG comes first. */
    static List<Entry> entries(Texts t, Kind k) {
        List<Entry> l = new ArrayList<>(t.catalog().entries(k));
        l.sort(Comparator.comparingInt(Entry::value).thenComparing(Entry::tsigContext));
        return l;
    }

    static ObjectNode row(Entry e, Texts t) {
        ObjectNode n = JsonShapes.MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("kind", e.kind().name());
        // NODATA has no number of its own (it is NOERROR with an empty answer): null, as in check --summary
        boolean pseudo = e.kind() == Kind.PSEUDO;
        n.put("value", pseudo ? null : e.value());
        n.put("to", e.to());
        n.put("number", pseudo ? null : e.number());
        n.put("name", e.name());
        n.put("status", e.status().name());
        n.put("summary", t.content(e).summary());
        return n;
    }
}
