package org.rcodels.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Large logs made from the sample corpus (server/src/test/resources/corpus/log/*.log): runs of consecutive lines of
 * one sample (so that scanners keep the context they look for), with the domain names varied so that no two runs are
 * alike, until the wanted number of lines; the names are lengthened or shortened as it goes so that the whole comes
 * close to the wanted size. The same seed gives the same text.
 */
final class LogGenerator {
    private final List<List<String>> files;

    LogGenerator(Path corpusDir) {
        List<List<String>> f = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpusDir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank()).toList();
                if (!lines.isEmpty()) {
                    f.add(lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + corpusDir, e);
        }
        if (f.isEmpty()) {
            throw new IllegalArgumentException("no *.log samples in " + corpusDir);
        }
        this.files = f;
    }

    /** Writes {@code lines} lines (each ended by \n) of about {@code bytes} bytes in all. */
    void generate(Writer out, int lines, long bytes, long seed) throws IOException {
        Random r = new Random(seed);
        long written = 0;
        int n = 0;
        StringBuilder sb = new StringBuilder(512);
        while (n < lines) {
            List<String> file = files.get(r.nextInt(files.size()));
            int from = r.nextInt(file.size());
            int run = 1 + r.nextInt(Math.min(20, file.size() - from));
            for (int i = from; i < from + run && n < lines; i++, n++) {
                // how far behind (or ahead of) the wanted size we are decides how long the varied names get
                long deficit = bytes * (n + 1L) / lines - written;
                int extra = (int) Math.max(0, Math.min(48, 12 + deficit / 32));
                vary(file.get(i), sb, r, extra);
                sb.append('\n');
                out.append(sb);
                written += utf8Length(sb);
                sb.setLength(0);
            }
        }
    }

    /** The generated text in memory (for the JMH benchmarks). */
    String text(int lines, long bytes, long seed) {
        java.io.StringWriter w = new java.io.StringWriter((int) Math.min(Integer.MAX_VALUE - 8, bytes + bytes / 8));
        try {
            generate(w, lines, bytes, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    void write(Path file, int lines, long bytes, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generate(w, lines, bytes, seed);
        }
    }

    /** "example" becomes "example-<hex>" with up to {@code extra} hex digits; nothing else changes. */
    private static void vary(String line, StringBuilder sb, Random r, int extra) {
        int from = 0;
        int i;
        while ((i = line.indexOf("example", from)) >= 0) {
            sb.append(line, from, i + 7);
            int len = extra == 0 ? 0 : 1 + r.nextInt(extra);
            if (len > 0) {
                sb.append('-');
                for (int k = 0; k < len; k++) {
                    sb.append(Character.forDigit(r.nextInt(16), 16));
                }
            }
            from = i + 7;
        }
        sb.append(line, from, line.length());
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
