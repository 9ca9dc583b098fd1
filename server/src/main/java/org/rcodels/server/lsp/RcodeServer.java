package org.rcodels.server.lsp;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.features.HoverFeature;
import org.rcodels.server.scan.TextContext;

/**
 * The LSP shell: the only class that sees LSP4J's services, threads and Gson. Requests and document notifications run
 * in order on one worker thread (never on LSP4J's reader thread), so a request sees every change sent before it;
 * features are pure functions of a snapshot.
 */
public final class RcodeServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    public static final String NAME = "rcode-ls";

    private final Future<Catalog> catalog;
    private final IntConsumer exit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "rcode-ls-worker"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rcode-ls-timer"));
    private final Documents documents = new Documents();

    private volatile LanguageClient client;
    private volatile ClientInfo clientInfo = ClientInfo.DEFAULT;
    private volatile Settings settings = Settings.DEFAULTS;
    private volatile boolean shutdown;

    /**
     * @param catalog the catalog, loading in the background so that {@code initialize} does not wait for it
     * @param exit    called with the exit code when the server must stop (exit notification, client gone)
     */
    public RcodeServer(Future<Catalog> catalog, IntConsumer exit) {
        this.catalog = catalog;
        this.exit = exit;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    public Documents documents() {
        return documents;
    }

    // ------------------------------------------------------------------------------------------------ lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ClientInfo info = ClientInfo.from(params);
        this.clientInfo = info;
        if (params.getInitializationOptions() != null) {
            settings = Settings.from(params.getInitializationOptions());
        }
        watchParent(info.processId());
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(info),
                new ServerInfo(NAME, version())));
    }

    /** What the server offers; pinned by a snapshot test. */
    public static ServerCapabilities capabilities(ClientInfo info) {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        c.setTextDocumentSync(sync);
        c.setHoverProvider(true);
        c.setPositionEncoding(info.utf8() ? PositionEncodingKind.UTF8 : PositionEncodingKind.UTF16);
        return c;
    }

    static String version() {
        String v = RcodeServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void initialized(InitializedParams params) {
        pullSettings();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        stop();
        exit.accept(shutdown ? 0 : 1);
    }

    /** Stops background threads. */
    public void stop() {
        worker.shutdownNow();
        timer.shutdownNow();
    }

    /** Exits when the client's process dies (LSP: processId), checked every 2 seconds. */
    private void watchParent(Integer pid) {
        if (pid == null || pid <= 0) {
            return;
        }
        timer.scheduleWithFixedDelay(() -> {
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                stop();
                exit.accept(1);
            }
        }, 2, 2, TimeUnit.SECONDS);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ------------------------------------------------------------------------------------------------ settings

    private void pullSettings() {
        LanguageClient c = client;
        if (c == null || !clientInfo.configurationPull()) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("rcode");
        c.configuration(new ConfigurationParams(List.of(item))).thenAccept(list -> {
            if (list != null && !list.isEmpty()) {
                settings = Settings.from(list.get(0));
            }
        }).exceptionally(t -> null);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (clientInfo.configurationPull()) {
            pullSettings();
        } else if (params != null && params.getSettings() instanceof JsonElement) {
            settings = Settings.from(params.getSettings());
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // nothing to watch
    }

    public Settings settings() {
        return settings;
    }

    /** Whether the client sent {@code shutdown} (end of input after it is a clean stop). */
    public boolean shutdownRequested() {
        return shutdown;
    }

    // ------------------------------------------------------------------------------------------------ documents

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        worker.execute(() -> {
            var td = params == null ? null : params.getTextDocument();
            if (td != null && td.getUri() != null) {
                documents.open(td.getUri(), td.getLanguageId(), td.getVersion(), td.getText());
            }
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        worker.execute(() -> {
            if (params == null || params.getTextDocument() == null || params.getContentChanges() == null) {
                return;
            }
            Integer v = params.getTextDocument().getVersion();
            documents.change(params.getTextDocument().getUri(), v == null ? 0 : v, params.getContentChanges(),
                    clientInfo.utf8());
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        worker.execute(() -> {
            if (params != null && params.getTextDocument() != null) {
                documents.close(params.getTextDocument().getUri());
            }
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the text is already current through didChange
    }

    // ------------------------------------------------------------------------------------------------ features

    /** Runs a request on the worker, in order with document changes, honouring cancellation. */
    private <R> CompletableFuture<R> request(Function<CancelChecker, R> work) {
        return CompletableFutures.computeAsync(worker, cancel -> {
            cancel.checkCanceled();
            return work.apply(cancel);
        });
    }

    Catalog catalog() {
        try {
            return catalog.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestCancelled, "interrupted", null));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                    "the catalog could not be loaded: " + e.getCause().getMessage(), null));
        }
    }

    /** The reader's language: the setting, else the client's locale, else English. */
    Texts texts() {
        String loc = settings.locale().isBlank() ? clientInfo.locale() : settings.locale();
        return catalog().texts(loc);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return request(cancel -> {
            if (!settings.hover() || params == null || params.getPosition() == null
                    || params.getTextDocument() == null) {
                return null;
            }
            OpenDocument doc = documents.get(params.getTextDocument().getUri()).orElse(null);
            if (doc == null) {
                return null;
            }
            Position p = params.getPosition();
            int line = p.getLine();
            if (line < 0 || line >= doc.text().lineCount()) {
                return null;
            }
            String lineText = doc.text().line(line);
            boolean utf8 = clientInfo.utf8();
            int col = Positions.toUtf16(lineText, p.getCharacter(), utf8);
            TextContext ctx = new TextContext(catalog(), doc.dialect(), doc.uri(), doc.text());
            boolean md = clientInfo.hoverMarkdown();
            return HoverFeature.hover(ctx, line, col, texts(), md).map(r -> {
                Range range = new Range(new Position(line, Positions.fromUtf16(lineText, r.mention().start(), utf8)),
                        new Position(line, Positions.fromUtf16(lineText, r.mention().end(), utf8)));
                return new Hover(new MarkupContent(md ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, r.content()),
                        range);
            }).orElse(null);
        });
    }
}
