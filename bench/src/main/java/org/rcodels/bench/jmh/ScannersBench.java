package org.rcodels.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.features.HoverFeature;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.Scanners;
import org.rcodels.server.scan.TextContext;
import org.rcodels.server.text.DocumentText;

/**
 * The scanners on a generated log (50,000 lines of the corpus mix): one line scanned, a whole pass over the lines, and
 * a hover (scan of one line plus the rendering of the explanation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScannersBench {
    static final int LINES = 50_000;

    TextContext ctx;
    Texts texts;
    int[] codeLines;
    int[] codeColumns;
    int next;

    @Setup(Level.Trial)
    public void setup() {
        Catalog catalog = Catalog.standard();
        texts = catalog.texts("en");
        DocumentText text = DocumentText.of(Samples.log(LINES, LINES * 100L));
        ctx = new TextContext(catalog, Dialect.LOG, "file:///bench.log", text);
        java.util.List<int[]> found = new java.util.ArrayList<>();
        for (int l = 0; l < text.lineCount(); l++) {
            for (Mention m : Scanners.onLine(ctx, l)) {
                found.add(new int[] {l, (m.start() + m.end()) / 2});
            }
        }
        codeLines = found.stream().mapToInt(a -> a[0]).toArray();
        codeColumns = found.stream().mapToInt(a -> a[1]).toArray();
    }

    /** One line at a time, every line in turn. */
    @Benchmark
    public Object scanOneLine() {
        int l = next++ % LINES;
        return Scanners.onLine(ctx, l);
    }

    /** All lines: divide by {@link #LINES} for the cost per line. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void scanAllLines(Blackhole bh) {
        for (int l = 0; l < LINES; l++) {
            bh.consume(Scanners.onLine(ctx, l));
        }
    }

    /** A hover on a mention: scan of its line and the Markdown explanation. */
    @Benchmark
    public Object hoverOnCode() {
        int i = next++ % codeLines.length;
        return HoverFeature.hover(ctx, codeLines[i], codeColumns[i], texts, true);
    }
}
