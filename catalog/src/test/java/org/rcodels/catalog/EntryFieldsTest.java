package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every entry is complete and its prose is plain text fit for a hover. */
class EntryFieldsTest {

    /** [text](target), [text][ref], or a bare ](http left over from one. */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[[^\\]\\n]*\\][(\\[]|<https?://");

    @Test
    void everyEntryHasEveryField() {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = Catalog.standard().entries();
        assertTrue(entries.size() >= 70, "only " + entries.size() + " entries");
        for (Entry e : entries) {
            Map<String, String> required = new LinkedHashMap<>(texts(e));
            required.remove("certaintyNote");
            required.remove("ianaDescription");
            if (e.status() == Status.PSEUDO) {
                required.remove("ianaName");
            }
            required.forEach((field, value) -> {
                if (value == null || value.isBlank()) {
                    problems.add(e.id() + ": " + field + " is blank");
                }
            });
            if (e.kind() == Kind.RCODE && e.status() == Status.ASSIGNED
                    && (e.ianaDescription() == null || e.ianaDescription().isBlank())) {
                problems.add(e.id() + ": ianaDescription is blank (the RCODE registry has one for every code)");
            }
            if (e.certainty() != Certainty.STANDARD && (e.certaintyNote() == null || e.certaintyNote().isBlank())) {
                problems.add(e.id() + ": certaintyNote is blank although certainty is " + e.certainty());
            }
            if (e.carriers().isEmpty() || e.refs().isEmpty() || e.severity() == null || e.certainty() == null
                    || e.status() == null) {
                problems.add(e.id() + ": carriers, refs, severity, certainty or status missing");
            }
            for (Ref r : e.refs()) {
                if (r.isRfc() ? r.rfc() < 1 : r.doc() == null || r.doc().isBlank()) {
                    problems.add(e.id() + ": bad reference " + r);
                }
            }
            if (e.related().contains(e.id())) {
                problems.add(e.id() + ": related to itself");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void summariesAreOneLine() {
        List<String> problems = new ArrayList<>();
        for (Entry e : Catalog.standard().entries()) {
            String s = e.content().summary();
            if (s == null || s.isBlank() || s.contains("\n") || s.contains("\r") || !s.equals(s.strip())) {
                problems.add(e.id() + ": summary is not one line: " + s);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noMarkdownLinksOrLeftovers() {
        List<String> problems = new ArrayList<>();
        Catalog c = Catalog.standard();
        for (Entry e : c.entries()) {
            texts(e).forEach((field, value) -> check(e.id() + "." + field, value, problems));
        }
        for (Confusion n : c.confusions()) {
            check("confusion " + n.id() + ".title", n.title(), problems);
            check("confusion " + n.id() + ".note", n.note(), problems);
            n.keyDifferences().forEach(s -> check("confusion " + n.id() + ".keyDifferences", s, problems));
            n.whenToUseWhich().forEach(s -> check("confusion " + n.id() + ".whenToUseWhich", s, problems));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theLinkCheckCatchesLinks() {
        List<String> problems = new ArrayList<>();
        check("a", "See [RFC 8914](https://www.rfc-editor.org/rfc/rfc8914).", problems);
        check("b", "See [RFC 8914][1].", problems);
        check("c", "See <https://example.com/>.", problems);
        check("d", "TODO: write this", problems);
        check("e", "The [ERROR] prefix, [INFO] (CLF) lines and the (EDE: 18) note are plain text; so is ; EDE: 9.", problems);
        assertTrue(problems.size() == 4, problems.toString());
    }

    private static void check(String where, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        if (MARKDOWN_LINK.matcher(value).find()) {
            problems.add(where + ": markdown link syntax in: " + value);
        }
        if (value.contains("TODO") || value.contains("FIXME") || value.contains("\uFFFD")) {
            problems.add(where + ": unfinished text: " + value);
        }
    }

    private static Map<String, String> texts(Entry e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("ianaName", e.ianaName());
        m.put("ianaDescription", e.ianaDescription());
        m.put("wire", e.wire());
        m.put("certaintyNote", e.certaintyNote());
        for (String f : Content.FIELDS) {
            m.put(f, e.content().field(f));
        }
        return m;
    }
}
