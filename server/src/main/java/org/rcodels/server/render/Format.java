package org.rcodels.server.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats every renderer supports. */
public enum Format {
    /** Plain text, wrapped to a width, without markup. */
    TEXT,
    /** CommonMark (with GitHub tables for lists). */
    MARKDOWN,
    /** A stable JSON shape, documented on {@link JsonShapes}. */
    JSON;

    /** "text", "markdown" (or "md"), "json", case-insensitively. */
    public static Optional<Format> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "text", "txt", "plain" -> Optional.of(TEXT);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
