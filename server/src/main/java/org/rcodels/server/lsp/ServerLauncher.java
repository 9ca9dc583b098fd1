package org.rcodels.server.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.rcodels.catalog.Catalog;

/** Starts the language server over a pair of streams and returns the process exit code when it stops. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /**
     * Serves until the client sends {@code exit}, closes the input, or its process dies. Nothing but protocol is
     * written to {@code out}: System.out is pointed at stderr for the duration, so a stray print cannot corrupt it.
     */
    public static int start(InputStream in, OutputStream out) {
        PrintStream previousOut = System.out;
        System.setOut(System.err);
        try {
            // load the catalog while the client and server shake hands: initialize does not wait for it
            CompletableFuture<Catalog> catalog = CompletableFuture.supplyAsync(Catalog::standard);
            CompletableFuture<Integer> exitCode = new CompletableFuture<>();
            RcodeServer server = new RcodeServer(catalog, exitCode::complete);
            Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            // end of input ends listening; exit notification or client death completes exitCode
            CompletableFuture.runAsync(() -> {
                try {
                    listening.get();
                } catch (Exception e) {
                    // the stream broke: same as end of input
                }
                exitCode.complete(server.shutdownRequested() ? 0 : 1);
            });
            int code = exitCode.join();
            server.stop();
            listening.cancel(true);
            return code;
        } finally {
            System.setOut(previousOut);
        }
    }

    /** Waits at most {@code ms} for a future, for shutdown paths. */
    static void await(Future<?> f, long ms) {
        try {
            f.get(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort
        }
    }
}
