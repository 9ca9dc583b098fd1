package org.rcodels.bench;

import java.nio.file.Path;

/** Public access to the log generator, for the JMH benchmarks. */
public final class Logs {
    private Logs() {
    }

    public static String text(Path corpusDir, int lines, long bytes, long seed) {
        return new LogGenerator(corpusDir).text(lines, bytes, seed);
    }
}
