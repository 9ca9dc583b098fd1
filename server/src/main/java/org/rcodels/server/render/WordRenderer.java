package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.List;
import org.rcodels.catalog.Texts;

/**
 * The lines of {@code explain} for a configuration value ({@code policy.DROP}, {@code rpz-drop.}): one per meaning,
 * "written · what holds it: what it does", and the tool's page. Laid out like the entries (the reader's colon, right to
 * left in Arabic).
 */
public final class WordRenderer {
    private WordRenderer() {
    }

    /** One meaning: the value as the tool writes it, what holds it, what it does, the tool's page. */
    public record Line(String written, String what, String does, String href) {
    }

    public static String render(List<Line> lines, Texts t, Format f, Options o) {
        Doc d = new Doc();
        List<List<Doc.Span>> items = new ArrayList<>();
        for (Line l : lines) {
            // the page: its address in plain text, a link named by its host in Markdown
            Doc.Span page = f == Format.MARKDOWN ? new Doc.Link(host(l.href()), l.href()) : new Doc.Text(l.href());
            items.add(List.of(new Doc.Code(l.written()), new Doc.Text(" · " + l.what() + t.label("punct.colon")
                    + l.does() + " "), page));
        }
        d.add(new Doc.Bullets(items));
        return DocWriter.write(d, f, o, t.rightToLeft());
    }

    /** "bind9.readthedocs.io" of "https://bind9.readthedocs.io/en/...". */
    static String host(String url) {
        int s = url.indexOf("://");
        int from = s < 0 ? 0 : s + 3;
        int e = url.indexOf('/', from);
        return url.substring(from, e < 0 ? url.length() : e);
    }
}
