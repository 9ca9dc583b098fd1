package org.rcodels.catalog;

import java.util.List;
import java.util.Set;

/**
 * One code, or one range of values that share a status (for example RCODE 24-3840, unassigned). Immutable.
 *
 * @param id            stable id: {@code rcode:3}, {@code rcode:16:badsig}, {@code ede:18}, {@code opcode:5},
 *                      {@code pseudo:nodata}, {@code rcode:range:24-3840}
 * @param value         the value, or the first value of a range
 * @param to            the last value of a range; equal to {@code value} for a single code
 * @param name          the canonical name used in hovers (NXDOMAIN, BADSIG, "Prohibited"); for a range, its status words
 * @param ianaName      the registry's mnemonic or purpose text as IANA spells it (may be null for ranges)
 * @param ianaDescription the registry's description column (may be null)
 * @param carriers      where on the wire the code can be carried
 * @param wire          what that means on the wire, in English (e.g. BADCOOKIE is header 7 + OPT 1)
 * @param refs          defining documents
 * @param related       ids of related entries
 * @param content       the English prose; translations live in i18n files
 */
public record Entry(
        String id,
        Kind kind,
        int value,
        int to,
        Status status,
        String name,
        String ianaName,
        String ianaDescription,
        Set<Carrier> carriers,
        String wire,
        List<Ref> refs,
        List<String> related,
        Severity severity,
        Certainty certainty,
        String certaintyNote,
        Content content) {

    public boolean isRange() {
        return to != value;
    }

    public boolean contains(int v) {
        return v >= value && v <= to;
    }

    /** "3", "16" or "24-3840". */
    public String number() {
        return isRange() ? value + "-" + to : Integer.toString(value);
    }

    /** True for the TSIG-context meanings of 9 and 16 and for the TSIG/TKEY-only codes. */
    public boolean tsigContext() {
        return carriers.contains(Carrier.TSIG) || carriers.contains(Carrier.TKEY);
    }

    /** "NXDOMAIN (3)", "EDE 18 Prohibited", "OPCODE 5 UPDATE", "NODATA". */
    public String title() {
        return switch (kind) {
            case RCODE -> isRange() ? "RCODE " + number() + " " + name : name + " (" + number() + ")";
            case EDE -> "EDE " + number() + " " + name;
            case OPCODE -> "OPCODE " + number() + " " + name;
            case PSEUDO -> name;
        };
    }
}
