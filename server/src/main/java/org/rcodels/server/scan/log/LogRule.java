package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;

/**
 * The log lines of one producer (BIND, Unbound, CoreDNS...). {@link LogScanner} asks {@link #accepts} first, which must
 * be cheap (a few {@code indexOf} calls on the line), and only then runs {@link #scan}, where regular expressions may
 * run. Rules are stateless and are shared by every document.
 */
interface LogRule {

    /**
     * Literals of which a line must hold at least one for {@link #accepts} to be true: a necessary condition, not a
     * sufficient one ({@code LogRuleAnchorsTest} checks it on the corpus and on random lines). {@link LogScanner}
     * finds every rule's anchors in one pass over the line and asks only the rules whose anchors it found.
     */
    List<String> anchors();

    /** A cheap test: can this line hold one of the rule's formats at all? */
    boolean accepts(String text);

    /** Adds the mentions of this rule's formats in {@code text}, which {@link #accepts} accepted. */
    void scan(ScanContext ctx, int line, String text, List<Mention> out);

    /**
     * Whether the line has the shape of one of this rule's formats, so that its words are this rule's to read even
     * where it named no code (a BIND {@code disabled rpz} line logs a policy that was not applied): the fallback for
     * bare mnemonics ({@link BareMnemonics}) then leaves the line alone. Asked only where {@link #accepts} was true.
     */
    default boolean owns(ScanContext ctx, int line, String text) {
        return false;
    }

    /** Whether the line holds one of the literals: the {@link #accepts} of a rule that needs nothing more. */
    static boolean holdsAny(String text, List<String> literals) {
        for (int i = 0; i < literals.size(); i++) {
            if (text.contains(literals.get(i))) {
                return true;
            }
        }
        return false;
    }
}
