package org.rcodels.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The prose of one entry in one language. {@code useWhen} says when a server should send the code; it feeds
 * "when to use which" in comparisons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Content(String summary, String description, String whenYouSeeIt, String howToFix, String useWhen) {

    /** Field names, in the order they are shown, as they appear in data files. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("summary", "description", "whenYouSeeIt", "howToFix", "useWhen");

    public String field(String name) {
        return switch (name) {
            case "summary" -> summary;
            case "description" -> description;
            case "whenYouSeeIt" -> whenYouSeeIt;
            case "howToFix" -> howToFix;
            case "useWhen" -> useWhen;
            default -> throw new IllegalArgumentException("no content field " + name);
        };
    }

    /** This content with every missing field taken from {@code fallback}. */
    public Content orElse(Content fallback) {
        if (fallback == null) {
            return this;
        }
        return new Content(pick(summary, fallback.summary), pick(description, fallback.description),
                pick(whenYouSeeIt, fallback.whenYouSeeIt), pick(howToFix, fallback.howToFix),
                pick(useWhen, fallback.useWhen));
    }

    private static String pick(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
