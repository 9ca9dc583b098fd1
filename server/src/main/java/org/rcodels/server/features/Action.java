package org.rcodels.server.features;

import java.util.List;

/**
 * A code action, independent of LSP4J: either text edits (a quick fix, a refactoring) or a command the client runs
 * (explain, compare), or both.
 *
 * @param title     localised title shown in the menu
 * @param kind      QUICKFIX (fixes a diagnostic), REFACTOR (e.g. replace a number by its name), or INFO (explain,
 *                  compare: maps to the LSP "empty" kind)
 * @param edits     edits in the same document (may be empty)
 * @param command   a command id ({@link #EXPLAIN}, {@link #COMPARE}) or null
 * @param arguments the command's arguments (entry ids)
 * @param fixes     the diagnostic this action fixes, or null
 * @param preferred whether the client may apply it as the preferred fix
 */
public record Action(String title, Kind kind, List<Edit> edits, String command, List<String> arguments,
                     Diagnostic fixes, boolean preferred) {

    /** Command: render an entry's explanation. Argument: entry id. Returns Markdown. */
    public static final String EXPLAIN = "rcode.explain";
    /** Command: render the comparison of two entries. Arguments: two entry ids. Returns Markdown. */
    public static final String COMPARE = "rcode.compare";

    public Action {
        edits = edits == null ? List.of() : List.copyOf(edits);
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public enum Kind { QUICKFIX, REFACTOR, INFO }

    /** Replace [start, end) of a line (UTF-16 columns) by {@code text}. */
    public record Edit(int line, int start, int end, String text) {
    }
}
