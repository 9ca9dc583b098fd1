package org.rcodels.catalog;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data files' shapes ({@link DataFiles}), read field by field with {@link JsonReader}. */
final class DataReader {
    private DataReader() {
    }

    private static final List<String> CODES_FILE_FIELDS = List.of("entries", "kind");
    private static final List<String> ENTRY_FIELDS = List.of("carriers", "certainty", "certaintyNote", "description",
            "howToFix", "ianaDescription", "ianaName", "id", "name", "refs", "related", "severity", "status",
            "summary", "to", "useWhen", "value", "whenYouSeeIt", "wire");
    private static final List<String> REF_FIELDS = List.of("doc", "rfc", "section");
    private static final List<String> SPELLINGS_FILE_FIELDS = List.of("tools");
    private static final List<String> TOOL_FIELDS = List.of("caseSensitive", "id", "name", "names", "numbered");
    private static final List<String> NUMBERED_FIELDS = List.of("from", "kind", "template", "to");
    private static final List<String> CONFUSIONS_FILE_FIELDS = List.of("confusions");
    private static final List<String> CONFUSION_FIELDS = List.of("codes", "compares", "hub", "id", "keyDifferences", "note",
            "title", "whenToUseWhich");

    static DataFiles.CodesFile codesFile(JsonReader r) throws IOException {
        Kind kind = null;
        List<DataFiles.EntryData> entries = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "kind" -> kind = r.constant(Kind.values());
                case "entries" -> entries = r.list(DataReader::entry);
                default -> throw r.unknownField(f, CODES_FILE_FIELDS);
            }
        }
        return new DataFiles.CodesFile(kind, entries);
    }

    private static DataFiles.EntryData entry(JsonReader r) throws IOException {
        String id = null;
        Integer value = null;
        Integer to = null;
        Status status = null;
        String name = null;
        String ianaName = null;
        String ianaDescription = null;
        List<Carrier> carriers = null;
        String wire = null;
        List<Ref> refs = null;
        List<String> related = null;
        Severity severity = null;
        Certainty certainty = null;
        String certaintyNote = null;
        String summary = null;
        String description = null;
        String whenYouSeeIt = null;
        String howToFix = null;
        String useWhen = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "id" -> id = r.string();
                case "value" -> value = r.integer();
                case "to" -> to = r.integer();
                case "status" -> status = r.constant(Status.values());
                case "name" -> name = r.string();
                case "ianaName" -> ianaName = r.string();
                case "ianaDescription" -> ianaDescription = r.string();
                case "carriers" -> carriers = r.constants(Carrier.values());
                case "wire" -> wire = r.string();
                case "refs" -> refs = r.list(DataReader::ref);
                case "related" -> related = r.strings();
                case "severity" -> severity = r.constant(Severity.values());
                case "certainty" -> certainty = r.constant(Certainty.values());
                case "certaintyNote" -> certaintyNote = r.string();
                case "summary" -> summary = r.string();
                case "description" -> description = r.string();
                case "whenYouSeeIt" -> whenYouSeeIt = r.string();
                case "howToFix" -> howToFix = r.string();
                case "useWhen" -> useWhen = r.string();
                default -> throw r.unknownField(f, ENTRY_FIELDS);
            }
        }
        return new DataFiles.EntryData(id, value, to, status, name, ianaName, ianaDescription, carriers, wire, refs,
                related, severity, certainty, certaintyNote, summary, description, whenYouSeeIt, howToFix, useWhen);
    }

    private static Ref ref(JsonReader r) throws IOException {
        Integer rfc = null;
        String section = null;
        String doc = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "rfc" -> rfc = r.integer();
                case "section" -> section = r.string();
                case "doc" -> doc = r.string();
                default -> throw r.unknownField(f, REF_FIELDS);
            }
        }
        return new Ref(rfc, section, doc);
    }

    static DataFiles.SpellingsFile spellingsFile(JsonReader r) throws IOException {
        List<DataFiles.ToolData> tools = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            if (!f.equals("tools")) {
                throw r.unknownField(f, SPELLINGS_FILE_FIELDS);
            }
            tools = r.list(DataReader::tool);
        }
        return new DataFiles.SpellingsFile(tools);
    }

    private static DataFiles.ToolData tool(JsonReader r) throws IOException {
        String id = null;
        String name = null;
        Boolean caseSensitive = null;
        Map<String, List<String>> names = null;
        List<NumberedSpelling> numbered = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "id" -> id = r.string();
                case "name" -> name = r.string();
                case "caseSensitive" -> caseSensitive = r.bool();
                case "names" -> {
                    if (r.beginObject()) {
                        names = new LinkedHashMap<>();
                        String code;
                        while ((code = r.nextField()) != null) {
                            names.put(code, r.stringOrStrings());
                        }
                    }
                }
                case "numbered" -> numbered = r.list(DataReader::numbered);
                default -> throw r.unknownField(f, TOOL_FIELDS);
            }
        }
        return new DataFiles.ToolData(id, name, caseSensitive, names, numbered);
    }

    private static NumberedSpelling numbered(JsonReader r) throws IOException {
        Kind kind = null;
        String template = null;
        int from = 0;
        int to = 0;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "kind" -> kind = r.constant(Kind.values());
                case "template" -> template = r.string();
                case "from" -> from = r.requiredInt();
                case "to" -> to = r.requiredInt();
                default -> throw r.unknownField(f, NUMBERED_FIELDS);
            }
        }
        try {
            return new NumberedSpelling(kind, template, from, to);
        } catch (IllegalArgumentException e) {
            throw r.fail(e.getMessage());
        }
    }

    static DataFiles.ConfusionsFile confusionsFile(JsonReader r) throws IOException {
        List<Confusion> confusions = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            if (!f.equals("confusions")) {
                throw r.unknownField(f, CONFUSIONS_FILE_FIELDS);
            }
            confusions = r.list(DataReader::confusion);
        }
        return new DataFiles.ConfusionsFile(confusions);
    }

    private static Confusion confusion(JsonReader r) throws IOException {
        String id = null;
        List<String> codes = null;
        List<String> compares = null;
        String hub = null;
        String title = null;
        String note = null;
        List<String> keyDifferences = null;
        List<String> whenToUseWhich = null;
        r.requireObject();
        String f;
        while ((f = r.nextField()) != null) {
            switch (f) {
                case "id" -> id = r.string();
                case "codes" -> codes = r.strings();
                case "compares" -> compares = r.strings();
                case "hub" -> hub = r.string();
                case "title" -> title = r.string();
                case "note" -> note = r.string();
                case "keyDifferences" -> keyDifferences = r.strings();
                case "whenToUseWhich" -> whenToUseWhich = r.strings();
                default -> throw r.unknownField(f, CONFUSION_FIELDS);
            }
        }
        return new Confusion(id, codes, compares, hub, title, note, keyDifferences, whenToUseWhich);
    }
}
