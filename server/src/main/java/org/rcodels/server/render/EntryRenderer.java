package org.rcodels.server.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Certainty;
import org.rcodels.catalog.Confusion;
import org.rcodels.catalog.Content;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Ref;
import org.rcodels.catalog.Status;
import org.rcodels.catalog.Texts;
import org.rcodels.catalog.Tool;
import org.rcodels.server.render.Options.Section;

/**
 * Renders one catalog entry, for the command line and for hovers. Pure: no I/O, never throws on a valid entry.
 * Labels come from {@link Texts#label}, prose from {@link Texts#content}; missing translations fall back to English.
 */
public final class EntryRenderer {
    private EntryRenderer() {
    }

    /** The entry as text, Markdown or JSON (a pretty-printed object, see {@link JsonShapes}). */
    public static String render(Entry e, Texts t, Format f, Options o) {
        if (f == Format.JSON) {
            return JsonShapes.write(json(e, t, o));
        }
        return DocWriter.write(doc(e, t, o), f, o, t.rightToLeft());
    }

    /** "NXDOMAIN (3) — Non-Existent Domain": the title plus the IANA description when it adds something. */
    public static String heading(Entry e) {
        String d = e.ianaDescription();
        if (d == null || d.isBlank() || d.equalsIgnoreCase(e.name())) {
            return e.title();
        }
        return e.title() + " — " + d;
    }

    /** How many spellings a brief (hover) rendering lists. */
    static final int BRIEF_SPELLINGS = 6;

    static Doc doc(Entry e, Texts t, Options o) {
        Catalog catalog = t.catalog();
        Content c = t.content(e);
        Doc d = new Doc();
        d.heading(1, heading(e));
        d.para(c.summary());
        for (String n : o.notes()) {
            d.para(List.of(new Doc.Emph(n)));
        }
        if (o.toolName() != null && o.toolSpelling() != null) {
            d.para(Doc.fill(t.label("field.thisTool"), "tool", o.toolName(), "spelling",
                    new Doc.Code(o.toolSpelling())));
        }
        if (o.has(Section.FACTS)) {
            List<Doc.Fact> facts = facts(e, t);
            if (!facts.isEmpty()) {
                d.add(new Doc.Facts(facts, t.label("punct.colon")));
            }
        }
        section(d, t, "section.description", c.description(), o.has(Section.DESCRIPTION));
        section(d, t, "section.whenYouSeeIt", c.whenYouSeeIt(), o.has(Section.WHEN_YOU_SEE_IT));
        section(d, t, "section.howToFix", c.howToFix(), o.has(Section.HOW_TO_FIX));
        section(d, t, "section.onTheWire", t.wire(e), o.has(Section.WIRE));
        if (o.has(Section.CONFUSIONS)) {
            List<Confusion> cs = catalog.confusionsOf(e.id());
            if (!cs.isEmpty()) {
                d.heading(2, t.label("section.confusion"));
                for (Confusion raw : o.has(Section.BRIEF) ? cs.subList(0, 1) : cs) {
                    Confusion x = t.confusion(raw);
                    d.para(List.of(new Doc.Strong(x.title())));
                    d.para(x.note());
                }
            }
        }
        if (o.has(Section.SPELLINGS)) {
            Map<String, List<String>> groups = spellingGroups(t, e);
            if (!groups.isEmpty() && o.has(Section.BRIEF)) {
                // one line: the most widely used spellings first, a few tools each
                List<Map.Entry<String, List<String>>> top = new ArrayList<>(groups.entrySet());
                top.sort((x, y) -> y.getValue().size() - x.getValue().size());
                List<Doc.Span> spans = new ArrayList<>();
                spans.add(new Doc.Strong(t.label("hover.alsoCalled")));
                spans.add(new Doc.Text(t.label("punct.colon")));
                int n = 0;
                for (Map.Entry<String, List<String>> g : top) {
                    if (n == BRIEF_SPELLINGS) {
                        spans.add(new Doc.Text(t.label("punct.comma") + "…"));
                        break;
                    }
                    if (n > 0) {
                        spans.add(new Doc.Text(t.label("punct.comma")));
                    }
                    spans.add(new Doc.Code(g.getKey()));
                    List<String> tools = g.getValue();
                    String who = String.join(t.label("punct.comma"), tools.subList(0, Math.min(2, tools.size())))
                            + (tools.size() > 2 ? " +" + (tools.size() - 2) : "");
                    spans.add(new Doc.Text(" (" + who + ")"));
                    n++;
                }
                d.para(spans);
            } else if (!groups.isEmpty()) {
                d.heading(2, t.label("section.spellings"));
                List<List<Doc.Span>> items = new ArrayList<>();
                groups.forEach((spelling, tools) -> items.add(List.of(new Doc.Code(spelling),
                        new Doc.Text(t.label("punct.colon") + String.join(t.label("punct.comma"), tools)))));
                d.add(new Doc.Bullets(items));
            }
        }
        if (o.has(Section.RELATED)) {
            // the two NOTAUTHs told apart, as comparisons do
            List<String> rel = e.related().stream()
                    .map(id -> catalog.byId(id).map(x -> org.rcodels.catalog.Comparison.title(x, catalog)).orElse(id))
                    .toList();
            if (!rel.isEmpty()) {
                d.heading(2, t.label("section.related"));
                d.para(String.join(t.label("punct.comma"), rel));
            }
        }
        if (o.has(Section.REFERENCES) && !e.refs().isEmpty()) {
            if (o.has(Section.BRIEF)) {
                List<Doc.Span> spans = new ArrayList<>();
                spans.add(new Doc.Strong(t.label("section.references")));
                spans.add(new Doc.Text(t.label("punct.colon")));
                for (int i = 0; i < e.refs().size(); i++) {
                    Ref r = e.refs().get(i);
                    if (i > 0) {
                        spans.add(new Doc.Text(" · "));
                    }
                    spans.add(r.url() == null ? new Doc.Text(r.label()) : new Doc.Link(r.label(), r.url()));
                }
                d.para(spans);
            } else {
                d.heading(2, t.label("section.references"));
                List<List<Doc.Span>> items = new ArrayList<>();
                for (Ref r : e.refs()) {
                    items.add(List.of(new Doc.Link(r.label(), r.url())));
                }
                d.add(new Doc.Bullets(items));
            }
        }
        return d;
    }

    private static void section(Doc d, Texts t, String label, String text, boolean on) {
        if (on && text != null && !text.isBlank()) {
            d.heading(2, t.label(label));
            d.para(text);
        }
    }

    static List<Doc.Fact> facts(Entry e, Texts t) {
        List<Doc.Fact> f = new ArrayList<>();
        if (e.ianaName() != null && !e.ianaName().isBlank() && !e.ianaName().equals(e.name())) {
            f.add(fact(t.label("field.ianaName"), e.ianaName()));
        }
        f.add(fact(t.label("field.registry"), t.label("kind." + e.kind() + ".registry")));
        if (e.status() != Status.ASSIGNED) {
            f.add(fact(t.label("field.status"), t.label("status." + e.status())));
        }
        f.add(fact(t.label("field.carriers"), carriers(e, t)));
        if (e.certainty() != Certainty.STANDARD) {
            String note = t.certaintyNote(e);
            f.add(fact(t.label("field.certainty"), t.label("certainty." + e.certainty())
                    + (note == null || note.isBlank() ? "" : ". " + note)));
        }
        return f;
    }

    private static Doc.Fact fact(String label, String value) {
        return new Doc.Fact(label, List.of(new Doc.Text(value)));
    }

    /** "the EDNS OPT record (EXTENDED-RCODE) or the Error field of a TSIG record". */
    public static String carriers(Entry e, Texts t) {
        // NOTAUTH as Not Authorized: the header's 9, next to a TSIG record that names the error (never a 9)
        return org.rcodels.catalog.Comparison.carriers(e.carriers(), t);
    }

    /**
     * How tools spell an entry, grouped by spelling: spelling -> short names of the tools that use it, the most
     * widely shared spelling first. A tool with several spellings appears under each.
     */
    public static Map<String, List<String>> spellingGroups(Catalog catalog, Entry e) {
        return spellingGroups(catalog, e, null);
    }

    /** {@link #spellingGroups(Catalog, Entry)} with the tools named in the reader's language ({@link #toolName}). */
    public static Map<String, List<String>> spellingGroups(Texts t, Entry e) {
        return spellingGroups(t.catalog(), e, t);
    }

    private static Map<String, List<String>> spellingGroups(Catalog catalog, Entry e, Texts t) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<Tool, List<String>> me : catalog.spellingsOf(e.id()).entrySet()) {
            String name = toolName(me.getKey(), t);
            for (String s : me.getValue()) {
                List<String> tools = groups.computeIfAbsent(s, k -> new ArrayList<>());
                if (!tools.contains(name)) {
                    tools.add(name);
                }
            }
        }
        // numbered spellings for the values of this entry: RESERVED12…RESERVED15 (BIND), Resp11 (tcpdump)
        int hi = e.isRange() ? e.to() : e.value();
        for (Tool tool : catalog.tools()) {
            for (org.rcodels.catalog.NumberedSpelling n : tool.numbered()) {
                int from = Math.max(n.from(), e.value());
                int to = Math.min(n.to(), hi);
                if (n.kind() != e.kind() || from > to) {
                    continue;
                }
                String first = n.template().replace("{n}", Integer.toString(from));
                String s = from == to ? first : first + "\u2026" + n.template().replace("{n}", Integer.toString(to));
                List<String> tools = groups.computeIfAbsent(s, k -> new ArrayList<>());
                String name = toolName(tool, t);
                if (!tools.contains(name)) {
                    tools.add(name);
                }
            }
        }
        List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        sorted.forEach(x -> out.put(x.getKey(), List.copyOf(x.getValue())));
        return out;
    }

    /**
     * A tool's short name in the reader's language: the label {@code tool.<id>} when the label files have one (tools
     * whose short name has descriptive words: "IANA registries", "Windows nslookup messages"), else
     * {@link #shortName} (product names: "BIND 9", "CoreDNS"). English when {@code t} is null.
     */
    public static String toolName(Tool tool, Texts t) {
        if (t != null) {
            String key = TOOL_LABEL + tool.id();
            String label = t.label(key);
            // Texts.label gives back the key itself when no file has it
            if (!label.equals(key) && !label.isBlank()) {
                return label;
            }
        }
        return shortName(tool);
    }

    /** The prefix of the label keys that name a tool: {@code tool.<id>}. */
    public static final String TOOL_LABEL = "tool.";

    /** A tool's display name without its details: "BIND 9 (dig, named)" -> "BIND 9", "miekg/dns (Go): x" -> "miekg/dns". */
    public static String shortName(Tool tool) {
        String n = tool.name();
        int cut = n.length();
        for (String sep : new String[] {" (", ": "}) {
            int i = n.indexOf(sep);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return n.substring(0, cut).strip();
    }

    /** The entry as a JSON object in the shape documented on {@link JsonShapes}. */
    public static ObjectNode json(Entry e, Texts t, Options o) {
        Catalog catalog = t.catalog();
        Content c = t.content(e);
        ObjectNode n = JsonShapes.MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("kind", e.kind().name());
        // NODATA has no number of its own (it is NOERROR with an empty answer): null, as in check --summary
        boolean pseudo = e.kind() == Kind.PSEUDO;
        n.put("value", pseudo ? null : e.value());
        n.put("to", e.to());
        n.put("number", pseudo ? null : e.number());
        n.put("title", e.title());
        n.put("name", e.name());
        n.put("ianaName", e.ianaName());
        n.put("ianaDescription", e.ianaDescription());
        n.put("status", e.status().name());
        ArrayNode carriers = n.putArray("carriers");
        e.carriers().forEach(x -> carriers.add(x.name()));
        n.put("severity", e.severity().name());
        n.put("certainty", e.certainty().name());
        n.put("certaintyNote", t.certaintyNote(e));
        n.put("summary", c.summary());
        n.put("description", c.description());
        n.put("whenYouSeeIt", c.whenYouSeeIt());
        n.put("howToFix", c.howToFix());
        n.put("useWhen", c.useWhen());
        n.put("wire", t.wire(e));
        ArrayNode refs = n.putArray("refs");
        for (Ref r : e.refs()) {
            refs.addObject().put("label", r.label()).put("url", r.url());
        }
        ObjectNode sp = n.putObject("spellings");
        catalog.spellingsOf(e.id()).forEach((tool, list) -> {
            ArrayNode a = sp.putArray(tool.id());
            list.forEach(a::add);
        });
        ArrayNode rel = n.putArray("related");
        e.related().forEach(rel::add);
        ArrayNode conf = n.putArray("confusions");
        for (Confusion raw : catalog.confusionsOf(e.id())) {
            conf.add(JsonShapes.confusion(t.confusion(raw)));
        }
        ArrayNode notes = n.putArray("notes");
        o.notes().forEach(notes::add);
        if (o.toolName() != null && o.toolSpelling() != null) {
            n.putObject("thisTool").put("tool", o.toolName()).put("spelling", o.toolSpelling());
        } else {
            n.putNull("thisTool");
        }
        return n;
    }
}
