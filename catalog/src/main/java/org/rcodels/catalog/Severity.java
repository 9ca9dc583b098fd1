package org.rcodels.catalog;

/** How alarming a code is when seen in a reply; drives colouring and wording, never correctness. */
public enum Severity {
    OK, INFO, WARNING, ERROR
}
