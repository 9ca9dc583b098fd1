package org.rcodels.server.scan.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class TmpPerfTest {
    @Test
    void perf() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<String> seeds = new ArrayList<>();
        try (var s = Files.list(Path.of("src/test/resources/corpus/log"))) {
            for (Path p : s.filter(p -> !p.toString().endsWith(".expected")).toList()) {
                seeds.addAll(Files.readAllLines(p));
            }
        }
        int n = 0;
        while (n < 1_000_000) {
            for (String l : seeds) {
                sb.append(l).append('\n');
                n++;
            }
        }
        TextContext ctx = ScanHarness.context(Dialect.LOG, sb.toString(), "big.log");
        LogScanner sc = new LogScanner();
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < ctx.lineCount(); i++) {
                sc.scan(ctx, i, ctx.line(i), out);
            }
            System.err.println("lines=" + ctx.lineCount() + " mentions=" + out.size() + " ms="
                    + (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
