package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar driven by a real client nobody here wrote: Neovim's built-in LSP client, headless. In CI (.ci/run installs
 * Debian's neovim) a missing nvim fails the test; on a developer machine without it the test is skipped.
 */
class NeovimIT {

    static boolean haveNvim() {
        try {
            return new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs the Lua client script and returns what it wrote. */
    static String ask(String method, Path file, int line, int col) throws Exception {
        boolean ci = System.getenv("CI") != null;
        if (!haveNvim()) {
            assertTrue(!ci, "nvim is required in CI (.ci/run installs Debian's neovim)");
            assumeTrue(false, "nvim not installed");
        }
        ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile src/test/nvim/lsp-request.lua");
        pb.environment().put("RCODE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("RCODE_METHOD", method);
        return EditorClient.run("nvim", pb, file, line, col);
    }

    @Test
    void neovimHoverOnACoreDnsErrorsLine() throws Exception {
        Path log = Path.of("src/test/resources/nvim/coredns.log");
        String line = Files.readAllLines(log).get(1);
        String answer = ask("textDocument/hover", log, 1, line.indexOf("errors: 2") + 8);
        assertTrue(answer.contains("SERVFAIL"), answer);
    }

    @Test
    void neovimCompletionAfterRcodeInACorefileTemplate() throws Exception {
        Path corefile = Path.of("src/test/resources/nvim/Corefile");
        String line = Files.readAllLines(corefile).get(2);
        String answer = ask("textDocument/completion", corefile, 2, line.indexOf("rcode ") + 6);
        java.util.List<String> labels = answer.lines().toList();
        assertTrue(labels.contains("NXDOMAIN") && labels.contains("SERVFAIL"), answer);
        assertTrue(labels.stream().noneMatch(l -> l.equals("NOTIMPL") || l.equals("nxdomain")),
                "only the upper-case miekg names CoreDNS accepts: " + answer);
    }
}
