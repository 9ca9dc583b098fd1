package org.rcodels.server.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.dialect.DialectDetector;
import org.rcodels.server.text.DocumentText;

/**
 * Every sample file under src/test/resources/corpus/ yields exactly the mentions listed in its ".expected" file: no
 * more, no fewer. A sample without an ".expected" file fails the test (a negative sample has an empty one).
 *
 * <p>Expected file format, one mention a line, "#" lines are comments:
 * <pre>
 * # dialect: LOG            (optional: the dialect the sample must be detected as, from its file name and content)
 * 12:40 rcode:3 NXDOMAIN    (1-based line and UTF-16 column, entry id, the mention's text)
 * </pre>
 */
class CorpusTest {
    static final Path ROOT = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> everySampleYieldsExactlyItsExpectedMentions() throws IOException {
        assertTrue(Files.isDirectory(ROOT), "corpus folder missing: " + ROOT.toAbsolutePath());
        List<Path> samples;
        // -Dcorpus=log limits the run to one subfolder while working on one area
        Path root = System.getProperty("corpus", "").isBlank() ? ROOT : ROOT.resolve(System.getProperty("corpus"));
        try (Stream<Path> s = Files.walk(root)) {
            samples = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    static void check(Path sample) throws IOException {
        Path exp = sample.resolveSibling(sample.getFileName() + ".expected");
        assertTrue(Files.exists(exp), "no expectations for sample " + sample + " (create " + exp.getFileName() + ")");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        DocumentText doc = DocumentText.of(text);
        Dialect expectedDialect = null;
        List<String> expected = new ArrayList<>();
        for (String l : Files.readAllLines(exp, StandardCharsets.UTF_8)) {
            if (l.startsWith("# dialect:")) {
                expectedDialect = Dialect.valueOf(l.substring("# dialect:".length()).strip());
            } else if (!l.isBlank() && !l.startsWith("#")) {
                expected.add(l.strip());
            }
        }
        String uri = sample.toUri().toString();
        Dialect detected = DialectDetector.detect(uri, null, doc.lineCount(), doc::line);
        if (expectedDialect != null) {
            assertEquals(expectedDialect, detected, "dialect detected for " + sample.getFileName());
        }
        TextContext ctx = new TextContext(Catalog.standard(), expectedDialect != null ? expectedDialect : detected,
                uri, doc);
        List<String> actual = new ArrayList<>();
        for (Mention m : ScanHarness.mentions(ctx)) {
            actual.add((m.line() + 1) + ":" + (m.start() + 1) + " " + m.entry().id() + " " + m.text());
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertFalse(!missing.isEmpty() || !extra.isEmpty(), sample.getFileName() + ":\n  missing (expected, not found): "
                + missing + "\n  extra (found, not expected): " + extra);
    }
}
