package org.rcodels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language file is complete and safe: every label of English with the same placeholders; for languages with
 * translated explanations, every entry and every field; nothing left identical to English except where that is right
 * (listed in src/test/resources/i18n/identical-allowed.txt); languages without content.json fall back to English by
 * design (listed in {@link #LABELS_ONLY}).
 */
class LocalesTest {
    static final Path I18N = Path.of("src/main/resources/org/rcodels/catalog/data/i18n");
    static final Path DATA = I18N.getParent();
    /**
     * Languages that translate labels and messages only, their explanations English on purpose: none since every
     * shipped language has its content.json; a new language may start here.
     */
    static final Set<String> LABELS_ONLY = Set.of();
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    final ObjectMapper json = new ObjectMapper();

    List<String> languages() throws IOException {
        try (Stream<Path> s = Files.list(I18N)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    JsonNode read(Path p) throws IOException {
        return json.readTree(p.toFile());
    }

    static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    Set<String> allowedIdentical() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String l : Files.readAllLines(Path.of("src/test/resources/i18n/identical-allowed.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.strip());
            }
        }
        return out;
    }

    @Test
    void theLanguagesAreThoseWeShip() throws IOException {
        assertEquals(List.of("ar", "en", "es", "fr", "id", "ja", "ru", "vi", "zh"), languages());
    }

    @Test
    void everyLanguageHasEveryLabelWithTheSamePlaceholders() throws IOException {
        JsonNode en = read(I18N.resolve("en/labels.json"));
        Set<String> allowed = allowedIdentical();
        List<String> problems = new ArrayList<>();
        for (String lang : languages()) {
            if (lang.equals("en")) {
                continue;
            }
            JsonNode l = read(I18N.resolve(lang + "/labels.json"));
            for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode t = l.get(e.getKey());
                if (t == null || t.asText().isBlank()) {
                    problems.add(lang + ": label '" + e.getKey() + "' is missing");
                    continue;
                }
                if (!placeholders(e.getValue().asText()).equals(placeholders(t.asText()))) {
                    problems.add(lang + ": label '" + e.getKey() + "' has placeholders " + placeholders(t.asText())
                            + ", English has " + placeholders(e.getValue().asText()));
                }
                if (t.asText().equals(e.getValue().asText())
                        && PLACEHOLDER.matcher(e.getValue().asText()).replaceAll("").matches("(?s).*[a-z]{3}.*")
                        && !allowed.contains(lang + ":" + e.getKey())) {
                    problems.add(lang + ": label '" + e.getKey() + "' is identical to English");
                }
            }
            for (Iterator<String> it = l.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!en.has(k)) {
                    problems.add(lang + ": label '" + k + "' is not an English label");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTranslatedLanguageHasEveryEntryAndField() throws IOException {
        Catalog c = Catalog.standard();
        Set<String> allowed = allowedIdentical();
        List<String> problems = new ArrayList<>();
        JsonNode confusions = read(DATA.resolve("confusions.json")).get("confusions");
        for (String lang : languages()) {
            Path file = I18N.resolve(lang + "/content.json");
            if (lang.equals("en") || LABELS_ONLY.contains(lang)) {
                assertTrue(!Files.exists(file) || lang.equals("en") && !Files.exists(file),
                        lang + " is listed as labels-only but has a content.json");
                continue;
            }
            JsonNode content = read(file);
            for (Entry e : c.entries()) {
                JsonNode n = content.get(e.id());
                if (n == null) {
                    problems.add(lang + ": entry '" + e.id() + "' is missing");
                    continue;
                }
                Map<String, String> english = new java.util.LinkedHashMap<>();
                for (String f : Content.FIELDS) {
                    english.put(f, e.content().field(f));
                }
                english.put("wire", e.wire());
                if (e.certaintyNote() != null) {
                    english.put("certaintyNote", e.certaintyNote());
                }
                english.forEach((field, en) -> {
                    JsonNode t = n.get(field);
                    if (t == null || t.asText().isBlank()) {
                        problems.add(lang + ": entry '" + e.id() + "' field '" + field + "' is missing");
                    } else if (t.asText().equals(en) && !allowed.contains(lang + ":" + e.id() + "." + field)) {
                        problems.add(lang + ": entry '" + e.id() + "' field '" + field + "' is identical to English");
                    }
                });
            }
            for (JsonNode conf : confusions) {
                String key = "confusion:" + conf.get("id").asText();
                JsonNode n = content.get(key);
                if (n == null) {
                    problems.add(lang + ": '" + key + "' is missing");
                    continue;
                }
                for (String f : List.of("title", "note")) {
                    if (n.get(f) == null || n.get(f).asText().isBlank()) {
                        problems.add(lang + ": '" + key + "' field '" + f + "' is missing");
                    }
                }
                for (String f : List.of("keyDifferences", "whenToUseWhich")) {
                    if (n.get(f) == null || n.get(f).size() != conf.get(f).size()) {
                        problems.add(lang + ": '" + key + "' field '" + f + "' must have " + conf.get(f).size()
                                + " items");
                    }
                }
            }
            for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.startsWith("confusion:") && c.byId(k).isEmpty()) {
                    problems.add(lang + ": content key '" + k + "' names no entry");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void translatedTextKeepsTheTechnicalNames() throws IOException {
        // every upper-case code name and RFC number of an English field also appears in its translation
        Catalog c = Catalog.standard();
        Pattern names = Pattern.compile("\\b(?:[A-Z]{4,}[0-9]*|RFC \\d{3,4})\\b");
        // only what names a code (a known spelling) or an RFC; words such as SHOULD or OPCODE are translatable
        List<String> problems = new ArrayList<>();
        for (String lang : languages()) {
            Path file = I18N.resolve(lang + "/content.json");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode content = read(file);
            for (Entry e : c.entries()) {
                for (String f : List.of("summary", "description", "howToFix")) {
                    String en = e.content().field(f);
                    JsonNode t = content.path(e.id()).path(f);
                    Matcher m = names.matcher(en);
                    while (m.find()) {
                        if (!m.group().startsWith("RFC") && c.resolve(m.group()).isEmpty()) {
                            continue;
                        }
                        if (!t.asText().contains(m.group())) {
                            problems.add(lang + ": " + e.id() + "." + f + " lost '" + m.group() + "'");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void regionAndScriptFallback() {
        Catalog c = Catalog.standard();
        assertEquals("fr", Texts.resolveLanguage(c, "fr-CA"));
        assertEquals("fr", Texts.resolveLanguage(c, "fr_CA.UTF-8"));
        assertEquals("zh", Texts.resolveLanguage(c, "zh-Hans-CN"));
        assertEquals("en", Texts.resolveLanguage(c, "zh-TW"));
        assertEquals("en", Texts.resolveLanguage(c, "de-DE"));
        assertEquals("ar", Texts.resolveLanguage(c, "ar-EG"));
        assertTrue(c.texts("ar").rightToLeft());
        // every shipped language explains in its own words, with its own labels
        for (String lang : List.of("es", "ja", "ru", "vi", "zh")) {
            Texts t = c.texts(lang);
            String own = t.content(c.require("rcode:3")).description();
            assertTrue(!own.equals(c.require("rcode:3").content().description()) && own.contains("NXDOMAIN"), lang);
            assertTrue(!t.label("section.description").equals("Description"), lang);
        }
    }
}
