package org.rcodels.server.cli;

import java.io.PrintStream;
import java.util.List;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;

/**
 * What a command needs: the catalog, the user's language and format, where to write results ({@code out}) and
 * messages ({@code err}), what a FILE of {@code -} reads ({@code in}), and the command-specific flags
 * ({@code summary}: {@code check --summary}).
 */
record Context(String command, Catalog catalog, Texts texts, Format format, Options options, PrintStream out,
               PrintStream err, java.io.InputStream in, boolean summary) {

    /** A usage mistake in this command: the message and a pointer to the command's help. */
    CliError usage(String key, Object... args) {
        return new CliError(CliError.USAGE, List.of(Cli.PROGRAM + ": " + texts.label(key, args),
                texts.label("cli.helpHint", "command", Cli.PROGRAM + " " + command)));
    }
}
