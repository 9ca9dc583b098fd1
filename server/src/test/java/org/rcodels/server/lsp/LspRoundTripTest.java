package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One in-process protocol round trip over piped streams, the way LSP4J tests its own launcher. */
class LspRoundTripTest {

    static final String DIG = """
            ; <<>> DiG 9.18.28 <<>> nonexistent.example.com
            ;; Got answer:
            ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 43575
            ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1
            """;

    /** A client that ignores what the server sends it. */
    static class QuietClient implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    private CompletableFuture<Integer> serverExit;
    private LanguageServer server;
    private PipedOutputStream toServer;

    LanguageServer connect() throws IOException {
        return connect(new QuietClient());
    }

    LanguageServer connect(LanguageClient receiver) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream fromServer = new PipedOutputStream(clientIn);
        serverExit = CompletableFuture.supplyAsync(() -> ServerLauncher.start(serverIn, fromServer));
        Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(receiver, clientIn, toServer);
        client.startListening();
        server = client.getRemoteProxy();
        return server;
    }

    @AfterEach
    void close() throws IOException {
        if (toServer != null) {
            toServer.close();
        }
    }

    static InitializeParams init(String locale, List<String> encodings, String hoverFormat) {
        InitializeParams p = new InitializeParams();
        p.setLocale(locale);
        ClientCapabilities caps = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        caps.setGeneral(general);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(List.of(hoverFormat), false));
        caps.setTextDocument(td);
        p.setCapabilities(caps);
        return p;
    }

    static Hover hover(LanguageServer s, String uri, int line, int col) throws Exception {
        return s.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, col)))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void hoverFollowsIncrementalEditsAndTheServerExitsCleanly() throws Exception {
        LanguageServer s = connect();
        InitializeResult r = s.initialize(init("en", List.of("utf-16"), MarkupKind.MARKDOWN)).get(10, TimeUnit.SECONDS);
        assertEquals("utf-16", r.getCapabilities().getPositionEncoding());
        s.initialized(new InitializedParams());
        String uri = "file:///tmp/answer.txt";
        s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, DIG)));

        int col = DIG.lines().toList().get(2).indexOf("NXDOMAIN") + 2;
        Hover h = hover(s, uri, 2, col);
        assertNotNull(h, "hover on NXDOMAIN");
        assertEquals(MarkupKind.MARKDOWN, h.getContents().getRight().getKind());
        assertTrue(h.getContents().getRight().getValue().contains("NXDOMAIN"), h.getContents().getRight().getValue());
        assertEquals(new Range(new Position(2, col - 2), new Position(2, col - 2 + 8)), h.getRange());

        // replace NXDOMAIN by SERVFAIL with an incremental edit; the next hover must see it
        TextDocumentContentChangeEvent edit = new TextDocumentContentChangeEvent(
                new Range(new Position(2, col - 2), new Position(2, col - 2 + 8)), "SERVFAIL");
        s.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2), List.of(edit)));
        Hover h2 = hover(s, uri, 2, col);
        assertNotNull(h2);
        assertTrue(h2.getContents().getRight().getValue().contains("SERVFAIL"), h2.getContents().getRight().getValue());

        // nothing at a blank place, nothing past the end, nothing for an unknown document
        assertNull(hover(s, uri, 0, 0));
        assertNull(hover(s, uri, 999, 5));
        assertNull(hover(s, "file:///nowhere.txt", 2, col));

        s.shutdown().get(10, TimeUnit.SECONDS);
        s.exit();
        assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void pipelinedEditsAndHoversAnswerEachHoverOnTheTextBeforeIt() throws Exception {
        // hovers are answered on the reader thread when nothing is queued, otherwise after the queued edits: sent
        // without waiting, each must still see exactly the edits sent before it (the range gives the word's length)
        LanguageServer s = connect();
        s.initialize(init("en", List.of("utf-16"), MarkupKind.MARKDOWN)).get(10, TimeUnit.SECONDS);
        s.initialized(new InitializedParams());
        String uri = "file:///tmp/pipelined.txt";
        s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, DIG)));
        int start = DIG.lines().toList().get(2).indexOf("NXDOMAIN");
        assertNotNull(hover(s, uri, 2, start + 1), "the catalog is loaded and the document open");
        String[] words = {"REFUSED", "NOTIMP", "NXDOMAIN", "SERVFAIL", "FORMERR", "NOERROR"};
        String current = "NXDOMAIN";
        List<CompletableFuture<Hover>> hovers = new java.util.ArrayList<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (i % 4 != 3) {
                String next = words[i % words.length];
                s.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, i + 2), List.of(new TextDocumentContentChangeEvent(
                                new Range(new Position(2, start), new Position(2, start + current.length())), next))));
                current = next;
            }
            hovers.add(s.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(2, start + 1))));
            expected.add(current);
            if (i % 50 == 49) {
                // let the queue empty now and then, so that the next hovers take the quick path
                hovers.get(hovers.size() - 1).get(10, TimeUnit.SECONDS);
                Thread.sleep(5);
            }
        }
        for (int i = 0; i < hovers.size(); i++) {
            Hover h = hovers.get(i).get(10, TimeUnit.SECONDS);
            assertNotNull(h, "hover " + i);
            assertEquals(new Range(new Position(2, start), new Position(2, start + expected.get(i).length())),
                    h.getRange(), "hover " + i + " should see " + expected.get(i));
            assertTrue(h.getContents().getRight().getValue().contains(expected.get(i)), "hover " + i);
        }
        s.shutdown().get(10, TimeUnit.SECONDS);
        s.exit();
        assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void utf8PositionsAndPlainTextWhenTheClientAsks() throws Exception {
        LanguageServer s = connect();
        InitializeResult r = s.initialize(init("fr-CA", List.of("utf-8", "utf-16"), MarkupKind.PLAINTEXT))
                .get(10, TimeUnit.SECONDS);
        assertEquals("utf-8", r.getCapabilities().getPositionEncoding());
        String text = "; قبل 😀 ;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 7\n";
        String uri = "file:///tmp/x.dig";
        s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        int utf16 = text.indexOf("SERVFAIL");
        int utf8 = text.substring(0, utf16).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Hover h = hover(s, uri, 0, utf8 + 1);
        assertNotNull(h, "hover at a UTF-8 column");
        assertEquals(MarkupKind.PLAINTEXT, h.getContents().getRight().getKind());
        assertEquals(utf8, h.getRange().getStart().getCharacter());
        assertEquals(utf8 + 8, h.getRange().getEnd().getCharacter());
        // end of input without shutdown: the server stops with a non-zero code
        toServer.close();
        assertEquals(1, serverExit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void completionQuickFixCommandsHintsAndColouringOverTheProtocol() throws Exception {
        LanguageServer s = connect();
        s.initialize(init("en", List.of("utf-16"), MarkupKind.MARKDOWN)).get(10, TimeUnit.SECONDS);
        s.initialized(new InitializedParams());
        String uri = "file:///tmp/Corefile";
        String corefile = "example.org {\n    template IN A example.org {\n        rcode NXDOMIAN\n    }\n}\n";
        s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "corefile", 1, corefile)));
        var ts = s.getTextDocumentService();

        // completion after "rcode " offers the names CoreDNS accepts; resolve adds the documentation
        var list = ts.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri), new Position(2, 14)))
                .get(10, TimeUnit.SECONDS).getRight();
        List<String> labels = list.getItems().stream().map(org.eclipse.lsp4j.CompletionItem::getLabel).toList();
        assertTrue(labels.contains("NXDOMAIN") && labels.contains("SERVFAIL"), labels.toString());
        var item = list.getItems().stream().filter(i -> i.getLabel().equals("NXDOMAIN")).findFirst().orElseThrow();
        var resolved = ts.resolveCompletionItem(item).get(10, TimeUnit.SECONDS);
        assertTrue(resolved.getDocumentation().getRight().getValue().contains("NXDOMAIN"));

        // the misspelling has a quick fix whose edit is the right name
        org.eclipse.lsp4j.Diagnostic sent = new org.eclipse.lsp4j.Diagnostic(
                new Range(new Position(2, 14), new Position(2, 22)), "unknown");
        sent.setCode("rcode.unknown-name");
        var actions = ts.codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(new Position(2, 14), new Position(2, 22)),
                new org.eclipse.lsp4j.CodeActionContext(List.of(sent)))).get(10, TimeUnit.SECONDS);
        var fix = actions.stream().map(a -> a.getRight()).filter(a -> "quickfix".equals(a.getKind())).findFirst()
                .orElseThrow(() -> new AssertionError("no quick fix in " + actions));
        var edit = fix.getEdit().getChanges().get(uri).get(0);
        assertEquals("NXDOMAIN", edit.getNewText());
        assertEquals(new Range(new Position(2, 14), new Position(2, 22)), edit.getRange());

        // the server renders explanations and comparisons for the client's commands
        Object explained = s.getWorkspaceService().executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
                "rcode.compare", List.of("rcode:3", "pseudo:nodata"))).get(10, TimeUnit.SECONDS);
        assertTrue(String.valueOf(explained).contains("NODATA"), String.valueOf(explained));

        // colouring and hints are range-scoped
        String log = "[ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:1->10.0.0.2:53: i/o timeout\n";
        String logUri = "file:///tmp/coredns.log";
        ts.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(logUri, "log", 1, log)));
        var hints = ts.inlayHint(new org.eclipse.lsp4j.InlayHintParams(new TextDocumentIdentifier(logUri),
                new Range(new Position(0, 0), new Position(1, 0)))).get(10, TimeUnit.SECONDS);
        assertEquals(1, hints.size(), hints.toString());
        assertTrue(hints.get(0).getLabel().getLeft().contains("SERVFAIL"));
        // to the character: a range from inside line 0 to the start of line 2 holds line 1's hint only
        String three = log + log.replace(": 2 ", ": 3 ") + log.replace(": 2 ", ": 5 ");
        String threeUri = "file:///tmp/coredns3.log";
        ts.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(threeUri, "log", 1, three)));
        var middle = ts.inlayHint(new org.eclipse.lsp4j.InlayHintParams(new TextDocumentIdentifier(threeUri),
                new Range(new Position(0, 30), new Position(2, 0)))).get(10, TimeUnit.SECONDS);
        assertEquals(1, middle.size(), middle.toString());
        assertEquals(1, middle.get(0).getPosition().getLine());
        assertTrue(middle.get(0).getLabel().getLeft().contains("NXDOMAIN"), middle.toString());
        // with a tooltip that says what the code is
        assertTrue(middle.get(0).getTooltip().getLeft().startsWith("NXDOMAIN (3): "), middle.toString());
        var tokens = ts.semanticTokensRange(new org.eclipse.lsp4j.SemanticTokensRangeParams(
                new TextDocumentIdentifier(logUri), new Range(new Position(0, 0), new Position(1, 0))))
                .get(10, TimeUnit.SECONDS);
        // one token: line 0, the "2", length 1, type dnsCodeError (0)
        assertEquals(List.of(0, log.indexOf(": 2") + 2, 1, 0, 0), tokens.getData());
        s.shutdown().get(10, TimeUnit.SECONDS);
        s.exit();
        assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
    }

    /** The error code of a request that failed with a JSON-RPC error. */
    static int errorCode(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException r) {
                return r.getResponseError().getCode();
            }
            throw e;
        }
        throw new AssertionError("the request was answered");
    }

    @Test
    void aKnotResolverYamlConfigIsHoveredCheckedAndCompleted() throws Exception {
        var published = new java.util.concurrent.LinkedBlockingQueue<PublishDiagnosticsParams>();
        LanguageServer s = connect(new QuietClient() {
            @Override
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                published.add(p);
            }
        });
        s.initialize(init("fr", List.of("utf-16"), MarkupKind.MARKDOWN)).get(10, TimeUnit.SECONDS);
        s.initialized(new InitializedParams());
        var ts = s.getTextDocumentService();
        // VS Code sends the file as "yaml": the server knows it by its folder
        String uri = "file:///etc/knot-resolver/config.yaml";
        String yaml = "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: refused\n"
                + "local-data:\n  rules:\n    - name: ads.example.\n      subtree: nxdomian\n";
        ts.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, yaml)));
        PublishDiagnosticsParams diags = published.poll(10, TimeUnit.SECONDS);
        assertNotNull(diags);
        assertEquals(1, diags.getDiagnostics().size(), diags.toString());
        assertEquals(new Range(new Position(6, 15), new Position(6, 23)), diags.getDiagnostics().get(0).getRange());

        // the view's answer: refused is REFUSED, explained in the client's language
        Hover h = hover(s, uri, 2, 14);
        assertNotNull(h);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("REFUSED") && md.contains("Knot Resolver"), md);
        assertTrue(md.contains("Comment"), "French sections: " + md);

        var list = ts.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(uri),
                new Position(6, 15))).get(10, TimeUnit.SECONDS).getRight();
        assertEquals(List.of("empty", "nxdomain", "redirect"),
                list.getItems().stream().map(org.eclipse.lsp4j.CompletionItem::getLabel).toList());
        s.shutdown().get(10, TimeUnit.SECONDS);
        s.exit();
    }

    @Test
    void lifecycleOrderSelectionsOnlyKindsAndSettingsThatRepublish() throws Exception {
        var published = new java.util.concurrent.LinkedBlockingQueue<PublishDiagnosticsParams>();
        LanguageServer s = connect(new QuietClient() {
            @Override
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                published.add(p);
            }
        });
        var ts = s.getTextDocumentService();
        String uri = "file:///tmp/Corefile";
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        // before initialize: ServerNotInitialized
        assertEquals(-32002, errorCode(ts.hover(new HoverParams(id, new Position(0, 0)))));
        s.initialize(init("en", List.of("utf-16"), MarkupKind.MARKDOWN)).get(10, TimeUnit.SECONDS);
        s.initialized(new InitializedParams());
        String corefile = "example.org {\n    template IN A a.example.org {\n        rcode NXDOMIAN\n    }\n"
                + "    template IN A b.example.org {\n        rcode SERVFALE\n    }\n}\n";
        ts.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "corefile", 1, corefile)));
        PublishDiagnosticsParams first = published.poll(10, TimeUnit.SECONDS);
        assertNotNull(first);
        assertEquals(2, first.getDiagnostics().size(), first.toString());

        // a selection over both lines, with both diagnostics sent back: a fix for each
        var actions = ts.codeAction(new org.eclipse.lsp4j.CodeActionParams(id,
                new Range(new Position(0, 0), new Position(7, 1)),
                new org.eclipse.lsp4j.CodeActionContext(first.getDiagnostics()))).get(10, TimeUnit.SECONDS);
        List<String> newTexts = actions.stream().map(a -> a.getRight()).filter(a -> "quickfix".equals(a.getKind()))
                .map(a -> a.getEdit().getChanges().get(uri).get(0).getNewText()).toList();
        assertEquals(List.of("NXDOMAIN", "SERVFAIL"), newTexts);

        // context.only: quick fixes only, then no quick fixes at all
        Range typo = first.getDiagnostics().get(0).getRange();
        var onlyFixes = new org.eclipse.lsp4j.CodeActionContext(first.getDiagnostics());
        onlyFixes.setOnly(List.of("quickfix"));
        var fixes = ts.codeAction(new org.eclipse.lsp4j.CodeActionParams(id, typo, onlyFixes)).get(10, TimeUnit.SECONDS);
        assertTrue(!fixes.isEmpty() && fixes.stream().allMatch(a -> "quickfix".equals(a.getRight().getKind())),
                fixes.toString());
        var onlyRefactor = new org.eclipse.lsp4j.CodeActionContext(first.getDiagnostics());
        onlyRefactor.setOnly(List.of("refactor"));
        var none = ts.codeAction(new org.eclipse.lsp4j.CodeActionParams(id, typo, onlyRefactor))
                .get(10, TimeUnit.SECONDS);
        assertTrue(none.stream().noneMatch(a -> "quickfix".equals(a.getRight().getKind())
                || "".equals(a.getRight().getKind())), none.toString());

        // turning diagnostics off clears them at once; on again publishes them, without an edit
        s.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                java.util.Map.of("rcode", java.util.Map.of("diagnostics", false))));
        PublishDiagnosticsParams off = published.poll(10, TimeUnit.SECONDS);
        assertNotNull(off);
        assertEquals(List.of(), off.getDiagnostics());
        s.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                java.util.Map.of("rcode", java.util.Map.of("diagnostics", true))));
        PublishDiagnosticsParams on = published.poll(10, TimeUnit.SECONDS);
        assertNotNull(on);
        assertEquals(2, on.getDiagnostics().size());

        // after shutdown: InvalidRequest
        s.shutdown().get(10, TimeUnit.SECONDS);
        assertEquals(-32600, errorCode(ts.hover(new HoverParams(id, new Position(2, 16)))));
        s.exit();
        assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void denyMsgIsInsertedAsACallForClientsThatTakeSnippets() throws Exception {
        for (boolean snippets : new boolean[] {true, false}) {
            LanguageServer s = connect();
            InitializeParams p = init("en", List.of("utf-16"), MarkupKind.MARKDOWN);
            var item = new org.eclipse.lsp4j.CompletionItemCapabilities(snippets);
            p.getCapabilities().getTextDocument().setCompletion(new org.eclipse.lsp4j.CompletionCapabilities(item));
            s.initialize(p).get(10, TimeUnit.SECONDS);
            s.initialized(new InitializedParams());
            String uri = "file:///etc/knot-resolver/kresd.conf";
            String text = "policy.add(policy.suffix(policy.DENY_, {todname('ads.example.')}))\n";
            s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lua", 1, text)));
            var list = s.getTextDocumentService().completion(new org.eclipse.lsp4j.CompletionParams(
                    new TextDocumentIdentifier(uri), new Position(0, text.indexOf("DENY_") + 5)))
                    .get(10, TimeUnit.SECONDS).getRight();
            var msg = list.getItems().stream().filter(i -> i.getLabel().equals("DENY_MSG")).findFirst().orElseThrow();
            if (snippets) {
                assertEquals(org.eclipse.lsp4j.InsertTextFormat.Snippet, msg.getInsertTextFormat());
                assertEquals("DENY_MSG('${1:message}')", msg.getTextEdit().getLeft().getNewText());
            } else {
                assertNull(msg.getInsertTextFormat());
                // called without arguments: the bare function would be called as the action itself (an error at
                // query time)
                assertEquals("DENY_MSG()", msg.getTextEdit().getLeft().getNewText());
            }
            s.shutdown().get(10, TimeUnit.SECONDS);
            s.exit();
            assertEquals(0, serverExit.get(10, TimeUnit.SECONDS));
            close();
        }
    }
}
