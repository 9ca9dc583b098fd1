package org.rcodels.server.features;

import java.util.List;
import org.rcodels.catalog.Texts;
import org.rcodels.server.scan.ScanContext;

/** Diagnostics for lines [fromLine, toLine): misspelled or misplaced codes in configs, surprising meanings. */
public final class DiagnosticsFeature {
    private DiagnosticsFeature() {
    }

    public static List<Diagnostic> diagnose(ScanContext ctx, int fromLine, int toLine, Texts texts) {
        return List.of();
    }
}
