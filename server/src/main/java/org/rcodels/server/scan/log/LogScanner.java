package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/** Log lines of DNS servers, resolvers and capture tools (a .log may mix them). */
public final class LogScanner implements Scanner {
    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        // written in its own change
    }
}
