package org.rcodels.server.features;

import java.util.List;

/**
 * A problem found in a document, independent of LSP4J. Quick fixes are chosen by {@code code}, never by message text.
 *
 * @param line         zero-based line
 * @param start        UTF-16 start column
 * @param end          UTF-16 end column
 * @param severity     how bad
 * @param code         stable code ("rcode.unknown-name"); see docs/DIAGNOSTICS.md
 * @param message      localised message
 * @param href         documentation link for the code (codeDescription.href), or null
 * @param replacements candidate replacement texts for the range, best first (quick fixes); may be empty
 */
public record Diagnostic(int line, int start, int end, Severity severity, String code, String message, String href,
                         List<String> replacements) {

    public Diagnostic {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    public enum Severity { ERROR, WARNING, INFORMATION, HINT }
}
