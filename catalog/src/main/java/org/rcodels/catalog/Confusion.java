package org.rcodels.catalog;

import java.util.List;

/**
 * A hand-written note about a classic confusion between codes (NXDOMAIN vs NODATA, TC bit vs BADTRUNC...).
 * Its prose is translatable like entry content: {@code i18n/<lang>/content.json} under key {@code confusion:<id>}.
 *
 * @param id             short id ("nxdomain-vs-nodata")
 * @param codes          the entry ids the note is about; it is shown on hover and in explanations for each
 * @param compares       the ids a comparison of any two of them opens with this note (null: all of {@code codes});
 *                       NOERROR is among NXDOMAIN-vs-NODATA's codes, but that note does not compare NODATA with it
 * @param hub            when set, a comparison uses the note only between this id and another of {@code codes}
 *                       (SERVFAIL and one of its EDE causes, not two causes)
 * @param title          one line
 * @param note           the explanation
 * @param keyDifferences bullet points
 * @param whenToUseWhich bullet points
 */
public record Confusion(String id, List<String> codes, List<String> compares, String hub, String title, String note,
                        List<String> keyDifferences, List<String> whenToUseWhich) {

    public boolean concerns(String entryId) {
        return codes.contains(entryId);
    }

    /** Whether a comparison of {@code a} and {@code b} is what this note is about. */
    public boolean concernsBoth(String a, String b) {
        if (!codes.contains(a) || !codes.contains(b)) {
            return false;
        }
        if (hub != null) {
            return a.equals(hub) != b.equals(hub);
        }
        return compares == null || compares.contains(a) && compares.contains(b);
    }

    /** The same note with translated prose. */
    public Confusion withProse(String title, String note, List<String> keyDifferences, List<String> whenToUseWhich) {
        return new Confusion(id, codes, compares, hub, title, note, keyDifferences, whenToUseWhich);
    }
}
