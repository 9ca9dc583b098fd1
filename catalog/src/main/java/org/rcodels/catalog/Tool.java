package org.rcodels.catalog;

import java.util.List;
import java.util.Map;

/**
 * A tool, library or format and how it spells codes.
 *
 * @param id            short id used by scanners and completion ("bind", "unbound", "coredns", "dnsdist")
 * @param name          display name ("Unbound (sldns)")
 * @param caseSensitive whether the tool's own parser matches names exactly
 * @param names         code id to spellings; the first spelling is the one the tool prints or prefers
 * @param numbered      spellings built from a number, such as {@code RESERVED{n}} or {@code Resp{n}}
 */
public record Tool(String id, String name, boolean caseSensitive, Map<String, List<String>> names,
                   List<NumberedSpelling> numbered) {

    /** The tool's preferred spelling of a code, or null if it has none. */
    public String spellingOf(String codeId) {
        List<String> s = names.get(codeId);
        return s == null || s.isEmpty() ? null : s.get(0);
    }
}
