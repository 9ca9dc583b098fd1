package org.rcodels.catalog;

/** The registry a code belongs to. PSEUDO is for NODATA, which is not a registry value. */
public enum Kind {
    RCODE, EDE, OPCODE, PSEUDO;

    /** The id prefix used in data files ("rcode", "ede", "opcode", "pseudo"). */
    public String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The highest value the registry can hold. */
    public int maxValue() {
        return switch (this) {
            case RCODE, EDE -> 65535;
            case OPCODE -> 15;
            case PSEUDO -> 0;
        };
    }
}
