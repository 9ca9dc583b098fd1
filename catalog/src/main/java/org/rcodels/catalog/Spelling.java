package org.rcodels.catalog;

/**
 * A text that names an entry, as some tool spells it.
 *
 * @param text      the spelling as the tool writes it
 * @param entry     what it names
 * @param tool      who spells it this way
 * @param exactCase whether the looked-up text matched the tool's case exactly
 */
public record Spelling(String text, Entry entry, Tool tool, boolean exactCase) {
}
