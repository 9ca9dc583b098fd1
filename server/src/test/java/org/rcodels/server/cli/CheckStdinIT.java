package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code dig ... | java -jar rcode-ls.jar check --summary -}: the packaged jar reads a pipe on its standard input. */
class CheckStdinIT {

    @Test
    void aPipeIntoCheckDash() throws Exception {
        Path jar = Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar not found: " + jar.toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "check", "--summary", "-"));
        Path out = Files.createTempFile("rcode-ls-it", ".out");
        Path err = Files.createTempFile("rcode-ls-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 43575\n"
                        + ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("rcode-ls check --summary - did not finish in 60 s");
            }
            String o = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
            assertTrue(o.startsWith("<stdin> (dig-output): codes: 2, mentions: 2\n"), o);
            assertTrue(o.matches("(?s).*\\n\\s+1\\s+NXDOMAIN\\s+3\\s+RCODE\\n.*"), o);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
