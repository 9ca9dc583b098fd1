package org.rcodels.server;

/** Entry point of the jar: the language server with no arguments or --stdio, otherwise the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && org.rcodels.server.lsp.CdsTraining.FLAG.equals(args[0])) {
            // hidden: the launcher's AppCDS training run (docs/PERFORMANCE.md)
            System.exit(org.rcodels.server.lsp.CdsTraining.run());
        }
        System.exit(org.rcodels.server.cli.Cli.run(args, System.out, System.err, System.in));
    }
}
