package org.rcodels.server.lsp;

import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.text.DocumentText;

/** One version of an open document. Immutable: an edit makes a new one. */
public record OpenDocument(String uri, String languageId, int version, DocumentText text, Dialect dialect) {
}
