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
        if (args.length == 0 || args.length == 1 && "--stdio".equals(args[0])) {
            // the language server as editors start it: straight to the launcher, without loading the command line's
            // classes on the way to the initialize answer (Cli.run would end up in the same place)
            System.exit(org.rcodels.server.lsp.ServerLauncher.serve(System.in, System.out, System.err));
        }
        System.exit(org.rcodels.server.cli.Cli.run(args, System.out, System.err, System.in));
    }
}
