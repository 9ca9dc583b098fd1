package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real editor's LSP client script (Neovim, Emacs) against the built jar: the script gets the request in
 * RCODE_* environment variables, writes its answer to the file named by RCODE_OUT, and exits 0 on success.
 */
final class EditorClient {
    private EditorClient() {
    }

    /**
     * Starts {@code pb} with RCODE_JAR, RCODE_FILE, RCODE_LINE, RCODE_COL and RCODE_OUT set (plus whatever the
     * caller put in its environment), waits at most 90 s, and returns what the script wrote.
     */
    static String run(String editor, ProcessBuilder pb, Path file, int line, int col) throws Exception {
        Path out = Files.createTempFile(editor + "-answer", ".txt");
        Map<String, String> env = pb.environment();
        env.put("RCODE_JAR", Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar")).toAbsolutePath().toString());
        env.put("RCODE_FILE", file.toAbsolutePath().toString());
        env.put("RCODE_LINE", Integer.toString(line));
        env.put("RCODE_COL", Integer.toString(col));
        env.put("RCODE_OUT", out.toString());
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String answer = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        assertTrue(done, editor + " did not finish");
        assertEquals(0, p.exitValue(), editor + " client failed: " + answer);
        return answer;
    }
}
