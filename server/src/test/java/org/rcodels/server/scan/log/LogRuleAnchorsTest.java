package org.rcodels.server.scan.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass prefilter of {@link LogScanner} must never hide a line from a rule that would accept it: every rule's
 * {@link LogRule#anchors} are a necessary condition of its {@link LogRule#accepts}. Checked on every line of the
 * sample corpus (every dialect's samples: logs quote dig output, configs and code too) and on random lines built from
 * the anchors, the rules' other cues and noise. And the automaton itself against plain {@code contains}.
 */
class LogRuleAnchorsTest {

    static List<String> corpusLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                lines.addAll(List.of(text.split("\r\n|\r|\n")));
            }
        }
        return lines;
    }

    static List<String> randomLines(int count, long seed) {
        List<String> bits = new ArrayList<>();
        for (LogRule r : LogScanner.RULES) {
            bits.addAll(r.anchors());
        }
        bits.addAll(List.of("->>HEADER<<-", "\"", "/", "'", " ", "\t", "#", "[", "]", "(", ")", "NXDOMAIN", "SERVFAIL",
                "query", "getHostByAddr", " E", "UDP ", "TCP ", " [", "1", "53", ":", "é", "ث", "\uD83D\uDE00", "rcode",
                "error", "x", "Qr"));
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int k = 0; k < parts; k++) {
                String b = bits.get(r.nextInt(bits.size()));
                if (b.length() > 2 && r.nextInt(4) == 0) {
                    // a piece of an anchor only: must not count as the anchor
                    int s = r.nextInt(b.length() - 1);
                    b = b.substring(s, s + 1 + r.nextInt(b.length() - s - 1));
                }
                sb.append(b);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static void assertAnchorsCover(List<String> lines) {
        int accepted = 0;
        for (String line : lines) {
            if (line.length() < 4) {
                continue;
            }
            long bits = LogScanner.ANCHORS.find(line, Math.min(line.length(), LogScanner.LIMIT));
            String t = line.length() > LogScanner.LIMIT ? line.substring(0, LogScanner.LIMIT) : line;
            for (int k = 0; k < LogScanner.RULES.size(); k++) {
                LogRule rule = LogScanner.RULES.get(k);
                if (rule.accepts(t)) {
                    accepted++;
                    assertTrue((bits & 1L << k) != 0, rule.getClass().getSimpleName()
                            + " accepts a line without any of its anchors: " + line);
                }
            }
        }
        assertTrue(accepted > lines.size() / 10, "the sample should exercise the rules: " + accepted);
    }

    @Test
    void everyCorpusLineAcceptedByARuleHoldsOneOfItsAnchors() throws IOException {
        assertAnchorsCover(corpusLines());
    }

    @Test
    void everyRandomLineAcceptedByARuleHoldsOneOfItsAnchors() {
        assertAnchorsCover(randomLines(50_000, 3));
    }

    @Test
    void theAutomatonFindsExactlyTheLiteralsThatOccur() {
        List<String> literals = new ArrayList<>();
        for (LogRule r : LogScanner.RULES) {
            literals.addAll(r.anchors());
        }
        literals.addAll(List.of("aa", "aab", "ab", "b", "bab", "abab"));
        long[] bits = new long[literals.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = 1L << (i % 64);
        }
        Anchors a = new Anchors(literals, bits);
        List<String> lines = new ArrayList<>(randomLines(20_000, 9));
        Random r = new Random(4);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append("ab é".charAt(r.nextInt(4)));
            }
            lines.add(sb.toString());
        }
        for (String line : lines) {
            long expected = 0;
            for (int i = 0; i < literals.size(); i++) {
                if (line.contains(literals.get(i))) {
                    expected |= bits[i];
                }
            }
            assertEquals(expected, a.find(line, line.length()), line);
        }
    }

    @Test
    void digHeaderLinesAreLeftToTheDigScanner() {
        assertEquals(0, LogScanner.candidates(";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1"));
        assertTrue(LogScanner.candidates("query failed (SERVFAIL) for x/IN/A") != 0);
    }
}
