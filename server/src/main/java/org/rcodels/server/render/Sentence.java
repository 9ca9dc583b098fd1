package org.rcodels.server.render;

/** Helpers for putting a user's word or a code's spelling inside a sentence of a message. */
public final class Sentence {
    private Sentence() {
    }

    /** Longest input repeated in a message; a longer one (a pasted file, a 1 MB argument) is cut. */
    public static final int MAX_SHOWN = 80;

    /** The user's input as a message repeats it: cut to {@link #MAX_SHOWN} chars, never inside a character. */
    public static String cut(String input) {
        if (input.length() <= MAX_SHOWN) {
            return input;
        }
        int end = Character.isLowSurrogate(input.charAt(MAX_SHOWN)) ? MAX_SHOWN - 1 : MAX_SHOWN;
        return input.substring(0, end) + "\u2026";
    }

    /**
     * The word in double quotes when it holds a space or ends with punctuation, so that "rpz-drp." or "No such
     * name" cannot run into the sentence's own full stop or question mark; other words as they are.
     */
    public static String quoted(String word) {
        if (word.isEmpty()) {
            return "\"\"";
        }
        char last = word.charAt(word.length() - 1);
        boolean punct = switch (Character.getType(last)) {
            case Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
        boolean space = false;
        for (int i = 0; i < word.length() && !space; i++) {
            space = Character.isWhitespace(word.charAt(i));
        }
        return punct || space ? "\"" + word + "\"" : word;
    }
}
