package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/**
 * The shape every config scanner shares: a cheap substring test for the scanner's anchors, the config language's own
 * rules on a line that holds one, then upper-case mnemonics anywhere else on the line ({@link UpperNames}).
 */
abstract class ConfigScanner implements Scanner {
    private final String tool;
    private final String[] anchors;

    ConfigScanner(String tool, String... anchors) {
        this.tool = tool;
        this.anchors = anchors;
    }

    @Override
    public final void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        boolean anchored = ConfigLine.containsAny(text, anchors) || continues(ctx, line, text);
        if (!anchored && !ConfigMentions.hasUpperRun(text)) {
            return;
        }
        int from = out.size();
        if (anchored) {
            config(ctx, line, text, out);
        }
        UpperNames.scan(ctx, line, text, tool(ctx), out, from);
    }

    /**
     * Whether a line without an anchor goes on with a statement of a line above that had one (an argument list left
     * open at a line's end): such a line is read as anchored.
     */
    boolean continues(ScanContext ctx, int line, String text) {
        return false;
    }

    /** The mentions of this config language's own rules, on a line that holds one of the anchors (or continues one). */
    abstract void config(ScanContext ctx, int line, String text, List<Mention> out);

    /** The tool whose spelling the upper-case names of this file follow (null: none in particular). */
    String tool(ScanContext ctx) {
        return tool;
    }
}
