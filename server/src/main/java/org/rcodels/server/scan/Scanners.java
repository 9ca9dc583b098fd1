package org.rcodels.server.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.code.CodeScanner;
import org.rcodels.server.scan.config.CorefileScanner;
import org.rcodels.server.scan.config.LuaScanner;
import org.rcodels.server.scan.config.NamedConfScanner;
import org.rcodels.server.scan.config.UnboundConfScanner;
import org.rcodels.server.scan.config.YamlConfScanner;
import org.rcodels.server.scan.log.LogScanner;
import org.rcodels.server.scan.output.DigOutputScanner;
import org.rcodels.server.scan.zone.ZoneScanner;

/**
 * Which scanners run for which dialect, registered explicitly. A new dialect adds a {@link Dialect} constant, a
 * scanner, and one line here.
 */
public final class Scanners {
    private static final Map<Dialect, List<Scanner>> BY_DIALECT = new EnumMap<>(Dialect.class);

    static {
        Scanner dig = new DigOutputScanner();
        Scanner log = new LogScanner();
        // dig output is pasted into tickets and logs next to server log lines: those lines are read as a log's
        // (the log rules leave dig's header line to the dig scanner, and overlaps go to the longest mention); dig
        // runs first, so that the log scanner's fallback for bare mnemonics sees what it found on the line
        BY_DIALECT.put(Dialect.DIG, List.of(dig, log));
        BY_DIALECT.put(Dialect.LOG, List.of(dig, log));
        BY_DIALECT.put(Dialect.TEXT, List.of(dig, log));
        BY_DIALECT.put(Dialect.COREFILE, List.of(new CorefileScanner()));
        BY_DIALECT.put(Dialect.UNBOUND_CONF, List.of(new UnboundConfScanner()));
        BY_DIALECT.put(Dialect.NAMED_CONF, List.of(new NamedConfScanner()));
        BY_DIALECT.put(Dialect.LUA, List.of(new LuaScanner()));
        BY_DIALECT.put(Dialect.YAML_CONF, List.of(new YamlConfScanner()));
        BY_DIALECT.put(Dialect.ZONE, List.of(new ZoneScanner()));
        for (Dialect d : List.of(Dialect.CODE_PYTHON, Dialect.CODE_GO, Dialect.CODE_C, Dialect.CODE_JAVA,
                Dialect.CODE_JS, Dialect.CODE_RUST)) {
            BY_DIALECT.put(d, List.of(new CodeScanner(d)));
        }
    }

    private Scanners() {
    }

    public static List<Scanner> forDialect(Dialect d) {
        return BY_DIALECT.getOrDefault(d, List.of());
    }

    /**
     * The mentions on one line, sorted by column, without overlaps (where two scanners claim overlapping text, the
     * longer mention wins, then the one found first). A scanner that throws is treated as having found nothing.
     */
    public static List<Mention> onLine(ScanContext ctx, int line) {
        if (line < 0 || line >= ctx.lineCount()) {
            return List.of();
        }
        String text = ctx.line(line);
        List<Mention> found = new ArrayList<>();
        for (Scanner s : forDialect(ctx.dialect())) {
            int before = found.size();
            try {
                s.scan(ctx, line, text, found);
            } catch (RuntimeException e) {
                // a scanner bug must never break a request: drop what it added for this line
                found.subList(before, found.size()).clear();
            }
        }
        if (found.size() <= 1) {
            return found;
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -(m.end() - m.start())));
        List<Mention> out = new ArrayList<>(found.size());
        int reach = -1;
        for (Mention m : found) {
            if (m.start() >= reach) {
                out.add(m);
                reach = m.end();
            }
        }
        return out;
    }

    /** The mention under a column of a line (a mention covers its end column too, as editors place cursors). */
    public static Optional<Mention> at(ScanContext ctx, int line, int column) {
        Mention best = null;
        for (Mention m : onLine(ctx, line)) {
            if (m.covers(column)) {
                if (best == null || column < m.end()) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
