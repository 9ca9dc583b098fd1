package org.rcodels.server.features;

import java.util.List;

/**
 * Completion results, independent of LSP4J.
 *
 * @param items      the items, in display order
 * @param incomplete whether typing more may change the set (LSP isIncomplete)
 */
public record Completion(List<Item> items, boolean incomplete) {

    public static final Completion NONE = new Completion(List.of(), false);

    /** What an item is; the shell maps it to an LSP CompletionItemKind. */
    public enum ItemKind { CONSTANT, ENUM_MEMBER, KEYWORD, VALUE }

    /**
     * @param label      what the list shows and what is inserted ("NXDOMAIN", "DNSRCode.NXDOMAIN" member "NXDOMAIN")
     * @param kind       item kind
     * @param detail     one short line ("RCODE 3 · Non-Existent Domain")
     * @param entryId    catalog entry the item stands for (documentation is rendered from it on resolve); may be null
     * @param line       line of the text to replace
     * @param start      UTF-16 column where the replaced text starts (the word being typed)
     * @param end        UTF-16 column where it ends (the cursor)
     * @param insertText text to insert (usually the label)
     * @param sortText   sort key, or null for the label
     * @param snippet    what to insert instead, as an LSP snippet, for clients that take snippets
     *                   ({@code DENY_MSG('${1:message}')}); null for none
     */
    public record Item(String label, ItemKind kind, String detail, String entryId, int line, int start, int end,
                       String insertText, String sortText, String snippet) {

        public Item(String label, ItemKind kind, String detail, String entryId, int line, int start, int end,
                    String insertText, String sortText) {
            this(label, kind, detail, entryId, line, start, end, insertText, sortText, null);
        }
    }
}
