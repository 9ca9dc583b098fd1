package org.rcodels.catalog;

import java.util.List;

/**
 * A hand-written note about a classic confusion between codes (NXDOMAIN vs NODATA, TC bit vs BADTRUNC...).
 * Its prose is translatable like entry content: {@code i18n/<lang>/content.json} under key {@code confusion:<id>}.
 *
 * @param id             short id ("nxdomain-vs-nodata")
 * @param codes          the entry ids the note is about; it is shown on hover for each, and in comparisons of any two
 * @param title          one line
 * @param note           the explanation
 * @param keyDifferences bullet points
 * @param whenToUseWhich bullet points
 */
public record Confusion(String id, List<String> codes, String title, String note, List<String> keyDifferences,
                        List<String> whenToUseWhich) {

    public boolean concerns(String entryId) {
        return codes.contains(entryId);
    }

    public boolean concernsBoth(String a, String b) {
        return codes.contains(a) && codes.contains(b);
    }
}
