package org.rcodels.server.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.rcodels.server.features.Action;
import org.rcodels.server.features.Completion;
import org.rcodels.server.features.Diagnostic;
import org.rcodels.server.features.DocumentLinksFeature;
import org.rcodels.server.features.InlayHintsFeature;
import org.rcodels.server.text.DocumentText;

/** Converts pure feature results to LSP4J types, positions included (UTF-16 columns to the client's encoding). */
final class Convert {
    private final DocumentText text;
    private final boolean utf8;

    Convert(DocumentText text, boolean utf8) {
        this.text = text;
        this.utf8 = utf8;
    }

    Position pos(int line, int column) {
        if (!utf8 || line < 0 || line >= text.lineCount()) {
            return new Position(line, column);
        }
        return new Position(line, Positions.fromUtf16(text.line(line), column, true));
    }

    Range range(int line, int start, int end) {
        return new Range(pos(line, start), pos(line, end));
    }

    /** A client column on a line, as a UTF-16 column. */
    int column(int line, int clientColumn) {
        if (line < 0 || line >= text.lineCount()) {
            return clientColumn;
        }
        return Positions.toUtf16(text.line(line), clientColumn, utf8);
    }

    CompletionItem item(Completion.Item i) {
        return item(i, false);
    }

    /** With {@code snippets} (the client takes them), an item's snippet replaces its plain text. */
    CompletionItem item(Completion.Item i, boolean snippets) {
        CompletionItem c = new CompletionItem(i.label());
        c.setKind(switch (i.kind()) {
            case CONSTANT -> CompletionItemKind.Constant;
            case ENUM_MEMBER -> CompletionItemKind.EnumMember;
            case KEYWORD -> CompletionItemKind.Keyword;
            case VALUE -> CompletionItemKind.Value;
        });
        c.setDetail(i.detail());
        if (i.sortText() != null) {
            c.setSortText(i.sortText());
        }
        boolean snippet = snippets && i.snippet() != null;
        c.setTextEdit(Either.forLeft(new TextEdit(range(i.line(), i.start(), i.end()),
                snippet ? i.snippet() : i.insertText())));
        if (snippet) {
            c.setInsertTextFormat(org.eclipse.lsp4j.InsertTextFormat.Snippet);
        }
        if (i.entryId() != null) {
            c.setData(Map.of("entryId", i.entryId()));
        }
        return c;
    }

    org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d) {
        org.eclipse.lsp4j.Diagnostic x = new org.eclipse.lsp4j.Diagnostic(range(d.line(), d.start(), d.end()),
                d.message());
        x.setSeverity(switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        });
        x.setCode(d.code());
        x.setSource(RcodeServer.NAME);
        if (d.href() != null) {
            x.setCodeDescription(new DiagnosticCodeDescription(d.href()));
        }
        return x;
    }

    Either<Command, CodeAction> action(Action a, String uri) {
        CodeAction c = new CodeAction(a.title());
        c.setKind(switch (a.kind()) {
            case QUICKFIX -> CodeActionKind.QuickFix;
            case REFACTOR -> CodeActionKind.RefactorRewrite;
            case INFO -> CodeActionKind.Empty;
        });
        if (!a.edits().isEmpty()) {
            List<TextEdit> edits = new ArrayList<>();
            for (Action.Edit e : a.edits()) {
                edits.add(new TextEdit(range(e.line(), e.start(), e.end()), e.text()));
            }
            c.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        }
        if (a.command() != null) {
            c.setCommand(new Command(a.title(), a.command(), new ArrayList<>(a.arguments())));
        }
        if (a.fixes() != null) {
            c.setDiagnostics(List.of(diagnostic(a.fixes())));
        }
        if (a.preferred()) {
            c.setIsPreferred(true);
        }
        return Either.forRight(c);
    }

    InlayHint hint(InlayHintsFeature.Hint h) {
        InlayHint x = new InlayHint(pos(h.line(), h.column()), Either.forLeft(h.label()));
        x.setKind(InlayHintKind.Type);
        x.setPaddingLeft(true);
        return x;
    }

    DocumentLink link(DocumentLinksFeature.Link l) {
        return new DocumentLink(range(l.line(), l.start(), l.end()), l.url());
    }
}
