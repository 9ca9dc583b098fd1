package org.rcodels.server;

/** Entry point of the jar: the language server with no arguments or --stdio, otherwise the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(org.rcodels.server.cli.Cli.run(args, System.out, System.err, System.in));
    }
}
