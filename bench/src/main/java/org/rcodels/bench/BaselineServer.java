package org.rcodels.bench;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The start baseline: the least an LSP4J server can be. It answers {@code initialize} with empty capabilities,
 * {@code shutdown} with null, and stops on {@code exit} or at the end of its input. Packaged alone with LSP4J and Gson (lsp4j-baseline.jar), so
 * that the server's start can be compared with what LSP4J and the JVM cost by themselves.
 */
public final class BaselineServer implements LanguageServer, TextDocumentService, WorkspaceService {
    private final CompletableFuture<Void> exit = new CompletableFuture<>();

    public static void main(String[] args) {
        BaselineServer server = new BaselineServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, System.out);
        java.util.concurrent.Future<Void> listening = launcher.startListening();
        // the end of input stops it too, as it stops rcode-ls
        Thread eof = new Thread(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // the stream broke: same as end of input
            }
            server.exit.complete(null);
        });
        eof.setDaemon(true);
        eof.start();
        server.exit.join();
        System.exit(0);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return CompletableFuture.completedFuture(new InitializeResult(new ServerCapabilities()));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.complete(null);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    }
}
