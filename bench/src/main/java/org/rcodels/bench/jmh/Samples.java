package org.rcodels.bench.jmh;

import java.nio.file.Path;

/** Where the benchmarks find the sample corpus: -Drcodels.corpus=DIR, else the source tree from the current folder. */
final class Samples {
    private Samples() {
    }

    static Path corpus() {
        return Path.of(System.getProperty("rcodels.corpus", "server/src/test/resources/corpus/log"));
    }

    /** A generated log of {@code lines} lines and about {@code bytes} bytes, the same every time. */
    static String log(int lines, long bytes) {
        return org.rcodels.bench.Logs.text(corpus(), lines, bytes, 7);
    }
}
