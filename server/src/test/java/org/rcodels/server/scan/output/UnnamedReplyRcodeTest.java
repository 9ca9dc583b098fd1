package org.rcodels.server.scan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.features.HoverFeature;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/**
 * BIND's {@code ?17} to {@code ?22} in a reply's RCODE (dig {@code status: ?22}, host {@code 22(?22)}): BIND's table
 * of header and OPT RCODEs has no names for 17-22, which exist only in the TSIG and TKEY Error fields (DNS-FACTS A.2,
 * A.4). The mention keeps the registry entry, says so in a note, and claims no BIND spelling; {@code ?24} and the
 * TSIG record's own error names are unchanged.
 */
class UnnamedReplyRcodeTest {
    private static final Texts EN = Catalog.standard().texts("en");
    private static final String NOTE = DigOutputScanner.NOTE_UNNAMED_IN_REPLY;

    static Mention yes(String text, String id, String mention) {
        return ScanHarness.assertMention(Dialect.DIG, text, id, mention);
    }

    /** The plain-text hover at the cursor. */
    static String hover(String textWithCursor) {
        int line = 0;
        int col = -1;
        String[] lines = textWithCursor.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int c = lines[i].indexOf(ScanHarness.CURSOR);
            if (c >= 0) {
                line = i;
                col = c;
            }
        }
        TextContext ctx = ScanHarness.context(Dialect.DIG, textWithCursor.replace(ScanHarness.CURSOR, ""));
        return HoverFeature.hover(ctx, line, col, EN, false).orElseThrow().content();
    }

    @Test
    void digStatusQuestion22HasTheNoteAndNoToolSpelling() {
        Mention m = yes(";; ->>HEADER<<- opcode: QUERY, status: ?2‸2, id: 2", "rcode:22", "?22");
        assertEquals(NOTE, m.note());
        assertNull(m.tool(), "BIND does not spell a reply's 22 BADTRUNC");
        assertEquals(Mention.Role.NAME, m.role());
        for (int n = 17; n <= 22; n++) {
            Mention k = yes(";; ->>HEADER<<- opcode: QUERY, status: ?" + n + "‸, id: 2", "rcode:" + n, "?" + n);
            assertEquals(NOTE, k.note(), "?" + n);
        }
        // dig +yaml
        Mention y = yes("-\n  message:\n    response_message_data:\n      opcode: QUERY\n      status: ?1‸7\n",
                "rcode:17", "?17");
        assertEquals(NOTE, y.note());
    }

    @Test
    void theHoverSaysSoAndDoesNotClaimBindSpellsItBadtrunc() {
        String h = hover(";; ->>HEADER<<- opcode: QUERY, status: ?2‸2, id: 2");
        assertTrue(h.contains("BIND prints ?22 here because its table of reply RCODEs (header and OPT record) has no "
                + "name for 22"), h);
        assertTrue(h.contains("as the RCODE of a reply, 22 has no assigned meaning"), h);
        assertFalse(h.contains("This file's tool"), h);
        // the note is there in other languages too
        TextContext ctx = ScanHarness.context(Dialect.DIG, ";; ->>HEADER<<- opcode: QUERY, status: ?22, id: 2");
        String fr = HoverFeature.hover(ctx, 0, 40, Catalog.standard().texts("fr"), false).orElseThrow().content();
        assertTrue(fr.contains("BIND affiche ?22 ici"), fr);
    }

    @Test
    void hostNumberAndNameBothCarryTheNote() {
        Mention num = yes("Host example.org not found: 2‸2(?22)", "rcode:22", "22");
        Mention name = yes("Host example.org not found: 22(?2‸2)", "rcode:22", "?22");
        assertEquals(NOTE, num.note());
        assertEquals(NOTE, name.note());
        assertNull(num.tool());
        assertNull(name.tool());
        // an ordinary host line keeps BIND's spelling and the numeric-field note
        Mention three = yes("Host x.example not found: ‸3(NXDOMAIN)", "rcode:3", "3");
        assertEquals("bind", three.tool());
        assertEquals("note.numericField", three.note());
    }

    @Test
    void otherBindLinesThatPrintTheReplyRcode() {
        assertEquals(NOTE, yes(";; Got ?1‸8 reply from 192.0.2.1, trying next server", "rcode:18", "?18").note());
        assertEquals(NOTE, yes("** server can't find example.org: ?2‸1", "rcode:21", "?21").note());
    }

    @Test
    void question24AndTheNamedCodesAreUnchanged() {
        Mention q24 = yes(";; ->>HEADER<<- opcode: QUERY, status: ?2‸4, id: 2", "rcode:range:24-3840", "?24");
        assertNull(q24.note());
        assertEquals("bind", q24.tool());
        assertTrue(hover(";; ->>HEADER<<- opcode: QUERY, status: ?2‸4, id: 2").contains("spells it ?24"));
        Mention badvers = yes(";; ->>HEADER<<- opcode: QUERY, status: BAD‸VERS, id: 1", "rcode:16:badvers",
                "BADVERS");
        assertNull(badvers.note());
        assertEquals("bind", badvers.tool());
        // in a TSIG record BADTRUNC is BIND's name for the TSIG error 22
        Mention tsig = yes(";; TSIG PSEUDOSECTION:\ntsig-key.\t\t0\tANY\tTSIG\thmac-sha256. 1700000000 300 0  43575 "
                + "BAD‸TRUNC 0", "rcode:22", "BADTRUNC");
        assertNull(tsig.note());
        assertEquals("bind", tsig.tool());
        assertTrue(ScanHarness.mentions(Dialect.DIG, "update failed: NOTAUTH(BADTRUNC)").stream()
                .map(Mention::note).allMatch(n -> n == null || !n.equals(NOTE)));
        assertEquals(List.of(), ScanHarness.mentions(Dialect.DIG, ";; ->>HEADER<<- opcode: QUERY, status: ??22, id: 1")
                .stream().filter(x -> NOTE.equals(x.note())).toList());
    }
}
