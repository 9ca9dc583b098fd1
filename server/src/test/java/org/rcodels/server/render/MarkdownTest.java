package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void plainWordsAreUntouched() {
        assertEquals("NXDOMAIN (3) means the name does not exist.",
                Markdown.escape("NXDOMAIN (3) means the name does not exist."));
        assertEquals("", Markdown.escape(null));
        assertEquals("لا يوجد اسم", Markdown.escape("لا يوجد اسم"));
    }

    @Test
    void inlineMarkupIsEscaped() {
        assertEquals("\\*bold\\* \\_em\\_ \\`code\\` a\\|b \\~\\~s\\~\\~", Markdown.escape("*bold* _em_ `code` a|b ~~s~~"));
        assertEquals("a \\\\ b", Markdown.escape("a \\ b"));
        assertEquals("\\&amp; \\&#65;", Markdown.escape("&amp; &#65;"));
    }

    @Test
    void linksImagesAutolinksAndHtmlAreNeutralised() {
        String s = Markdown.escape("[click](https://evil.example) ![img](x.png) <https://a.example> <b>x</b>");
        assertFalse(s.matches("(?s).*(?<!\\\\)]\\(.*"), s);
        assertFalse(s.matches("(?s).*(?<!\\\\)\\[.*"), s);
        assertFalse(s.matches("(?s).*(?<!\\\\)<.*"), s);
        assertTrue(s.contains("\\!\\[img\\]"), s);
    }

    @Test
    void commandUrisAreBroken() {
        assertEquals("command\\:workbench.action.quit", Markdown.escape("command:workbench.action.quit"));
        assertEquals("\\[x\\](COMMAND\\:evil)", Markdown.escape("[x](COMMAND:evil)"));
        assertEquals("a: b", Markdown.escape("a: b"));
    }

    @Test
    void blockMarkersAtLineStartsAreEscaped() {
        assertEquals("\\# not a heading\n\\- not a list\n  \\> not a quote\n1\\. not ordered\n\\===",
                Markdown.escape("# not a heading\n- not a list\n  > not a quote\n1. not ordered\n==="));
        assertEquals("a - b # c 1. d", Markdown.escape("a - b # c 1. d"));
    }

    @Test
    void codeSpansHoldAnyText() {
        assertEquals("`NOTIMPL`", Markdown.code("NOTIMPL"));
        assertEquals("``a`b``", Markdown.code("a`b"));
        assertEquals("`` `x` ``", Markdown.code("`x`"));
        assertEquals("`a b`", Markdown.code("a\nb"));
    }

    @Test
    void linksOnlyForHttpUrls() {
        assertEquals("[RFC 1035](https://www.rfc-editor.org/rfc/rfc1035.html)",
                Markdown.link("RFC 1035", "https://www.rfc-editor.org/rfc/rfc1035.html"));
        assertEquals("x", Markdown.link("x", "command:evil"));
        assertEquals("\\[x\\]", Markdown.link("[x]", null));
    }
}
