package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcodels.server.cli.Cli;

/**
 * Bad command-line input through {@link Cli#run}: unknown codes, a 1 MB argument, files that are missing,
 * unreadable, binary, directories, not UTF-8, full of terminal escapes, and a 50 MB single-line file. Each gives a
 * clear one-line message, a non-zero exit status where something is wrong, no stack trace, and finishes in bounded
 * time.
 */
class CliInputTest {

    @TempDir
    Path dir;

    record Result(int status, String out, String err, long millis) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), InputStream.nullInputStream());
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** A failure: the given status, nothing on stdout, a short message on stderr naming the problem, no trace. */
    static void assertFails(Result r, int status, String expectedInMessage) {
        assertEquals(status, r.status(), r.err());
        assertEquals("", r.out(), "nothing on stdout when the command fails");
        assertTrue(r.err().contains(expectedInMessage), r.err());
        assertNoTrace(r);
        assertTrue(r.err().length() < 2000, "a short message, not " + r.err().length() + " chars");
    }

    static void assertNoTrace(Result r) {
        for (String s : new String[] {r.out(), r.err()}) {
            assertFalse(s.contains("Exception") || s.contains("\tat ") || s.contains("internal error"),
                    "a stack trace or an internal error: " + s.substring(0, Math.min(2000, s.length())));
        }
    }

    @Test
    void unknownCodes() {
        assertFails(run("explain", "FOOBARBAZ"), 2, "FOOBARBAZ");
        assertFails(run("explain", "99999999999999999999"), 2, "65535");
        assertFails(run("explain", "ede", "-1"), 2, "rcode-ls");
        assertFails(run("explain", "\u0000\u001b[2J"), 2, "rcode-ls");
        assertFails(run("compare", "NXDOMAIN"), 2, "rcode-ls");
        assertFails(run("nosuchcommand"), 2, "nosuchcommand");
        assertFails(run("explain", "3", "--format", "xml"), 2, "xml");
    }

    @Test
    void aOneMegabyteArgument() {
        String huge = "NX" + "A".repeat(1 << 20);
        Result r = run("explain", huge);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertNoTrace(r);
        assertTrue(r.millis() < 20_000, "took " + r.millis() + " ms");
        assertTrue(r.err().length() < 2000, "the message repeats the whole argument: " + r.err().length() + " chars");
        // and a 1 MB argument made of codes is simply explained
        Result many = run("explain", "NXDOMAIN ".repeat(1000));
        assertNoTrace(many);
        assertTrue(many.millis() < 30_000, "took " + many.millis() + " ms");
    }

    @Test
    void filesThatCannotBeChecked() throws IOException {
        assertFails(run("check", dir.resolve("missing.log").toString()), 2, "missing.log");
        assertFails(run("check", dir.toString()), 2, dir.getFileName().toString());
        Path binary = Files.write(dir.resolve("core.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, (byte) 0xff});
        assertFails(run("check", binary.toString()), 2, "core.bin");
        Path dangling = dir.resolve("dangling.log");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere"));
        assertFails(run("check", dangling.toString()), 2, "dangling.log");
        assertFails(run("check", "bad\u0000name.log"), 2, "rcode-ls");
        if (Files.isReadable(Path.of("/proc/self/mem"))) {
            // readable by its permissions, but reading it fails (EIO): the error is reported, not thrown
            assertFails(run("check", "/proc/self/mem"), 2, "/proc/self/mem");
        }
        // one bad file among good ones: the others are still checked, the status says something was wrong
        Path good = Files.writeString(dir.resolve("answer.txt"), ";; ->>HEADER<<- opcode: QUERY, status: NOERROR\n");
        Result mixed = run("check", "--summary", good.toString(), binary.toString());
        assertEquals(2, mixed.status());
        assertTrue(mixed.out().contains("answer.txt"), mixed.out());
        assertNoTrace(mixed);
    }

    @Test
    void invalidUtf8AndTerminalEscapesInAFile() throws IOException {
        byte[] bytes = ("[ERROR] plugin/errors: 2 \u001b]8;;command:x\u0007y\u001b]8;;\u0007 \u001b[2J example.org. A: "
                + "read udp 10.0.0.1:1->10.0.0.2:53: i/o timeout\nrcode NXDOMIAN \u001b[31m\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, withBad, 0, bytes.length);
        withBad[bytes.length] = (byte) 0xC3;
        withBad[bytes.length + 1] = 0x28;
        withBad[bytes.length + 2] = (byte) 0xFF;
        Path f = Files.write(dir.resolve("Corefile"), withBad);
        for (String[] args : new String[][] {{"check", f.toString()}, {"check", "--summary", f.toString()},
            {"check", "--format", "json", f.toString()}}) {
            Result r = run(args);
            assertNoTrace(r);
            assertTrue(r.status() == 0 || r.status() == 1, r.err());
            assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"),
                    "a terminal escape from the file reached the output: " + r.out());
        }
    }

    @Test
    void aFiftyMegabyteSingleLine() throws IOException {
        Path f = dir.resolve("one-line.log");
        try (OutputStream o = Files.newOutputStream(f)) {
            byte[] chunk = "status: NXDOMAIN ;; rcode=3 [x](command:x) 0123456789 abcdefghij ".repeat(1024)
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                o.write(chunk);
            }
        }
        for (String[] args : new String[][] {{"check", f.toString()}, {"check", "--summary", f.toString()}}) {
            Result r = run(args);
            assertNoTrace(r);
            assertTrue(r.status() == 0 || r.status() == 1, "status " + r.status() + ": " + r.err());
            assertTrue(r.millis() < 60_000, String.join(" ", args) + " took " + r.millis() + " ms");
            System.out.println("[reliability] check " + args[1] + " on a 50 MB single line: status " + r.status()
                    + ", " + r.millis() + " ms, " + r.out().length() + " chars out");
        }
    }
}
