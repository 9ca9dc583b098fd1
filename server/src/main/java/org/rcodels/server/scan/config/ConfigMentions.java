package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/** Small helpers the config scanners share. */
final class ConfigMentions {
    private ConfigMentions() {
    }

    static final String NOTE_POLICY = "note.policy";
    static final String NOTE_EDE = "note.edeNumber";
    static final String NOTE_NUMERIC = "note.numericField";

    /**
     * A config word that makes the server answer with a code (role POLICY, note "{text} makes the server answer
     * {name}"). {@code shown} replaces {text} in the note when the word alone would read oddly (null: the word).
     */
    static void policy(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, String entryId,
                       String tool, String shown) {
        if (shown == null) {
            Scans.entry(ctx, out, line, text, start, end, entryId, Mention.Role.POLICY, tool, NOTE_POLICY);
        } else {
            Scans.entry(ctx, out, line, text, start, end, entryId, Mention.Role.POLICY, tool, NOTE_POLICY,
                    "text", shown);
        }
    }

    /**
     * A code's name written inside an option keyword ("servfail" in servfail-ttl): role NAME (the tool's spelling of
     * the code), with a note saying what the option does with that code. {@code shown}, the option as written with
     * its value ({@code servfail-ttl 5}), fills {text} in the note (null: the note does not use it).
     */
    static void named(ScanContext ctx, List<Mention> out, int line, String text, int start, int end, String entryId,
                      String tool, String note, String shown) {
        if (shown == null) {
            Scans.entry(ctx, out, line, text, start, end, entryId, Mention.Role.NAME, tool, note);
        } else {
            Scans.entry(ctx, out, line, text, start, end, entryId, Mention.Role.NAME, tool, note, "text", shown);
        }
    }

    /**
     * An option statement as its note shows it: the keyword and, when the statement holds one value, that value
     * ({@code servfail-ttl 5}, {@code servfail 10s}); the keyword alone otherwise.
     */
    static String written(String text, List<ConfigLine.Token> statement) {
        String keyword = statement.get(0).text(text);
        return statement.size() == 2 ? keyword + " " + statement.get(1).text(text) : keyword;
    }

    /** True if the line holds a run of at least 6 upper-case ASCII letters (a possible mnemonic). */
    static boolean hasUpperRun(String text) {
        int n = Math.min(text.length(), ConfigLine.LIMIT);
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (++run >= 6) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }
}
