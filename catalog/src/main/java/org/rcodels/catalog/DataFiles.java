package org.rcodels.catalog;

import java.util.List;
import java.util.Map;

/**
 * The shapes of the JSON data files, as {@link DataReader} reads them. Package-private: the rest of the world sees the
 * model.
 */
final class DataFiles {
    private DataFiles() {
    }

    record CodesFile(Kind kind, List<EntryData> entries) {
    }

    record EntryData(String id, Integer value, Integer to, Status status, String name, String ianaName,
                     String ianaDescription, List<Carrier> carriers, String wire, List<Ref> refs,
                     List<String> related, Severity severity, Certainty certainty, String certaintyNote,
                     String summary, String description, String whenYouSeeIt, String howToFix, String useWhen) {
    }

    record SpellingsFile(List<ToolData> tools) {
    }

    record ToolData(String id, String name, Boolean caseSensitive,
                    Map<String, List<String>> names,
                    List<NumberedSpelling> numbered) {
    }

    record ConfusionsFile(List<Confusion> confusions) {
    }
}
