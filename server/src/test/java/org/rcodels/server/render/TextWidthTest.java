package org.rcodels.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void wideCharactersTakeTwoColumns() {
        assertEquals(8, TextWidth.of("NXDOMAIN"));
        assertEquals(4, TextWidth.of("回数"));
        assertEquals(6, TextWidth.of("コード"));
        assertEquals(4, TextWidth.of("代码"));
        assertEquals(4, TextWidth.of("１２"));
        assertEquals(6, TextWidth.of("Código"), "an accented letter is one column");
        assertEquals(5, TextWidth.of("Число"));
        assertEquals(2, TextWidth.of("\uD840\uDC0B"), "a supplementary ideograph is one code point of width two");
        assertEquals(0, TextWidth.of(""));
    }
}
