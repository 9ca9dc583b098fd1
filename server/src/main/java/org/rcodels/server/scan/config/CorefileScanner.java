package org.rcodels.server.scan.config;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/** CoreDNS Corefile, also inside a Kubernetes ConfigMap. */
public final class CorefileScanner implements Scanner {
    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        // written in its own change
    }
}
