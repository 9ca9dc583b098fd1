package org.rcodels.server.cli;

import java.util.List;

/** A failure reported to the user as one or more lines on stderr with an exit status; never a stack trace. */
final class CliError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Exit status for an unknown code or a command-line mistake. */
    static final int USAGE = 2;
    /** Exit status for an unexpected internal error. */
    static final int INTERNAL = 1;

    final int status;
    final List<String> lines;

    CliError(int status, List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.status = status;
        this.lines = List.copyOf(lines);
    }
}
