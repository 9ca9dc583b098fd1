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

    @Test
    void bidiAndZeroWidthControlsTakeNoColumns() {
        assertEquals(8, TextWidth.of("\u2067\u2066NXDOMAIN\u2069\u2069"), "isolates");
        assertEquals(4, TextWidth.of("\u200F\u200E\u061C\u202B\u202C代码\u200B\u200D\u2060\uFEFF"), "marks, embeddings");
        assertEquals(3, TextWidth.of("\u2068ابت\u2069"));
    }
}
