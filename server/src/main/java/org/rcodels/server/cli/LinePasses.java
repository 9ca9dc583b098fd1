package org.rcodels.server.cli;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A pass over the lines of a file on all the machine's cores. Scanners and diagnostics are pure functions of a line
 * and its read-only neighbours (the document snapshot and the catalog are immutable, the catalog's caches are safe to
 * share), so blocks of lines can be worked on in any order by any thread: each block gets its own accumulator, and
 * the caller merges them. The blocks run on the common fork-join pool (with the calling thread, one per core); a file
 * of one block runs on the calling thread alone.
 */
final class LinePasses {

    /** Lines per block: a multiple of {@link CheckCommand#CHUNK}. */
    static final int BLOCK = 32 * CheckCommand.CHUNK;

    /** Work on lines [from, to) into {@code acc}. */
    interface Work<A> {
        void run(A acc, int from, int to);
    }

    private LinePasses() {
    }

    /** The accumulators of the blocks, in line order, once all of them are done; a failure in one is rethrown. */
    static <A> List<A> run(int lines, Supplier<A> newAcc, Work<A> work) {
        int blocks = Math.max(1, (lines + BLOCK - 1) / BLOCK);
        IntStream ids = IntStream.range(0, blocks);
        if (blocks > 1) {
            ids = ids.parallel();
        }
        return ids.mapToObj(b -> {
            A acc = newAcc.get();
            work.run(acc, b * BLOCK, (int) Math.min(lines, (long) b * BLOCK + BLOCK));
            return acc;
        }).toList();
    }
}
