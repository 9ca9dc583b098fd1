package org.rcodels.server.render;

/**
 * How many terminal columns a text takes, for aligning plain-text tables: East Asian wide characters (CJK
 * ideographs, kana, Hangul, full-width forms) take two columns; the invisible bidi and zero-width controls (the
 * isolates and marks of {@link Bidi}, ZWSP, ZWNJ, ZWJ, word joiner, BOM) none; every other code point one. Combining
 * marks and emoji are counted as one, which is close enough for the labels and names rcode-ls prints.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += invisible(cp) ? 0 : wide(cp) ? 2 : 1;
        }
        return w;
    }

    /** Format controls that take no column: ALM, ZWSP to RLM, LRE to RLO, word joiner to PDI, BOM. */
    static boolean invisible(int cp) {
        return cp == 0x061C
                || cp >= 0x200B && cp <= 0x200F
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2060 && cp <= 0x2069 && cp != 0x2065
                || cp == 0xFEFF;
    }

    static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F          // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0xA4CF      // CJK radicals, punctuation, kana, ideographs, Yi
                || cp >= 0xAC00 && cp <= 0xD7A3      // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF      // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F      // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60      // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;   // CJK extension planes
    }
}
