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
        String[] lines = new String[ctx.lineCount()];
        for (int i = 0; i < lines.length; i++) lines[i] = ctx.line(i);
        for (LogRule r : List.of(new BindLogRule(), new UnboundLogRule(), new CorednsLogRule(), new PowerDnsLogRule(),
                new RcodeFieldRule(), new DnsmasqLogRule(), new ResolvedLogRule(), new WindowsDnsLogRule(),
                new TcpdumpLogRule(), new ZeekTsvRule(), new EcsLogRule(), new DohJsonRule(), new ClientErrorRule(),
                new DnsxRule())) {
            long t0 = System.nanoTime();
            List<Mention> out = new ArrayList<>();
            int acc = 0;
            for (int i = 0; i < lines.length; i++) {
                if (r.accepts(lines[i])) { acc++; r.scan(ctx, i, lines[i], out); }
            }
            System.err.println(r.getClass().getSimpleName() + " accepted=" + acc + " mentions=" + out.size() + " ms="
                    + (System.nanoTime() - t0) / 1_000_000);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < lines.length; i++) ctx.catalog().resolve("NXDOMAIN");
        System.err.println("resolve x1M ms=" + (System.nanoTime() - t1) / 1_000_000);
        for (int round = 0; round < 3; round++) {
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
