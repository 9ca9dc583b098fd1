package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Entry;
import org.rcodels.catalog.Texts;
import org.rcodels.catalog.Tool;

/** "How tools spell it" names the tools in the reader's language: labels tool.&lt;id&gt;, else the short name. */
class ToolNamesTest {
    private final Catalog catalog = Catalog.standard();
    private final Texts en = catalog.texts("en");

    /** The plain text without bidi controls, each run of white space one space (no line wrapping). */
    private String explain(String lang, String id) {
        String s = EntryRenderer.render(catalog.require(id), catalog.texts(lang), Format.TEXT, Options.full());
        return s.replaceAll("[\\u2066-\\u2069]", "").replaceAll("\\s+", " ");
    }

    @Test
    void englishNamesAreTheShortNames() {
        for (Tool tool : catalog.tools()) {
            assertEquals(EntryRenderer.shortName(tool), EntryRenderer.toolName(tool, en), tool.id());
            assertEquals(EntryRenderer.shortName(tool), EntryRenderer.toolName(tool, null), tool.id());
        }
        for (Entry e : catalog.entries()) {
            assertEquals(EntryRenderer.spellingGroups(catalog, e), EntryRenderer.spellingGroups(en, e), e.id());
        }
    }

    @Test
    void englishExplainIsUnchanged() {
        String text = explain("en", "rcode:3");
        for (String name : List.of("IANA registries", "PowerDNS and dnsdist long names",
                "PowerDNS and dnsdist short names", "Windows nslookup messages", "RFC 1035 wording",
                "C <arpa/nameser.h> and nameser_compat.h", "Go net resolver errors", "c-ares / Node.js dns errors",
                "dnsdist Lua DNSAction / DNSResponseAction values", "Knot Resolver Lua", "PowerDNS Lua constants",
                "Windows DNS Server debug log", "dnsmasq / Pi-hole log", "Zeek dns.log", "Rust domain crate",
                "BIND 9", "hickory-dns and trust-dns")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
    }

    @Test
    void frenchExplainNamesTheToolsInFrench() {
        String text = explain("fr", "rcode:3");
        for (String name : List.of("Registres de l'IANA", "Noms longs de PowerDNS et dnsdist",
                "Noms courts de PowerDNS et dnsdist", "Messages de nslookup sous Windows", "Formulation du RFC 1035",
                "C <arpa/nameser.h> et nameser_compat.h", "Erreurs du résolveur net de Go",
                "Erreurs dns de c-ares / Node.js", "Valeurs Lua DNSAction / DNSResponseAction de dnsdist",
                "Journal de débogage du serveur DNS Windows", "Journal de dnsmasq / Pi-hole")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        for (String english : List.of("IANA registries", "long names", "short names", "nslookup messages",
                "RFC 1035 wording", "resolver errors", "dns errors", "Lua constants", "debug log", "Pi-hole log",
                "domain crate", "Zeek dns.log")) {
            assertFalse(text.contains(english), english + " in " + text);
        }
        // product names stay as they are
        for (String name : List.of("BIND 9", "CoreDNS", "Unbound", "Wireshark / tshark", "hickory-dns and trust-dns",
                "Technitium DNS Server", "Elastic Packetbeat / ECS")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
    }

    @Test
    void arabicExplainNamesTheToolsInArabic() {
        String text = explain("ar", "rcode:3");
        for (String name : List.of("سجلات IANA", "الأسماء الطويلة في PowerDNS و dnsdist",
                "الأسماء القصيرة في PowerDNS و dnsdist", "رسائل nslookup في Windows", "صياغة RFC 1035")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        assertFalse(text.contains("IANA registries"), text);
        assertFalse(text.contains("nslookup messages"), text);
        assertTrue(text.contains("BIND 9"), text);
    }

    @Test
    void everyLanguageUsesItsLabelAndFallsBackToTheShortName() {
        for (String lang : List.of("fr", "ar", "id", "es", "ja", "ru", "vi", "zh")) {
            Texts t = catalog.texts(lang);
            assertEquals(lang, t.language());
            for (Tool tool : catalog.tools()) {
                String key = EntryRenderer.TOOL_LABEL + tool.id();
                String expected = t.labelKeys().contains(key) ? t.label(key) : EntryRenderer.shortName(tool);
                assertEquals(expected, EntryRenderer.toolName(tool, t), lang + " " + tool.id());
            }
            assertEquals("BIND 9", EntryRenderer.toolName(catalog.tool("bind").orElseThrow(), t));
            assertFalse(EntryRenderer.toolName(catalog.tool("iana").orElseThrow(), t).equals("IANA registries"), lang);
        }
    }

    @Test
    void theBriefHoverLineNamesTheToolsInTheReadersLanguage() {
        Options brief = Options.compact().withSections(java.util.EnumSet.of(Options.Section.SPELLINGS,
                Options.Section.BRIEF));
        String fr = EntryRenderer.render(catalog.require("rcode:3"), catalog.texts("fr"), Format.MARKDOWN, brief);
        assertTrue(fr.contains("Registres de l'IANA"), fr);
        assertFalse(fr.contains("IANA registries"), fr);
        String english = EntryRenderer.render(catalog.require("rcode:3"), en, Format.MARKDOWN, brief);
        assertTrue(english.contains("IANA registries"), english);
    }
}
