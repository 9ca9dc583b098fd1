package org.rcodels.server.scan;

import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.text.DocumentText;

/** A {@link ScanContext} over a document snapshot. */
public record TextContext(Catalog catalog, Dialect dialect, String uri, DocumentText text) implements ScanContext {

    @Override
    public int lineCount() {
        return text.lineCount();
    }

    @Override
    public String line(int line) {
        return text.line(line);
    }
}
