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
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CodeAction;
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
import org.rcodels.server.features.Action;
import org.rcodels.server.features.CodeActionsFeature;
import org.rcodels.server.features.Commands;
import org.rcodels.server.features.Completion;
import org.rcodels.server.features.CompletionFeature;
import org.rcodels.server.features.Diagnostic;
import org.rcodels.server.features.DiagnosticsFeature;
import org.rcodels.server.features.DocumentLinksFeature;
import org.rcodels.server.features.HoverFeature;
import org.rcodels.server.features.WordHover;
import org.rcodels.server.features.InlayHintsFeature;
import org.rcodels.server.features.SemanticTokensFeature;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.TextContext;

/**
 * The LSP shell: the only class that sees LSP4J's services, threads and Gson. Requests and document notifications run
 * one at a time in order ({@link SerialLane}), so a request sees every change sent before it: on one worker thread,
 * except hover and completion, which are answered on LSP4J's reader thread when nothing else is queued or running
 * (their cost is bounded by a line). Features are pure functions of a snapshot.
 */
public final class RcodeServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    public static final String NAME = "rcode-ls";

    private final java.util.function.Supplier<Catalog> catalogLoader;
    private final CompletableFuture<Catalog> catalog = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean catalogStarted =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final IntConsumer exit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "rcode-ls-worker"));
    /** Document changes and requests, one at a time in order: on the worker, or for quick requests on the reader. */
    private final SerialLane lane = new SerialLane(worker);
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rcode-ls-timer"));
    private final Documents documents = new Documents();

    private volatile LanguageClient client;
    private volatile ClientInfo clientInfo = ClientInfo.DEFAULT;
    private volatile Settings settings = Settings.DEFAULTS;
    private volatile boolean shutdown;
    /** Whether {@code initialize} arrived: requests before it are refused, as the protocol says. */
    private volatile boolean initializeReceived;

    /**
     * @param catalog loads the catalog; called once, on a background thread, when {@code initialized} arrives (so
     *                that loading neither delays nor competes with the {@code initialize} answer) or when a request
     *                needs the catalog first
     * @param exit    called with the exit code when the server must stop (exit notification, client gone)
     */
    public RcodeServer(java.util.function.Supplier<Catalog> catalog, IntConsumer exit) {
        this.catalogLoader = catalog;
        this.exit = exit;
    }

    /** Starts loading the catalog in the background, once. */
    void loadCatalog() {
        if (!catalogStarted.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                catalog.complete(catalogLoader.get());
            } catch (RuntimeException | Error e) {
                catalog.completeExceptionally(e);
            }
        }, "rcode-ls-catalog");
        t.setDaemon(true);
        t.start();
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
        initializeReceived = true;
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
        CompletionOptions completion = new CompletionOptions(true, List.of(".", " ", "(", ":"));
        c.setCompletionProvider(completion);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix,
                CodeActionKind.RefactorRewrite, CodeActionKind.Empty)));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(Action.EXPLAIN, Action.COMPARE, LIST)));
        c.setInlayHintProvider(true);
        org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions tokens =
                new org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions(
                        new org.eclipse.lsp4j.SemanticTokensLegend(SemanticTokensFeature.TYPES, List.of()), true, true);
        c.setSemanticTokensProvider(tokens);
        c.setDocumentLinkProvider(new DocumentLinkOptions(false));
        c.setPositionEncoding(info.utf8() ? PositionEncodingKind.UTF8 : PositionEncodingKind.UTF16);
        return c;
    }

    static String version() {
        String v = RcodeServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void initialized(InitializedParams params) {
        loadCatalog();
        pullSettings();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        // answered on the worker, after every request queued before it: the client sends exit once it has this
        // answer, and exit stops the worker, so an earlier request still queued would otherwise never be answered
        // the exit code depends on the request, not on when the worker gets to it
        shutdown = true;
        try {
            return CompletableFuture.supplyAsync(() -> null, lane);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void exit() {
        // a client that sends exit without waiting for the shutdown answer still gets its queued answers
        worker.shutdown();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            // a client with nothing configured answers null: keep what initializationOptions said
            if (list != null && !list.isEmpty() && list.get(0) instanceof JsonElement el && el.isJsonObject()) {
                apply(Settings.from(el));
            }
        }).exceptionally(t -> null);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (clientInfo.configurationPull()) {
            pullSettings();
        } else if (params != null && params.getSettings() instanceof JsonElement) {
            apply(Settings.from(params.getSettings()));
        }
    }

    /**
     * New settings from the client. Published diagnostics follow at once when whether to check or the language
     * changed (turning diagnostics off clears them), not only at the next edit.
     */
    private void apply(Settings next) {
        Settings before = settings;
        settings = next;
        if (before.diagnostics() != next.diagnostics() || !java.util.Objects.equals(before.locale(), next.locale())) {
            for (String uri : documents.uris()) {
                scheduleDiagnostics(uri);
            }
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
        lane.execute(() -> {
            var td = params == null ? null : params.getTextDocument();
            if (td != null && td.getUri() != null) {
                documents.open(td.getUri(), td.getLanguageId(), td.getVersion(), td.getText());
                scheduleDiagnostics(td.getUri());
                compactAfter(td.getText() == null ? 0 : td.getText().length());
            }
        });
    }

    /** A document of at least this many chars leaves big garbage behind when it is opened, replaced or closed. */
    static final long BIG_DOCUMENT = 8L << 20;

    /** Quiet time after the last big change before the collection, so that a burst of them collects once. */
    static final long COMPACT_DELAY_MS = 1000;

    /** The collection waiting for its delay; touched on the worker thread only. */
    private java.util.concurrent.ScheduledFuture<?> pendingCompaction;

    /**
     * After a big document arrives or goes, collect once things are quiet, so that the JVM gives the copies made on
     * the way (the message, the parsed string) back to the system instead of keeping the heap at its peak until a
     * collection happens to run. The launcher's heap-free ratios decide how much is returned. The collection runs on
     * the worker, in order with the requests.
     */
    private void compactAfter(long chars) {
        if (chars < BIG_DOCUMENT) {
            return;
        }
        if (pendingCompaction != null) {
            pendingCompaction.cancel(false);
        }
        try {
            pendingCompaction = timer.schedule(() -> {
                try {
                    lane.execute(System::gc);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // shutting down
                }
            }, COMPACT_DELAY_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        lane.execute(() -> {
            if (params == null || params.getTextDocument() == null || params.getContentChanges() == null) {
                return;
            }
            Integer v = params.getTextDocument().getVersion();
            long before = documents.get(params.getTextDocument().getUri()).map(d -> d.text().length()).orElse(0L);
            long replaced = 0;
            for (var c : params.getContentChanges()) {
                if (c != null && c.getRange() == null) {
                    replaced = Math.max(replaced, Math.max(before, c.getText() == null ? 0 : c.getText().length()));
                }
            }
            documents.change(params.getTextDocument().getUri(), v == null ? 0 : v, params.getContentChanges(),
                    clientInfo.utf8());
            scheduleDiagnostics(params.getTextDocument().getUri());
            compactAfter(replaced);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        lane.execute(() -> {
            if (params != null && params.getTextDocument() != null && params.getTextDocument().getUri() != null) {
                long size = documents.get(params.getTextDocument().getUri()).map(d -> d.text().length()).orElse(0L);
                documents.close(params.getTextDocument().getUri());
                compactAfter(size);
                LanguageClient c = client;
                if (c != null) {
                    c.publishDiagnostics(new PublishDiagnosticsParams(params.getTextDocument().getUri(), List.of()));
                }
            }
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the text is already current through didChange
    }

    // ------------------------------------------------------------------------------------------------ features

    /** Runs a request on the worker, in order with document changes, honouring cancellation. */
    /**
     * The protocol's order: a request before {@code initialize} is answered ServerNotInitialized (-32002), one after
     * {@code shutdown} InvalidRequest; null when the request may run.
     */
    private <R> CompletableFuture<R> outOfOrder() {
        if (!initializeReceived) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.ServerNotInitialized, "the server is not initialized yet", null)));
        }
        if (shutdown) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidRequest, "the server is shutting down", null)));
        }
        return null;
    }

    private <R> CompletableFuture<R> request(Function<CancelChecker, R> work) {
        CompletableFuture<R> refused = outOfOrder();
        if (refused != null) {
            return refused;
        }
        return CompletableFutures.computeAsync(lane, cancel -> {
            cancel.checkCanceled();
            return work.apply(cancel);
        });
    }

    /** What a request answered on the reader thread sees: it cannot be cancelled, it is over before one is read. */
    private static final CancelChecker NOT_CANCELLED = () -> { };

    /**
     * Runs a request whose cost is bounded by a line (hover, completion) at once on the reader thread when nothing
     * else is queued or running and the catalog is loaded, which saves a thread hand-over per round trip; otherwise
     * like {@link #request}. Either way it sees every change sent before it.
     */
    private <R> CompletableFuture<R> quickRequest(Function<CancelChecker, R> work) {
        if (catalog.isDone() && initializeReceived && !shutdown) {
            CompletableFuture<R> answered = lane.runHere(() -> work.apply(NOT_CANCELLED));
            if (answered != null) {
                return answered;
            }
        }
        return request(work);
    }

    Catalog catalog() {
        loadCatalog();
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
        return quickRequest(cancel -> {
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
            String kind = md ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT;
            Hover code = HoverFeature.hover(ctx, line, col, texts(), md).map(r -> new Hover(
                    new MarkupContent(kind, r.content()), range(line, lineText, r.start(), r.end(),
                    utf8))).orElse(null);
            if (code != null) {
                return code;
            }
            // a config or RPZ value that names no code (rpz-drop., policy.PASS): what it does
            return WordHover.hover(ctx, line, col, texts(), md).map(r -> new Hover(new MarkupContent(kind,
                    r.content()), range(line, lineText, r.start(), r.end(), utf8))).orElse(null);
        });
    }

    private static Range range(int line, String lineText, int start, int end, boolean utf8) {
        return new Range(new Position(line, Positions.fromUtf16(lineText, start, utf8)),
                new Position(line, Positions.fromUtf16(lineText, end, utf8)));
    }

    // ------------------------------------------------------------------------------------------------ diagnostics

    /** Debounce: a burst of changes publishes diagnostics once, for the version current when the delay ends. */
    private static final long DIAGNOSTICS_DELAY_MS = 200;
    private final java.util.Map<String, java.util.concurrent.ScheduledFuture<?>> pendingDiagnostics =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Dialects whose documents are checked; logs and tool output are records, never diagnosed. */
    static boolean diagnosable(Dialect d) {
        return switch (d) {
            case COREFILE, UNBOUND_CONF, NAMED_CONF, LUA, YAML_CONF, ZONE -> true;
            default -> false;
        };
    }

    private void scheduleDiagnostics(String uri) {
        var previous = pendingDiagnostics.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
        try {
            pendingDiagnostics.put(uri, timer.schedule(() -> lane.execute(() -> publishDiagnostics(uri)),
                    DIAGNOSTICS_DELAY_MS, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void publishDiagnostics(String uri) {
        LanguageClient c = client;
        OpenDocument doc = documents.get(uri).orElse(null);
        if (c == null || doc == null) {
            return;
        }
        List<org.eclipse.lsp4j.Diagnostic> out = new java.util.ArrayList<>();
        // diagnostics run after every (debounced) change: documents above the per-change limit are left to
        // `rcode-ls check`
        if (settings.diagnostics() && diagnosable(doc.dialect()) && smallEnoughPerChange(doc)) {
            Convert cv = new Convert(doc.text(), clientInfo.utf8());
            for (Diagnostic d : DiagnosticsFeature.diagnose(context(doc), 0, doc.text().lineCount(), texts())) {
                out.add(cv.diagnostic(d));
            }
        }
        c.publishDiagnostics(new PublishDiagnosticsParams(uri, out, doc.version()));
    }

    /**
     * Requests that clients send again after every change (diagnostics, semantic tokens for the whole file, document
     * links) are answered for documents up to {@code rcode.maxFileMb} only; larger ones still get hover, completion
     * and range-scoped answers (semanticTokens/range, inlay hints), so typing in a 100 MB log never costs a
     * whole-document scan. `rcode-ls check` has no such limit.
     */
    private boolean smallEnoughPerChange(OpenDocument doc) {
        return doc.text().length() <= (long) settings.maxFileMb() * 1024 * 1024;
    }

    private TextContext context(OpenDocument doc) {
        return new TextContext(catalog(), doc.dialect(), doc.uri(), doc.text());
    }

    /** A range with both ends: LSP4J leaves a missing start or end null, and such a range names no place. */
    static boolean hasBothEnds(Range r) {
        return r != null && r.getStart() != null && r.getEnd() != null;
    }

    private OpenDocument document(org.eclipse.lsp4j.TextDocumentIdentifier id) {
        return id == null ? null : documents.get(id.getUri()).orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ completion

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return quickRequest(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !settings.completion() || params.getPosition() == null) {
                return Either.forRight(new CompletionList(false, List.of()));
            }
            int line = params.getPosition().getLine();
            if (line < 0 || line >= doc.text().lineCount()) {
                return Either.forRight(new CompletionList(false, List.of()));
            }
            Convert cv = new Convert(doc.text(), clientInfo.utf8());
            Completion result = CompletionFeature.complete(context(doc), line,
                    cv.column(line, params.getPosition().getCharacter()), texts());
            List<CompletionItem> items = new java.util.ArrayList<>();
            for (Completion.Item i : result.items()) {
                items.add(cv.item(i, clientInfo.snippets()));
            }
            return Either.forRight(new CompletionList(result.incomplete(), items));
        });
    }

    @Override
    public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
        return quickRequest(cancel -> {
            if (item == null) {
                return null;
            }
            String id = entryIdOf(item.getData());
            if (id != null) {
                boolean md = clientInfo.completionMarkdown();
                String doc = CompletionFeature.documentation(catalog(), texts(), id, md);
                if (doc != null && !doc.isBlank()) {
                    item.setDocumentation(new MarkupContent(md ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, doc));
                }
            }
            return item;
        });
    }

    /** The entry id from an item's data, whatever shape Gson gave it back in. */
    static String entryIdOf(Object data) {
        if (data instanceof com.google.gson.JsonObject o && o.has("entryId") && o.get("entryId").isJsonPrimitive()) {
            return o.get("entryId").getAsString();
        }
        if (data instanceof java.util.Map<?, ?> m && m.get("entryId") instanceof String s) {
            return s;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ actions

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !hasBothEnds(params.getRange())) {
                return List.of();
            }
            int line = params.getRange().getStart().getLine();
            if (line < 0 || line >= doc.text().lineCount()) {
                return List.of();
            }
            Convert cv = new Convert(doc.text(), clientInfo.utf8());
            int start = cv.column(line, params.getRange().getStart().getCharacter());
            int endLine = params.getRange().getEnd().getLine();
            int end = endLine == line ? cv.column(line, params.getRange().getEnd().getCharacter())
                    : doc.text().lineLength(line);
            TextContext ctx = context(doc);
            // our own diagnostics, matched to the ones the client sent back by code and range; a selection over
            // several lines sends those of every line, each diagnosed once
            List<Diagnostic> relevant = new java.util.ArrayList<>();
            if (diagnosable(doc.dialect()) && params.getContext() != null
                    && params.getContext().getDiagnostics() != null) {
                java.util.Map<Integer, List<Diagnostic>> byLine = new java.util.HashMap<>();
                for (var sent : params.getContext().getDiagnostics()) {
                    if (sent == null || !hasBothEnds(sent.getRange())) {
                        continue;
                    }
                    int at = sent.getRange().getStart().getLine();
                    if (at < 0 || at >= doc.text().lineCount() || byLine.size() > MAX_ACTION_LINES
                            && !byLine.containsKey(at)) {
                        continue;
                    }
                    List<Diagnostic> ours = byLine.computeIfAbsent(at,
                            l -> DiagnosticsFeature.diagnose(ctx, l, l + 1, texts()));
                    for (Diagnostic d : ours) {
                        var code = sent.getCode();
                        String sentCode = code == null ? null : code.isLeft() ? code.getLeft() : null;
                        if (d.code().equals(sentCode) && cv.range(d.line(), d.start(), d.end()).equals(sent.getRange())
                                && !relevant.contains(d)) {
                            relevant.add(d);
                        }
                    }
                }
            }
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            List<Either<Command, CodeAction>> out = new java.util.ArrayList<>();
            for (Action a : CodeActionsFeature.actions(ctx, line, start, end, relevant, texts())) {
                Either<Command, CodeAction> converted = cv.action(a, doc.uri());
                if (wanted(only, converted)) {
                    out.add(converted);
                }
            }
            return out;
        });
    }

    /** At most this many lines are diagnosed for one code action request (a select-all sends every diagnostic). */
    private static final int MAX_ACTION_LINES = 200;

    /**
     * Whether an action is of a kind the client asked for in {@code context.only} (kinds are hierarchical:
     * {@code refactor} takes {@code refactor.rewrite}); every action when it asked for none.
     */
    static boolean wanted(List<String> only, Either<Command, CodeAction> action) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        String kind = action.isRight() && action.getRight().getKind() != null ? action.getRight().getKind() : "";
        for (String k : only) {
            if (k != null && (kind.equals(k) || !k.isEmpty() && kind.startsWith(k + "."))) {
                return true;
            }
        }
        return false;
    }

    /** Command: every code as {id, title, summary, kind}, for pickers in clients (e.g. "Explain DNS code..."). */
    public static final String LIST = "rcode.list";

    private List<java.util.Map<String, String>> codeList() {
        Texts t = texts();
        List<java.util.Map<String, String>> out = new java.util.ArrayList<>();
        for (org.rcodels.catalog.Entry e : catalog().entries()) {
            out.add(java.util.Map.of("id", e.id(), "title", e.title(), "summary", t.content(e).summary(),
                    "kind", e.kind().name()));
        }
        return out;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return request(cancel -> {
            if (params == null || params.getCommand() == null) {
                return null;
            }
            List<String> args = new java.util.ArrayList<>();
            if (params.getArguments() != null) {
                for (Object o : params.getArguments()) {
                    if (o instanceof com.google.gson.JsonPrimitive p && p.isString()) {
                        args.add(p.getAsString());
                    } else if (o instanceof String str) {
                        args.add(str);
                    } else if (o != null) {
                        args.add(o.toString());
                    }
                }
            }
            if (LIST.equals(params.getCommand())) {
                return codeList();
            }
            boolean md = clientInfo.hoverMarkdown();
            return Commands.execute(catalog(), texts(), params.getCommand(), args, md).orElseThrow(() ->
                    new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                            "unknown command or arguments: " + params.getCommand() + " " + args, null)));
        });
    }

    // ------------------------------------------------------------------------------------------------ hints, links

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return request(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !settings.inlayHints() || !hasBothEnds(params.getRange())) {
                return List.of();
            }
            int from = Math.max(0, params.getRange().getStart().getLine());
            int to = (int) Math.min(doc.text().lineCount(), params.getRange().getEnd().getLine() + 1L);
            Convert cv = new Convert(doc.text(), clientInfo.utf8());
            List<InlayHint> out = new java.util.ArrayList<>();
            Position start = params.getRange().getStart();
            Position end = params.getRange().getEnd();
            Texts t = texts();
            for (InlayHintsFeature.Hint h : InlayHintsFeature.hints(context(doc), from, to)) {
                InlayHint hint = cv.hint(h);
                // within the range, to the character (a hint sits after its number: end 3:0 leaves line 3 out)
                if (compare(hint.getPosition(), start) >= 0 && compare(hint.getPosition(), end) <= 0) {
                    // the tooltip: what the code is, in a line ("SERVFAIL (2): The server failed to produce ...")
                    catalog().byId(h.entryId()).ifPresent(e -> hint.setTooltip(e.title() + ": " + t.content(e).summary()));
                    out.add(hint);
                }
            }
            return out;
        });
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        return request(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !smallEnoughPerChange(doc)) {
                return List.of();
            }
            Convert cv = new Convert(doc.text(), clientInfo.utf8());
            List<DocumentLink> out = new java.util.ArrayList<>();
            for (DocumentLinksFeature.Link l : DocumentLinksFeature.links(context(doc), 0, doc.text().lineCount())) {
                out.add(cv.link(l));
            }
            return out;
        });
    }

    // ------------------------------------------------------------------------------------------------ colouring

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(
            org.eclipse.lsp4j.SemanticTokensParams params) {
        return request(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !smallEnoughPerChange(doc)) {
                return new org.eclipse.lsp4j.SemanticTokens(List.of());
            }
            return encode(doc, 0, doc.text().lineCount());
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensRange(
            org.eclipse.lsp4j.SemanticTokensRangeParams params) {
        return request(cancel -> {
            OpenDocument doc = params == null ? null : document(params.getTextDocument());
            if (doc == null || !hasBothEnds(params.getRange())) {
                return new org.eclipse.lsp4j.SemanticTokens(List.of());
            }
            int from = Math.max(0, params.getRange().getStart().getLine());
            int to = (int) Math.min(doc.text().lineCount(), params.getRange().getEnd().getLine() + 1L);
            return encode(doc, from, to);
        });
    }

    /** LSP's relative encoding: delta line, delta start, length, type, modifiers. */
    private org.eclipse.lsp4j.SemanticTokens encode(OpenDocument doc, int from, int to) {
        Convert cv = new Convert(doc.text(), clientInfo.utf8());
        List<Integer> data = new java.util.ArrayList<>();
        int prevLine = 0;
        int prevStart = 0;
        for (SemanticTokensFeature.Token t : SemanticTokensFeature.tokens(context(doc), from, to)) {
            Position s = cv.pos(t.line(), t.start());
            Position e = cv.pos(t.line(), t.end());
            int dl = s.getLine() - prevLine;
            data.add(dl);
            data.add(dl == 0 ? s.getCharacter() - prevStart : s.getCharacter());
            data.add(e.getCharacter() - s.getCharacter());
            data.add(t.type());
            data.add(0);
            prevLine = s.getLine();
            prevStart = s.getCharacter();
        }
        return new org.eclipse.lsp4j.SemanticTokens(data);
    }
}
