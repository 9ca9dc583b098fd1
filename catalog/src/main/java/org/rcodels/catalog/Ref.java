package org.rcodels.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reference: either an RFC (number, optional section) or another document (a draft name, a vendor's
 * pull request) given as text in {@code doc}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ref(Integer rfc, String section, String doc) {

    public boolean isRfc() {
        return rfc != null;
    }

    /** "RFC 1035 §4.1.1", "RFC 8914" or the document text. */
    public String label() {
        if (rfc == null) {
            return doc;
        }
        return section == null || section.isBlank() ? "RFC " + rfc : "RFC " + rfc + " §" + section;
    }

    /** A stable public link for an RFC (with section anchor), or null for other documents. */
    public String url() {
        if (rfc == null) {
            return null;
        }
        String base = "https://www.rfc-editor.org/rfc/rfc" + rfc + ".html";
        return section == null || section.isBlank() ? base : base + "#section-" + section;
    }
}
