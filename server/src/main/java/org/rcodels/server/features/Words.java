package org.rcodels.server.features;

/** Small helpers for words that may be numbers, for slots and diagnostics. Pure. */
final class Words {
    private Words() {
    }

    /** The value of a run of 1-9 ASCII digits, or -1 for anything else. */
    static long digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True if the text is a run of ASCII digits (of any length). */
    static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
