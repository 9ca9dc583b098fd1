package org.rcodels.bench.jmh;

import java.util.Random;
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
import org.rcodels.server.text.DocumentText;

/**
 * The document text of a generated 100 MB, 1,000,000-line log: reading a line, a one-character edit, and building
 * the text (what a didOpen costs after JSON parsing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DocumentTextBench {
    static final int LINES = 1_000_000;

    String raw;
    DocumentText text;
    final Random random = new Random(1);

    @Setup(Level.Trial)
    public void setup() {
        raw = Samples.log(LINES, 100L * 1024 * 1024);
        text = DocumentText.of(raw);
    }

    @Benchmark
    public String line() {
        return text.line(random.nextInt(LINES));
    }

    /** Insert one character at a random place (the previous version is dropped, as the server does). */
    @Benchmark
    public DocumentText insertOneChar() {
        int l = random.nextInt(LINES);
        return text.replace(l, 0, l, 0, "x");
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public DocumentText of() {
        return DocumentText.of(raw);
    }
}
