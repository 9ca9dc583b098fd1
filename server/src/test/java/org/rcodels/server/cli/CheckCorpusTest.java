package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Configs with the mistakes people make (src/test/resources/check/): `rcode-ls check` run through its real entry
 * point prints exactly the diagnostics of the ".check" file beside each sample (compiler style, reviewed by hand),
 * and exits 1 when one of them is an error.
 */
class CheckCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/check");

    @TestFactory
    Stream<DynamicTest> everyConfigYieldsExactlyItsDiagnostics() throws Exception {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> !p.toString().endsWith(".check")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    static void check(Path sample) throws Exception {
        String expected = Files.readString(sample.resolveSibling(sample.getFileName() + ".check"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the file is named as the user would name it, relative to the folder, as in the .check files
        String name = sample.getFileName().toString();
        int status = Cli.run(new String[] {"check", "--lang", "en", ROOT.resolve(name).toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        String shown = out.toString(StandardCharsets.UTF_8).replace(ROOT.resolve(name).toString(), name);
        assertEquals(expected, shown, "diagnostics of " + name + " (stderr: " + err + ")");
        boolean errors = expected.lines().anyMatch(l -> l.contains(": error: "));
        assertEquals(errors ? 1 : 0, status, "exit status of check " + name);
    }
}
