package org.rcodels.server.scan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.output.DigOutputScannerTest.no;
import static org.rcodels.server.scan.output.DigOutputScannerTest.yes;

import org.junit.jupiter.api.Test;
import org.rcodels.server.scan.Mention;

/** kdig +json: the EDNS object's RCODE and the EDE objects; ext-rcode of the text form. Cursor is ‸. */
class KdigJsonTest {

    private static final String HEAD = "{\n  \"ID\": 23716,\n  \"QR\": 1,\n  \"Opcode\": 0,\n  \"RCODE\": 5,\n"
            + "  \"QDCOUNT\": 1,\n  \"ANCOUNT\": 0,\n";

    private static String edns(String rcode, String ede) {
        return HEAD + "  \"EDNS\": {\n    \"Version\": 0,\n    \"FLAGS\": [\n      \"DO\"\n    ],\n"
                + "    \"RCODE\": \"" + rcode + "\",\n    \"UDPSIZE\": 1232,\n    \"EDE\": {\n" + ede + "    }\n  }\n}";
    }

    private static final String EDE = "      \"CODE\": 18,\n      \"Purpose\": \"Prohibited\",\n"
            + "      \"TEXT\": \"client 192.0.2.1 not allowed\"\n";

    @Test
    void prettyPrintedEde() {
        Mention m = yes(edns("REFUSED", EDE.replace("18,", "1‸8,")), "ede:18", "18");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertEquals("knot", m.tool());
        assertEquals("note.edeNumber", m.note());
        Mention p = yes(edns("REFUSED", EDE.replace("\"Prohibited\"", "\"Prohib‸ited\"")), "ede:18", "Prohibited");
        assertEquals(Mention.Role.NAME, p.role());
        no(edns("REFUSED", EDE.replace("not allowed", "not al‸lowed")));
        yes(edns("REFUSED", "      \"CODE\": 4‸0\n"), "ede:range:36-49151", "40");
    }

    @Test
    void compactedEde() {
        yes("\"EDE\": {\"CODE\": 1‸8, \"Purpose\": \"Prohibited\", \"TEXT\": \"blocked\"}", "ede:18", "18");
        yes("\"EDE\": {\"CODE\": 18, \"Purpose\": \"Prohib‸ited\", \"TEXT\": \"blocked\"}", "ede:18", "Prohibited");
        yes("{\"EDNS\":{\"Version\":0,\"FLAGS\":[],\"RCODE\":\"NOERROR\",\"EDE\":{\"CODE\":1‸5}}}", "ede:15", "15");
        yes("{\"EDNS\": {\"EDE\": {\"CODE\": 22, \"Purpose\": \"No Reachable Auth‸ority\"}}}", "ede:22",
                "No Reachable Authority");
    }

    @Test
    void codeOutsideAnEdeObjectIsNoMention() {
        no("{\"error\": {\"CODE\": 1‸8, \"Purpose\": \"Prohibited\"}}");
        no("{\n  \"error\": {\n    \"CODE\": 1‸8,\n    \"Purpose\": \"Prohibited\"\n  }\n}");
        no("{\n  \"error\": {\n    \"CODE\": 18,\n    \"Purpose\": \"Prohib‸ited\"\n  }\n}");
        no("  \"CODE\": 1‸8,");
        no("\"EDE\": \"CODE\": 1‸8");
    }

    @Test
    void ednsRcodeCountsWhereTheOptRecordAddsToTheHeader() {
        yes(edns("BAD‸VERS", EDE), "rcode:16:badvers", "BADVERS");
        yes(edns("BAD‸COOKIE", EDE), "rcode:23", "BADCOOKIE");
        // kdig's form for a value it has no name for
        yes(edns("RCODE1‸00", EDE), "rcode:range:24-3840", "RCODE100");
        // the header's "RCODE" number already says it
        no(edns("REF‸USED", EDE));
        no(edns("NO‸ERROR", EDE));
        yes("{\"ID\": 1, \"RCODE\": 0, \"EDNS\": {\"Version\": 0, \"FLAGS\": [], \"RCODE\": \"BAD‸VERS\"}}",
                "rcode:16:badvers", "BADVERS");
        // a string "RCODE" outside kdig's EDNS object
        no("{\"name\": \"x\", \"RCODE\": \"BAD‸VERS\"}");
        no("{\"EDNS\": {\"Version\": 0}, \"RCODE\": \"BAD‸VERS\"}");
        no("{\n  \"answer\": {\n    \"RCODE\": \"BAD‸VERS\"\n  }\n}");
    }

    @Test
    void kdigTextExtRcode() {
        // kdig prints the OPT record's upper bits: NOERROR there says they are 0, whatever the reply's RCODE
        no(";; Version: 0; flags: do; UDP size: 1232 B; ext-rcode: NOER‸ROR");
        yes(";; Version: 0; flags: do; UDP size: 1232 B; ext-rcode: BAD‸VERS", "rcode:16:badvers", "BADVERS");
    }
}
