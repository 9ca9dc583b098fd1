package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** Wireshark / tshark text output: packet-list Info column, tshark -V fields, display filters. Cursor is ‸. */
class TsharkRuleTest {
    private static final Dialect LOG = Dialect.LOG;
    private static final Dialect TEXT = Dialect.TEXT;
    private static final String LIST = "    2 0.013000 192.168.1.1 → 192.168.1.20 DNS 154 ";

    // ------------------------------------------------------------------------------------------------ Info column

    @Test
    void infoColumnNamesTheRcodeInWiresharksSpelling() {
        Mention m = assertMention(LOG, LIST + "Standard query response 0x1234 No such ‸name A nothere.example.com SOA "
                + "a.iana-servers.net", "rcode:3", "No such name");
        assertEquals("wireshark", m.tool());
        assertEquals(Mention.Role.NAME, m.role());
        assertNull(m.note());
        assertMention(TEXT, LIST + "Standard query response 0x3456 Server fail‸ure AAAA broken.example.net",
                "rcode:2", "Server failure");
        assertMention(TEXT, "   14 2.000000 192.168.1.1 -> 192.168.1.20 DNS 120 Dynamic update response 0x1239 "
                + "Not authori‸tative SOA example.com", "rcode:9", "Not authoritative");
        assertMention(LOG, LIST + "Dynamic update response 0x123b RRset does not ‸exist SOA example.com", "rcode:8",
                "RRset does not exist");
        assertMention(LOG, LIST + "Dynamic update response 0x123a RRset ‸exists SOA example.com", "rcode:7",
                "RRset exists");
        assertMention(LOG, LIST + "Dynamic update response 0x123d Name out of ‸zone", "rcode:10", "Name out of zone");
        assertMention(LOG, LIST + "Inverse query response 0x0001 Not imple‸mented", "rcode:4", "Not implemented");
        assertMention(LOG, LIST + "Standard query response 0x4567 Ref‸used A internal.corp.example", "rcode:5",
                "Refused");
    }

    @Test
    void olderInfoColumnsWithACommaAfterTheId() {
        assertMention(LOG, LIST + "Standard query response 0x1234, No such ‸name", "rcode:3", "No such name");
        assertMention(LOG, LIST + "Standard query response, Format ‸error", "rcode:1", "Format error");
    }

    @Test
    void aValueWithoutANameIsItsNumber() {
        Mention m = assertMention(LOG, LIST + "Standard query response 0x123e Unknown error (1‸2) A odd.example",
                "rcode:range:12-15", "12");
        assertEquals(Mention.Role.NUMBER, m.role());
    }

    @Test
    void noErrorIsNotPrintedAndOtherColumnsAreNotCodes() {
        assertNoMention(LOG, LIST + "Standard query response 0x2345 ‸A example.com A 93.184.216.34");
        assertNoMention(LOG, "    ‸2 0.013000 192.168.1.1 → 192.168.1.20 DNS 154 Standard query response 0x1234 "
                + "No such name A x.example");
        assertNoMention(LOG, LIST + "Standard query response 0x‸1234 No such name A x.example");
        assertNoMention(LOG, "    2 0.013000 192.168.1.1 → 192.168.1.20 DNS 1‸54 Standard query response 0x1234 "
                + "No such name A x.example");
        assertNoMention(LOG, LIST + "Standard query 0x1234 A ‸nothere.example.com");
        // the header RCODE has 4 bits: a longer name cannot be the Info column's code
        assertNoMention(LOG, LIST + "Standard query response 0x1234 Bad/missing Server ‸Cookie");
        // not after an opcode name, not Wireshark's id form, not Wireshark's case
        assertNoMention(LOG, "got a response 0x1234 Ref‸used from the upstream");
        assertNoMention(LOG, LIST + "Standard query response 0x12345 Ref‸used");
        assertNoMention(LOG, LIST + "Standard query response 0x1234 no such ‸name");
    }

    // ------------------------------------------------------------------------------------------------- tshark -V

    @Test
    void flagsSummary() {
        assertMention(TEXT, "    Flags: 0x8183 Standard query response, No such ‸name", "rcode:3", "No such name");
        assertMention(TEXT, "    Flags: 0x8180 Standard query response, No ‸error", "rcode:0", "No error");
        assertNoMention(TEXT, "    Flags: 0x0100 Standard ‸query");
    }

    @Test
    void replyCodeBitField() {
        Mention m = assertMention(TEXT, "        .... .... .... 0011 = Reply code: No such ‸name (3)", "rcode:3",
                "No such name");
        assertEquals("wireshark", m.tool());
        assertMention(TEXT, "        .... .... .... 0000 = Reply code: No ‸error (0)", "rcode:0", "No error");
        assertMention(TEXT, "        .... .... .... 0101 = Reply code: Ref‸used (5)", "rcode:5", "Refused");
        assertMention(TEXT, "        .... .... .... 1100 = Reply code: Unknown (1‸2)", "rcode:range:12-15", "12");
        // the name is the mention, not the number; a name and a number that disagree are neither
        assertNoMention(TEXT, "        .... .... .... 0011 = Reply code: No such name (‸3)");
        assertNoMention(TEXT, "        .... .... .... 0011 = Reply code: No such ‸name (2)");
        // another protocol's reply code, or not the bit field form
        assertNoMention(TEXT, "        .... .... .... 0000 = Reply code: Success (‸0)");
        assertNoMention(TEXT, "Reply code: No such ‸name (3)");
        assertNoMention(TEXT, "        .000 0... .... .... = Opcode: Standard query (‸0)");
    }

    // ------------------------------------------------------------------------------------------- display filters

    @Test
    void rcodeFilters() {
        Mention m = assertMention(TEXT, "tshark -r x.pcap -Y 'dns.flags.rcode == ‸3'", "rcode:3", "3");
        assertEquals(Mention.Role.NUMBER, m.role());
        assertEquals("note.numericField", m.note());
        assertMention(TEXT, "tshark -Y \"dns.flags.rcode==‸3\"", "rcode:3", "3");
        assertMention(TEXT, "tshark -Y 'dns.flags.rcode != ‸0 && dns.flags.response == 1'", "rcode:0", "0");
        assertMention(LOG, "color filter: !dns.flags.rcode == ‸0 && dns.flags.response == 1", "rcode:0", "0");
        assertMention(TEXT, "dns.flags.rcode eq ‸2", "rcode:2", "2");
        assertMention(TEXT, "dns.flags.rcode in {2 ‸5}", "rcode:5", "5");
        assertMention(TEXT, "dns.flags.rcode in {‸2,5}", "rcode:2", "2");
    }

    @Test
    void tsigErrorFiltersUseTheTsigMeaning() {
        Mention m = assertMention(TEXT, "tshark -Y 'dns.tsig.error == 1‸6'", "rcode:16:badsig", "16");
        assertEquals("note.tsigContext", m.note());
        assertEquals(List.of("n", "16", "name", "BADSIG"), m.noteArgs());
        assertMention(TEXT, "dns.tsig.error == ‸9", "rcode:9:tsig", "9");
        assertMention(TEXT, "dns.tsig.error != 1‸8", "rcode:18", "18");
    }

    @Test
    void filterNumbersThatAreNotValuesOfTheField() {
        assertNoMention(TEXT, "dns.flags.rcode == 1‸6");
        assertNoMention(TEXT, "dns.flags.rcode > ‸0");
        assertNoMention(TEXT, "dns.flags.rcode == 0x‸3");
        assertNoMention(TEXT, "dns.flags.rcode == 3.‸5");
        assertNoMention(TEXT, "dns.flags.rcode_x == ‸3");
        assertNoMention(TEXT, "xdns.flags.rcode == ‸3");
        assertNoMention(TEXT, "tshark -T fields -e dns.flags.rcode -e ‸dns.id");
        assertNoMention(TEXT, "dns.flags.rcode in {2..‸5}");
        assertNoMention(TEXT, "dns.tsig.error == 7‸0000");
    }

    @Test
    void oneMentionPerCode() {
        List<Mention> all = ScanHarness.mentions(TEXT, LIST + "Standard query response 0x1234 No such name A x.example"
                + "\n        .... .... .... 0011 = Reply code: No such name (3)\ndns.flags.rcode in {2 5}");
        assertEquals(4, all.size(), all.toString());
        assertTrue(all.stream().allMatch(x -> "wireshark".equals(x.tool())));
    }
}
