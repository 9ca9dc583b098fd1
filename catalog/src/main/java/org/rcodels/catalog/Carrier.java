package org.rcodels.catalog;

/** Where on the wire a code can be carried. */
public enum Carrier {
    /** The 4-bit RCODE field of the message header (0-15). */
    HEADER,
    /** The EDNS OPT pseudo-RR EXTENDED-RCODE, combined with the header's 4 bits (0-4095). */
    OPT,
    /** The 16-bit Error field of a TSIG RR. */
    TSIG,
    /** The 16-bit Error field of a TKEY RR. */
    TKEY,
    /** An EDNS option 15 (Extended DNS Error) INFO-CODE. */
    EDE_OPTION,
    /** The 4-bit OPCODE field of the message header. */
    OPCODE_FIELD,
    /** Not carried at all: a pseudo-code inferred from the rest of the message (NODATA). */
    NONE
}
