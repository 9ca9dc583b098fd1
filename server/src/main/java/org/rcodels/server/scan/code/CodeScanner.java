package org.rcodels.server.scan.code;

import java.util.List;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scanner;

/** Identifiers for DNS codes in source code: dnspython, miekg/dns and Go, ldns, C, dnsjava, Node. */
public final class CodeScanner implements Scanner {
    private final Dialect language;

    public CodeScanner(Dialect language) {
        this.language = language;
    }

    public Dialect language() {
        return language;
    }

    @Override
    public void scan(ScanContext ctx, int line, String text, List<Mention> out) {
        // written in its own change
    }
}
