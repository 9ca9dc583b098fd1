package org.rcodels.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labels and translated content for one language, falling back to English for anything missing.
 *
 * <p>A language is two files under {@code i18n/<tag>/}: {@code labels.json} (required: a flat map of label key to
 * text, with {@code {name}} placeholders) and {@code content.json} (optional: entry id or {@code confusion:<id>}
 * to the translated fields). Adding a language is adding those files; nothing else lists languages.
 */
public final class Texts {

    public static final String DEFAULT_LANGUAGE = "en";
    /** Scripts written right to left. */
    private static final Set<String> RTL = Set.of("ar", "he", "fa", "ur");
    /** Subtags that mean Traditional Chinese. */
    private static final Set<String> TRADITIONAL = Set.of("hant", "tw", "hk", "mo");

    private final Catalog catalog;
    private final String language;
    private final Map<String, String> labels;
    private final Map<String, String> englishLabels;
    private final Map<String, Map<?, ?>> content;

    private Texts(Catalog catalog, String language, Map<String, String> labels, Map<String, String> englishLabels,
                  Map<String, Map<?, ?>> content) {
        this.catalog = catalog;
        this.language = language;
        this.labels = labels;
        this.englishLabels = englishLabels;
        this.content = content;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Catalog, Map<String, Texts>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Texts of(Catalog catalog, String requested) {
        String lang = resolveLanguage(catalog, requested);
        return CACHE.computeIfAbsent(catalog, c -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(lang, l -> load(catalog, l));
    }

    /**
     * The best available language for a BCP 47 tag or POSIX locale ("fr-CA", "fr_CA.UTF-8", "zh-Hans-CN"):
     * the full tag, then the language alone, then English.
     */
    public static String resolveLanguage(Catalog catalog, String requested) {
        for (String candidate : candidates(requested)) {
            if (available(catalog, candidate)) {
                return candidate;
            }
        }
        return DEFAULT_LANGUAGE;
    }

    static List<String> candidates(String requested) {
        List<String> out = new ArrayList<>();
        if (requested == null || requested.isBlank()) {
            return out;
        }
        String t = requested.strip();
        int dot = t.indexOf('.');
        if (dot >= 0) {
            t = t.substring(0, dot);
        }
        int at = t.indexOf('@');
        if (at >= 0) {
            t = t.substring(0, at);
        }
        t = t.replace('_', '-').toLowerCase(Locale.ROOT);
        if (!t.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            return out;
        }
        String[] parts = t.split("-");
        for (int n = parts.length; n >= 1; n--) {
            out.add(String.join("-", java.util.Arrays.copyOf(parts, n)));
        }
        // Traditional Chinese readers are not sent to the Simplified Chinese files: English is the fallback
        if (parts[0].equals("zh") && java.util.Arrays.stream(parts).anyMatch(TRADITIONAL::contains)) {
            out.remove("zh");
        }
        return out;
    }

    public static boolean available(Catalog catalog, String tag) {
        if (!tag.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            return false;
        }
        try (InputStream in = catalog.resource("i18n/" + tag + "/labels.json")) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Texts load(Catalog catalog, String lang) {
        Map<String, String> en = readLabels(catalog, DEFAULT_LANGUAGE);
        Map<String, String> labels = lang.equals(DEFAULT_LANGUAGE) ? en : readLabels(catalog, lang);
        Map<String, Map<?, ?>> content = Map.of();
        if (!lang.equals(DEFAULT_LANGUAGE)) {
            String file = "i18n/" + lang + "/content.json";
            Object tree = readWhole(catalog, file, false);
            if (tree != null) {
                Map<String, Map<?, ?>> c = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : object(file, tree).entrySet()) {
                    if (!(e.getValue() instanceof Map<?, ?> fields)) {
                        throw new CatalogException(file + ": '" + e.getKey() + "' is not an object of fields");
                    }
                    c.put((String) e.getKey(), fields);
                }
                content = Collections.unmodifiableMap(c);
            }
        }
        return new Texts(catalog, lang, labels, en, content);
    }

    private static Map<String, String> readLabels(Catalog catalog, String lang) {
        String file = "i18n/" + lang + "/labels.json";
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : object(file, readWhole(catalog, file, true)).entrySet()) {
            if (!(e.getValue() instanceof String text)) {
                throw new CatalogException(file + ": label '" + e.getKey() + "' is not text");
            }
            out.put((String) e.getKey(), text);
        }
        return Collections.unmodifiableMap(out);
    }

    /** A file read whole ({@link JsonReader#tree}); null if it is optional and missing. */
    private static Object readWhole(Catalog catalog, String file, boolean required) {
        try (InputStream in = catalog.resource(file)) {
            if (in == null) {
                if (required) {
                    throw new CatalogException(file + ": missing");
                }
                return null;
            }
            return JsonReader.tree(in);
        } catch (JsonReader.Shape e) {
            throw new CatalogException(file + ": " + e.getMessage() + JsonReader.where(e.path), e);
        } catch (JsonProcessingException e) {
            throw new CatalogException(file + ": " + JsonReader.syntax(e), e);
        } catch (IOException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<?, ?> object(String file, Object tree) {
        if (!(tree instanceof Map<?, ?> m)) {
            throw new CatalogException(file + ": expected an object of keys and texts");
        }
        return m;
    }

    public String language() {
        return language;
    }

    public boolean rightToLeft() {
        return RTL.contains(language.split("-")[0]);
    }

    /** Every label key of this language's file (for completeness tests). */
    public Set<String> labelKeys() {
        return labels.keySet();
    }

    /** Every key of this language's content file (for completeness tests). */
    public Set<String> contentKeys() {
        return content.keySet();
    }

    /**
     * A label with its {@code {name}} placeholders filled from alternating name/value arguments:
     * {@code label("unknownCode", "code", "NXDOMIAN")}. Falls back to English, then to the key itself.
     */
    public String label(String key, Object... args) {
        String s = labels.get(key);
        if (s == null) {
            s = englishLabels.get(key);
        }
        if (s == null) {
            return key;
        }
        return fill(s, args);
    }

    static String fill(String template, Object... args) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        String s = template;
        for (int i = 0; i + 1 < args.length; i += 2) {
            s = s.replace("{" + args[i] + "}", String.valueOf(args[i + 1]));
        }
        return s;
    }

    /** The entry's prose in this language, each missing field taken from English. */
    public Content content(Entry e) {
        Map<?, ?> n = content.get(e.id());
        if (n == null) {
            return e.content();
        }
        return new Content(text(n, "summary"), text(n, "description"), text(n, "whenYouSeeIt"),
                text(n, "howToFix"), text(n, "useWhen")).orElse(e.content());
    }

    /** The confusion note in this language, each missing field taken from English. */
    public Confusion confusion(Confusion c) {
        Map<?, ?> n = content.get("confusion:" + c.id());
        if (n == null) {
            return c;
        }
        String title = text(n, "title");
        String note = text(n, "note");
        List<String> kd = list(n, "keyDifferences");
        List<String> wu = list(n, "whenToUseWhich");
        return c.withProse(title == null ? c.title() : title, note == null ? c.note() : note,
                kd == null ? c.keyDifferences() : kd, wu == null ? c.whenToUseWhich() : wu);
    }

    /** The entry's wire note in this language, or English. */
    public String wire(Entry e) {
        Map<?, ?> n = content.get(e.id());
        String w = n == null ? null : text(n, "wire");
        return w == null ? e.wire() : w;
    }

    /** The entry's certainty note in this language, or English. */
    public String certaintyNote(Entry e) {
        Map<?, ?> n = content.get(e.id());
        String w = n == null ? null : text(n, "certaintyNote");
        return w == null ? e.certaintyNote() : w;
    }

    private static String text(Map<?, ?> n, String field) {
        return n.get(field) instanceof String v && !v.isBlank() ? v : null;
    }

    private static List<String> list(Map<?, ?> n, String field) {
        if (!(n.get(field) instanceof List<?> v) || v.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object x : v) {
            out.add(String.valueOf(x));
        }
        return List.copyOf(out);
    }

    public Catalog catalog() {
        return catalog;
    }
}
