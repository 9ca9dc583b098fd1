package org.rcodels.catalog;

/** Registration status of a value or range. */
public enum Status {
    ASSIGNED, UNASSIGNED, PRIVATE_USE, RESERVED, PSEUDO
}
