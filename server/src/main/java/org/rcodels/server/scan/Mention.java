package org.rcodels.server.scan;

import java.util.List;
import org.rcodels.catalog.Entry;

/**
 * One place in a line that names a code. Hover, inlay hints, diagnostics and code actions are all views of mentions.
 *
 * @param line     zero-based line
 * @param start    first UTF-16 column of the mention in the line
 * @param end      column after the mention (exclusive)
 * @param entry    the code it names, with its meaning decided by context (16 in TSIG is BADSIG...)
 * @param text     the text as it appears in the line
 * @param role     how the text names the code
 * @param tool     the id of the tool whose spelling this is (a spellings.json tool id), or null
 * @param note     a label key (i18n labels, {@code note.*}) explaining how context decided the meaning, or null
 * @param noteArgs the note's placeholder values as alternating name, value
 */
public record Mention(int line, int start, int end, Entry entry, String text, Role role, String tool, String note,
                      List<String> noteArgs) {

    public Mention {
        noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
    }

    /** How a mention names its code. */
    public enum Role {
        /** A name or spelling: NXDOMAIN, NotImp, "Non-Existent domain", RcodeNameError. */
        NAME,
        /** A bare number whose context makes it a code: CoreDNS "plugin/errors: 2", "Status": 3, "; EDE: 18". */
        NUMBER,
        /** A config or policy word that makes a server answer with the code: CNAME . in RPZ, policy.DENY. */
        POLICY,
        /** A meaning inferred from the surroundings: dig status NOERROR with ANSWER: 0 is NODATA. */
        INFERRED
    }

    /** The prefix of the notes of configuration keywords named after a code (servfail-ttl, exceedServFails). */
    public static final String OPTION_NOTE = "note.option.";

    /**
     * Whether this is the code part of an option keyword ({@code nxdomain} in {@code auth-nxdomain}): an option, not
     * a code the server answers, hovered over the whole keyword and never coloured as a code.
     */
    public boolean optionKeyword() {
        return note != null && note.startsWith(OPTION_NOTE);
    }

    public boolean covers(int column) {
        return column >= start && column <= end;
    }

    public Mention withNote(String key, String... args) {
        return new Mention(line, start, end, entry, text, role, tool, key, List.of(args));
    }
}
