package org.rcodels.catalog;

/** How sure we are of an assignment (matters for the late EDE codes). */
public enum Certainty {
    /** In the IANA registry with a published RFC as reference. */
    STANDARD,
    /** In the IANA registry; the reference is a draft or a vendor, and independent implementations agree. */
    IMPLEMENTED,
    /** Seen only in third-party tables or code comments; treat with care. */
    REPORTED
}
