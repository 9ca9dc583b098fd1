package org.rcodels.server.cli;

import java.util.List;

/** One sub-command of the command line. Register new ones in {@link Cli#COMMANDS}. */
interface Command {

    /** Runs with the positional words after the command name; returns the exit status. */
    int run(Context ctx, List<String> words) throws CliError;

    /** The label key of this command's help text ({@code cli.help.<name>}). */
    String helpKey();
}
