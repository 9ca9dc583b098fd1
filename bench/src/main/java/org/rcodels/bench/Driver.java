package org.rcodels.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Status;

/**
 * The process-level benchmark: the server as an editor meets it, over stdio, measured from outside.
 *
 * <ul>
 *   <li>start: process spawn to the {@code initialize} answer, interleaved with a minimal LSP4J server (the
 *       baseline), without and with an AppCDS archive for each;</li>
 *   <li>round trips after warm-up on a generated 100 MB, 1,000,000-line log: hover and completion at random
 *       positions, hover on a code, a one-character edit followed by a hover, range-scoped requests on the big and a
 *       small document;</li>
 *   <li>resident memory after opening the big log, after the server settles and after a forced GC;</li>
 *   <li>{@code rcode-ls check --summary} on the big log against {@code grep -c -E} with every code name.</li>
 * </ul>
 *
 * <p>Usage: {@code java -jar rcode-ls-bench.jar [--root DIR] [--jar rcode-ls.jar] [--baseline lsp4j-baseline.jar]
 * [--work DIR] [--runs N] [--requests N] [--lines N] [--mb N] [--only start,session,check]}.
 */
public final class Driver {

    /**
     * The JVM options the launcher script (rcode-ls) passes on every run, without the archive. Keep in step with the
     * script.
     */
    static final List<String> COMMON_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+IgnoreUnrecognizedVMOptions",
            "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr", "-XX:+DisplayVMOutputToStderr");

    /** What the script adds for the language server (not for the command line). */
    static final List<String> SERVER_ONLY_FLAGS = List.of("-Xms16m", "-XX:NewSize=8m", "-XX:MaxNewSize=8m",
            "-XX:-ShrinkHeapInSteps", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=10",
            "-XX:TrimNativeHeapInterval=5000");

    /** What the script adds for the command line (not for the language server). */
    static final List<String> CLI_ONLY_FLAGS = List.of("-XX:FreqInlineSize=50");

    static final List<String> JVM_FLAGS = concat(COMMON_FLAGS, SERVER_ONLY_FLAGS);

    static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return List.copyOf(l);
    }

    private final Path root;
    private final Path jar;
    private final Path baseline;
    private final Path work;
    private final String java;
    private final int runs;
    private final int requests;
    private final int lines;
    private final long bytes;
    private final Set<String> only;
    private final List<String> flags;
    private final List<Path> compare;
    private final Path jfr;
    private final List<String[]> table = new ArrayList<>();
    private final Random random = new Random(42);
    private Path cdsServer;
    private Path cdsBaseline;

    private Driver(Options o) {
        this.root = o.root;
        this.jar = o.jar;
        this.baseline = o.baseline;
        this.work = o.work;
        this.java = o.java;
        this.runs = o.runs;
        this.requests = o.requests;
        this.lines = o.lines;
        this.bytes = o.mb * 1024L * 1024L;
        this.only = o.only;
        this.flags = o.flags;
        this.compare = o.compare;
        this.jfr = o.jfr;
    }

    /** Command-line options. */
    private static final class Options {
        Path root = Path.of("").toAbsolutePath();
        Path jar;
        Path baseline;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "rcode-ls-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int runs = 20;
        int requests = 20_000;
        int lines = 1_000_000;
        int mb = 100;
        Set<String> only = new LinkedHashSet<>(List.of("start", "session", "check"));
        List<String> flags = JVM_FLAGS;
        List<Path> compare = new ArrayList<>();
        Path jfr;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--root" -> o.root = Path.of(need(a, v)).toAbsolutePath();
                    case "--jar" -> o.jar = Path.of(need(a, v)).toAbsolutePath();
                    case "--baseline" -> o.baseline = Path.of(need(a, v)).toAbsolutePath();
                    case "--work" -> o.work = Path.of(need(a, v)).toAbsolutePath();
                    case "--java" -> o.java = need(a, v);
                    case "--runs" -> o.runs = Integer.parseInt(need(a, v));
                    case "--requests" -> o.requests = Integer.parseInt(need(a, v));
                    case "--lines" -> o.lines = Integer.parseInt(need(a, v));
                    case "--mb" -> o.mb = Integer.parseInt(need(a, v));
                    case "--compare" -> {
                        for (String j : need(a, v).split(",")) {
                            o.compare.add(Path.of(j).toAbsolutePath());
                        }
                    }
                    case "--jfr" -> o.jfr = Path.of(need(a, v)).toAbsolutePath();
                    case "--flags" -> o.flags = List.of(need(a, v).trim().split("\\s+"));
                    case "--only" -> o.only = new LinkedHashSet<>(List.of(need(a, v).split(",")));
                    case "-h", "--help" -> {
                        System.out.println("usage: java -jar rcode-ls-bench.jar [--root DIR] [--jar rcode-ls.jar]"
                                + " [--baseline lsp4j-baseline.jar] [--work DIR] [--java PATH] [--runs N]"
                                + " [--requests N] [--lines N] [--mb N] [--only start,session,check]"
                                + " [--flags \"JVM FLAGS\"] [--compare OTHER.jar,...]"
                                + " [--jfr FILE]");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
                i++;
            }
            if (o.jar == null) {
                o.jar = o.root.resolve("server/target/rcode-ls.jar");
            }
            if (o.baseline == null) {
                o.baseline = o.root.resolve("bench/target/lsp4j-baseline.jar");
            }
            return o;
        }

        private static String need(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        for (Path p : List.of(o.jar, o.baseline)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("missing " + p + " (build with scripts/bench, or pass --jar / --baseline)");
                System.exit(2);
            }
        }
        Files.createDirectories(o.work);
        new Driver(o).run();
    }

    private void run() throws Exception {
        System.out.println(environment());
        if (only.contains("start")) {
            start();
        }
        Path big = work.resolve("big-" + lines + "-" + bytes / (1024 * 1024) + "mb.log");
        if (only.contains("session") || only.contains("check")) {
            if (!Files.isRegularFile(big)) {
                log("generating " + big + " ...");
                new LogGenerator(root.resolve("server/src/test/resources/corpus/log")).write(big, lines, bytes, 7);
            }
            log(String.format("%s: %.1f MB, %d lines", big.getFileName(), Files.size(big) / 1048576.0, lines));
        }
        if (only.contains("session")) {
            session(big);
        }
        if (only.contains("check")) {
            check(big);
        }
        System.out.println();
        System.out.println("load average at the end: " + loadAverage());
        System.out.println();
        System.out.print(markdown(table));
    }

    // ------------------------------------------------------------------------------------------------ start

    private List<String> serverCommand(Path archive, String... args) {
        return serverCommand(jar, archive, args);
    }

    private List<String> serverCommand(Path jar, Path archive, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags());
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The command line as the launcher runs it: the common options and the archive, if one was made. */
    private List<String> cliCommand(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(COMMON_FLAGS);
        cmd.addAll(CLI_ONLY_FLAGS);
        if (cdsServer != null) {
            cmd.add("-XX:SharedArchiveFile=" + cdsServer);
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private List<String> baselineCommand(Path archive) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags());
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.add("-jar");
        cmd.add(baseline.toString());
        return cmd;
    }

    private List<String> flags() {
        return flags;
    }

    /** One server to start: a name, its command, more environment. */
    private record Contender(String name, List<String> command, Map<String, String> env) {
    }

    private void start() throws Exception {
        List<Path> servers = new ArrayList<>(List.of(jar));
        servers.addAll(compare);
        log("start: " + runs + " runs of each, interleaved");
        // AppCDS archives: each server's made by its training run, as the launcher makes it; the baseline's by a
        // handshake under -XX:ArchiveClassesAtExit
        List<Path> archives = new ArrayList<>();
        for (int k = 0; k < servers.size(); k++) {
            Path archive = work.resolve("server-" + k + ".jsa");
            Files.deleteIfExists(archive);
            List<String> train = serverCommand(servers.get(k), (Path) null, "--cds-training");
            train.add(1, "-XX:ArchiveClassesAtExit=" + archive);
            Process p = new ProcessBuilder(train).redirectErrorStream(true)
                    .redirectOutput(work.resolve("cds-training.out").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(archive)) {
                log("the CDS training of " + servers.get(k) + " failed (see " + work.resolve("cds-training.out") + ")");
                archive = null;
            }
            archives.add(archive);
        }
        cdsServer = archives.get(0);
        cdsBaseline = work.resolve("baseline.jsa");
        Files.deleteIfExists(cdsBaseline);
        List<String> base = baselineCommand(null);
        base.add(1, "-XX:ArchiveClassesAtExit=" + cdsBaseline);
        try (LspClient c = LspClient.start(base, null)) {
            c.await(c.request("initialize", initializeParams()));
            c.notify("initialized", "{}");
            c.stop();
        }
        if (!Files.isRegularFile(cdsBaseline)) {
            log("the baseline's CDS archive was not made");
            cdsBaseline = null;
        }
        // the launcher script, with its own cache folder: the first run makes the archive in the background
        Path script = root.resolve("rcode-ls");
        Contender launcher = null;
        if (Files.isRegularFile(script)) {
            Path xdg = work.resolve("xdg");
            deleteTree(xdg);
            Map<String, String> env = Map.of("RCODE_LS_JAR", jar.toString(), "XDG_CACHE_HOME", xdg.toString(),
                    "JAVA_HOME", Path.of(java).getParent().getParent().toString());
            launcher = new Contender("rcode-ls via the launcher script (bash, its archive)",
                    List.of("bash", script.toString()), env);
            timeToInitialize(launcher);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!hasArchive(xdg.resolve("rcode-ls")) && System.nanoTime() < until) {
                sleep(200);
            }
            if (!hasArchive(xdg.resolve("rcode-ls"))) {
                log("the launcher made no archive in " + xdg);
            }
        }
        for (boolean cds : new boolean[] {false, true}) {
            if (cds && (cdsBaseline == null || archives.contains(null))) {
                continue;
            }
            String mode = cds ? "with AppCDS" : "without AppCDS";
            List<Contender> all = new ArrayList<>();
            all.add(new Contender("LSP4J baseline, " + mode, baselineCommand(cds ? cdsBaseline : null), Map.of()));
            for (int k = 0; k < servers.size(); k++) {
                all.add(new Contender((k == 0 ? "rcode-ls" : "rcode-ls (" + servers.get(k).getFileName() + ")") + ", "
                        + mode, serverCommand(servers.get(k), cds ? archives.get(k) : (Path) null), Map.of()));
            }
            if (cds && launcher != null) {
                all.add(launcher);
            }
            // warm the file cache and the archives
            for (Contender c : all) {
                timeToInitialize(c);
            }
            long[][] t = new long[all.size()][runs];
            for (int i = 0; i < runs; i++) {
                // a different one goes first each round
                for (int j = 0; j < all.size(); j++) {
                    int k = (i + j) % all.size();
                    t[k][i] = timeToInitialize(all.get(k));
                }
            }
            Stats sb = Stats.of(t[0]);
            row("start, " + all.get(0).name(), "median " + Stats.time(sb.p50()) + ", p90 " + Stats.time(sb.p90()),
                    "", "");
            for (int k = 1; k < all.size(); k++) {
                Stats ss = Stats.of(t[k]);
                double ratio = (double) ss.p50() / sb.p50();
                row("start, " + all.get(k).name(), "median " + Stats.time(ss.p50()) + ", p90 "
                        + Stats.time(ss.p90()) + String.format(" (%.2fx baseline)", ratio),
                        "<= 1.1x baseline" + (cds ? ", ~160 ms" : ""), ratio <= 1.1 ? "met" : "NOT met");
            }
        }
        firstHover();
    }

    /**
     * Spawn to the first hover answer on a small log (initialize, initialized, didOpen, hover): the catalog loads
     * after initialize, so this includes its loading.
     */
    private void firstHover() throws IOException {
        int n = Math.min(runs, 10);
        long[] t = new long[n];
        String uri = "file:///bench/first.log";
        String text = "Jan 24 10:11:25 dnsmasq[812]: reply nothere.example.com is NXDOMAIN\\n";
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            try (LspClient c = LspClient.start(serverCommand(cdsServer), null)) {
                c.await(c.request("initialize", initializeParams()));
                c.notify("initialized", "{}");
                c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri
                        + "\",\"languageId\":\"log\",\"version\":1,\"text\":\"" + text + "\"}}");
                String r = new String(c.await(c.request("textDocument/hover", hoverParams(uri, 0, 60))),
                        StandardCharsets.UTF_8);
                t[i] = System.nanoTime() - t0;
                if (!r.contains("NXDOMAIN")) {
                    throw new IOException("the first hover did not explain NXDOMAIN: " + r);
                }
                c.stop();
            }
        }
        Stats s = Stats.of(t);
        row("spawn to the first hover (initialize, didOpen, hover; catalog loaded)" + (cdsServer != null
                ? ", with AppCDS" : ""), "median " + Stats.time(s.p50()) + ", p90 " + Stats.time(s.p90()), "", "");
    }

    private static boolean hasArchive(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".jsa"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    private long timeToInitialize(Contender c) throws IOException {
        return timeToInitialize(c.command(), c.env());
    }

    private long timeToInitialize(List<String> cmd, Map<String, String> env) throws IOException {
        long t0 = System.nanoTime();
        try (LspClient c = LspClient.start(cmd, env, null)) {
            c.await(c.request("initialize", initializeParams()));
            long t = System.nanoTime() - t0;
            c.notify("initialized", "{}");
            if (c.stop() != 0) {
                throw new IOException("the server did not exit cleanly: " + cmd);
            }
            return t;
        }
    }

    /** What VS Code sends, trimmed to what matters to the server. */
    static String initializeParams() {
        return "{\"processId\":" + ProcessHandle.current().pid() + ",\"clientInfo\":{\"name\":\"rcode-ls-bench\"},"
                + "\"locale\":\"en\",\"rootUri\":null,\"capabilities\":{"
                + "\"general\":{\"positionEncodings\":[\"utf-16\"]},"
                + "\"textDocument\":{\"synchronization\":{\"didSave\":true},"
                + "\"hover\":{\"contentFormat\":[\"markdown\",\"plaintext\"]},"
                + "\"completion\":{\"completionItem\":{\"snippetSupport\":true,"
                + "\"documentationFormat\":[\"markdown\",\"plaintext\"]}},"
                + "\"codeAction\":{\"codeActionLiteralSupport\":{\"codeActionKind\":{\"valueSet\":[\"quickfix\","
                + "\"refactor.rewrite\"]}}},\"inlayHint\":{},\"publishDiagnostics\":{\"relatedInformation\":true},"
                + "\"semanticTokens\":{\"requests\":{\"range\":true,\"full\":true},\"tokenTypes\":[],"
                + "\"tokenModifiers\":[],\"formats\":[\"relative\"]}},"
                + "\"workspace\":{\"configuration\":false}},\"trace\":\"off\",\"workspaceFolders\":null}";
    }

    // ------------------------------------------------------------------------------------------------ session

    private void session(Path big) throws Exception {
        log("session: reading " + big.getFileName());
        byte[] raw = Files.readAllBytes(big);
        String text = new String(raw, StandardCharsets.UTF_8);
        int[] starts = lineStarts(text);
        List<int[]> codes = codePositions(text, starts);
        log("positions on a code: " + codes.size());
        File stderr = work.resolve("server-stderr.log").toFile();
        try (LspClient c = LspClient.start(serverCommand(cdsServer), stderr)) {
            c.await(c.request("initialize", initializeParams()));
            c.notify("initialized", "{}");
            if (jfr != null) {
                // started from outside: a recording started by a JVM flag prints to stdout, the protocol's channel
                jcmd(c.pid(), "JFR.start", "name=bench", "settings=profile", "filename=" + jfr);
            }
            long rss0 = rss(c.pid());
            String uri = "file:///bench/" + big.getFileName();
            byte[] head = ("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                    + "{\"uri\":\"" + uri + "\",\"languageId\":\"log\",\"version\":1,\"text\":\"")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] body = jsonEscape(raw);
            byte[] tail = "\"}}}".getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            c.send(head, body, tail);
            body = null;
            c.await(c.request("textDocument/hover", hoverParams(uri, 0, 0)));
            long open = System.nanoTime() - t0;
            long hwm = hwm(c.pid());
            long rssOpen = rss(c.pid());
            row("didOpen of the " + mb(raw.length) + " log, to the first answer", Stats.time(open), "", "");
            // a small document for the range-scoped comparison: the first 5,000 lines of the same log
            String smallUri = "file:///bench/small.log";
            String small = text.substring(0, starts[5000]);
            c.send(("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                    + "{\"uri\":\"" + smallUri + "\",\"languageId\":\"log\",\"version\":1,\"text\":\"")
                    .getBytes(StandardCharsets.UTF_8), jsonEscape(small.getBytes(StandardCharsets.UTF_8)), tail);

            if (requests > 0) {
                latencies(c, uri, smallUri, starts, codes);
            }

            // memory: the server collects after the big open; the launcher trims malloc'd memory every 5 s
            sleep(6000);
            long rssSettled = rss(c.pid());
            long rssGc = -1;
            Path jcmd = Path.of(java).resolveSibling("jcmd");
            if (Files.isExecutable(jcmd)) {
                new ProcessBuilder(jcmd.toString(), Long.toString(c.pid()), "GC.run")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(60, TimeUnit.SECONDS);
                sleep(6000);
                rssGc = rss(c.pid());
                new ProcessBuilder(jcmd.toString(), Long.toString(c.pid()), "GC.heap_info")
                        .redirectErrorStream(true).redirectOutput(work.resolve("heap-info.txt").toFile()).start()
                        .waitFor(60, TimeUnit.SECONDS);
                if (System.getProperty("rcodels.heapDump") != null) {
                    jcmd(c.pid(), "GC.heap_dump", System.getProperty("rcodels.heapDump"));
                }
                new ProcessBuilder(jcmd.toString(), Long.toString(c.pid()), "GC.class_histogram")
                        .redirectErrorStream(true).redirectOutput(work.resolve("class-histogram.txt").toFile()).start()
                        .waitFor(60, TimeUnit.SECONDS);
                // with -XX:NativeMemoryTracking=summary in --flags: where the memory outside the heap goes
                new ProcessBuilder(jcmd.toString(), Long.toString(c.pid()), "VM.native_memory", "summary")
                        .redirectErrorStream(true).redirectOutput(work.resolve("native-memory.txt").toFile()).start()
                        .waitFor(60, TimeUnit.SECONDS);
                Files.writeString(work.resolve("smaps-rollup.txt"),
                        Files.readString(Path.of("/proc", Long.toString(c.pid()), "smaps_rollup")));
            }
            long docs = raw.length + small.length();
            long limit = 64L * 1024 * 1024 + docs * 3 / 2;
            row("RSS before opening documents", mb(rss0), "", "");
            row("RSS peak during the 100 MB didOpen (VmHWM)", mb(hwm), "", "");
            row("RSS right after the didOpen", mb(rssOpen), "", "");
            row("RSS 6 s after the requests (the server's own GC and trim)", mb(rssSettled),
                    "<= 64 MB + 1.5 x " + mb(docs) + " = " + mb(limit), rssSettled <= limit ? "met" : "NOT met");
            if (rssGc >= 0) {
                row("RSS 6 s after a forced GC (jcmd GC.run)", mb(rssGc), "<= " + mb(limit),
                        rssGc <= limit ? "met" : "NOT met");
            }
            if (jfr != null) {
                jcmd(c.pid(), "JFR.stop", "name=bench");
                log("profile written to " + jfr + " (jfr print --events jdk.ExecutionSample " + jfr + ")");
            }
            int code = c.stop();
            if (code != 0) {
                log("the server's exit code was " + code);
            }
        }
    }

    private void latencies(LspClient c, String uri, String smallUri, int[] starts, List<int[]> codes)
            throws IOException {
        {
            // round trips
            Stats hoverRandom = measure(c, () -> {
                int l = random.nextInt(starts.length - 1);
                return c.request("textDocument/hover", hoverParams(uri, l, random.nextInt(lineLength(starts, l) + 1)));
            });
            int[] hits = new int[2];
            Stats hoverCode = measure(c, () -> {
                int[] p = codes.get(random.nextInt(codes.size()));
                return c.request("textDocument/hover", hoverParams(uri, p[0], p[1]));
            }, body1 -> {
                hits[new String(body1, StandardCharsets.ISO_8859_1).contains("\"result\":null") ? 0 : 1]++;
            });
            Stats completion = measure(c, () -> {
                int l = random.nextInt(starts.length - 1);
                return c.request("textDocument/completion", completionParams(uri, l,
                        random.nextInt(lineLength(starts, l) + 1)));
            });
            rowLatency("hover, random positions", hoverRandom, 100_000, 1_000_000);
            rowLatency(String.format("hover on a code (%d%% answered)", 100 * hits[1] / Math.max(1, hits[0] + hits[1])),
                    hoverCode, 100_000, 1_000_000);
            rowLatency("completion, random positions", completion, 100_000, 1_000_000);

            // one-character edits, each followed by a hover on a code of the edited line
            int[] version = {2};
            boolean[] inserted = {false};
            int[][] at = {null};
            Stats edit = measure(c, () -> {
                String change;
                if (!inserted[0]) {
                    at[0] = codes.get(random.nextInt(codes.size()));
                    change = range(at[0][0], 0, at[0][0], 0) + ",\"text\":\"x\"";
                } else {
                    change = range(at[0][0], 0, at[0][0], 1) + ",\"text\":\"\"";
                }
                c.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":"
                        + version[0]++ + "},\"contentChanges\":[{" + change + "}]}");
                inserted[0] = !inserted[0];
                return c.request("textDocument/hover", hoverParams(uri, at[0][0], at[0][1] + (inserted[0] ? 1 : 0)));
            });
            rowLatency("one-character edit + hover (100 MB document)", edit, -1, 2_000_000);

            // range-scoped requests: 60 lines at random places, in the big and in the small document
            for (String method : List.of("textDocument/inlayHint", "textDocument/semanticTokens/range",
                    "textDocument/codeAction")) {
                Stats[] s = new Stats[2];
                for (int d = 0; d < 2; d++) {
                    String u = d == 0 ? uri : smallUri;
                    int count = d == 0 ? starts.length - 1 : 5000;
                    s[d] = measure(c, () -> {
                        int l = random.nextInt(count - 61);
                        int endLine = method.endsWith("codeAction") ? l : l + 60;
                        return c.request(method, "{\"textDocument\":{\"uri\":\"" + u + "\"}," + range(l, 0, endLine, 0)
                                + (method.endsWith("codeAction") ? ",\"context\":{\"diagnostics\":[]}" : "") + "}");
                    }, b -> { }, requests / 4);
                }
                String what = method.substring(method.indexOf('/') + 1) + (method.endsWith("codeAction")
                        ? ", one line" : ", 60 lines");
                row(what + ": 100 MB vs 5,000-line document", "p50 " + Stats.time(s[0].p50()) + " vs "
                        + Stats.time(s[1].p50()) + ", p99 " + Stats.time(s[0].p99()) + " vs " + Stats.time(s[1].p99()),
                        "cost of the range, not of the file",
                        s[0].p50() <= 2 * s[1].p50() + 50_000 ? "met" : "NOT met");
            }

        }
    }

    /** A request to time: sends it and returns its id. */
    private interface Req {
        int send() throws IOException;
    }

    private interface Check {
        void accept(byte[] body);
    }

    private Stats measure(LspClient c, Req r) throws IOException {
        return measure(c, r, b -> { }, requests);
    }

    private Stats measure(LspClient c, Req r, Check check) throws IOException {
        return measure(c, r, check, requests);
    }

    /** {@code n} requests to warm up, then {@code n} timed ones, one at a time. */
    private Stats measure(LspClient c, Req r, Check check, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            c.await(r.send());
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            byte[] body = c.await(r.send());
            t[i] = System.nanoTime() - t0;
            check.accept(body);
        }
        return Stats.of(t);
    }

    private void rowLatency(String what, Stats s, long p50Target, long p99Target) {
        String target = (p50Target > 0 ? "p50 < " + Stats.time(p50Target) + ", " : "") + "p99 < "
                + Stats.time(p99Target);
        boolean met = (p50Target <= 0 || s.p50() < p50Target) && s.p99() < p99Target;
        row(what, "p50 " + Stats.time(s.p50()) + ", p90 " + Stats.time(s.p90()) + ", p99 " + Stats.time(s.p99())
                + ", max " + Stats.time(s.max()), target, met ? "met" : "NOT met");
    }

    private static String hoverParams(String uri, int line, int character) {
        return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":"
                + character + "}}";
    }

    private static String completionParams(String uri, int line, int character) {
        return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":"
                + character + "},\"context\":{\"triggerKind\":1}}";
    }

    private static String range(int sl, int sc, int el, int ec) {
        return "\"range\":{\"start\":{\"line\":" + sl + ",\"character\":" + sc + "},\"end\":{\"line\":" + el
                + ",\"character\":" + ec + "}}";
    }

    /** Offsets of line starts; the last element is the text's length (one past the last line). */
    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] s = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s[k++] = i + 1;
            }
        }
        // the text ends with \n, so the last "line" is empty: the array doubles as the end of the last real line
        return s;
    }

    private static int lineLength(int[] starts, int line) {
        return Math.max(0, starts[line + 1] - starts[line] - 1);
    }

    /** Names that the log samples print as codes; a hover in the middle of one should explain it. */
    private static final Pattern CODE = Pattern.compile(
            "\\b(NXDOMAIN|SERVFAIL|REFUSED|NOERROR|FORMERR|NOTIMP|NXDomain|ServFail|Refused|NODATA)\\b");

    private static List<int[]> codePositions(String text, int[] starts) {
        List<int[]> out = new ArrayList<>();
        for (int l = 0; l < starts.length - 1 && out.size() < 200_000; l++) {
            var m = CODE.matcher(text).region(starts[l], starts[l + 1]);
            if (m.find()) {
                out.add(new int[] {l, m.start() - starts[l] + (m.end() - m.start()) / 2});
            }
        }
        return out;
    }

    /** The bytes of a UTF-8 text as the inside of a JSON string. */
    static byte[] jsonEscape(byte[] raw) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(raw.length + raw.length / 16);
        for (byte b : raw) {
            switch (b) {
                case '"' -> o.write(new byte[] {'\\', '"'}, 0, 2);
                case '\\' -> o.write(new byte[] {'\\', '\\'}, 0, 2);
                case '\n' -> o.write(new byte[] {'\\', 'n'}, 0, 2);
                case '\r' -> o.write(new byte[] {'\\', 'r'}, 0, 2);
                case '\t' -> o.write(new byte[] {'\\', 't'}, 0, 2);
                default -> {
                    if (b >= 0 && b < 0x20) {
                        byte[] u = String.format("\\u%04x", b).getBytes(StandardCharsets.US_ASCII);
                        o.write(u, 0, u.length);
                    } else {
                        o.write(b);
                    }
                }
            }
        }
        return o.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ check

    private void check(Path big) throws Exception {
        int n = Math.max(3, Math.min(runs, 5));
        log("check: " + n + " runs of each");
        String pattern = String.join("|", codeNames());
        // grep's output must go to a file: with stdout on /dev/null, GNU grep stops at the first match
        File grepOut = work.resolve("grep-count.txt").toFile();
        List<String> grep = List.of("grep", "-c", "-E", pattern, big.toString());
        List<String> check = cliCommand("check", "--summary", big.toString());
        Path one = work.resolve("one-line.log");
        Files.writeString(one, "Jan 24 10:11:25 dnsmasq[812]: reply nothere.example.com is NXDOMAIN\n");
        List<String> fixed = cliCommand("check", "--summary", one.toString());
        Path summary = work.resolve("check-summary.txt");
        run(check, summary.toFile());
        run(grep, grepOut);
        long[] tg = new long[n];
        long[] tc = new long[n];
        long[] tf = new long[n];
        for (int i = 0; i < n; i++) {
            tg[i] = run(grep, grepOut);
            tc[i] = run(check, summary.toFile());
            tf[i] = run(fixed, work.resolve("check-one-line.txt").toFile());
        }
        long size = Files.size(big);
        long g = Stats.median(tg);
        long ch = Stats.median(tc);
        long f = Stats.median(tf);
        double mbsG = size / 1048576.0 / (g / 1e9);
        double mbsC = size / 1048576.0 / (ch / 1e9);
        double mbsScan = size / 1048576.0 / (Math.max(1, ch - f) / 1e9);
        row("grep -c -E (" + codeNames().size() + " code names), " + mb(size), String.format("median %s (%.0f MB/s)",
                Stats.time(g), mbsG), "", "");
        row("rcode-ls check --summary, one-line file (JVM start, catalog)", "median " + Stats.time(f), "", "");
        row("rcode-ls check --summary, " + mb(size), String.format(
                "median %s (%.0f MB/s, %.2fx grep; %.0f MB/s without the fixed cost)", Stats.time(ch), mbsC,
                mbsC / mbsG, mbsScan), ">= 0.5x grep", mbsC / mbsG >= 0.5 ? "met" : "NOT met");
    }

    /** Every name of an assigned code or NODATA, as a regular-expression alternative. */
    private static List<String> codeNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : Catalog.standard().entries()) {
            if (!e.isRange() && (e.status() == Status.ASSIGNED || e.status() == Status.PSEUDO)) {
                names.add(e.name().replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0"));
            }
        }
        return new ArrayList<>(names);
    }

    /** Runs a command to the end; returns its wall time. Output goes to {@code out}, or nowhere if null. */
    private static long run(List<String> cmd, File out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out));
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd.get(0));
        }
        long t = System.nanoTime() - t0;
        // grep -c exits 1 when nothing matched, check --summary 0; anything else is a failure
        if (p.exitValue() > 1) {
            throw new IOException("exit code " + p.exitValue() + ": " + String.join(" ", cmd).substring(0, 200));
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        cmd.addAll(List.of(command));
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor(60, TimeUnit.SECONDS);
    }

    private static long rss(long pid) throws IOException {
        return status(pid, "VmRSS:");
    }

    private static long hwm(long pid) throws IOException {
        return status(pid, "VmHWM:");
    }

    /** A field of /proc/PID/status in bytes. */
    private static long status(long pid, String field) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (l.startsWith(field)) {
                return Long.parseLong(l.substring(field.length()).trim().split("\\s+")[0]) * 1024;
            }
        }
        return -1;
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    private void row(String what, String figure, String target, String met) {
        table.add(new String[] {what, figure, target, met});
        log(what + ": " + figure + (target.isEmpty() ? "" : "  [target " + target + ": " + met + "]"));
    }

    static String markdown(List<String[]> rows) {
        StringBuilder sb = new StringBuilder("| measure | figure | target | |\n|---|---|---|---|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return sb.toString();
    }

    private String environment() throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder();
        sb.append("date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        sb.append("cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        String cpu = "?";
        for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (l.startsWith("model name")) {
                cpu = l.substring(l.indexOf(':') + 1).trim();
                break;
            }
        }
        sb.append("cpu: ").append(cpu).append('\n');
        Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        sb.append("java: ").append(v.replace("\n", " / ")).append('\n');
        sb.append("server jar: ").append(jar).append('\n');
        sb.append("JVM flags: ").append(String.join(" ", flags())).append('\n');
        sb.append("load average at the start: ").append(loadAverage());
        return sb.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String s) {
        System.err.println("[bench] " + s);
        System.err.flush();
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
