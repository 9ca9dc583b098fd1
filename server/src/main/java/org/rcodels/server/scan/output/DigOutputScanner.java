package org.rcodels.server.scan.output;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/** dig, kdig, drill, delv, host, nslookup and nsupdate output. */
public final class DigOutputScanner implements Scanner {
    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        // written in its own change
    }
}
