package org.rcodels.server.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to show and how. Immutable; build with the {@code with...} methods from {@link #full()} or {@link #compact()}.
 * Every text given here is plain text (never Markdown): renderers escape it, so text taken from documents is safe.
 *
 * @param sections     the optional parts to show; the heading and the summary are always shown
 * @param notes        context notes shown right under the summary ("In a TSIG context this number means BADSIG.")
 * @param toolName     with {@code toolSpelling}: "this file's tool (BIND) spells it NXDOMAIN"; null for none
 * @param toolSpelling the spelling used by that tool
 * @param headingLevel Markdown level of the top heading (1-6); 0 writes headings as bold lines (good for hovers)
 * @param width        plain-text wrap width in columns; 0 disables wrapping
 */
public record Options(Set<Section> sections, List<String> notes, String toolName, String toolSpelling,
                      int headingLevel, int width) {

    /** The optional parts of an entry. */
    public enum Section {
        /** Registry, status, carriers, certainty. */
        FACTS, DESCRIPTION, WHEN_YOU_SEE_IT, HOW_TO_FIX, WIRE, CONFUSIONS, SPELLINGS, RELATED, REFERENCES,
        /** Hover-sized: one confusion note, spellings and references on one line each. */
        BRIEF
    }

    public Options {
        sections = sections.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Section.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(sections));
        notes = List.copyOf(notes);
        headingLevel = Math.max(0, Math.min(6, headingLevel));
        width = Math.max(0, width);
    }

    /** Everything, Markdown headings from level 2, text wrapped at 80 columns (the command line). */
    public static Options full() {
        return new Options(EnumSet.complementOf(EnumSet.of(Section.BRIEF)), List.of(), null, null, 2, 80);
    }

    /** Description, how to fix, references; bold-line headings; no wrapping (a starting point for hovers). */
    public static Options compact() {
        return new Options(EnumSet.of(Section.DESCRIPTION, Section.HOW_TO_FIX, Section.REFERENCES), List.of(), null,
                null, 0, 0);
    }

    public boolean has(Section s) {
        return sections.contains(s);
    }

    public Options with(Section s, boolean on) {
        EnumSet<Section> set = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        if (on) {
            set.add(s);
        } else {
            set.remove(s);
        }
        return new Options(set, notes, toolName, toolSpelling, headingLevel, width);
    }

    public Options withSections(Set<Section> s) {
        return new Options(s, notes, toolName, toolSpelling, headingLevel, width);
    }

    /** Shows or hides the "How tools spell it" table. */
    public Options withSpellings(boolean on) {
        return with(Section.SPELLINGS, on);
    }

    /** Adds a context note (plain text, already localised). */
    public Options withNote(String note) {
        if (note == null || note.isBlank()) {
            return this;
        }
        List<String> l = new ArrayList<>(notes);
        l.add(note);
        return new Options(sections, l, toolName, toolSpelling, headingLevel, width);
    }

    /** "This file's tool ({tool}) spells it {spelling}". */
    public Options withThisTool(String tool, String spelling) {
        return new Options(sections, notes, tool, spelling, headingLevel, width);
    }

    public Options withHeadingLevel(int level) {
        return new Options(sections, notes, toolName, toolSpelling, level, width);
    }

    public Options withWidth(int w) {
        return new Options(sections, notes, toolName, toolSpelling, headingLevel, w);
    }
}
