package org.rcodels.server.features;

/**
 * One value a slot accepts, spelled as the slot's tool spells it.
 *
 * @param text      the spelling ("NXDOMAIN", "always_nxdomain", "DNSRCode.REFUSED", "18", "rpz-passthru.")
 * @param entryId   the catalog entry the value names or makes the server answer with, or null for a value that
 *                  produces no code (policy.PASS, rpz-drop.)
 * @param detailKey a label key for what the value does, or null to describe the entry itself ("RCODE 3 · ...")
 * @param offered   whether completion offers it (false for accepted aliases and values that are wrong here)
 * @param itemKind  how completion shows it
 */
record Choice(String text, String entryId, String detailKey, boolean offered, Completion.ItemKind itemKind) {
}
