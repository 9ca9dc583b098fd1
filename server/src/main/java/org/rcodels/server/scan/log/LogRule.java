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

    /** A cheap test: can this line hold one of the rule's formats at all? */
    boolean accepts(String text);

    /** Adds the mentions of this rule's formats in {@code text}, which {@link #accepts} accepted. */
    void scan(ScanContext ctx, int line, String text, List<Mention> out);
}
