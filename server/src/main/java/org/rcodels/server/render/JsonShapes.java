package org.rcodels.server.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rcodels.catalog.Confusion;

/**
 * The JSON shapes of {@code --format json}. They are a public interface: add fields, never rename or remove one.
 * Every key listed is always present; a missing value is {@code null} (never an absent key). Prose is in the
 * chosen language; enum values (kind, status, carriers, severity, certainty) are stable upper-case English words.
 *
 * <pre>
 * Entry {
 *   id            "rcode:3", "rcode:16:badsig", "ede:18", "opcode:5", "pseudo:nodata", "rcode:range:24-3840"
 *   kind          "RCODE" | "EDE" | "OPCODE" | "PSEUDO"
 *   value, to     first and last value (equal unless the entry is a range)
 *   number        "3" or "24-3840"
 *   title         "NXDOMAIN (3)", "EDE 18 Prohibited"
 *   name          canonical name; ianaName, ianaDescription: as in the IANA registry (may be null)
 *   status        "ASSIGNED" | "UNASSIGNED" | "PRIVATE_USE" | "RESERVED" | "PSEUDO"
 *   carriers      ["HEADER" | "OPT" | "TSIG" | "TKEY" | "EDE_OPTION" | "OPCODE_FIELD" | "NONE"]
 *   severity      "OK" | "INFO" | "WARNING" | "ERROR"
 *   certainty     "STANDARD" | "IMPLEMENTED" | "REPORTED"; certaintyNote (may be null)
 *   summary, description, whenYouSeeIt, howToFix, useWhen, wire     prose
 *   refs          [{label: "RFC 1035 §4.1.1", url: "https://www.rfc-editor.org/..." | null}]
 *   spellings     {toolId: ["NXDOMAIN", ...]}
 *   related       [entry id]
 *   confusions    [Confusion]
 *   notes         [context note]  (e.g. "5000 lies in this range.")
 *   thisTool      {tool, spelling} | null
 * }
 * Confusion  { id, codes: [entry id], title, note, keyDifferences: [..], whenToUseWhich: [..] }
 * Comparison { title, intro, a: Entry, b: Entry, keyDifferences: [..], whenToUseWhich: [..], confusion: Confusion | null }
 * ListRow    { id, kind, value, to, number, name, status, summary }
 *
 * explain: { language, results: [{ input, entries: [Entry] }] }
 * compare: { language, notes: [..], comparisons: [Comparison] }
 * list:    { language, entries: [ListRow] }
 * </pre>
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    public static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Pretty-printed JSON followed by a newline. */
    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode confusion(Confusion c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        ArrayNode codes = n.putArray("codes");
        c.codes().forEach(codes::add);
        n.put("title", c.title());
        n.put("note", c.note());
        ArrayNode kd = n.putArray("keyDifferences");
        c.keyDifferences().forEach(kd::add);
        ArrayNode wu = n.putArray("whenToUseWhich");
        c.whenToUseWhich().forEach(wu::add);
        return n;
    }
}
