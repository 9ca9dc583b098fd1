package org.rcodels.server.scan.log;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Windows DNS Server debug log (dns.log) packet lines: {@code ... PACKET ... UDP Snd <ip> <xid> R Q [8385 A DR
 * NXDOMAIN] PTR (3)254...}. The name before {@code ]} is the RCODE, and so is the low nibble of the first byte of the
 * 4-hex flags (the two header flag bytes are printed swapped): 8385 has 0x83, RCODE 3.
 */
final class WindowsDnsLogRule implements LogRule {
    private static final String TOOL = "windows-dnslog";

    private static final Pattern BRACKET = Pattern.compile(
            "\\[([0-9a-fA-F]{4})([ ATDR]{0,16}) ([A-Z][A-Z0-9]*)\\]");

    @Override
    public List<String> anchors() {
        return List.of(" PACKET ");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains(" PACKET ") && t.contains(" [") && (t.contains("UDP ") || t.contains("TCP "));
    }

    /**
     * Whether the packet is a response: {@code R} before the opcode letter ({@code ... d1a7 R Q [8385 ...}). A query
     * ({@code ... d1a7   Q [0001   D   NOERROR]}) shows its own, always zero, RCODE field, which answers nothing.
     */
    static boolean response(String t, int bracket) {
        int b = opcodeLetter(t, bracket);
        // b: the opcode letter (Q, N, U, ?); then one space and the R flag, or spaces
        return b >= 2 && t.charAt(b - 1) == ' ' && t.charAt(b - 2) == 'R';
    }

    /** The index of the opcode letter before the bracket, or -1. */
    private static int opcodeLetter(String t, int bracket) {
        int b = bracket - 1;
        while (b >= 0 && t.charAt(b) == ' ') {
            b--;
        }
        return b >= 1 && t.charAt(b - 1) == ' ' ? b : -1;
    }

    /**
     * The OPCODE the legend of the log's header gives to each letter ("Opcode Q/N/U/?"): NOTIFY and UPDATE. Q, a
     * standard query, is on nearly every packet line and says nothing a reader needs explained (a summary would
     * count it once per packet); '?' stands for any other and names none.
     */
    private static String opcodeId(char letter) {
        return switch (letter) {
            case 'N' -> "opcode:4";
            case 'U' -> "opcode:5";
            default -> null;
        };
    }

    /** A packet line is the rule's even when it names nothing (a query): its words are not guessed at. */
    @Override
    public boolean owns(org.rcodels.server.scan.ScanContext ctx, int line, String t) {
        return BRACKET.matcher(t).find();
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        Matcher m = BRACKET.matcher(t);
        if (!m.find()) {
            return;
        }
        int op = opcodeLetter(t, m.start());
        String opcode = op < 0 ? null : opcodeId(t.charAt(op));
        if (opcode != null) {
            // queries too: the letter is the message's OPCODE either way (an update that fails shows R U [... REFUSED])
            Scans.entry(ctx, out, line, t, op, op + 1, opcode, Mention.Role.NAME, TOOL, "note.windowsOpcode");
        }
        if (!response(t, m.start())) {
            return;
        }
        String hex = m.group(1);
        int rcode = Character.digit(hex.charAt(1), 16);
        LogMentions.value(ctx, out, line, t, m.start(1), m.end(1), rcode, Mention.Role.NUMBER, TOOL,
                "note.windowsFlags", "hex", "0x" + hex.substring(0, 2));
        LogMentions.rcodeName(ctx, out, line, t, m.start(3), m.end(3), TOOL);
    }
}
