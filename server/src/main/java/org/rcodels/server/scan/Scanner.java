package org.rcodels.server.scan;

import java.util.List;

/**
 * Finds mentions in one line of one dialect. Pure: no I/O, no state between calls, never throws on odd input (a
 * line it does not understand simply yields nothing). Precision matters as much as recall: prefer no mention to a
 * wrong one.
 */
public interface Scanner {

    /** How far from the scanned line a scanner may look for context, in lines. */
    int MAX_CONTEXT = 200;

    /** Adds the mentions found in {@code text} (the text of line {@code line}) to {@code out}. */
    void scan(ScanContext ctx, int line, String text, List<Mention> out);
}
