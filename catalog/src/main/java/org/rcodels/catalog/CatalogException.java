package org.rcodels.catalog;

/** A data file is broken. The message names the file, the entry and the field. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
