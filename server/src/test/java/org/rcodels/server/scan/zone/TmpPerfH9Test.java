package org.rcodels.server.scan.zone;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class TmpPerfH9Test {
    @Test
    void perf() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("; license line ").append(i).append('\n');
        for (int i = 0; i < 500_000; i++) sb.append("host").append(i).append(".example.com CNAME .\n");
        time("rpz-no-signal", Dialect.ZONE, sb.toString(), "file:///x/blocklist.zone");
        sb.setLength(0);
        for (int i = 0; i < 500_000; i++) sb.append("host").append(i).append(" IN A 192.0.2.1 ; note\n");
        time("plain", Dialect.ZONE, sb.toString(), "file:///x/example.com.zone");
        sb.setLength(0);
        for (int i = 0; i < 200_000; i++) sb.append("    if rcode == dns.rcode.NXDOMAIN and x.status == Status.REFUSED:  # NOERROR\n");
        time("python", Dialect.CODE_PYTHON, sb.toString(), "file:///x/a.py");
        sb.setLength(0);
        for (int i = 0; i < 200_000; i++) sb.append("    total = compute_everything(alpha, beta, gamma) + other_function_name(delta)\n");
        time("python-plain", Dialect.CODE_PYTHON, sb.toString(), "file:///x/a.py");
        time("js-1MB-line", Dialect.CODE_JS, "var a=1;".repeat(130_000) + "'ENOTFOUND'", "file:///x/a.js");
    }

    static void time(String label, Dialect d, String text, String uri) {
        TextContext ctx = ScanHarness.context(d, text, uri);
        ScanHarness.mentions(ctx);
        long t = System.nanoTime();
        int n = ScanHarness.mentions(ctx).size();
        System.err.println("H9PERF " + label + ": " + (System.nanoTime() - t) / 1_000_000 + " ms, " + n + " mentions, lines " + ctx.lineCount());
    }
}
