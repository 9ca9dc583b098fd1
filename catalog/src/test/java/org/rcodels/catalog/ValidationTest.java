package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A broken data set must not load, and the error must name the file, the entry and the field. The data set here is a
 * small, complete one built in memory, so these tests do not depend on the shipped data.
 */
class ValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Map<String, ObjectNode> files;

    @BeforeEach
    void minimalValidDataSet() {
        files = new HashMap<>();
        files.put("rcodes.json", codes("RCODE", entry("rcode:0", 0, null, null, "HEADER"),
                entry("rcode:range:1-65535", 1, 65535, "UNASSIGNED", "HEADER")));
        files.put("ede.json", codes("EDE", entry("ede:range:0-65535", 0, 65535, "UNASSIGNED", "EDE_OPTION")));
        files.put("opcodes.json", codes("OPCODE", entry("opcode:range:0-15", 0, 15, "UNASSIGNED", "OPCODE_FIELD")));
        files.put("pseudo.json", codes("PSEUDO", entry("pseudo:nodata", 0, null, "PSEUDO", "NONE")));
        ObjectNode spellings = JSON.createObjectNode();
        ObjectNode tool = spellings.putArray("tools").addObject();
        tool.put("id", "t").put("name", "Test tool").put("caseSensitive", false);
        tool.putObject("names").putArray("rcode:0").add("NOERROR");
        tool.putArray("numbered");
        files.put("spellings.json", spellings);
        ObjectNode confusions = JSON.createObjectNode();
        confusions.putArray("confusions");
        files.put("confusions.json", confusions);
    }

    @Test
    void theMinimalDataSetLoads() {
        Catalog c = load();
        assertEquals(5, c.entries().size());
        assertEquals("rcode:range:1-65535", c.lookup(Kind.RCODE, 5).get(0).id());
        assertEquals("t", c.resolve("noerror").stream().filter(s -> s.tool() != null).findFirst().orElseThrow()
                .tool().id());
    }

    @Test
    void missingHowToFix() {
        rcode0().remove("howToFix");
        assertProblem("rcodes.json", "'rcode:0'", "'howToFix'");
    }

    @Test
    void blankSummary() {
        rcode0().put("summary", "  ");
        assertProblem("rcodes.json", "'rcode:0'", "'summary'");
    }

    @Test
    void unknownRelatedId() {
        rcode0().putArray("related").add("rcode:999");
        assertProblem("rcodes.json", "'rcode:0'", "'related'", "'rcode:999'");
    }

    @Test
    void uncoveredRange() {
        ((ObjectNode) entries("rcodes.json").get(1)).put("to", 60000);
        String m = assertProblem("rcodes.json", "60001-65535", "'rcode:range:1-65535'", "'to'");
        assertTrue(m.contains("no entry"), m);
    }

    @Test
    void gapBetweenEntries() {
        ObjectNode range = (ObjectNode) entries("rcodes.json").get(1);
        range.put("id", "rcode:range:5-65535").put("value", 5);
        assertProblem("rcodes.json", "1-4", "'rcode:0'", "'rcode:range:5-65535'", "'value'");
    }

    @Test
    void overlappingRanges() {
        entries("ede.json").add(entry("ede:range:10-20", 10, 20, "UNASSIGNED", "EDE_OPTION"));
        assertProblem("ede.json", "'ede:range:10-20'", "'ede:range:0-65535'", "'value'/'to'");
    }

    @Test
    void unknownJsonProperty() {
        rcode0().put("colour", "red");
        String m = assertProblem("rcodes.json", "'rcode:0'", "'colour'");
        assertTrue(m.contains("howToFix"), "the known fields are listed: " + m);
    }

    @Test
    void aNotesComparesAndHubMustBeAmongItsCodes() {
        ObjectNode c = ((com.fasterxml.jackson.databind.node.ArrayNode) files.get("confusions.json")
                .get("confusions")).addObject();
        c.put("id", "x");
        c.putArray("codes").add("rcode:0").add("pseudo:nodata");
        c.put("title", "t").put("note", "n");
        c.putArray("keyDifferences").add("k");
        c.putArray("whenToUseWhich").add("w");
        c.putArray("compares").add("rcode:0").add("ede:range:0-65535");
        assertProblem("confusions.json", "'x'", "'compares'", "'ede:range:0-65535'");
        c.remove("compares");
        c.put("hub", "opcode:range:0-15");
        assertProblem("confusions.json", "'x'", "'hub'", "'opcode:range:0-15'");
    }

    @Test
    void unknownJsonPropertyInATool() {
        ((ObjectNode) files.get("spellings.json").get("tools").get(0)).put("aliases", "x");
        assertProblem("spellings.json", "'t'", "'aliases'");
    }

    @Test
    void spellingOfAnUnknownEntry() {
        ((ObjectNode) files.get("spellings.json").get("tools").get(0).get("names")).putArray("rcode:42").add("X42");
        assertProblem("spellings.json", "'t'", "'rcode:42'");
    }

    @Test
    void assignedEdeWithoutCertainty() {
        ArrayNode ede = entries("ede.json");
        ((ObjectNode) ede.get(0)).put("id", "ede:range:1-65535").put("value", 1);
        ede.add(entry("ede:0", 0, null, null, "EDE_OPTION"));
        assertProblem("ede.json", "'ede:0'", "'certainty'");
    }

    @Test
    void wrongTypeNamesTheEntry() {
        rcode0().put("severity", "CATASTROPHIC");
        assertProblem("rcodes.json", "'rcode:0'", "CATASTROPHIC");
    }

    @Test
    void missingFile() {
        files.remove("opcodes.json");
        assertProblem("opcodes.json", "missing");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        rcode0().remove("howToFix");
        rcode0().remove("wire");
        ((ObjectNode) entries("rcodes.json").get(1)).put("to", 100);
        String m = assertThrows(CatalogException.class, this::load).getMessage();
        for (String p : List.of("'howToFix'", "'wire'", "101-65535", "The catalog data is broken (")) {
            assertTrue(m.contains(p), "message lacks " + p + ":\n" + m);
        }
    }

    @Test
    void textWhereANumberBelongsNamesTheEntryAndTheField() {
        rcode0().put("value", "zero");
        String m = assertProblem("rcodes.json", "'rcode:0'", "whole number", ".entries[0].value");
        assertTrue(m.contains("found text"), m);
    }

    @Test
    void anUnknownFieldBeforeTheIdStillNamesTheEntry() {
        // the id comes after the bad field in the file: the message must still name the entry
        ObjectNode e = rcode0();
        ObjectNode reordered = JSON.createObjectNode();
        reordered.put("colour", "red");
        reordered.setAll(e);
        entries("rcodes.json").set(0, reordered);
        assertProblem("rcodes.json", "entry 'rcode:0'", "'colour'", "(at .entries[0].colour)");
    }

    @Test
    void aDuplicateKeyIsAnErrorWithItsLine() {
        String json = files.get("rcodes.json").toString().replace("\"severity\":\"INFO\"",
                "\"severity\":\"INFO\",\n\"severity\":\"OK\"");
        Map<String, byte[]> bytes = bytes();
        bytes.put("rcodes.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String m = assertThrows(CatalogException.class, () -> load(bytes)).getMessage();
        assertTrue(m.startsWith("rcodes.json: ") && m.contains("severity") && m.contains("line 2"), m);
    }

    @Test
    void brokenJsonSaysWhereInTheFile() {
        Map<String, byte[]> bytes = bytes();
        bytes.put("confusions.json", "{\n  \"confusions\": [\n    {\"id\": \"x\",,}\n  ]\n}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        String m = assertThrows(CatalogException.class, () -> load(bytes)).getMessage();
        assertTrue(m.startsWith("confusions.json: ") && m.contains("line 3"), m);
    }

    @Test
    void textAfterTheDocumentIsAnError() {
        Map<String, byte[]> bytes = bytes();
        bytes.put("pseudo.json", (files.get("pseudo.json").toString() + " {}").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        String m = assertThrows(CatalogException.class, () -> load(bytes)).getMessage();
        assertTrue(m.startsWith("pseudo.json: ") && m.contains("after the end"), m);
    }

    @Test
    void aSingleSpellingNeedsNoList() {
        ((ObjectNode) files.get("spellings.json").get("tools").get(0).get("names")).put("rcode:0", "NOERROR");
        assertEquals("t", load().resolve("NOERROR").stream().filter(s -> s.tool() != null).findFirst()
                .orElseThrow().tool().id());
    }

    @Test
    void aNumberedSpellingWithoutItsPlaceholderNamesTheTool() {
        ((ArrayNode) files.get("spellings.json").get("tools").get(0).get("numbered")).addObject()
                .put("template", "RCODE").put("from", 0).put("to", 15);
        assertProblem("spellings.json", "tool 't'", "{n}", ".numbered[0]");
    }

    @Test
    void anUnknownCarrierIsNamed() {
        ((ArrayNode) rcode0().get("carriers")).add("PIGEON");
        assertProblem("rcodes.json", "'rcode:0'", "'PIGEON' is not one of", ".carriers[1]");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String assertProblem(String... parts) {
        CatalogException ex = assertThrows(CatalogException.class, this::load);
        String m = ex.getMessage();
        // the parts must all be on one line: one problem names file, entry and field together
        boolean oneLine = m.lines().anyMatch(line -> List.of(parts).stream().allMatch(line::contains));
        assertTrue(oneLine, "no line of the message names all of "
                + List.of(parts) + ":\n" + m);
        for (String p : parts) {
            assertTrue(m.contains(p), "message lacks " + p + ":\n" + m);
        }
        return m;
    }

    private Catalog load() {
        return load(bytes());
    }

    private Map<String, byte[]> bytes() {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return bytes;
    }

    private static Catalog load(Map<String, byte[]> bytes) {
        return Catalog.load(name -> {
            byte[] b = bytes.get(name);
            return b == null ? null : (InputStream) new ByteArrayInputStream(b);
        });
    }

    private ObjectNode rcode0() {
        return (ObjectNode) entries("rcodes.json").get(0);
    }

    private ArrayNode entries(String file) {
        return (ArrayNode) files.get(file).get("entries");
    }

    private static ObjectNode codes(String kind, ObjectNode... entries) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind);
        ArrayNode a = n.putArray("entries");
        for (ObjectNode e : entries) {
            a.add(e);
        }
        return n;
    }

    private static ObjectNode entry(String id, int value, Integer to, String status, String carrier) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id).put("value", value);
        if (to != null) {
            n.put("to", to);
        }
        if (status != null) {
            n.put("status", status);
        }
        n.put("name", "Name of " + id).put("severity", "INFO").put("wire", "On the wire.");
        n.putArray("carriers").add(carrier);
        n.putArray("refs").addObject().put("rfc", 1035);
        for (String f : Content.FIELDS) {
            n.put(f, "Text for " + f + ".");
        }
        return n;
    }
}
