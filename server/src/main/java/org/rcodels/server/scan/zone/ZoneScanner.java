package org.rcodels.server.scan.zone;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/** Zone files: RPZ policy zones. */
public final class ZoneScanner implements Scanner {
    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        // written in its own change
    }
}
