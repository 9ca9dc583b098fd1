package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The labels {@code tool.<id>} that name a tool in the reader's language ("How tools spell it"): each names a tool of
 * spellings.json, is in every language file, has no placeholder, and is translated where its short name has
 * descriptive words; product names have no label and stay as they are.
 */
class ToolLabelsTest {
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "id", "es", "ja", "ru", "vi", "zh");
    /** Tools whose short names have descriptive English words ("registries", "messages", "log"...). */
    static final List<String> DESCRIBED = List.of("iana", "bind-ede", "go-net", "kresd", "nameser", "pdns-long",
            "pdns-short", "pdns-lua", "dnsdist", "dnsdist-action", "zeek", "windows-nslookup", "windows-dnslog",
            "cares", "dnsmasq", "rfc1035", "rust-domain");
    /** Tools named by product names only: no label, the same name in every language. */
    static final List<String> PRODUCTS = List.of("bind", "miekg", "miekg-go", "coredns", "unbound", "dnspython",
            "tcpdump", "wireshark", "knot", "dnsjava", "technitium", "hickory", "windows", "systemd-resolved",
            "dog");

    final Catalog catalog = Catalog.standard();

    Map<String, JsonNode> files() throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            out.put(lang, new ObjectMapper().readTree(LocalesTest.I18N.resolve(lang + "/labels.json").toFile()));
        }
        return out;
    }

    Set<String> toolKeys(JsonNode labels) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = labels.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.startsWith("tool.")) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void everyToolLabelNamesAToolAndIsInEveryLanguageWithoutPlaceholders() throws IOException {
        Map<String, JsonNode> files = files();
        Set<String> keys = new TreeSet<>();
        files.values().forEach(f -> keys.addAll(toolKeys(f)));
        assertFalse(keys.isEmpty());
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String id = key.substring("tool.".length());
            if (catalog.tool(id).isEmpty()) {
                problems.add(key + " names no tool of spellings.json");
            }
            String english = files.get("en").path(key).asText("");
            for (String lang : LANGUAGES) {
                String text = files.get(lang).path(key).asText("");
                if (text.isBlank()) {
                    problems.add(lang + ": " + key + " is missing");
                } else if (!LocalesTest.placeholders(text).isEmpty()
                        || !LocalesTest.placeholders(text).equals(LocalesTest.placeholders(english))) {
                    problems.add(lang + ": " + key + " has placeholders " + LocalesTest.placeholders(text));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void toolsWithDescriptiveNamesAreTranslated() throws IOException {
        Map<String, JsonNode> files = files();
        List<String> problems = new ArrayList<>();
        for (String id : DESCRIBED) {
            String key = "tool." + id;
            String english = files.get("en").path(key).asText("");
            assertFalse(english.isBlank(), key + " has no English label");
            assertTrue(catalog.tool(id).orElseThrow().name().startsWith(english),
                    key + ": the English label is the tool's short name: " + english);
            for (String lang : LANGUAGES) {
                if (!lang.equals("en") && files.get(lang).path(key).asText("").equals(english)) {
                    problems.add(lang + ": " + key + " is identical to English");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void productNamesHaveNoLabel() throws IOException {
        for (Map.Entry<String, JsonNode> f : files().entrySet()) {
            for (String id : PRODUCTS) {
                assertTrue(catalog.tool(id).isPresent(), id);
                assertFalse(f.getValue().has("tool." + id), f.getKey() + ": tool." + id + " is a product name");
            }
        }
    }

    @Test
    void aToolLabelKeepsItsProductAndFileNames() throws IOException {
        // the names in the label are the tool's own, in every language
        Map<String, JsonNode> files = files();
        Map<String, List<String>> kept = Map.of("tool.pdns-long", List.of("PowerDNS", "dnsdist"),
                "tool.nameser", List.of("<arpa/nameser.h>", "nameser_compat.h"),
                "tool.dnsdist-action", List.of("dnsdist", "Lua", "DNSAction", "DNSResponseAction"),
                "tool.cares", List.of("c-ares", "Node.js"), "tool.zeek", List.of("Zeek", "dns.log"),
                "tool.rfc1035", List.of("RFC 1035"), "tool.windows-nslookup", List.of("Windows", "nslookup"));
        for (String lang : LANGUAGES) {
            kept.forEach((key, names) -> {
                String text = files.get(lang).path(key).asText("");
                names.forEach(n -> assertTrue(text.contains(n), lang + ": " + key + " lost " + n + ": " + text));
            });
        }
        assertEquals("Registres de l'IANA", catalog.texts("fr").label("tool.iana"));
    }
}
