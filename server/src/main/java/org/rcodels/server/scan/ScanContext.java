package org.rcodels.server.scan;

import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;

/** What a scanner may read besides the line it scans: other lines (for bounded context) and the catalog. */
public interface ScanContext {
    Catalog catalog();

    Dialect dialect();

    /** The document URI or file name (may be empty), for scanners that care about the file name. */
    String uri();

    int lineCount();

    /** Another line's text. Scanners look at most {@link Scanner#MAX_CONTEXT} lines away from the scanned line. */
    String line(int line);
}
