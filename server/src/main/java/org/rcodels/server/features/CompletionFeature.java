package org.rcodels.server.features;

import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.scan.ScanContext;

/** Completion: the code names valid at the cursor, spelled as the file's tool spells them. */
public final class CompletionFeature {
    private CompletionFeature() {
    }

    /** Items for the cursor at (line, UTF-16 column); {@link Completion#NONE} where no code belongs. */
    public static Completion complete(ScanContext ctx, int line, int column) {
        return Completion.NONE;
    }

    /** Full documentation of an item's entry (completionItem/resolve), Markdown or plain text. */
    public static String documentation(Catalog catalog, Texts texts, String entryId, boolean markdown) {
        return "";
    }
}
