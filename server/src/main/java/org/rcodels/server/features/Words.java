package org.rcodels.server.features;

/** Small string helpers for slots and suggestions. Pure. */
final class Words {
    private Words() {
    }

    /** True if the first {@link Lexed#LIMIT} chars of the text contain any of the given substrings. */
    static boolean containsAny(String text, String... anchors) {
        int n = Math.min(text.length(), Lexed.LIMIT);
        String t = n == text.length() ? text : text.substring(0, n);
        for (String a : anchors) {
            if (t.indexOf(a) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Index of {@code lowerNeedle} in text[from, to) ignoring ASCII case, or -1. */
    static int indexOfIgnoreCase(String text, String lowerNeedle, int from, int to) {
        int n = lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        for (int i = from; i + n <= to; i++) {
            if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, lowerNeedle, 0, n)) {
                return i;
            }
        }
        return -1;
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

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps) between two strings,
     * or {@code limit + 1} as soon as it is known to exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit + 1);
    }
}
