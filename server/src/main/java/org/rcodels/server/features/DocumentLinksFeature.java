package org.rcodels.server.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rcodels.server.scan.ScanContext;

/**
 * Document links for RFC references in any text ("RFC 8914", "RFC8914", "rfc 1035", "RFC 1035 section 4.1.1",
 * "RFC 1035 §4.1.1", "RFC 6891, Section 7", "Section 4.1.1 of RFC 1035") to the RFC Editor's HTML page with a
 * section anchor, and for Internet-Draft names ("draft-ietf-dnsop-extended-error-16") to the IETF Datatracker.
 * Bounded: at most {@link #MAX_LINKS} links per call, and only the first {@link #MAX_LINE} chars of a line.
 */
public final class DocumentLinksFeature {
    private DocumentLinksFeature() {
    }

    static final int MAX_LINKS = 2000;
    static final int MAX_LINE = 64 * 1024;
    /** How far back from a match the URL check looks for "://" in the same token. */
    private static final int URL_LOOKBACK = 2048;

    public record Link(int line, int start, int end, String url) {
    }

    private static final String SECTION = "(?:sections?|sect\\.|sec\\.|\u00a7)";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)*)";

    /** "RFC 1035", "RFC1035", "RFC-1035", with an optional "[,] section 4.1.1" / "§4.1.1" / "appendix A" after it. */
    private static final Pattern RFC = Pattern.compile(
            "\\bRFC[ \\t-]?(\\d{1,5})(?!\\d)(?:(?:[ \\t]*,)?[ \\t]*(?:" + SECTION + "[ \\t]*" + NUMBER
                    + "|appendix[ \\t]+([A-Z](?:\\.\\d+)*))(?![A-Za-z_]))?(?![A-Za-z_])",
            Pattern.CASE_INSENSITIVE);
    /** "Section 4.1.1 of RFC 1035", "§4.1.1 of RFC 1035". */
    private static final Pattern SECTION_OF = Pattern.compile(
            "(?<![\\w.])" + SECTION + "[ \\t]*" + NUMBER + "[ \\t]+(?:of|in)[ \\t]+\\[?RFC[ \\t-]?(\\d{1,5})(?![A-Za-z_\\d])",
            Pattern.CASE_INSENSITIVE);
    /**
     * "draft-ietf-dnsop-extended-error-16": lower-case words joined by hyphens, at least three after "draft" (two, as
     * in "draft-ietf-dnsop", is more often a working group's prefix than a draft).
     */
    private static final Pattern DRAFT = Pattern.compile(
            "(?<![\\w.-])draft-[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\\w-]*\\w)");
    private static final Pattern REVISION = Pattern.compile("-(\\d{2})$");

    public static List<Link> links(ScanContext ctx, int fromLine, int toLine) {
        List<Link> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        int from = Math.max(0, fromLine);
        int to = Math.min(ctx.lineCount(), toLine);
        for (int line = from; line < to && out.size() < MAX_LINKS; line++) {
            String text = ctx.line(line);
            if (text == null || text.isEmpty()) {
                continue;
            }
            links(line, text.length() > MAX_LINE ? text.substring(0, MAX_LINE) : text, out);
        }
        return out;
    }

    /** After "rfc1918": a member or a call, as code writes it ({@code :match(}, {@code .contains(}, {@code (}). */
    private static final Pattern CODE_AFTER = Pattern.compile("(?:[:.][A-Za-z_]\\w{0,30})?\\(");

    /**
     * Whether "rfc1918" is a name in code, not a reference: written in lower case without a blank, and followed by a
     * call or a member call ({@code rfc1918:match(...)}, {@code rfc1918.contains(ip)}, {@code rfc1918(ip)}). A file
     * name ({@code rfc1035.txt}) and a reference in capitals ({@code RFC6891(EDNS0)}) stay references.
     */
    private static boolean identifier(String text, int start, int end) {
        if (end >= text.length() || !text.startsWith("rfc", start) || !Character.isDigit(text.charAt(start + 3))) {
            return false;
        }
        Matcher m = CODE_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt();
    }

    /** Adds the links of one line, in column order. */
    static void links(int line, String text, List<Link> out) {
        boolean rfc = containsIgnoreCase(text, "rfc");
        boolean draft = text.contains("draft-");
        if (!rfc && !draft) {
            return;
        }
        List<Link> found = new ArrayList<>();
        if (rfc) {
            Matcher m = SECTION_OF.matcher(text);
            while (m.find()) {
                int n = rfcNumber(m.group(2));
                if (n > 0 && !inUrl(text, m.start())) {
                    found.add(new Link(line, m.start(), m.end(), rfcUrl(n, "section-" + m.group(1))));
                }
            }
            m = RFC.matcher(text);
            while (m.find()) {
                int n = rfcNumber(m.group(1));
                if (n <= 0 || inUrl(text, m.start()) || overlaps(found, m.start(), m.end())
                        || identifier(text, m.start(), m.end())) {
                    continue;
                }
                String anchor = m.group(2) != null ? "section-" + m.group(2)
                        : m.group(3) != null ? "appendix-" + m.group(3).toUpperCase(Locale.ROOT) : null;
                found.add(new Link(line, m.start(), m.end(), rfcUrl(n, anchor)));
            }
        }
        if (draft) {
            Matcher m = DRAFT.matcher(text);
            while (m.find()) {
                if (inUrl(text, m.start())) {
                    continue;
                }
                String name = m.group();
                String rev = null;
                Matcher r = REVISION.matcher(name);
                if (r.find()) {
                    rev = r.group(1);
                    name = name.substring(0, r.start());
                }
                found.add(new Link(line, m.start(), m.end(), "https://datatracker.ietf.org/doc/" + name + "/"
                        + (rev == null ? "" : rev + "/")));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Link l : found) {
            if (out.size() >= MAX_LINKS) {
                return;
            }
            out.add(l);
        }
    }

    static String rfcUrl(int n, String anchor) {
        String base = "https://www.rfc-editor.org/rfc/rfc" + n + ".html";
        return anchor == null ? base : base + "#" + anchor;
    }

    /** The RFC number without leading zeros, or -1 for 0 and for numbers no RFC will have for a long time. */
    private static int rfcNumber(String digits) {
        try {
            int n = Integer.parseInt(digits);
            return n > 0 && n < 100000 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean overlaps(List<Link> found, int start, int end) {
        for (Link l : found) {
            if (start < l.end() && end > l.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if position {@code at} lies inside a URL or path token ("https://www.rfc-editor.org/rfc/rfc8914.html",
     * "/usr/share/doc/rfc1035.txt"): the editor links URLs itself, and a file name is not a reference.
     */
    static boolean inUrl(String text, int at) {
        if (at > 0) {
            char p = text.charAt(at - 1);
            if (p == '/' || p == '.' || p == '#' || p == '=' || p == '\\') {
                return true;
            }
        }
        int stop = Math.max(0, at - URL_LOOKBACK);
        for (int i = at - 1; i >= stop; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == '<' || c == '"' || c == '\'' || c == '[') {
                return false;
            }
            if (c == '/' && i > 0 && text.charAt(i - 1) == '/' && i > 1 && text.charAt(i - 2) == ':') {
                return true;
            }
        }
        return false;
    }

    static boolean containsIgnoreCase(String text, String lowerNeedle) {
        int n = text.length() - lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        for (int i = 0; i <= n; i++) {
            char c = text.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first)
                    && text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }
}
