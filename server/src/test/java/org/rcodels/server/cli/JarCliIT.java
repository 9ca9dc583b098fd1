package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar as a real process: {@code java -jar rcode-ls.jar ...}. Run by failsafe after packaging. */
class JarCliIT {

    record Run(int status, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar not found: " + jar.toAbsolutePath());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LC_ALL", "C");
        Path out = Files.createTempFile("rcode-ls-it", ".out");
        Path err = Files.createTempFile("rcode-ls-it", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("rcode-ls " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void explainsAKnownCode() throws Exception {
        Run r = java("explain", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("NXDOMAIN"), r.out());
        assertEquals("", r.err());
        // UTF-8 output even under LC_ALL=C: the section sign of "RFC 1035 §4.1.1" survives
        assertTrue(r.out().contains("§"), r.out());
    }

    @Test
    void rejectsAnUnknownCode() throws Exception {
        Run r = java("explain", "NOPE");
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown DNS code: NOPE"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnErrorAndAReaderThatLeftIsNot() throws Exception {
        Path jar = Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.io.File full = new java.io.File("/dev/full");
        if (full.exists()) {
            // a full disk: the explanation is lost, so the status says so
            Path err = Files.createTempFile("rcode-ls-it", ".err");
            try {
                Process p = new ProcessBuilder(java, "-jar", jar.toString(), "explain", "3")
                        .redirectOutput(full).redirectError(err.toFile()).start();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                String message = Files.readString(err, StandardCharsets.UTF_8);
                assertEquals(1, p.exitValue(), message);
                assertTrue(message.contains("cannot write the output"), message);
            } finally {
                Files.deleteIfExists(err);
            }
        }
        // a reader that stops early (as head does) is no failure: nothing on stderr
        List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar.toString(), "explain"));
        for (int n = 0; n <= 23; n++) {
            cmd.add(Integer.toString(n));
        }
        // far more than a pipe holds, so the writes after the close fail
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        p.getInputStream().read();
        p.getInputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", err);
        assertEquals(0, p.exitValue());
    }
}
