package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;

/**
 * The dialect of an edited document is the one the same text gets when it is opened: a key that decides it, typed
 * anywhere the detection reads (the YAML configurations' top-level keys may follow a long comment header), changes
 * it at once, not after the file is reopened.
 */
class DocumentsDialectTest {

    private static String header(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append("# comment line ").append(i).append('\n');
        }
        return b.toString();
    }

    private static TextDocumentContentChangeEvent insertAt(int line, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(line, 0), new Position(line, 0)), text);
    }

    /** Types the text at the line one character at a time, as an editor sends it, and returns the final document. */
    private static OpenDocument type(Documents docs, String uri, int line, String text) {
        OpenDocument d = docs.get(uri).orElseThrow();
        int l = line;
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            var change = new TextDocumentContentChangeEvent(new Range(new Position(l, c), new Position(l, c)), ch);
            d = docs.change(uri, d.version() + 1, List.of(change), false).orElseThrow();
            if (ch.equals("\n")) {
                l++;
                c = 0;
            } else {
                c++;
            }
        }
        return d;
    }

    @Test
    void aKnotResolverKeyTypedBelowALongHeaderMakesTheFileAConfiguration() {
        String uri = "file:///etc/knot-resolver/config.yaml";
        Documents docs = new Documents();
        OpenDocument d = docs.open(uri, "yaml", 1, header(70));
        assertEquals(Dialect.TEXT, d.dialect(), "comments only: nothing decides yet");
        d = type(docs, uri, 70, "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: refuse\n");
        assertEquals(Dialect.YAML_CONF, d.dialect());
        assertEquals(new Documents().open(uri, "yaml", 1, d.text().text()).dialect(), d.dialect());
    }

    @Test
    void aDnsdistKeyFixedByAnIncrementalEditBelowLine64MakesTheFileAConfiguration() {
        String uri = "file:///etc/dnsdist/config.yml";
        StringBuilder b = new StringBuilder("binds:\n");
        for (int i = 0; i < 69; i++) {
            b.append("  - listen_address: 192.0.2.").append(i).append('\n');
        }
        b.append("query_rulez:\n  - name: x\n    selector: {type: QName, qname: x.example.}\n");
        Documents docs = new Documents();
        OpenDocument d = docs.open(uri, "yaml", 1, b.toString());
        assertEquals(Dialect.TEXT, d.dialect(), "binds: without backends: is not dnsdist's by itself");
        // query_rulez -> query_rules: replace the 'z' on line 70
        var fix = new TextDocumentContentChangeEvent(new Range(new Position(70, 10), new Position(70, 11)), "s");
        d = docs.change(uri, 2, List.of(fix), false).orElseThrow();
        assertEquals("query_rules:", d.text().line(70));
        assertEquals(Dialect.YAML_CONF, d.dialect());
    }

    @Test
    void anEditAnywhereGivesTheDialectOfTheSameTextOpenedFresh() {
        // a deciding key inserted on each line up to past the deepest line the detection reads
        for (int at = 0; at <= 300; at += 7) {
            String uri = "file:///srv/knot-resolver/config.yaml";
            Documents docs = new Documents();
            docs.open(uri, "yaml", 1, header(at) + "# tail\n");
            OpenDocument d = docs.change(uri, 2, List.of(insertAt(at, "local-data:\n  nodata: true\n")), false)
                    .orElseThrow();
            assertEquals(new Documents().open(uri, "yaml", 1, d.text().text()).dialect(), d.dialect(), "at " + at);
        }
    }
}
