package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code explain --lang} names the tools of "How tools spell it" in the reader's language; English is unchanged. */
class ExplainToolNamesTest {

    /** Standard output without bidi controls, each run of white space one space (lines are wrapped). */
    private static String explain(String... args) {
        return CliTest.ok(args).out().replaceAll("[\\u2066-\\u2069]", "").replaceAll("\\s+", " ");
    }

    @Test
    void french() {
        String out = explain("explain", "NXDOMAIN", "--lang", "fr");
        for (String name : List.of("Registres de l'IANA", "Noms longs de PowerDNS et dnsdist",
                "Messages de nslookup sous Windows", "Formulation du RFC 1035", "Constantes Lua de PowerDNS")) {
            assertTrue(out.contains(name), name + " in " + out);
        }
        assertFalse(out.contains("IANA registries"), out);
        assertFalse(out.contains("nslookup messages"), out);
        assertTrue(out.contains("BIND 9"), out);
    }

    @Test
    void arabic() {
        String out = explain("explain", "NXDOMAIN", "--lang", "ar");
        for (String name : List.of("سجلات IANA", "رسائل nslookup في Windows", "صياغة RFC 1035")) {
            assertTrue(out.contains(name), name + " in " + out);
        }
        assertFalse(out.contains("IANA registries"), out);
    }

    @Test
    void englishIsUnchanged() {
        String out = explain("explain", "NXDOMAIN");
        for (String name : List.of("IANA registries", "PowerDNS and dnsdist long names", "Windows nslookup messages",
                "RFC 1035 wording", "C <arpa/nameser.h> and nameser_compat.h", "BIND 9")) {
            assertTrue(out.contains(name), name + " in " + out);
        }
    }
}
