package org.rcodels.server.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rust source files: by language id and by the .rs extension, without looking at their content. */
class RustDialectDetectorTest {

    private static Dialect detect(String uri, String languageId, String text) {
        String[] lines = text.split("\n", -1);
        return DialectDetector.detect(uri, languageId, lines.length, i -> lines[i]);
    }

    private static final String CODE = "use hickory_proto::op::ResponseCode;\n"
            + "fn failed(c: ResponseCode) -> bool { c == ResponseCode::ServFail }\n";

    @Test
    void theLanguageIdIsRust() {
        assertEquals("rust", Dialect.CODE_RUST.languageId());
        assertEquals(Dialect.CODE_RUST, detect("", "rust", CODE));
        assertEquals(Dialect.CODE_RUST, detect("untitled:Untitled-1", "Rust", CODE));
        // the language id wins over the file name, as for the other languages
        assertEquals(Dialect.CODE_RUST, detect("file:///srv/zones/db.example", "rust", CODE));
        assertEquals(Dialect.CODE_PYTHON, detect("file:///src/main.rs", "python", CODE));
    }

    @Test
    void theRsExtensionIsRust() {
        for (String uri : List.of("file:///home/me/resolver/src/main.rs", "file:///C:/work/probe/src/lib.rs",
                "/tmp/build.rs", "src\\bin\\check.RS", "file:///x/src/server.rs?version=3")) {
            assertEquals(Dialect.CODE_RUST, detect(uri, null, CODE), uri);
            // a client's generic ids change nothing
            assertEquals(Dialect.CODE_RUST, detect(uri, "plaintext", CODE), uri);
        }
    }

    @Test
    void aRustModuleNamedLikeAZoneFileIsRust() {
        // src/db.rs is a common module name; db.* is otherwise the BIND zone file convention
        assertEquals(Dialect.CODE_RUST, detect("file:///app/src/db.rs", null, CODE));
        assertEquals(Dialect.CODE_PYTHON, detect("file:///app/db.py", null, "import sqlite3\n"));
        assertEquals(Dialect.CODE_GO, detect("file:///app/db.go", null, "package db\n"));
        assertEquals(Dialect.CODE_JS, detect("file:///app/db.js", null, "const x = 1;\n"));
        // a zone file named after a domain under a TLD that is also a code extension stays a zone
        assertEquals(Dialect.ZONE, detect("file:///etc/bind/db.example.rs", null, "$TTL 3600\n"));
        assertEquals(Dialect.ZONE, detect("file:///etc/bind/db.example.py", null, "$TTL 3600\n"));
        assertEquals(Dialect.ZONE, detect("file:///etc/bind/db.example", null, "$TTL 3600\n"));
        assertEquals(Dialect.CODE_RUST, detect("file:///app/src/rpz.rs", null, CODE));
    }

    @Test
    void contentIsNotSniffedInARustFile() {
        // dig output and an unbound clause quoted in a Rust test stay Rust, as in the other languages' files
        String quoted = "; <<>> DiG 9.18.24 <<>> example.invalid\n"
                + ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1\n";
        assertEquals(Dialect.CODE_RUST, detect("file:///src/tests/dig.rs", null, quoted));
        assertEquals(Dialect.CODE_RUST, detect("file:///src/conf.rs", null, "server:\n  verbosity: 1\n"));
        // without a name or id, Rust code is plain text, as Go or Python code is
        assertEquals(Dialect.TEXT, detect("", null, CODE));
    }

    @Test
    void otherExtensionsAreNotRust() {
        for (String uri : List.of("file:///x/notes.rst", "file:///x/rs", "file:///x/main.rs.bak",
                "file:///x/Cargo.toml")) {
            assertNotEquals(Dialect.CODE_RUST, detect(uri, null, "text\n"), uri);
        }
    }
}
