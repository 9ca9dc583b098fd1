package org.rcodels.server.lsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.dialect.DialectDetector;
import org.rcodels.server.text.DocumentText;

/**
 * The open documents. Each is an immutable snapshot replaced on every change, so a request can keep working on the
 * version it started with. Only the worker thread mutates; anyone may read.
 */
public final class Documents {
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();

    public Optional<OpenDocument> get(String uri) {
        return uri == null ? Optional.empty() : Optional.ofNullable(open.get(uri));
    }

    public OpenDocument open(String uri, String languageId, int version, String text) {
        DocumentText t = DocumentText.of(text);
        OpenDocument d = new OpenDocument(uri, languageId, version, t, detect(uri, languageId, t));
        open.put(uri, d);
        return d;
    }

    /**
     * Applies changes in order. A change without a range replaces the whole text. The dialect is detected again only
     * when an edit touches the first lines, which is where detection looks.
     */
    public Optional<OpenDocument> change(String uri, int version, List<TextDocumentContentChangeEvent> changes,
                                         boolean utf8) {
        OpenDocument d = open.get(uri);
        if (d == null) {
            return Optional.empty();
        }
        DocumentText t = d.text();
        boolean redetect = false;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c == null) {
                continue;
            }
            String newText = c.getText() == null ? "" : c.getText();
            if (c.getRange() == null) {
                t = DocumentText.of(newText);
                redetect = true;
            } else {
                var r = c.getRange();
                if (r.getStart() == null || r.getEnd() == null) {
                    // a range without both ends names no place (LSP4J leaves a missing field null): skip it
                    continue;
                }
                int sl = r.getStart().getLine();
                int el = r.getEnd().getLine();
                int sc = column(t, sl, r.getStart().getCharacter(), utf8);
                int ec = column(t, el, r.getEnd().getCharacter(), utf8);
                t = t.replace(sl, sc, el, ec, newText);
                redetect |= Math.min(sl, el) < DialectDetector.MAX_SNIFF_LINES;
            }
        }
        Dialect dialect = redetect ? detect(uri, d.languageId(), t) : d.dialect();
        OpenDocument nd = new OpenDocument(uri, d.languageId(), version, t, dialect);
        open.put(uri, nd);
        return Optional.of(nd);
    }

    private static int column(DocumentText t, int line, int character, boolean utf8) {
        if (line < 0 || line >= t.lineCount()) {
            return character;
        }
        return utf8 ? Positions.toUtf16(t.line(line), character, true) : character;
    }

    public void close(String uri) {
        if (uri != null) {
            open.remove(uri);
        }
    }

    /** The uris of the open documents, at this moment. */
    public java.util.List<String> uris() {
        return java.util.List.copyOf(open.keySet());
    }

    public int size() {
        return open.size();
    }

    static Dialect detect(String uri, String languageId, DocumentText t) {
        return DialectDetector.detect(uri, languageId, t.lineCount(), t::line);
    }
}
