package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check -}: the standard input, given to the real command entry point ({@link Cli#run}, which {@code Main}
 * calls with {@code System.in}), is read as a file is (UTF-8, a UTF-16 byte order mark, binary refused) and named
 * {@code <stdin>} in the output.
 */
class CheckStdinTest {

    static final String DIG = String.join("\n",
            "; <<>> DiG 9.18.24 <<>> nothere.example.com",
            ";; global options: +cmd",
            ";; Got answer:",
            ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 43575",
            ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1",
            "",
            "Host a.example not found: 3(NXDOMAIN)",
            "");

    @TempDir
    Path dir;

    static CliTest.Result run(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    static CliTest.Result run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(args, o, e, stdin, Map.of());
        }
        return new CliTest.Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDashReadsTheStandardInputNamedStdin() {
        CliTest.Result r = run(DIG.getBytes(StandardCharsets.UTF_8), "check", "--summary", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("<stdin> (dig-output): codes: 2, mentions: 3\n"), r.out());
        Map<String, Integer> t = CheckCommandTest.table(r.out());
        assertEquals(2, t.get("NXDOMAIN"), r.out());
        assertEquals(1, t.get("QUERY"), r.out());
    }

    @Test
    void aSecondDashReadsNothingAsWithCat() {
        // like System.in: reading after close fails, so the first "-" must not close it
        InputStream stdin = new ByteArrayInputStream(DIG.getBytes(StandardCharsets.UTF_8)) {
            private boolean closed;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (closed) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("Stream closed"));
                }
                return super.read(b, off, len);
            }

            @Override
            public void close() {
                closed = true;
            }
        };
        CliTest.Result r = run(stdin, "check", "--summary", "-", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("<stdin> (dig-output): codes: 2, mentions: 3\n"), r.out());
        assertEquals(2, r.out().split("<stdin>", -1).length - 1, "both named: " + r.out());
    }

    @Test
    void asJsonAndNextToFiles() throws Exception {
        Path log = dir.resolve("coredns.log");
        Files.writeString(log, "[ERROR] plugin/errors: 2 a.example. A: i/o timeout\n", StandardCharsets.UTF_8);
        CliTest.Result r = run(DIG.getBytes(StandardCharsets.UTF_8), "check", "--summary", "--format", "json",
                log.toString(), "-");
        assertEquals(0, r.status(), r.err());
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertEquals(log.toString(), files.get(0).get("file").asText());
        assertEquals("<stdin>", files.get(1).get("file").asText());
        assertEquals("dig-output", files.get(1).get("dialect").asText());
        assertEquals(7, files.get(1).get("lines").asInt());
        // read first too (while the catalog loads)
        CliTest.Result first = run(DIG.getBytes(StandardCharsets.UTF_8), "check", "--summary", "-", log.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("<stdin> (dig-output)"), first.out());
        assertTrue(first.out().contains("\n\n" + log + " (log)"), first.out());
    }

    @Test
    void diagnosticsNameStdin() {
        // a dnsdist config, recognised from its first lines, with a misspelt RCODE
        String lua = "setLocal('0.0.0.0:53')\naddAction(AllRule(), RCodeAction(DNSRCode.NXDOMIAN))\n";
        CliTest.Result r = run(lua.getBytes(StandardCharsets.UTF_8), "check", "-");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("<stdin>:2:"), r.out());
        assertTrue(r.out().contains("NXDOMIAN"), r.out());
    }

    @Test
    void readLikeAFile() {
        // malformed UTF-8 is replaced, CRLF splits lines
        byte[] bad = ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1 caf\u00c3(\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CliTest.Result r = run(bad, "check", "--summary", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, CheckCommandTest.table(r.out()).get("SERVFAIL"), r.out());
        // UTF-16 with its byte order mark
        byte[] body = "[ERROR] plugin/errors: 2 example.org. A: i/o timeout\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xff;
        utf16[1] = (byte) 0xfe;
        System.arraycopy(body, 0, utf16, 2, body.length);
        CliTest.Result u = run(utf16, "check", "--summary", "-");
        assertEquals(0, u.status(), u.err());
        assertEquals(1, CheckCommandTest.table(u.out()).get("SERVFAIL"), u.out());
        // NUL bytes without a byte order mark: binary, exit 2, named <stdin>
        CliTest.Result b = run(body, "check", "--summary", "-");
        assertEquals(2, b.status());
        assertEquals("rcode-ls: <stdin>: looks like a binary file (it holds NUL bytes); only text files are checked\n",
                b.err());
        // empty input is an empty file
        CliTest.Result e = run(new byte[0], "check", "--summary", "-");
        assertEquals(0, e.status(), e.err());
        assertEquals("<stdin> (plaintext): no DNS codes found\n", e.out());
    }

    @Test
    void aFailingStandardInputIsReportedNotThrown() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        CliTest.Result r = run(broken, "check", "--summary", "-");
        assertEquals(2, r.status());
        assertEquals("rcode-ls: <stdin>: cannot be read: Input/output error\n", r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void theSizeLimitHoldsForStreams() throws IOException {
        CheckCommand.Limited in = new CheckCommand.Limited(new ByteArrayInputStream(new byte[11]), 10);
        assertEquals(10, in.readNBytes(10).length);
        assertThrows(CheckCommand.Limited.TooLarge.class, in::read);
        CheckCommand.Limited exact = new CheckCommand.Limited(new ByteArrayInputStream(new byte[10]), 10);
        assertEquals(10, exact.readAllBytes().length);
        assertThrows(CheckCommand.Limited.TooLarge.class,
                () -> new CheckCommand.Limited(new ByteArrayInputStream(new byte[11]), 10).readAllBytes());
    }

    @Test
    void helpSaysSo() {
        String help = CliTest.run("check", "--help").out();
        assertTrue(help.contains("A FILE of - is the standard input"), help);
        assertTrue(help.contains("<stdin>"), help);
    }
}
