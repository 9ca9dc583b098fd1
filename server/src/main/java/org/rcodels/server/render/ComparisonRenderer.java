package org.rcodels.server.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Comparison;
import org.rcodels.catalog.Content;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;

/**
 * Renders a {@link Comparison} in the shape users know from explainer sites: "A vs B", an introduction, each side's
 * description / when you see it / how to fix, key differences, and when to use which.
 */
public final class ComparisonRenderer {
    private ComparisonRenderer() {
    }

    public static String render(Comparison c, Texts t, Format f, Options o) {
        if (f == Format.JSON) {
            return JsonShapes.write(json(c, t, o));
        }
        return DocWriter.write(doc(c, t), f, o, t.rightToLeft());
    }

    public static String title(Comparison c, Texts t) {
        return t.label("cmp.title", "a", Comparison.title(c.a(), t.catalog()), "b",
                Comparison.title(c.b(), t.catalog()));
    }

    static Doc doc(Comparison c, Texts t) {
        Doc d = new Doc();
        d.heading(1, title(c, t));
        d.para(c.intro());
        if (c.note() != null) {
            d.para(List.of(new Doc.Strong(c.note().title())));
            d.para(c.note().note());
        }
        side(d, t, c.a(), c.aContent());
        if (!c.a().id().equals(c.b().id())) {
            side(d, t, c.b(), c.bContent());
        }
        bullets(d, t.label("section.keyDifferences"), c.keyDifferences());
        bullets(d, t.label("section.whenToUseWhich"), c.whenToUseWhich());
        return d;
    }

    private static void side(Doc d, Texts t, Entry e, Content c) {
        d.heading(2, EntryRenderer.heading(e));
        d.para(c.summary());
        sub(d, t.label("section.description"), c.description());
        sub(d, t.label("section.whenYouSeeIt"), c.whenYouSeeIt());
        sub(d, t.label("section.howToFix"), c.howToFix());
    }

    private static void sub(Doc d, String label, String text) {
        if (text != null && !text.isBlank()) {
            d.heading(3, label);
            d.para(text);
        }
    }

    private static void bullets(Doc d, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        d.heading(2, label);
        List<List<Doc.Span>> l = new ArrayList<>();
        items.forEach(i -> l.add(List.of(new Doc.Text(i))));
        d.add(new Doc.Bullets(l));
    }

    public static ObjectNode json(Comparison c, Texts t, Options o) {
        ObjectNode n = JsonShapes.MAPPER.createObjectNode();
        n.put("title", title(c, t));
        n.put("intro", c.intro());
        n.set("a", EntryRenderer.json(c.a(), t, o));
        n.set("b", EntryRenderer.json(c.b(), t, o));
        ArrayNode kd = n.putArray("keyDifferences");
        c.keyDifferences().forEach(kd::add);
        ArrayNode wu = n.putArray("whenToUseWhich");
        c.whenToUseWhich().forEach(wu::add);
        if (c.note() == null) {
            n.putNull("confusion");
        } else {
            n.set("confusion", JsonShapes.confusion(c.note()));
        }
        return n;
    }
}
