package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Rust crates' names, written here from their sources independently of spellings.json: the domain crate
 * (NLnetLabs, src/base/iana/rcode.rs, opcode.rs, exterr.rs: upper-case constants since 0.7, CamelCase enum variants
 * before) and hickory-dns (crates/proto/src/op/response_code.rs and op_code.rs).
 */
class RustSpellingsTest {
    private static final Catalog C = Catalog.standard();

    private static Tool tool(String id) {
        return C.tool(id).orElseThrow(() -> new AssertionError("missing tool " + id));
    }

    private static Set<String> ids(String spelling, String toolId, boolean exactOnly) {
        return C.resolve(spelling).stream()
                .filter(s -> s.tool() != null && s.tool().id().equals(toolId) && (!exactOnly || s.exactCase()))
                .map(s -> s.entry().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
        // domain: Rcode, OptRcode, TsigRcode constants
        "NOERROR, rust-domain, rcode:0",
        "NXDOMAIN, rust-domain, rcode:3",
        "NOTIMP, rust-domain, rcode:4",
        "NOTZONE, rust-domain, rcode:10",
        "BADVERS, rust-domain, rcode:16:badvers",
        "BADSIG, rust-domain, rcode:16:badsig",
        "BADTRUNC, rust-domain, rcode:22",
        "BADCOOKIE, rust-domain, rcode:23",
        // domain before 0.7: enum variants
        "NXDomain, rust-domain, rcode:3",
        "YXRRSet, rust-domain, rcode:7",
        "BadVers, rust-domain, rcode:16:badvers",
        "BadSig, rust-domain, rcode:16:badsig",
        "BadCookie, rust-domain, rcode:23",
        // domain Opcode and ExtendedErrorCode, both styles
        "QUERY, rust-domain, opcode:0",
        "IQuery, rust-domain, opcode:1",
        "Dso, rust-domain, opcode:6",
        "DNSSEC_BOGUS, rust-domain, ede:6",
        "DnssecBogus, rust-domain, ede:6",
        "STALE_NXDOMAIN_ANSWER, rust-domain, ede:19",
        "StaleNxdomainAnswer, rust-domain, ede:19",
        "INVALID_DATA, rust-domain, ede:24",
        "Other, rust-domain, ede:0",
        // hickory-dns ResponseCode and OpCode
        "NoError, hickory, rcode:0",
        "ServFail, hickory, rcode:2",
        "NXDomain, hickory, rcode:3",
        "NotImp, hickory, rcode:4",
        "NXRRSet, hickory, rcode:8",
        "BADVERS, hickory, rcode:16:badvers",
        "BADSIG, hickory, rcode:16:badsig",
        "BADCOOKIE, hickory, rcode:23",
        "Query, hickory, opcode:0",
        "Update, hickory, opcode:5",
    })
    void resolvesExactlyForTheCrate(String spelling, String toolId, String id) {
        assertEquals(Set.of(id), ids(spelling, toolId, true), spelling + " as " + toolId + " spells it");
    }

    @Test
    void notauthHasBothMeaningsAndTheCallerChooses() {
        // NOTAUTH is the header code under Rcode and OptRcode, the TSIG "Not Authorized" under TsigRcode
        assertEquals(Set.of("rcode:9", "rcode:9:tsig"), ids("NOTAUTH", "rust-domain", true));
        assertEquals(Set.of("rcode:9", "rcode:9:tsig"), ids("NotAuth", "hickory", true));
    }

    @Test
    void the16ClashIsKeptApartByName() {
        for (String t : List.of("rust-domain", "hickory")) {
            assertEquals("BADVERS", tool(t).spellingOf("rcode:16:badvers"), t);
            assertEquals("BADSIG", tool(t).spellingOf("rcode:16:badsig"), t);
        }
    }

    @Test
    void theCurrentSpellingComesFirst() {
        // recent domain releases use upper-case constants; hickory keeps its CamelCase variants
        assertEquals("NXDOMAIN", tool("rust-domain").spellingOf("rcode:3"));
        assertEquals("BADVERS", tool("rust-domain").spellingOf("rcode:16:badvers"));
        assertEquals("DNSSEC_BOGUS", tool("rust-domain").spellingOf("ede:6"));
        assertEquals("QUERY", tool("rust-domain").spellingOf("opcode:0"));
        assertEquals("NXDomain", tool("hickory").spellingOf("rcode:3"));
        assertEquals("Query", tool("hickory").spellingOf("opcode:0"));
    }

    @Test
    void whatTheCratesDoNotHave() {
        // neither crate names DSO-TYPE Not Implemented (11); hickory's OpCode has no IQuery
        assertNull(tool("rust-domain").spellingOf("rcode:11"));
        assertNull(tool("hickory").spellingOf("rcode:11"));
        assertNull(tool("hickory").spellingOf("opcode:1"));
        // hickory spells the TSIG names in capitals only
        assertTrue(ids("BadSig", "hickory", true).isEmpty());
        // the crates' parsers are exact: another case is no exact spelling of theirs
        assertTrue(tool("rust-domain").caseSensitive());
        assertTrue(tool("hickory").caseSensitive());
        assertTrue(ids("nxdomain", "hickory", true).isEmpty());
        assertFalse(tool("hickory").name().isBlank());
    }
}
