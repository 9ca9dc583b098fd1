package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;

/**
 * Arabic output of {@code explain} and {@code compare} through the real entry point: every line is well-formed on its
 * own and starts right to left, the lines the commands print themselves (an ambiguous code's "16 has 2 meanings")
 * included, and no left-to-right isolate splits a pair of brackets or quotes. Left-to-right languages get no controls.
 */
class BidiCliTest {
    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    static final List<List<String>> COMMANDS = List.of(
            List.of("explain", "16"),
            List.of("explain", "NOTAUTH"),
            List.of("explain", "?22"),
            List.of("explain", "policy.DROP"),
            List.of("explain", "nodata"),
            List.of("explain", "2", "ede", "18"),
            List.of("explain", "BADVERS"),
            List.of("explain", "BADCOOKIE"),
            List.of("explain", "ede", "4", "opcode", "5"),
            List.of("explain", "9003"),
            List.of("explain", "refuse"),
            List.of("compare", "16", "BADKEY"),
            List.of("compare", "NOTAUTH", "16"),
            List.of("compare", "12", "13"),
            List.of("compare", "3", "nodata"));

    static String out(String lang, String format, Map<String, String> env, List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--format", format));
        CliTest.Result r = CliTest.run(env, args.toArray(String[]::new));
        assertEquals(0, r.status(), () -> args + ": " + r.err());
        assertEquals("", r.err(), args::toString);
        return r.out();
    }

    static boolean control(char c) {
        return c >= LRI && c <= PDI;
    }

    /** Null when the line opens and closes its isolates itself and does not start with a PDI, else why not. */
    static String malformed(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == LRI || ch == RLI || ch == FSI) {
                depth++;
            } else if (ch == PDI && --depth < 0) {
                return "PDI without an isolate at " + i;
            }
        }
        if (depth != 0) {
            return depth + " isolates left open";
        }
        return body(line).startsWith(String.valueOf(PDI)) ? "starts with a PDI" : null;
    }

    /** The line without its indent, bullet marker or Markdown heading marker. */
    static String body(String line) {
        String b = line.stripLeading().replaceFirst("^#+ ", "");
        return b.startsWith("- ") ? b.substring(2) : b;
    }

    /**
     * Null when the brackets and quotes of an LTR run pair up inside it, else why not. An apostrophe between two
     * letters (BIND's) is no quote; the Markdown code marks of a name ({@code `NXDOMAIN`}) are left out.
     */
    static String unbalanced(String run) {
        StringBuilder open = new StringBuilder();
        int quotes = 0;
        int singles = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            switch (c) {
                case '(', '[', '{' -> open.append(c);
                case ')', ']', '}' -> {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.length() == 0 || open.charAt(open.length() - 1) != want) {
                        return "'" + c + "' without its opener";
                    }
                    open.setLength(open.length() - 1);
                }
                case '"' -> quotes++;
                case '\'' -> {
                    boolean apostrophe = i > 0 && i + 1 < run.length() && Character.isLetter(run.charAt(i - 1))
                            && Character.isLetter(run.charAt(i + 1));
                    if (!apostrophe) {
                        singles++;
                    }
                }
                default -> {
                }
            }
        }
        if (open.length() > 0) {
            return "'" + open + "' left open";
        }
        if (quotes % 2 != 0 || singles % 2 != 0) {
            return "a quote without its partner";
        }
        return null;
    }

    /**
     * The LTR runs (LRI ... PDI) of an output. A run that the plain-text wrap cut at the end of a line (nothing but
     * PDIs after it) and that goes on at the start of the next line (right after the reopened isolates) is joined
     * back into one; two separate runs joined that way are still balanced when each is.
     */
    static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder pending = null; // a run cut at the end of the previous line
        for (String line : text.split("\n", -1)) {
            List<int[]> spans = new ArrayList<>();
            List<Integer> stack = new ArrayList<>();
            List<Character> kinds = new ArrayList<>();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == LRI || c == RLI || c == FSI) {
                    stack.add(i);
                    kinds.add(c);
                } else if (c == PDI && !stack.isEmpty()) {
                    int from = stack.remove(stack.size() - 1);
                    if (kinds.remove(kinds.size() - 1) == LRI) {
                        spans.add(new int[] {from + 1, i});
                    }
                }
            }
            spans.sort((a, b) -> a[0] - b[0]);
            String b = line.stripLeading();
            int lead = line.length() - b.length() + (b.startsWith("- ") ? 2 : 0);
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                String run = line.substring(s[0], s[1]);
                boolean continues = pending != null && k == 0 && s[0] == lead + 2 && line.charAt(lead) == RLI;
                boolean cut = k == spans.size() - 1 && line.substring(s[1]).chars().allMatch(ch -> ch == PDI);
                StringBuilder whole = continues ? pending.append(' ').append(run) : new StringBuilder(run);
                if (pending != null && !continues) {
                    runs.add(pending.toString());
                }
                pending = null;
                if (cut) {
                    pending = whole;
                } else {
                    runs.add(whole.toString());
                }
            }
            if (spans.isEmpty() && pending != null) {
                runs.add(pending.toString());
                pending = null;
            }
        }
        if (pending != null) {
            runs.add(pending.toString());
        }
        return runs;
    }

    @Test
    void theRunCheckerSeesWhatItShould() {
        assertNull(unbalanced("NOTAUTH(BADSIG)"));
        assertNull(unbalanced("BIND's 'name/A/IN'"));
        assertEquals("'(' left open", unbalanced("NODATA (NODATA-IPv4"));
        assertEquals("')' without its opener", unbalanced("zone). NOTAUTH(BADSIG)"));
        assertEquals("a quote without its partner", unbalanced("No answer\""));
        String wrapped = RLI + "الأمر " + LRI + "dig (a b" + PDI + PDI + "\n  " + RLI + LRI + "c) d" + PDI + " و" + PDI;
        assertEquals(List.of("dig (a b c) d"), runs(wrapped));
    }

    @Test
    void everyArabicLineIsWellFormedStartsRightToLeftAndKeepsBracketsAndQuotesInOneRun() {
        int runs = 0;
        for (List<String> command : COMMANDS) {
            for (String format : List.of("text", "markdown")) {
                for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("COLUMNS", "40"))) {
                    if (format.equals("markdown") && !env.isEmpty()) {
                        continue; // Markdown is not wrapped
                    }
                    String out = out("ar", format, env, command);
                    String where = command + " " + format + " " + env;
                    for (String line : out.split("\n")) {
                        if (line.isBlank() || format.equals("markdown") && line.strip().startsWith("|")) {
                            continue;
                        }
                        assertNull(malformed(line), () -> where + ": " + line);
                        // Markdown bold fact labels open their RLI inside the ** marks
                        String b = body(line).replaceFirst("^\\*\\*", "");
                        assertTrue(b.charAt(0) == RLI, () -> where + ": does not start right to left: " + line);
                    }
                    for (String run : runs(out)) {
                        runs++;
                        assertNull(unbalanced(run), () -> where + ": unbalanced run [" + run + "]");
                    }
                }
            }
        }
        assertTrue(runs > 2000, "runs checked: " + runs);
    }

    @Test
    void anAmbiguousCodesLineIsARightToLeftParagraphInArabicAndPlainTextElsewhere() {
        Texts ar = Catalog.standard().texts("ar");
        String said = ar.label("cli.meanings", "code", "16", "count", 2);
        String first = out("ar", "text", Map.of(), List.of("explain", "16")).split("\n")[0];
        assertEquals(RLI, first.charAt(0), first);
        assertEquals(PDI, first.charAt(first.length() - 1), first);
        assertEquals(said, first.replaceAll("[\u2066-\u2069]", ""), "the label, with controls only");
        assertTrue(first.contains(LRI + "16" + PDI), first);

        String eachMeaning = ar.label("cli.compare.eachMeaning", "code", "NOTAUTH", "count", 2);
        String compare = out("ar", "markdown", Map.of(), List.of("compare", "NOTAUTH", "16"));
        String line = compare.split("\n")[0];
        assertEquals(RLI, line.charAt(0), line);
        assertTrue(line.contains(LRI + "NOTAUTH" + PDI), line);
        assertEquals(eachMeaning, line.replaceAll("[\u2066-\u2069]", ""));

        // a long note is wrapped like the paragraphs, each line an isolate of its own
        String range = out("ar", "text", Map.of("COLUMNS", "40"), List.of("compare", "12", "13"));
        String note = range.substring(0, range.indexOf("\n\n"));
        assertTrue(note.contains("\n"), "wrapped at 40 columns: " + note);
        for (String l : note.split("\n")) {
            assertNull(malformed(l), l);
            assertEquals(RLI, l.charAt(0), l);
        }

        for (String lang : List.of("en", "fr", "ja")) {
            Texts t = Catalog.standard().texts(lang);
            for (String format : List.of("text", "markdown")) {
                String o = out(lang, format, Map.of("COLUMNS", "40"), List.of("explain", "16"));
                assertFalse(o.chars().anyMatch(c -> control((char) c)), lang + " " + format + " has no bidi controls");
                // never wrapped, as it always was (the Markdown escape leaves this text alone)
                assertEquals(t.label("cli.meanings", "code", "16", "count", 2), o.substring(0, o.indexOf('\n')));
                String c = out(lang, format, Map.of(), List.of("compare", "16", "BADKEY"));
                assertFalse(c.chars().anyMatch(ch -> control((char) ch)), lang + " " + format);
                assertEquals(t.label("cli.compare.eachMeaning", "code", "16", "count", 2),
                        c.substring(0, c.indexOf('\n')));
            }
        }
    }

    @Test
    void aListInArabicKeepsLeftToRightRowsWithRightToLeftCells() {
        String out = out("ar", "text", Map.of(), List.of("list", "rcodes"));
        List<String> table = out.lines().filter(l -> l.contains("NXDOMAIN") || l.contains("NOERROR")
                || l.startsWith(String.valueOf(RLI) + Catalog.standard().texts("ar").label("cli.list.number")))
                .toList();
        assertTrue(table.size() >= 3, out);
        int nameColumn = -1;
        for (String line : table) {
            assertNull(malformed(line), line);
            String plain = line.replaceAll("[\u2066-\u2069]", "");
            // every Arabic run is inside an RTL isolate, so no strong right-to-left letter sets the line's direction
            String outside = line.replaceAll(RLI + "[^" + PDI + "]*(?:" + LRI + "[^" + PDI + "]*" + PDI + "[^" + PDI
                    + "]*)*" + PDI, "");
            assertTrue(outside.chars().noneMatch(c -> Character.getDirectionality(c)
                    == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC), line);
            // the columns line up once the controls (which take no width) are gone
            int col = plain.indexOf("NOERROR") >= 0 ? plain.indexOf("NOERROR") : plain.indexOf("NXDOMAIN");
            if (col >= 0) {
                assertTrue(nameColumn < 0 || nameColumn == col, line);
                nameColumn = col;
            }
        }
        assertTrue(table.stream().anyMatch(l -> l.startsWith("3 ") && l.contains(" NXDOMAIN ")), out);
        // other languages get no controls
        assertFalse(out("fr", "text", Map.of(), List.of("list", "rcodes")).chars().anyMatch(c -> control((char) c)));
    }

    @Test
    void latinWordsOfFactLabelsAreIsolated() {
        for (String format : List.of("text", "markdown")) {
            String out = out("ar", format, Map.of(), List.of("explain", "2"));
            assertTrue(out.contains("سجل " + LRI + "IANA" + PDI), format + ": " + out);
            assertFalse(out.contains("سجل IANA"), format);
        }
    }
}
