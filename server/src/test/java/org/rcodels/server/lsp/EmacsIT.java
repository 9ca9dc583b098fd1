package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar driven by Emacs's eglot, headless, configured by the very setup docs/EDITORS.md shows
 * ({@code src/test/emacs/rcode-ls-eglot.el}). In CI (.ci/run installs Debian's emacs-nox and elpa-eglot) a missing
 * Emacs or eglot fails the test; on a developer machine without them it is skipped.
 */
class EmacsIT {

    static final Path SCRIPT = Path.of("src/test/emacs/eglot-hover.el");
    static final Path SETUP = Path.of("src/test/emacs/rcode-ls-eglot.el");

    /** Exit status of the probe: 0 Emacs and eglot load, 3 eglot missing, -1 no Emacs. */
    static int probe() {
        try {
            ProcessBuilder pb = new ProcessBuilder("emacs", "--batch", "-Q", "-l", SCRIPT.toString());
            pb.environment().put("RCODE_PROBE", "1");
            Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs the eglot client script on a file and returns what it wrote: "languageId=..." then the hover text. */
    static String hover(Path file, int line, int col) throws Exception {
        boolean ci = System.getenv("CI") != null;
        int probe = probe();
        if (probe != 0) {
            String why = probe == 3 ? "eglot cannot be loaded" : "emacs not installed";
            assertTrue(!ci, why + ": CI needs Debian's emacs-nox and elpa-eglot (.ci/run installs them)");
            assumeTrue(false, why);
        }
        ProcessBuilder pb = new ProcessBuilder("emacs", "--batch", "-Q", "-l", SCRIPT.toString());
        // the setup runs "java" from PATH: make it this test's JVM
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        pb.environment().put("PATH", javaBin + File.pathSeparator + pb.environment().getOrDefault("PATH", ""));
        return EditorClient.run("emacs", pb, file, line, col);
    }

    @Test
    void eglotHoverOnACoreDnsErrorsLine() throws Exception {
        Path log = Path.of("src/test/resources/nvim/coredns.log");
        String line = Files.readAllLines(log).get(1);
        String answer = hover(log, 1, line.indexOf("errors: 2") + 8);
        assertTrue(answer.startsWith("languageId=log\n"), answer);
        assertTrue(answer.contains("SERVFAIL"), answer);
        // Explain's page, shown by the setup in a buffer of its own
        String page = answer.substring(answer.lastIndexOf("\npage=") + 6);
        assertTrue(page.contains("SERVFAIL (2)"), answer);
    }

    @Test
    void eglotHoverInACorefileUsesTheCorefileMode() throws Exception {
        Path corefile = Path.of("src/test/resources/corpus/config/Corefile");
        List<String> lines = Files.readAllLines(corefile);
        int n = 0;
        while (!lines.get(n).strip().startsWith("servfail ")) {
            n++;
        }
        String answer = hover(corefile, n, lines.get(n).indexOf("servfail"));
        assertTrue(answer.startsWith("languageId=corefile\n"), answer);
        assertTrue(answer.contains("SERVFAIL"), answer);
    }

    @Test
    void editorsPageShowsTheTestedSetup() throws Exception {
        String page = Files.readString(Path.of("../docs/EDITORS.md"), StandardCharsets.UTF_8);
        String setup = Files.readString(SETUP, StandardCharsets.UTF_8).strip();
        assertTrue(page.contains(setup), "docs/EDITORS.md must show " + SETUP + " verbatim");
    }
}
