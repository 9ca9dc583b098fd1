package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcodels.server.render.TextWidth;
import org.rcodels.server.scan.Scanner;

/** {@code rcode-ls check} through the real entry point, with captured streams. */
class CheckCommandTest {

    /** A CoreDNS log sample of the scanner corpus; its counts are checked by reading the file. */
    static final Path COREDNS_LOG = Path.of("src/test/resources/corpus/log/coredns.log");

    @TempDir
    Path dir;

    static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static void assertNoStackTrace(CliTest.Result r) {
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aCleanFilePrintsNothingAndExits0() throws IOException {
        Path corefile = write("Corefile", ".:53 {\n    forward . 192.0.2.53\n    cache 30\n    errors\n}\n");
        CliTest.Result r = run("check", corefile.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aMisspellingPrintsACompilerStyleLineAndExits1() throws IOException {
        Path corefile = write("Corefile", ".:53 {\n    template IN A example.org {\n        rcode NXDOMIAN\n    }\n}\n");
        CliTest.Result r = run("check", corefile.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals("", r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertEquals(1, lines.size(), r.out());
        // line 3, column 15 (1-based): where NXDOMIAN starts
        assertTrue(lines.get(0).startsWith(corefile + ":3:15: error: "), r.out());
        assertTrue(lines.get(0).contains("NXDOMIAN"), r.out());
        assertTrue(lines.get(0).endsWith(" [rcode.unknown-name]"), r.out());

        // a clean file next to it changes nothing; a missing one makes it 2
        Path clean = write("clean.Corefile", ".:53 {\n    forward . 192.0.2.53\n}\n");
        assertEquals(1, run("check", clean.toString(), corefile.toString()).status());
        assertEquals(2, run("check", corefile.toString(), dir.resolve("gone").toString()).status());
    }

    @Test
    void missingFileExits2WithoutStackTrace() {
        String missing = dir.resolve("nothere.conf").toString();
        CliTest.Result r = run("check", missing);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void directoryExits2() {
        CliTest.Result r = run("check", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(dir + ": is a directory"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void binaryFileExits2() throws IOException {
        Path bin = dir.resolve("capture.log");
        Files.write(bin, new byte[] {'N', 'X', 'D', 'O', 'M', 'A', 'I', 'N', 0, 1, 2, 3, (byte) 0xff});
        CliTest.Result r = run("check", bin.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(bin + ": looks like a binary file"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void theOtherFilesAreStillCheckedAfterABadOne() throws IOException {
        Path log = write("coredns.log", "[ERROR] plugin/errors: 2 a.example. A: i/o timeout\n");
        CliTest.Result r = run("check", dir.resolve("missing.log").toString(), log.toString(), "--summary");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("missing.log: no such file"), r.err());
        assertTrue(r.out().contains("SERVFAIL"), r.out());
    }

    @Test
    void usageErrors() {
        CliTest.Result none = run("check");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("check needs at least one file"), none.err());
        CliTest.Result md = run("check", "x", "--format", "markdown");
        assertEquals(2, md.status());
        assertTrue(md.err().contains("expected text or json"), md.err());
        CliTest.Result summaryElsewhere = run("explain", "3", "--summary");
        assertEquals(2, summaryElsewhere.status());
        assertTrue(summaryElsewhere.err().contains("Unknown option: --summary"), summaryElsewhere.err());
    }

    @Test
    void help() {
        CliTest.Result r = run("check", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: rcode-ls check FILE..."), r.out());
    }

    /** Rows of the summary table: code name to count. */
    static Map<String, Integer> table(String out) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(RCODE|EDE|OPCODE|PSEUDO)( \\(TSIG\\))?$")
                .matcher(out);
        while (x.find()) {
            m.put(x.group(2), Integer.parseInt(x.group(1)));
        }
        return m;
    }

    @Test
    void summaryOfALog() {
        // coredns.log: NOERROR on lines 5, 6 and 14; SERVFAIL on line 8 and as "plugin/errors: 2" on lines 9 and
        // 10; NXDOMAIN on line 7; REFUSED on line 12; BADSIG on line 13 (miekg's name for 16, BADVERS here)
        CliTest.Result r = run("check", "--summary", COREDNS_LOG.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertTrue(lines.get(0).startsWith(COREDNS_LOG + " (log): "), r.out());
        Map<String, Integer> t = table(r.out());
        assertEquals(3, t.get("NOERROR"), r.out());
        assertEquals(3, t.get("SERVFAIL"), r.out());
        assertEquals(1, t.get("NXDOMAIN"), r.out());
        assertEquals(1, t.get("REFUSED"), r.out());
        assertEquals(1, t.get("BADVERS"), r.out());
        // sorted by count, most frequent first; the number and kind columns are there
        assertTrue(lines.get(1).contains("Count") && lines.get(1).contains("Kind"), r.out());
        assertTrue(lines.get(2).matches("\\s+3\\s+(NOERROR|SERVFAIL)\\s+[02]\\s+RCODE"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\s+1\\s+\\S+\\s+\\S+\\s+RCODE"), r.out());
    }

    @Test
    void summaryAsJson() throws Exception {
        CliTest.Result r = run("check", "--summary", "--format", "json", COREDNS_LOG.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode file = root.get("files").get(0);
        assertEquals(COREDNS_LOG.toString(), file.get("file").asText());
        assertEquals("log", file.get("dialect").asText());
        assertEquals(9, file.get("mentions").asInt());
        JsonNode first = file.get("codes").get(0);
        assertEquals(3, first.get("count").asInt());
        assertEquals("RCODE", first.get("kind").asText());
        boolean servfail = false;
        for (JsonNode c : file.get("codes")) {
            if (c.get("id").asText().equals("rcode:2")) {
                servfail = true;
                assertEquals(3, c.get("count").asInt());
                assertEquals("SERVFAIL", c.get("name").asText());
                assertEquals("2", c.get("number").asText());
            }
        }
        assertTrue(servfail, r.out());
    }

    @Test
    void nodataHasNoNumberInJson() throws Exception {
        Path p = write("nodata.dig", String.join("\n",
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 5",
                ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1", ""));
        CliTest.Result r = run("check", "--summary", "--format", "json", p.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode nodata = null;
        for (JsonNode c : new ObjectMapper().readTree(r.out()).get("files").get(0).get("codes")) {
            if (c.get("id").asText().equals("pseudo:nodata")) {
                nodata = c;
            } else {
                assertFalse(c.get("number").isNull(), "codes keep their numbers: " + r.out());
            }
        }
        assertNotNull(nodata, r.out());
        assertTrue(nodata.get("number").isNull(), "NODATA is no RCODE 0 entry: " + r.out());
    }

    @Test
    void theTwoMeaningsOfNotauthAreTwoRowsThatSayWhichIsWhich() throws IOException {
        Path p = write("nsupdate.log", String.join("\n",
                "2024-03-05 11:02:40 nsupdate: update failed: NOTAUTH(BADSIG)",
                "2024-03-05 11:02:42 nsupdate: update failed: NOTAUTH",
                "2024-03-05 11:02:43 nsupdate: update failed: NOTAUTH", ""));
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = List.of(r.out().split("\n"));
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+2\\s+NOTAUTH\\s+9\\s+RCODE")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+1\\s+NOTAUTH\\s+9\\s+RCODE \\(TSIG\\)")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+1\\s+BADSIG\\s+16\\s+RCODE \\(TSIG\\)")), r.out());
    }

    @Test
    void aCodeCountsOncePerLineHoweverOftenTheLineNamesIt() throws Exception {
        // host prints the number and the name of one RCODE; dig's EDE line the number and the purpose; the Windows
        // debug log the flags and the name: each is one reply (Zeek's rcode and rcode_name: CheckSummaryCorpusTest)
        Path p = write("mixed.txt", String.join("\n",
                "Host a.example not found: 3(NXDOMAIN)",
                ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1",
                "; EDE: 15 (Blocked)",
                "2024/10/21 19:02:27 10FC PACKET  0000020D0C784CE0 UDP Snd 192.168.113.210 d1a7 R Q "
                        + "[8385 A DR NXDOMAIN] PTR    (3)254(3)113(3)168(3)192(7)in-addr(4)arpa(0)",
                ""));
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status(), r.err());
        Map<String, Integer> t = table(r.out());
        assertEquals(2, t.get("NXDOMAIN"), r.out());
        assertEquals(1, t.get("SERVFAIL"), r.out());
        assertEquals(1, t.get("Blocked"), r.out());
        assertEquals(1, t.get("QUERY"), r.out());
        // the heading's total is the sum of the counts
        int sum = t.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(r.out().startsWith(p + " (") && r.out().contains("mentions: " + sum + "\n"), r.out());
        JsonNode f = new ObjectMapper().readTree(run("check", "--summary", "--format", "json", p.toString()).out())
                .get("files").get(0);
        assertEquals(sum, f.get("mentions").asInt());
        for (JsonNode c : f.get("codes")) {
            if (c.get("id").asText().equals("rcode:3")) {
                assertEquals(2, c.get("count").asInt());
            }
        }
    }

    @Test
    void onlyTheTsigMeaningsSayTsigAndBindsQuestion22IsNotBadtrunc() throws Exception {
        Path p = write("replies.txt", String.join("\n",
                ";; ->>HEADER<<- opcode: QUERY, status: ?24, id: 2",
                ";; ->>HEADER<<- opcode: QUERY, status: ?22, id: 3",
                "Host a.example not found: 22(?22)",
                "update failed: NOTAUTH(BADTRUNC)",
                ""));
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = List.of(r.out().split("\n"));
        // ?24 is a reply's RCODE (header and OPT record): the unassigned range, not a TSIG error
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+1\\s+Unassigned\\s+24-3840\\s+RCODE")), r.out());
        // dig's ?22 and host's 22(?22): a reply's RCODE that BIND has no name for, counted as BIND printed it
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+2\\s+\\?22\\s+22\\s+RCODE")), r.out());
        // nsupdate's BADTRUNC is the TSIG error, a row of its own
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+1\\s+BADTRUNC\\s+22\\s+RCODE \\(TSIG\\)")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("\\s+1\\s+NOTAUTH\\s+9\\s+RCODE \\(TSIG\\)")), r.out());
        assertFalse(r.out().contains("Unassigned  24-3840  RCODE (TSIG)"), r.out());
        JsonNode codes = new ObjectMapper().readTree(run("check", "--summary", "--format", "json", p.toString()).out())
                .get("files").get(0).get("codes");
        List<String> rcode22 = new java.util.ArrayList<>();
        for (JsonNode c : codes) {
            if (c.get("id").asText().equals("rcode:22")) {
                rcode22.add(c.get("name").asText() + "=" + c.get("count").asInt());
            }
        }
        assertEquals(List.of("?22=2", "BADTRUNC=1"), rcode22.stream().sorted().toList());
    }

    @Test
    void theTsigMarkGoesOnTsigOnlyEntries() {
        org.rcodels.catalog.Catalog c = org.rcodels.catalog.Catalog.standard();
        for (String id : List.of("rcode:9:tsig", "rcode:16:badsig", "rcode:17", "rcode:22", "rcode:range:4096-65534",
                "rcode:65535")) {
            assertTrue(CheckCommand.tsigOnly(c.byId(id).orElseThrow()), id);
        }
        for (String id : List.of("rcode:9", "rcode:16:badvers", "rcode:23", "rcode:range:24-3840",
                "rcode:range:3841-4095", "rcode:range:12-15", "ede:22", "opcode:4", "pseudo:nodata")) {
            assertFalse(CheckCommand.tsigOnly(c.byId(id).orElseThrow()), id);
        }
    }

    @Test
    void aFileWithoutCodes() throws IOException {
        Path p = write("notes.txt", "nothing to see here\n");
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status());
        assertEquals(p + " (plaintext): no DNS codes found\n", r.out());
    }

    @Test
    void diagnosticsAsJson() throws Exception {
        Path corefile = write("Corefile", ".:53 {\n    template IN A example.org {\n        rcode NXDOMIAN\n    }\n}\n");
        CliTest.Result r = run("check", "--format", "json", corefile.toString());
        assertEquals(1, r.status(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("corefile", file.get("dialect").asText());
        JsonNode d = file.get("diagnostics").get(0);
        assertEquals(3, d.get("line").asInt());
        assertEquals(15, d.get("column").asInt());
        assertEquals(23, d.get("endColumn").asInt());
        assertEquals("error", d.get("severity").asText());
        assertEquals("rcode.unknown-name", d.get("code").asText());
        assertTrue(d.has("href"));
    }

    @Test
    void malformedUtf8AndCrLfAreRead() throws IOException {
        Path p = dir.resolve("coredns.log");
        byte[] head = "[ERROR] plugin/errors: 2 caf\u00e9.example. A: i/o timeout\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xc3, (byte) 0x28, '\r', '\n'};
        byte[] tail = "[ERROR] plugin/errors: 3 b.example. A: x\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(p, all);
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status(), r.err());
        Map<String, Integer> t = table(r.out());
        assertEquals(1, t.get("SERVFAIL"), r.out());
        assertEquals(1, t.get("NXDOMAIN"), r.out());
    }

    @Test
    void aUtf16LogWithItsByteOrderMarkIsReadNotCalledBinary() throws IOException {
        String text = "[ERROR] plugin/errors: 2 example.org. A: i/o timeout\r\n"
                + "[INFO] 10.0.0.12:38000 - 1200 \"A IN corp.internal. udp 42 false 1232\" NXDOMAIN qr,rd 42 0.0004s\r\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path p = dir.resolve("dns-" + cs.name() + ".log");
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xff, (byte) 0xfe}
                    : new byte[] {(byte) 0xfe, (byte) 0xff};
            byte[] body = text.getBytes(cs);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(p, all);
            CliTest.Result r = run("check", "--summary", p.toString());
            assertEquals(0, r.status(), r.err());
            Map<String, Integer> t = table(r.out());
            assertEquals(1, t.get("SERVFAIL"), r.out());
            assertEquals(1, t.get("NXDOMAIN"), r.out());
        }
        // without a byte order mark, NUL bytes still mean binary
        Path raw = dir.resolve("raw.log");
        Files.write(raw, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(2, run("check", "--summary", raw.toString()).status());
    }

    @Test
    void theSummaryCountsLinesAsWcDoes() throws Exception {
        Path ended = write("ended.log", "[ERROR] plugin/errors: 2 a.example. A: x\nsecond line\n");
        Path open = write("open.log", "[ERROR] plugin/errors: 2 a.example. A: x\nsecond line");
        Path empty = write("empty.log", "");
        for (Path p : List.of(ended, open)) {
            JsonNode f = new ObjectMapper().readTree(run("check", "--summary", "--format", "json", p.toString()).out())
                    .get("files").get(0);
            assertEquals(2, f.get("lines").asInt(), p.toString());
        }
        JsonNode f = new ObjectMapper().readTree(run("check", "--summary", "--format", "json", empty.toString()).out())
                .get("files").get(0);
        assertEquals(0, f.get("lines").asInt());
    }

    @Test
    void linesCutAtTheScanLimitAreCountedAndSaidSo() throws Exception {
        String longToken = "x".repeat(Scanner.MAX_LINE + 10);
        String dnsmasq = " dnsmasq[1]: reply example.invalid is NXDOMAIN\n";
        // the same line with a short prefix is counted
        assertTrue(run("check", "--summary", write("short.log", "xxxx" + dnsmasq).toString()).out()
                .contains("NXDOMAIN"));
        Path p = write("cut.log", "[ERROR] plugin/errors: 2 a.example. A: x\n" + longToken + dnsmasq
                + longToken + "\n" + "x".repeat(Scanner.MAX_LINE) + "\n");
        CliTest.Result r = run("check", "--summary", p.toString());
        assertEquals(0, r.status());
        // the NXDOMAIN past the limit is not counted, and the note says why; a line of exactly the limit is whole
        assertFalse(r.out().contains("NXDOMAIN"), r.out());
        assertTrue(r.out().endsWith("  Lines longer than 8192 characters: 2. Only their first 8192 characters were "
                + "read.\n"), r.out());
        JsonNode f = new ObjectMapper().readTree(run("check", "--summary", "--format", "json", p.toString()).out())
                .get("files").get(0);
        assertEquals(2, f.get("longLines").asInt());
        Path none = write("none.log", longToken + "\n");
        assertTrue(run("check", "--summary", none.toString()).out().contains("no DNS codes found\n  Lines longer"));
        JsonNode clean = new ObjectMapper().readTree(run("check", "--summary", "--format", "json",
                write("plain.log", "short\n").toString()).out()).get("files").get(0);
        assertEquals(0, clean.get("longLines").asInt());
    }

    @Test
    void theSummaryTableLinesUpInJapanese() throws IOException {
        Path p = write("ja.log", "[ERROR] plugin/errors: 2 a.example. A: x\n");
        List<String> lines = run("check", "--summary", "--lang", "ja", p.toString()).out().lines().toList();
        String header = lines.get(1);
        String row = lines.get(2);
        // the code column starts at the same terminal column in the heading (wide characters) and in the row
        int headerCol = TextWidth.of(header.substring(0, header.indexOf("コード")));
        int rowCol = TextWidth.of(row.substring(0, row.indexOf("SERVFAIL")));
        assertEquals(headerCol, rowCol, header + "\n" + row);
        assertEquals(TextWidth.of(header.substring(0, header.indexOf("番号"))),
                TextWidth.of(row.substring(0, row.indexOf(" 2 ") + 1)), header + "\n" + row);
    }

    @Test
    void linesSplitLikeTheEditor() {
        // check reads files with the server's document model, so its line numbers are the editor's
        org.rcodels.server.text.DocumentText l = org.rcodels.server.text.DocumentText.of("a\r\nb\rc\n\nd");
        assertEquals(5, l.lineCount());
        assertEquals(List.of("a", "b", "c", "", "d"),
                List.of(l.line(0), l.line(1), l.line(2), l.line(3), l.line(4)));
        assertEquals(2, org.rcodels.server.text.DocumentText.of("x\n").lineCount());
    }

    @Test
    void columnsCountCharacters() {
        assertEquals(1, CheckCommand.column("abc", 0));
        assertEquals(3, CheckCommand.column("\uD83D\uDE00xy", 3), "an emoji is one character");
    }
}
