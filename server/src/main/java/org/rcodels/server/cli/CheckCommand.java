package org.rcodels.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Kind;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.dialect.DialectDetector;
import org.rcodels.server.features.Diagnostic;
import org.rcodels.server.features.DiagnosticsFeature;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.JsonShapes;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanners;
import org.rcodels.server.scan.TextContext;
import org.rcodels.server.text.DocumentText;

/**
 * {@code check FILE... [--summary]}: the language server's diagnostics for files, printed the way compilers print
 * theirs ({@code file:line:col: severity: message [code]}), or with {@code --summary} a count of the codes each file
 * mentions. Exit status: 0 when no file has an error, 1 when one has an error-severity diagnostic, 2 when a file
 * cannot be checked (missing, a directory, unreadable, binary, too large: the other files are still checked) or the
 * command line is wrong.
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
            Loaded f = load(word, t);
            if (f.problem != null) {
                ctx.err().println(Cli.PROGRAM + ": " + f.problem);
                unreadable = true;
                continue;
            }
            // the same document model and scan context as the server: lines split as editors split them
            DocumentText lines = DocumentText.of(f.text);
            Dialect dialect = DialectDetector.detect(word, null, lines.lineCount(), lines::line);
            TextContext sc = new TextContext(ctx.catalog(), dialect, word, lines);
            if (ctx.summary()) {
                if (!json && !first) {
                    ctx.out().println();
                }
                first = false;
                summary(ctx, sc, word, json ? files.addObject() : null);
            } else {
                errors |= diagnose(ctx, sc, word, json ? files.addObject() : null);
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
        List<Diagnostic> all = new ArrayList<>();
        // the feature bounds one request's results (an editor shows only so many); a file gets all of them
        int lineCount = sc.lineCount();
        for (int from = 0; from < lineCount; from += CHUNK) {
            int to = Math.min(lineCount, from + CHUNK);
            List<Diagnostic> part = DiagnosticsFeature.diagnose(sc, from, to, ctx.texts());
            if (part.size() < CHUNK) {
                all.addAll(part);
            } else {
                for (int l = from; l < to; l++) {
                    all.addAll(DiagnosticsFeature.diagnose(sc, l, l + 1, ctx.texts()));
                }
            }
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

    /** Counts the mentions of each code in one pass over the lines and prints them, most frequent first. */
    private static void summary(Context ctx, ScanContext sc, String file, ObjectNode json) {
        Texts t = ctx.texts();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Entry> entries = new HashMap<>();
        long mentions = 0;
        int n = sc.lineCount();
        for (int i = 0; i < n; i++) {
            for (Mention m : Scanners.onLine(sc, i)) {
                Entry e = m.entry();
                if (e == null) {
                    continue;
                }
                counts.computeIfAbsent(e.id(), k -> new int[1])[0]++;
                entries.putIfAbsent(e.id(), e);
                mentions++;
            }
        }
        List<Entry> order = new ArrayList<>(entries.values());
        Map<String, Integer> rank = new HashMap<>();
        List<Entry> catalogOrder = ctx.catalog().entries();
        for (int i = 0; i < catalogOrder.size(); i++) {
            rank.put(catalogOrder.get(i).id(), i);
        }
        order.sort(Comparator.<Entry>comparingInt(e -> -counts.get(e.id())[0])
                .thenComparingInt(e -> rank.getOrDefault(e.id(), Integer.MAX_VALUE)).thenComparing(Entry::id));
        String dialect = sc.dialect().languageId();
        if (json != null) {
            json.put("file", file);
            json.put("dialect", dialect);
            json.put("lines", n);
            json.put("mentions", mentions);
            ArrayNode arr = json.putArray("codes");
            for (Entry e : order) {
                ObjectNode o = arr.addObject();
                o.put("id", e.id());
                o.put("name", e.name());
                o.put("number", e.number());
                o.put("kind", e.kind().name());
                o.put("count", counts.get(e.id())[0]);
            }
            return;
        }
        if (order.isEmpty()) {
            ctx.out().println(t.label("cli.check.summary.none", "file", file, "dialect", dialect));
            return;
        }
        ctx.out().println(t.label("cli.check.summary.heading", "file", file, "dialect", dialect,
                "mentions", mentions, "codes", order.size()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.label("cli.check.column.count"), t.label("cli.check.column.code"),
            t.label("cli.check.column.number"), t.label("cli.check.column.kind")});
        for (Entry e : order) {
            // NODATA is a reading of a reply, not a value: no number
            String number = e.kind() == Kind.PSEUDO ? "-" : e.number();
            rows.add(new String[] {Integer.toString(counts.get(e.id())[0]), e.name(), number, e.kind().name()});
        }
        ctx.out().print(table(rows));
    }

    /** A plain-text table: the count right-aligned, the other columns left-aligned, two spaces apart. */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], r[c].codePointCount(0, r[c].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                int pad = w[c] - r[c].codePointCount(0, r[c].length());
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

    /** A file's text, or the localised reason it cannot be checked. */
    private record Loaded(String text, String problem) {
    }

    static Loaded load(String name, Texts t) {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            return new Loaded(null, t.label("cli.check.notFound", "file", name));
        }
        if (Files.isDirectory(p)) {
            return new Loaded(null, t.label("cli.check.directory", "file", name));
        }
        if (!Files.exists(p)) {
            return new Loaded(null, t.label("cli.check.notFound", "file", name));
        }
        try {
            long size = Files.size(p);
            if (size > MAX_BYTES) {
                return new Loaded(null, t.label("cli.check.tooLarge", "file", name, "size", size / (1024 * 1024),
                        "max", MAX_BYTES / (1024 * 1024)));
            }
            byte[] bytes = Files.readAllBytes(p);
            int sniff = Math.min(bytes.length, SNIFF_BYTES);
            for (int i = 0; i < sniff; i++) {
                if (bytes[i] == 0) {
                    return new Loaded(null, t.label("cli.check.binary", "file", name));
                }
            }
            // malformed UTF-8 becomes U+FFFD; a byte order mark is not part of the text
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Loaded(text, null);
        } catch (AccessDeniedException e) {
            return new Loaded(null, t.label("cli.check.denied", "file", name));
        } catch (NoSuchFileException e) {
            return new Loaded(null, t.label("cli.check.notFound", "file", name));
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            return new Loaded(null, t.label("cli.check.unreadable", "file", name, "reason", reason));
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new Loaded(null, t.label("cli.check.unreadable", "file", name, "reason", reason));
        } catch (OutOfMemoryError e) {
            return new Loaded(null, t.label("cli.check.tooLarge", "file", name, "size", "?",
                    "max", MAX_BYTES / (1024 * 1024)));
        }
    }
}
