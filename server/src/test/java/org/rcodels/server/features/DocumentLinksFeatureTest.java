package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

class DocumentLinksFeatureTest {

    static List<DocumentLinksFeature.Link> links(String text) {
        TextContext ctx = ScanHarness.context(Dialect.TEXT, text);
        return DocumentLinksFeature.links(ctx, 0, ctx.lineCount());
    }

    /** Asserts one link over exactly {@code linked} (a substring of {@code line}) to {@code url}. */
    static void assertLink(String line, String linked, String url) {
        List<DocumentLinksFeature.Link> l = links(line);
        assertEquals(1, l.size(), line + " -> " + l);
        int start = line.indexOf(linked);
        assertEquals(new DocumentLinksFeature.Link(0, start, start + linked.length(), url), l.get(0), line);
    }

    static void assertNoLink(String line) {
        assertEquals(List.of(), links(line), line);
    }

    static final String RFC8914 = "https://www.rfc-editor.org/rfc/rfc8914.html";
    static final String RFC1035 = "https://www.rfc-editor.org/rfc/rfc1035.html";

    @Test
    void rfcNumbers() {
        assertLink("Extended errors are defined in RFC 8914.", "RFC 8914", RFC8914);
        assertLink("see RFC8914", "RFC8914", RFC8914);
        assertLink("# per rfc 1035, names are case-insensitive", "rfc 1035", RFC1035);
        assertLink("(RFC-1035)", "RFC-1035", RFC1035);
        assertLink("an RFC 8914-compliant resolver", "RFC 8914", RFC8914);
    }

    @Test
    void sections() {
        assertLink("RCODE is described in RFC 1035 section 4.1.1.", "RFC 1035 section 4.1.1",
                RFC1035 + "#section-4.1.1");
        assertLink("RFC 1035 §4.1.1", "RFC 1035 §4.1.1", RFC1035 + "#section-4.1.1");
        assertLink("see RFC 6891, Section 7 for BADVERS", "RFC 6891, Section 7",
                "https://www.rfc-editor.org/rfc/rfc6891.html#section-7");
        assertLink("Section 4.1.1 of RFC 1035 defines it", "Section 4.1.1 of RFC 1035", RFC1035 + "#section-4.1.1");
        assertLink("RFC 8914 Appendix A", "RFC 8914 Appendix A", RFC8914 + "#appendix-A");
        // Markdown: the reference is a link's text
        assertLink("see Section 4.1.1 of [RFC 1035](https://example.org/x) for the header", "Section 4.1.1 of [RFC 1035",
                RFC1035 + "#section-4.1.1");
    }

    @Test
    void drafts() {
        assertLink("see draft-ietf-dnsop-structured-dns-error for details",
                "draft-ietf-dnsop-structured-dns-error",
                "https://datatracker.ietf.org/doc/draft-ietf-dnsop-structured-dns-error/");
        assertLink("draft-ietf-dnsop-extended-error-16.", "draft-ietf-dnsop-extended-error-16",
                "https://datatracker.ietf.org/doc/draft-ietf-dnsop-extended-error/16/");
        // two words after "draft" are a working group's prefix more often than a draft
        assertNoLink("notes in draft-ietf-dnsop-* drafts");
        assertNoLink("the draft-ietf-dnsop WG");
        assertNoLink("the draft-release notes");
    }

    @Test
    void nearMisses() {
        assertNoLink("rfc1035_compliant = true");
        // a name in code
        assertNoLink("  if rfc1918:match(newCA(dq.remoteaddr:toString())) then");
        assertNoLink("return rfc1918.contains(ip)");
        assertLink("private ranges (rfc1918).", "rfc1918", "https://www.rfc-editor.org/rfc/rfc1918.html");
        // file names and capitals stay references
        assertLink("see rfc1035.txt for details", "rfc1035", "https://www.rfc-editor.org/rfc/rfc1035.html");
        assertLink("RFC6891(EDNS0) says", "RFC6891", "https://www.rfc-editor.org/rfc/rfc6891.html");
        assertNoLink("RFC 0");
        assertNoLink("RFCs are fun");
        assertNoLink("a draft-quality text");
        assertNoLink("https://www.rfc-editor.org/rfc/rfc8914.html");
        assertNoLink("/usr/share/doc/rfc/rfc1035.txt");
    }

    @Test
    void severalOnALineInOrder() {
        List<DocumentLinksFeature.Link> l = links("RFC 1035 and RFC 6891 (and draft-ietf-dnsop-rfc8109bis-05)");
        assertEquals(3, l.size(), l.toString());
        assertTrue(l.get(0).start() < l.get(1).start() && l.get(1).start() < l.get(2).start());
        assertEquals("https://datatracker.ietf.org/doc/draft-ietf-dnsop-rfc8109bis/05/", l.get(2).url());
    }

    @Test
    void bounded() {
        String line = "RFC 1035 ".repeat(3000);
        TextContext ctx = ScanHarness.context(Dialect.TEXT, line + "\n" + line);
        assertEquals(DocumentLinksFeature.MAX_LINKS, DocumentLinksFeature.links(ctx, 0, 2).size());
        // only the first 64 KB of a long line is looked at
        String longLine = "x".repeat(DocumentLinksFeature.MAX_LINE) + " RFC 1035";
        assertEquals(List.of(), links(longLine));
        // only the requested lines
        TextContext two = ScanHarness.context(Dialect.TEXT, "RFC 1035\nRFC 8914\n");
        List<DocumentLinksFeature.Link> l = DocumentLinksFeature.links(two, 1, 2);
        assertEquals(1, l.size());
        assertEquals(RFC8914, l.get(0).url());
    }
}
