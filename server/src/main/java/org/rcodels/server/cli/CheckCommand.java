package org.rcodels.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rcodels.catalog.Carrier;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.dialect.DialectDetector;
import org.rcodels.server.features.Diagnostic;
import org.rcodels.server.features.DiagnosticsFeature;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.JsonShapes;
import org.rcodels.server.render.TextWidth;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;
import org.rcodels.server.scan.Scanners;
import org.rcodels.server.scan.TextContext;
import org.rcodels.server.scan.output.DigOutputScanner;
import org.rcodels.server.text.DocumentText;

/**
 * {@code check FILE... [--summary]}: the language server's diagnostics for files, printed the way compilers print
 * theirs ({@code file:line:col: severity: message [code]}), or with {@code --summary} a count of the codes each file
 * mentions. A FILE of {@code -} is the standard input, read as a file is and named {@value #STDIN_NAME}. Exit
 * status: 0 when no file has an error, 1 when one has an error-severity diagnostic, 2 when a file cannot be checked
 * (missing, a directory, unreadable, binary, too large: the other files are still checked) or the command line is
 * wrong.
 *
 * <p>A file is read whole (diagnostics and scanners look at neighbouring lines for context), dialect detection runs
 * once per file, and the scan is a single pass over its lines.
 */
final class CheckCommand implements Command {

    /** Exit status when some file has an error-severity diagnostic. */
    static final int ERRORS = 1;
    /** Largest file checked, in bytes. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /** A NUL byte in this many first bytes makes a file binary. */
    static final int SNIFF_BYTES = 8192;
    /**
     * Lines per diagnostics request. Fewer than the feature's bound per request, so a chunk that returns as many
     * results as it has lines may have been cut and is asked again line by line.
     */
    static final int CHUNK = 256;
    /** The FILE word that means the standard input. */
    static final String STDIN_WORD = "-";
    /** How the standard input is named in the output (as compilers name it). */
    static final String STDIN_NAME = "<stdin>";

    @Override
    public String helpKey() {
        return "cli.help.check";
    }

    @Override
    public int run(Context ctx, List<String> words) throws CliError {
        Texts t = ctx.texts();
        if (words.isEmpty()) {
            throw ctx.usage("cli.missingArgument", "command", ctx.command(), "what", t.label("cli.check.what"));
        }
        if (ctx.format() == Format.MARKDOWN) {
            throw ctx.usage("cli.badValue", "option", "--format", "value", "markdown", "expected",
                    t.label("cli.check.expectedFormat"));
        }
        boolean json = ctx.format() == Format.JSON;
        ObjectNode root = JsonShapes.MAPPER.createObjectNode();
        root.put("language", t.language());
        ArrayNode files = root.putArray("files");
        boolean unreadable = false;
        boolean errors = false;
        boolean first = true;
        for (String word : words) {
            Loaded f = take(word, ctx.in());
            if (f.problemKey() != null) {
                ctx.err().println(Cli.PROGRAM + ": " + f.problem(t));
                unreadable = true;
                continue;
            }
            String name = displayName(word);
            // the same document model and scan context as the server: lines split as editors split them
            DocumentText lines = f.text;
            Dialect dialect = DialectDetector.detect(name, null, lines.lineCount(), lines::line);
            TextContext sc = new TextContext(ctx.catalog(), dialect, name, lines);
            if (ctx.summary()) {
                if (!json && !first) {
                    ctx.out().println();
                }
                first = false;
                summary(ctx, sc, name, json ? files.addObject() : null);
            } else {
                errors |= diagnose(ctx, sc, name, json ? files.addObject() : null);
            }
        }
        if (json) {
            ctx.out().print(JsonShapes.write(root));
        }
        return unreadable ? CliError.USAGE : errors ? ERRORS : 0;
    }

    // ------------------------------------------------------------------------------------------------ diagnostics

    /** Prints one file's diagnostics; true if one of them is an error. */
    private static boolean diagnose(Context ctx, ScanContext sc, String file, ObjectNode json) {
        // the feature bounds one request's results (an editor shows only so many); a file gets all of them
        int lineCount = sc.lineCount();
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> part : LinePasses.run(lineCount, ArrayList<Diagnostic>::new, (acc, start, end) -> {
            for (int from = start; from < end; from += CHUNK) {
                int to = Math.min(end, from + CHUNK);
                List<Diagnostic> some = DiagnosticsFeature.diagnose(sc, from, to, ctx.texts());
                if (some.size() < CHUNK) {
                    acc.addAll(some);
                } else {
                    for (int l = from; l < to; l++) {
                        acc.addAll(DiagnosticsFeature.diagnose(sc, l, l + 1, ctx.texts()));
                    }
                }
            }
        })) {
            all.addAll(part);
        }
        all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::start)
                .thenComparing(Diagnostic::code, Comparator.nullsFirst(Comparator.naturalOrder())));
        boolean error = false;
        ArrayNode arr = null;
        if (json != null) {
            json.put("file", file);
            json.put("dialect", sc.dialect().languageId());
            arr = json.putArray("diagnostics");
        }
        for (Diagnostic d : all) {
            error |= d.severity() == Diagnostic.Severity.ERROR;
            String text = d.line() >= 0 && d.line() < sc.lineCount() ? sc.line(d.line()) : "";
            int col = column(text, d.start());
            if (arr != null) {
                ObjectNode n = arr.addObject();
                n.put("line", d.line() + 1);
                n.put("column", col);
                n.put("endColumn", column(text, d.end()));
                n.put("severity", severity(d.severity()));
                n.put("code", d.code());
                n.put("message", d.message());
                n.put("href", d.href());
            } else {
                ctx.out().println(file + ":" + (d.line() + 1) + ":" + col + ": " + severity(d.severity()) + ": "
                        + oneLine(d.message()) + (d.code() == null ? "" : " [" + d.code() + "]"));
            }
        }
        return error;
    }

    /** The severity word of compiler output; English on purpose, as editors and CI problem matchers expect. */
    static String severity(Diagnostic.Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION -> "info";
            case HINT -> "hint";
        };
    }

    /** A 1-based column counted in characters (code points), from a UTF-16 column. */
    static int column(String text, int utf16) {
        int c = Math.max(0, Math.min(utf16, text.length()));
        return text.codePointCount(0, c) + 1;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }

    // ------------------------------------------------------------------------------------------------ summary

    /**
     * Counts the codes of a file in one pass over its lines and prints them, most frequent first. A code counts
     * once per line, however often the line names it: a number and the name beside it ({@code 3(NXDOMAIN)},
     * {@code ; EDE: 15 (Blocked)}, Zeek's rcode and rcode_name, the Windows flags and the name after them) are one
     * reply, and a log has one event a line. So a count is the number of lines that mention the code, and the
     * heading's "mentions" is the sum of the counts.
     */
    private static void summary(Context ctx, TextContext sc, String file, ObjectNode json) {
        Texts t = ctx.texts();
        int n = sc.lineCount();
        // each block counts on its own; the counts are added up here
        Tally total = new Tally();
        for (Tally part : LinePasses.run(n, Tally::new, (acc, from, to) -> {
            for (int i = from; i < to; i++) {
                acc.addLine(Scanners.onLine(sc, i));
                if (sc.text().lineLength(i) > Scanner.MAX_LINE) {
                    acc.longLines++;
                }
            }
        })) {
            part.rows.forEach((key, row) -> total.add(key, row.entry, row.reply, row.count));
            total.longLines += part.longLines;
        }
        long mentions = total.mentions;
        List<Row> order = new ArrayList<>(total.rows.values());
        Map<String, Integer> rank = new HashMap<>();
        List<Entry> catalogOrder = ctx.catalog().entries();
        for (int i = 0; i < catalogOrder.size(); i++) {
            rank.put(catalogOrder.get(i).id(), i);
        }
        order.sort(Comparator.<Row>comparingLong(r -> -r.count)
                .thenComparingInt(r -> rank.getOrDefault(r.entry.id(), Integer.MAX_VALUE))
                .thenComparing(r -> r.entry.id()).thenComparing(r -> r.reply));
        String dialect = sc.dialect().languageId();
        if (json != null) {
            json.put("file", file);
            json.put("dialect", dialect);
            json.put("lines", textLines(sc));
            json.put("mentions", mentions);
            json.put("longLines", total.longLines);
            ArrayNode arr = json.putArray("codes");
            for (Row r : order) {
                ObjectNode o = arr.addObject();
                o.put("id", r.entry.id());
                o.put("name", r.name());
                // NODATA has no number of its own (it is NOERROR with an empty answer): null, as the text shows "-"
                o.put("number", r.entry.kind() == Kind.PSEUDO ? null : r.entry.number());
                o.put("kind", r.entry.kind().name());
                o.put("count", r.count);
            }
            return;
        }
        if (order.isEmpty()) {
            ctx.out().println(t.label("cli.check.summary.none", "file", file, "dialect", dialect));
            longLines(ctx, t, total.longLines);
            return;
        }
        ctx.out().println(t.label("cli.check.summary.heading", "file", file, "dialect", dialect,
                "mentions", mentions, "codes", order.size()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.label("cli.check.column.count"), t.label("cli.check.column.code"),
            t.label("cli.check.column.number"), t.label("cli.check.column.kind")});
        for (Row r : order) {
            Entry e = r.entry;
            // NODATA is a reading of a reply, not a value: no number
            String number = e.kind() == Kind.PSEUDO ? "-" : e.number();
            rows.add(new String[] {Long.toString(r.count), r.name(), number, r.kind()});
        }
        ctx.out().print(table(rows));
        longLines(ctx, t, total.longLines);
    }

    /** A note under a file's summary when some of its lines were read only up to {@link Scanner#MAX_LINE} chars. */
    private static void longLines(Context ctx, Texts t, long n) {
        if (n > 0) {
            ctx.out().println("  " + t.label("cli.check.summary.longLines", "count", n, "max", Scanner.MAX_LINE));
        }
    }

    /**
     * Lines of text as {@code wc -l} and editors' status bars count them: the empty line after a final newline (a
     * line of the document model, where the cursor can go) is not one, and an empty file has none.
     */
    static int textLines(ScanContext sc) {
        int n = sc.lineCount();
        return n > 0 && sc.line(n - 1).isEmpty() ? n - 1 : n;
    }

    /**
     * One row of the summary: a code, and whether it is a reply's RCODE that BIND printed as {@code ?17} to
     * {@code ?22} (see {@link DigOutputScanner#NOTE_UNNAMED_IN_REPLY}): such a value is counted apart from the TSIG
     * error of the same number and shown as BIND printed it, since as a reply's RCODE it has no name.
     */
    static final class Row {
        final Entry entry;
        final boolean reply;
        long count;

        Row(Entry entry, boolean reply) {
            this.entry = entry;
            this.reply = reply;
        }

        /** The code column: the entry's name, or {@code ?22} for a reply's RCODE that has none. */
        String name() {
            return reply ? "?" + entry.value() : entry.name();
        }

        /** The kind column: the kind, and "(TSIG)" for the TSIG meanings (NOTAUTH, BADSIG, 17-22). */
        String kind() {
            return entry.kind().name() + (!reply && tsigOnly(entry) ? " (TSIG)" : "");
        }
    }

    /**
     * True for a code that is a TSIG (or TKEY) error and not a reply's RCODE: the TSIG meanings of 9 and 16, 17-22,
     * 4096 and up. The unassigned 24-3840 and the private-use 3841-4095 can be either (the OPT record carries them
     * too), so they are not marked.
     */
    static boolean tsigOnly(Entry e) {
        return e.tsigContext() && !e.carriers().contains(Carrier.OPT);
    }

    /** The row key of a mention: the entry id, apart for a reply's {@code ?22}. */
    private static String rowKey(Mention m) {
        return isReplyUnnamed(m) ? m.entry().id() + "#reply" : m.entry().id();
    }

    private static boolean isReplyUnnamed(Mention m) {
        return DigOutputScanner.NOTE_UNNAMED_IN_REPLY.equals(m.note());
    }

    /** Counts of the rows seen: by one block of lines, or by all of them. */
    private static final class Tally {
        final Map<String, Row> rows = new HashMap<>();
        long mentions;
        /** Lines longer than {@link Scanner#MAX_LINE}: only their start was scanned. */
        long longLines;

        void add(String key, Entry e, boolean reply, long times) {
            if (e == null) {
                return;
            }
            Row r = rows.get(key);
            if (r == null) {
                rows.put(key, r = new Row(e, reply));
            }
            r.count += times;
            mentions += times;
        }

        /** The mentions of one line: each row once. */
        void addLine(List<Mention> ms) {
            int size = ms.size();
            if (size == 1) {
                Mention m = ms.get(0);
                if (m.entry() != null) {
                    add(rowKey(m), m.entry(), isReplyUnnamed(m), 1);
                }
                return;
            }
            Set<String> seen = size > 8 ? new HashSet<>() : null;
            for (int j = 0; j < size; j++) {
                Mention m = ms.get(j);
                if (m.entry() == null) {
                    continue;
                }
                String key = rowKey(m);
                boolean again = false;
                if (seen != null) {
                    again = !seen.add(key);
                } else {
                    for (int k = 0; k < j && !again; k++) {
                        Mention o = ms.get(k);
                        again = o.entry() != null && rowKey(o).equals(key);
                    }
                }
                if (!again) {
                    add(key, m.entry(), isReplyUnnamed(m), 1);
                }
            }
        }
    }

    /** A plain-text table: the count right-aligned, the other columns left-aligned, two spaces apart. */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], TextWidth.of(r[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                int pad = w[c] - TextWidth.of(r[c]);
                if (c == 0) {
                    line.append(" ".repeat(pad)).append(r[c]);
                } else {
                    line.append("  ").append(r[c]);
                    if (c < cols - 1) {
                        line.append(" ".repeat(pad));
                    }
                }
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** A file's text, or why it cannot be checked (a label key and its arguments, localised when printed). */
    record Loaded(DocumentText text, String problemKey, Object[] problemArgs) {
        static Loaded problem(String key, Object... args) {
            return new Loaded(null, key, args);
        }

        String problem(Texts t) {
            return problemKey == null ? null : t.label(problemKey, problemArgs);
        }
    }

    /**
     * Starts reading the first file on another thread, so that it is read while the command line loads the catalog
     * (on two cores the two take about as long); {@link #run} takes the result when it gets to that file.
     * {@code stdin} is what a FILE of {@code -} reads (the first one: a second finds it at its end, as cat does).
     */
    static void prefetch(List<String> words, InputStream stdin) {
        if (words.isEmpty()) {
            return;
        }
        String name = words.get(0);
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load(name, stdin));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "rcode-ls-check-read");
        t.setDaemon(true);
        PREFETCHED.set(Map.entry(name, f));
        t.start();
    }

    /** The file {@link #prefetch} is reading, for the command run on this thread. */
    private static final ThreadLocal<Map.Entry<String, CompletableFuture<Loaded>>> PREFETCHED = new ThreadLocal<>();

    /** Drops what {@link #prefetch} started and {@link #run} did not take (a usage error came first). */
    static void forgetPrefetch() {
        PREFETCHED.remove();
    }

    /** The name a FILE word has in the output: itself, or {@value #STDIN_NAME} for {@code -}. */
    static String displayName(String word) {
        return STDIN_WORD.equals(word) ? STDIN_NAME : word;
    }

    /** The prefetched file if it is this one (once), else a fresh read. */
    private static Loaded take(String name, InputStream stdin) {
        Map.Entry<String, CompletableFuture<Loaded>> p = PREFETCHED.get();
        if (p != null && p.getKey().equals(name)) {
            PREFETCHED.remove();
            try {
                return p.getValue().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
        return load(name, stdin);
    }

    /**
     * Decodes a text whose first bytes ({@code head}, up to its position) were read and whose other bytes are
     * {@code rest}: a binary text (a NUL byte in the first {@value #SNIFF_BYTES}) is refused, UTF-16 with its byte
     * order mark is read as such, anything else as UTF-8. More than {@link #MAX_BYTES} in all is too large: a file's
     * size was checked before, but a pipe's or the standard input's is known only once read.
     */
    private static Loaded decode(String name, ByteBuffer head, InputStream rest) throws IOException {
        InputStream all = new Limited(new SequenceInputStream(
                new ByteArrayInputStream(head.array(), 0, head.position()), rest), MAX_BYTES);
        try {
            if (utf16(head)) {
                // a log saved by Windows PowerShell (Out-File) or Notepad as "Unicode": UTF-16 with its byte
                // order mark, which the decoder reads and drops; its NUL bytes do not make it binary
                return new Loaded(DocumentText.of(new String(all.readAllBytes(), StandardCharsets.UTF_16)), null,
                        null);
            }
            for (int i = 0; i < head.position(); i++) {
                if (head.get(i) == 0) {
                    return Loaded.problem("cli.check.binary", "file", name);
                }
            }
            // the sniffed bytes, then the rest (no seeking: a named pipe works too); decoded chunk by chunk,
            // malformed UTF-8 becomes U+FFFD and a byte order mark is not part of the text
            return new Loaded(DocumentText.readUtf8(all), null, null);
        } catch (Limited.TooLarge e) {
            return Loaded.problem("cli.check.tooLarge", "file", name, "size", "> " + MAX_BYTES / (1024 * 1024),
                    "max", MAX_BYTES / (1024 * 1024));
        }
    }

    /** A stream that fails with {@link TooLarge} once more than {@code max} bytes were read from it. */
    static final class Limited extends java.io.FilterInputStream {
        /** More bytes than allowed. */
        static final class TooLarge extends IOException {
            TooLarge() {
                super("too large");
            }
        }

        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private int counted(int n) throws TooLarge {
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new TooLarge();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return counted(in.read(b, off, len));
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                count += s;
                if (count > max) {
                    throw new TooLarge();
                }
            }
            return s;
        }
    }

    /** The file starts with a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian). */
    static boolean utf16(ByteBuffer head) {
        if (head.position() < 2) {
            return false;
        }
        int a = head.get(0) & 0xff;
        int b = head.get(1) & 0xff;
        return a == 0xff && b == 0xfe || a == 0xfe && b == 0xff;
    }

    /** A FILE word's text: the standard input for {@code -}, else the file of that name. */
    static Loaded load(String word, InputStream stdin) {
        if (!STDIN_WORD.equals(word)) {
            return load(word);
        }
        // never closed here (SequenceInputStream closes each part it finishes): a second "-" then reads nothing,
        // as with cat, instead of failing on a closed stream
        InputStream in = new java.io.FilterInputStream(stdin != null ? stdin : InputStream.nullInputStream()) {
            @Override
            public void close() {
            }
        };
        try {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return decode(STDIN_NAME, ByteBuffer.wrap(head).position(head.length), in);
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return Loaded.problem("cli.check.unreadable", "file", STDIN_NAME, "reason", reason);
        } catch (OutOfMemoryError e) {
            return Loaded.problem("cli.check.tooLarge", "file", STDIN_NAME, "size", "?",
                    "max", MAX_BYTES / (1024 * 1024));
        }
    }

    static Loaded load(String name) {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            return Loaded.problem("cli.check.notFound", "file", name);
        }
        if (Files.isDirectory(p)) {
            return Loaded.problem("cli.check.directory", "file", name);
        }
        if (!Files.exists(p)) {
            return Loaded.problem("cli.check.notFound", "file", name);
        }
        try {
            long size = Files.size(p);
            if (size > MAX_BYTES) {
                return Loaded.problem("cli.check.tooLarge", "file", name, "size", size / (1024 * 1024),
                        "max", MAX_BYTES / (1024 * 1024));
            }
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                ByteBuffer head = ByteBuffer.allocate(SNIFF_BYTES);
                while (head.hasRemaining() && ch.read(head) >= 0) {
                    // fill the sniffing buffer (a short file ends it early)
                }
                return decode(name, head, Channels.newInputStream(ch));
            }
        } catch (AccessDeniedException e) {
            return Loaded.problem("cli.check.denied", "file", name);
        } catch (NoSuchFileException e) {
            return Loaded.problem("cli.check.notFound", "file", name);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            return Loaded.problem("cli.check.unreadable", "file", name, "reason", reason);
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return Loaded.problem("cli.check.unreadable", "file", name, "reason", reason);
        } catch (OutOfMemoryError e) {
            return Loaded.problem("cli.check.tooLarge", "file", name, "size", "?",
                    "max", MAX_BYTES / (1024 * 1024));
        }
    }
}
