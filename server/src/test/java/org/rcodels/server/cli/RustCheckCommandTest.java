package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rcode-ls check} on Rust files, through the real entry point. */
class RustCheckCommandTest {

    @TempDir
    Path dir;

    private static final String CODE = String.join("\n",
            "use domain::base::iana::{OptRcode, Rcode, TsigRcode};",
            "use hickory_proto::op::ResponseCode;",
            "",
            "fn sort(rc: Rcode, opt: OptRcode, tsig: TsigRcode, h: ResponseCode) -> u8 {",
            "    match (rc, h) {",
            "        (Rcode::NXDOMAIN, _) | (_, ResponseCode::NXDomain) => 3,",
            "        (Rcode::SERVFAIL, _) => 2,",
            "        _ if opt == OptRcode::BADVERS => 16,",
            "        _ if tsig == TsigRcode::BADSIG => 16,",
            "        _ => 0,",
            "    }",
            "}",
            "");

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aRustFileHasNoDiagnostics() throws IOException {
        // code gets no diagnostics (the compiler reports misspelt constants), as in the other languages
        Path p = write("resolve.rs", CODE + "fn x() -> Rcode { Rcode::NXDOMIAN }\n");
        CliTest.Result r = CliTest.run("check", p.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void theSummaryCountsTheCodesAndKeepsTheTwoMeaningsOf16Apart() throws IOException {
        Path p = write("resolve.rs", CODE);
        CliTest.Result r = CliTest.run("check", "--summary", p.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertTrue(lines.get(0).startsWith(p + " (rust): "), r.out());
        Map<String, Integer> t = CheckCommandTest.table(r.out());
        // a code counts once per line: the match arm naming NXDOMAIN in both crates is one line
        assertEquals(1, t.get("NXDOMAIN"), r.out());
        assertEquals(1, t.get("SERVFAIL"), r.out());
        assertEquals(1, t.get("BADVERS"), r.out());
        assertEquals(1, t.get("BADSIG"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+1\\s+BADSIG\\s+16\\s+RCODE \\(TSIG\\)")), r.out());
    }

    @Test
    void theJsonSummaryNamesTheDialectRust() throws Exception {
        Path p = write("resolve.rs", CODE);
        CliTest.Result r = CliTest.run("check", "--summary", "--format", "json", p.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("rust", file.get("dialect").asText());
        assertEquals(4, file.get("mentions").asInt(), r.out());
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode c : file.get("codes")) {
            counts.put(c.get("id").asText(), c.get("count").asInt());
        }
        assertEquals(Map.of("rcode:3", 1, "rcode:2", 1, "rcode:16:badvers", 1, "rcode:16:badsig", 1), counts);
    }
}
