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

    /**
     * Scanners read the first this many chars of a line and ignore the rest, so that a minified or binary-ish line
     * of megabytes costs no more than a normal one. {@code check --summary} says how many lines were cut.
     */
    int MAX_LINE = 8 * 1024;

    /** Adds the mentions found in {@code text} (the text of line {@code line}) to {@code out}. */
    void scan(ScanContext ctx, int line, String text, List<Mention> out);
}
