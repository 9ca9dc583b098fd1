package org.rcodels.server.scan.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of a fixed set of ASCII literals occur in a text, found in one pass (an Aho-Corasick automaton with its
 * failure links folded into a full transition table). Each literal carries a bit; {@link #find} returns the OR of
 * the bits of every literal that occurs. {@link LogScanner} uses it to ask only the rules whose anchors are on a
 * line, instead of every rule running its own {@code contains} calls: one look at each char instead of thirty
 * searches of the line.
 */
final class Anchors {
    private static final int ALPHABET = 128;

    /** transition[state * 128 + c]: the next state after ASCII char c. */
    private final int[] transition;
    /** found[state]: the bits of every literal that ends at this state (itself or through failure links). */
    private final long[] found;

    /** {@code literals.get(i)} carries {@code bits[i]}; every literal is non-empty ASCII. */
    Anchors(List<String> literals, long[] bits) {
        List<int[]> go = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        go.add(newRow());
        out.add(0L);
        for (int i = 0; i < literals.size(); i++) {
            String lit = literals.get(i);
            if (lit.isEmpty()) {
                throw new IllegalArgumentException("empty anchor");
            }
            int s = 0;
            for (int k = 0; k < lit.length(); k++) {
                char c = lit.charAt(k);
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("anchor is not ASCII: " + lit);
                }
                if (go.get(s)[c] < 0) {
                    go.get(s)[c] = go.size();
                    go.add(newRow());
                    out.add(0L);
                }
                s = go.get(s)[c];
            }
            out.set(s, out.get(s) | bits[i]);
        }
        int n = go.size();
        int[] fail = new int[n];
        transition = new int[n * ALPHABET];
        found = new long[n];
        // breadth first: a state's failure state is complete before the state is
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int t = go.get(0)[c];
            transition[c] = t < 0 ? 0 : t;
            if (t > 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        found[0] = out.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            found[s] = out.get(s) | found[fail[s]];
            for (int c = 0; c < ALPHABET; c++) {
                int t = go.get(s)[c];
                if (t < 0) {
                    transition[s * ALPHABET + c] = transition[fail[s] * ALPHABET + c];
                } else {
                    fail[t] = transition[fail[s] * ALPHABET + c];
                    transition[s * ALPHABET + c] = t;
                    queue.add(t);
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** The OR of the bits of the literals that occur in text[0, end). */
    long find(String text, int end) {
        int[] tr = transition;
        long[] f = found;
        long bits = 0;
        int s = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            // no literal holds a char beyond ASCII: such a char ends every partial match
            s = c < ALPHABET ? tr[(s << 7) | c] : 0;
            bits |= f[s];
        }
        return bits;
    }
}
