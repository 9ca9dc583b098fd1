package org.rcodels.server.render;

/** Helpers for putting a user's word or a code's spelling inside a sentence of a message. */
public final class Sentence {
    private Sentence() {
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
