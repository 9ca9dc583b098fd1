package org.rcodels.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the data files when they are loaded; each problem names the file, the entry and the field. */
final class Validation {
    private Validation() {
    }

    static Entry entry(String file, Kind kind, DataFiles.EntryData d, List<String> problems) {
        String where = file + ": entry '" + (d.id() == null ? "#" + d.value() : d.id()) + "'";
        int before = problems.size();
        if (blank(d.id())) {
            problems.add(where + ": field 'id' is missing");
        } else if (!d.id().startsWith(kind.prefix() + ":")) {
            problems.add(where + ": field 'id' must start with '" + kind.prefix() + ":'");
        }
        if (d.value() == null) {
            problems.add(where + ": field 'value' is missing");
            return null;
        }
        int to = d.to() == null ? d.value() : d.to();
        if (d.value() < 0 || to > kind.maxValue() || to < d.value()) {
            problems.add(where + ": field 'value'/'to' is out of range 0-" + kind.maxValue());
        }
        Status status = d.status() == null ? (kind == Kind.PSEUDO ? Status.PSEUDO : Status.ASSIGNED) : d.status();
        if (to != d.value() && status == Status.ASSIGNED) {
            problems.add(where + ": field 'status' must say how a range is registered (not ASSIGNED)");
        }
        require(where, "name", d.name(), problems);
        require(where, "summary", d.summary(), problems);
        require(where, "description", d.description(), problems);
        require(where, "whenYouSeeIt", d.whenYouSeeIt(), problems);
        require(where, "howToFix", d.howToFix(), problems);
        require(where, "useWhen", d.useWhen(), problems);
        require(where, "wire", d.wire(), problems);
        if (d.carriers() == null || d.carriers().isEmpty()) {
            problems.add(where + ": field 'carriers' is missing or empty");
        }
        if (d.refs() == null || d.refs().isEmpty()) {
            problems.add(where + ": field 'refs' is missing or empty");
        } else {
            for (Ref r : d.refs()) {
                if ((r.rfc() == null) == blank(r.doc())) {
                    problems.add(where + ": field 'refs' has an item that needs exactly one of 'rfc' or 'doc'");
                }
            }
        }
        if (d.severity() == null) {
            problems.add(where + ": field 'severity' is missing");
        }
        if (kind == Kind.EDE && status == Status.ASSIGNED && d.certainty() == null) {
            problems.add(where + ": field 'certainty' is missing (required for assigned EDE codes)");
        }
        if (d.certainty() != null && d.certainty() != Certainty.STANDARD && blank(d.certaintyNote())) {
            problems.add(where + ": field 'certaintyNote' must say where a non-standard assignment comes from");
        }
        if (problems.size() != before) {
            return null;
        }
        Set<Carrier> carriers = EnumSet.copyOf(d.carriers());
        return new Entry(d.id(), kind, d.value(), to, status, d.name(), d.ianaName(), d.ianaDescription(),
                java.util.Collections.unmodifiableSet(carriers), d.wire(), List.copyOf(d.refs()),
                d.related() == null ? List.of() : List.copyOf(d.related()), d.severity(),
                d.certainty() == null ? Certainty.STANDARD : d.certainty(), d.certaintyNote(),
                new Content(d.summary(), d.description(), d.whenYouSeeIt(), d.howToFix(), d.useWhen()));
    }

    static List<Tool> tools(DataFiles.SpellingsFile sf, List<String> problems) {
        List<Tool> out = new ArrayList<>();
        if (sf.tools() == null || sf.tools().isEmpty()) {
            problems.add("spellings.json: field 'tools' is missing or empty");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (DataFiles.ToolData t : sf.tools()) {
            String where = "spellings.json: tool '" + t.id() + "'";
            if (blank(t.id())) {
                problems.add(where + ": field 'id' is missing");
                continue;
            }
            if (!ids.add(t.id())) {
                problems.add(where + ": duplicate tool id");
            }
            require(where, "name", t.name(), problems);
            Map<String, List<String>> names = t.names() == null ? Map.of() : t.names();
            // loops, not streams: this runs once per spelling on a cold JVM, where every stream costs
            Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : names.entrySet()) {
                List<String> list = e.getValue();
                boolean empty = list == null || list.isEmpty();
                for (int i = 0; !empty && i < list.size(); i++) {
                    empty = blank(list.get(i));
                }
                if (empty) {
                    problems.add(where + ": names['" + e.getKey() + "'] has an empty spelling");
                }
                copy.put(e.getKey(), empty ? List.of() : List.copyOf(list));
            }
            out.add(new Tool(t.id(), t.name(), Boolean.TRUE.equals(t.caseSensitive()),
                    java.util.Collections.unmodifiableMap(copy),
                    t.numbered() == null ? List.of() : List.copyOf(t.numbered())));
        }
        return out;
    }

    static void whole(List<Entry> entries, List<Tool> tools, List<Confusion> confusions, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Entry e : entries) {
            if (!ids.add(e.id())) {
                problems.add(file(e.kind()) + ": entry '" + e.id() + "': field 'id' is a duplicate");
            }
        }
        for (Entry e : entries) {
            for (String r : e.related()) {
                if (!ids.contains(r)) {
                    problems.add(file(e.kind()) + ": entry '" + e.id() + "': field 'related' names unknown entry '"
                            + r + "'");
                }
            }
        }
        for (Tool t : tools) {
            for (String code : t.names().keySet()) {
                if (!ids.contains(code)) {
                    problems.add("spellings.json: tool '" + t.id() + "': names unknown entry '" + code + "'");
                }
            }
        }
        Set<String> confusionIds = new HashSet<>();
        for (Confusion c : confusions) {
            String where = "confusions.json: confusion '" + c.id() + "'";
            if (blank(c.id()) || !confusionIds.add(c.id())) {
                problems.add(where + ": field 'id' is missing or duplicate");
            }
            if (c.codes() == null || c.codes().size() < 2) {
                problems.add(where + ": field 'codes' needs at least two entries");
            } else {
                c.codes().stream().filter(x -> !ids.contains(x))
                        .forEach(x -> problems.add(where + ": field 'codes' names unknown entry '" + x + "'"));
                if (c.compares() != null) {
                    if (c.compares().size() < 2) {
                        problems.add(where + ": field 'compares' needs at least two entries");
                    }
                    c.compares().stream().filter(x -> !c.codes().contains(x)).forEach(x -> problems.add(
                            where + ": field 'compares' names '" + x + "', which is not in 'codes'"));
                }
                if (c.hub() != null && !c.codes().contains(c.hub())) {
                    problems.add(where + ": field 'hub' names '" + c.hub() + "', which is not in 'codes'");
                }
                if (c.hub() != null && c.compares() != null) {
                    problems.add(where + ": fields 'hub' and 'compares' exclude each other");
                }
            }
            require(where, "title", c.title(), problems);
            require(where, "note", c.note(), problems);
            if (c.keyDifferences() == null || c.keyDifferences().isEmpty()) {
                problems.add(where + ": field 'keyDifferences' is missing or empty");
            }
            if (c.whenToUseWhich() == null || c.whenToUseWhich().isEmpty()) {
                problems.add(where + ": field 'whenToUseWhich' is missing or empty");
            }
        }
        for (Kind k : List.of(Kind.RCODE, Kind.EDE, Kind.OPCODE)) {
            coverage(k, entries.stream().filter(e -> e.kind() == k).toList(), problems);
        }
        if (entries.stream().noneMatch(e -> e.kind() == Kind.PSEUDO)) {
            problems.add("pseudo.json: no pseudo-code entries (NODATA is expected)");
        }
    }

    /** Every value 0..max of a registry must have an answer, and ranges must not overlap anything. */
    private static void coverage(Kind kind, List<Entry> list, List<String> problems) {
        List<Entry> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Entry::value).thenComparingInt(Entry::to));
        int next = 0;
        Entry last = null;
        for (Entry e : sorted) {
            if (e.value() > next) {
                problems.add(gap(kind, next, e.value() - 1, last, e));
            } else if (e.value() < next && (e.isRange() || last != null && last.isRange())) {
                problems.add(file(kind) + ": entry '" + e.id() + "': field 'value'/'to' overlaps entry '"
                        + last.id() + "'");
            }
            next = Math.max(next, e.to() + 1);
            last = e;
        }
        if (next <= kind.maxValue()) {
            problems.add(gap(kind, next, kind.maxValue(), last, null));
        }
    }

    private static String gap(Kind kind, int from, int to, Entry before, Entry after) {
        String where = before == null && after == null ? "no entries at all"
                : (before == null ? "" : "after entry '" + before.id() + "'")
                + (before != null && after != null ? ", " : "")
                + (after == null ? "" : "before entry '" + after.id() + "'");
        return file(kind) + ": " + (from == to ? "value " + from + " has" : "values " + from + "-" + to + " have")
                + " no entry (" + where + "): add an entry or widen a range's field 'value'/'to'";
    }

    /** The data file that holds entries of a kind. */
    static String file(Kind kind) {
        return switch (kind) {
            case RCODE -> "rcodes.json";
            case EDE -> "ede.json";
            case OPCODE -> "opcodes.json";
            case PSEUDO -> "pseudo.json";
        };
    }

    private static void require(String where, String field, String value, List<String> problems) {
        if (blank(value)) {
            problems.add(where + ": field '" + field + "' is missing or blank");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
