package org.rcodels.bench;

import java.util.Arrays;

/** Percentiles of a sample of durations in nanoseconds. */
record Stats(int n, long p50, long p90, long p99, long max) {

    static Stats of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Stats(s.length, pct(s, 50), pct(s, 90), pct(s, 99), s.length == 0 ? 0 : s[s.length - 1]);
    }

    /** Nearest-rank percentile. */
    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return pct(s, 50);
    }

    /** A duration in the unit that suits it: "85 µs", "1.42 ms", "312 ms", "2.31 s". */
    static String time(long nanos) {
        if (nanos < 10_000) {
            return String.format("%.1f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000) {
            return String.format("%d µs", Math.round(nanos / 1e3));
        }
        if (nanos < 100_000_000) {
            return String.format("%.2f ms", nanos / 1e6);
        }
        if (nanos < 10_000_000_000L) {
            return String.format("%d ms", Math.round(nanos / 1e6));
        }
        return String.format("%.2f s", nanos / 1e9);
    }
}
