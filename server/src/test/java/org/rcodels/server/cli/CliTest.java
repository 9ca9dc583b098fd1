package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;

/** The command line through its real entry point, with captured streams. */
class CliTest {

    record Result(int status, String out, String err) {
        /** Every heading line of the plain-text output that names a code ("NXDOMAIN (3) — ..."). */
        List<String> lines() {
            return List.of(out.split("\n"));
        }
    }

    static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(args, o, e, new ByteArrayInputStream(new byte[0]), env);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.status(), () -> "exit status; stderr: " + r.err());
        assertEquals("", r.err());
        assertFalse(r.out().isBlank());
        return r;
    }

    static JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(ok(args).out());
    }

    /** The entry ids explained by {@code explain ...} in JSON, in order. */
    static List<String> explainedIds(String... codes) throws Exception {
        String[] args = new String[codes.length + 3];
        args[0] = "explain";
        System.arraycopy(codes, 0, args, 1, codes.length);
        args[codes.length + 1] = "--format";
        args[codes.length + 2] = "json";
        List<String> ids = new ArrayList<>();
        for (JsonNode r : json(args).get("results")) {
            for (JsonNode e : r.get("entries")) {
                ids.add(e.get("id").asText());
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------------------------------------ explain

    @Test
    void explainsByNumber() {
        Result r = ok("explain", "3");
        assertTrue(r.out().startsWith("NXDOMAIN (3)"), r.out());
        assertTrue(r.out().contains("\nDescription\n  "), r.out());
        assertTrue(r.out().contains("\nWhen you see it\n"), r.out());
        assertTrue(r.out().contains("\nHow to fix\n"), r.out());
        assertTrue(r.out().contains("RFC 1035"), r.out());
        assertTrue(r.out().contains("https://www.rfc-editor.org/rfc/rfc1035.html"), r.out());
    }

    @Test
    void textIsWrappedTo80Columns() {
        for (String line : ok("explain", "SERVFAIL").lines()) {
            // a single word longer than the width (a URL) may overflow; nothing else does
            assertTrue(line.length() <= 80 || !line.strip().contains(" ") || line.contains("https://"), line);
        }
    }

    @Test
    void explainsAnySpellingCaseInsensitively() throws Exception {
        assertEquals(List.of("rcode:3"), explainedIds("NameError"));
        assertEquals(List.of("rcode:3"), explainedIds("nxdomain"));
        assertEquals(List.of("rcode:3"), explainedIds("NXDomain"));
        assertEquals(List.of("rcode:4"), explainedIds("notimpl"));
        assertEquals(List.of("rcode:4"), explainedIds("NOTIMP"));
        // BIND spells both RCODE 11 and the unassigned OPCODEs 7-15 RESERVEDn: both meanings, RCODE first
        assertEquals(List.of("rcode:11", "opcode:range:7-15"), explainedIds("RESERVED11"));
        assertEquals(List.of("rcode:11"), explainedIds("RCODE 11"));
        assertEquals(List.of("pseudo:nodata"), explainedIds("nodata"));
        assertEquals(List.of("rcode:3"), explainedIds("0x3"));
    }

    @Test
    void explainsMultiWordSpellingsQuotedOrNot() throws Exception {
        assertEquals(List.of("rcode:3"), explainedIds("No such name"));
        assertEquals(List.of("rcode:3"), explainedIds("No", "such", "name"));
        assertEquals(List.of("rcode:3"), explainedIds("Non-Existent", "domain"));
        assertEquals(List.of("rcode:3", "rcode:2"), explainedIds("No", "such", "name", "SERVFAIL"));
    }

    @Test
    void explainsSeveralCodesInOrder() throws Exception {
        assertEquals(List.of("rcode:3", "rcode:2"), explainedIds("NXDOMAIN", "SERVFAIL"));
        Result r = ok("explain", "NXDOMAIN", "SERVFAIL");
        assertTrue(r.out().indexOf("NXDOMAIN (3)") < r.out().indexOf("SERVFAIL (2)"), r.out());
    }

    @Test
    void registryPrefixesSelectTheRegistry() throws Exception {
        assertEquals(List.of("ede:18"), explainedIds("ede", "18"));
        assertEquals(List.of("ede:18"), explainedIds("EDE 18"));
        assertEquals(List.of("ede:18"), explainedIds("ede:18"));
        assertEquals(List.of("opcode:5"), explainedIds("opcode", "5"));
        assertEquals(List.of("rcode:3"), explainedIds("rcode", "3"));
        assertEquals(List.of("rcode:18"), explainedIds("18"));
        assertEquals(List.of("ede:18", "rcode:5"), explainedIds("ede", "18", "rcode", "5"));
        assertTrue(ok("explain", "ede", "18").out().startsWith("EDE 18 Prohibited"));
        assertTrue(ok("explain", "opcode", "5").out().startsWith("OPCODE 5 UPDATE"));
    }

    @Test
    void sixteenHasBothMeanings() throws Exception {
        assertEquals(List.of("rcode:16:badvers", "rcode:16:badsig"), explainedIds("16"));
        Result r = ok("explain", "16");
        assertTrue(r.out().startsWith("16 has 2 meanings:"), r.out());
        assertTrue(r.out().contains("BADVERS (16)"), r.out());
        assertTrue(r.out().contains("BADSIG (16)"), r.out());
        assertTrue(r.out().contains("The same number also means BADSIG (16)"), r.out());
    }

    @Test
    void nineHasBothNotauthMeanings() throws Exception {
        assertEquals(List.of("rcode:9", "rcode:9:tsig"), explainedIds("9"));
        assertTrue(ok("explain", "9").out().startsWith("9 has 2 meanings:"));
        assertEquals(List.of("rcode:9", "rcode:9:tsig"), explainedIds("NOTAUTH"));
        assertEquals(List.of("rcode:9:tsig"), explainedIds("rcode:9:tsig"));
    }

    @Test
    void valuesWithoutACodeAreExplainedByTheirRange() throws Exception {
        JsonNode e = json("explain", "5000", "--format", "json").get("results").get(0).get("entries").get(0);
        assertEquals("UNASSIGNED", e.get("status").asText());
        assertTrue(e.get("value").asInt() <= 5000 && e.get("to").asInt() >= 5000, e.toString());
        assertTrue(e.get("carriers").toString().contains("TSIG"), e.toString());
        assertEquals("5000 lies in this range.", e.get("notes").get(0).asText());
        assertTrue(ok("explain", "5000").out().contains("5000 lies in this range."));
        JsonNode last = json("explain", "65535", "--format", "json").get("results").get(0).get("entries").get(0);
        assertEquals(65535, last.get("to").asInt());
        assertEquals("RESERVED", last.get("status").asText());
    }

    @Test
    void unknownCodeSuggestsTheNearestSpellingAndExits2() {
        Result r = run("explain", "NXDOMIAN");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown DNS code: NXDOMIAN. Did you mean NXDOMAIN?"), r.err());
    }

    @Test
    void anUnknownInputOrASuggestionEndingInPunctuationIsQuotedSoTheSentenceReads() {
        Result r = run("explain", "rpz-drp.");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown DNS code: \"rpz-drp.\". Did you mean \"rpz-drop.\"?"), r.err());
        r = run("explain", "NXDOMIAN.");
        assertTrue(r.err().contains("Unknown DNS code: \"NXDOMIAN.\". Did you mean NXDOMAIN?"), r.err());
        r = run("explain", "No such nme");
        assertTrue(r.err().contains("Unknown DNS code: \"No such nme\". Did you mean \"No such name\"?"), r.err());
    }

    @Test
    void aCodeAskedForInTheWrongRegistrySaysWhereItBelongs() {
        Result r = run("explain", "ede", "NXDOMAIN");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("NXDOMAIN is an RCODE (3), not an Extended DNS Error. To explain it, run: "
                + "rcode-ls explain NXDOMAIN"), r.err());
        Result opcode = run("explain", "opcode Blocked");
        assertTrue(opcode.err().contains("Blocked is an Extended DNS Error (15), not an OPCODE."), opcode.err());
        Result nodata = run("explain", "rcode", "NODATA");
        assertTrue(nodata.err().contains("NODATA is a pseudo-code, not an RCODE."), nodata.err());
        Result words = run("explain", "ede", "No such name");
        assertTrue(words.err().contains("run: rcode-ls explain \"No such name\""), words.err());
        // the registry word applies to one code only: SERVFAIL after it is a good code, not part of the error
        Result two = run("explain", "ede", "NXDOMAIN", "SERVFAIL");
        assertEquals(2, two.status());
        assertTrue(two.err().contains("NXDOMAIN is an RCODE (3)"), two.err());
        assertFalse(two.err().contains("SERVFAIL"), two.err());
        assertTrue(run("explain", "--lang", "fr", "ede", "NXDOMAIN").err().contains("pas une erreur DNS"));
    }

    @Test
    void qualifiedNamesAsCodeAndConfigsWriteThemAreExplained() throws Exception {
        assertEquals(List.of("rcode:3"), explainedIds("DNSRCode.NXDOMAIN"));
        assertEquals(List.of("rcode:3"), explainedIds("dns.rcode.NXDOMAIN"));
        assertEquals(List.of("rcode:3"), explainedIds("Rcode::NXDOMAIN"));
        assertEquals(List.of("rcode:3"), explainedIds("hickory_proto::op::ResponseCode::NXDomain"));
        assertEquals(List.of("ede:15"), explainedIds("kres.extended_error.BLOCKED"));
        assertEquals(List.of("rcode:16:badsig"), explainedIds("DNSRCode.BADSIG"));
        // a number with a dot is not a qualified name
        assertEquals(2, run("explain", "3.5").status());
        assertEquals(2, run("explain", "x.3").status());
    }

    @Test
    void aMisspeltQualifiedNameSuggestsTheNameNotAnotherTool() {
        Result r = run("explain", "DNSRCode.NXDOMIAN");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Did you mean NXDOMAIN?"), r.err());
        Result rust = run("explain", "Rcode::NXDOMIAN");
        assertTrue(rust.err().contains("Did you mean NXDOMAIN?"), rust.err());
    }

    @Test
    void aWin32DnsErrorNumberIsExplainedAsItsRangeWithTheWindowsReading() {
        Result r = ok("explain", "9003");
        assertTrue(r.out().contains("9003 lies in this range."), r.out());
        assertTrue(r.out().replace("\n", " ").contains("9003 is DNS_ERROR_RCODE_NAME_ERROR (NXDOMAIN, 3)"), r.out());
        assertTrue(ok("explain", "9016").out().replace("\n", " ").contains("DNS_ERROR_RCODE_BADSIG (BADSIG, 16)"));
        // Windows names no RCODE 11 to 15, and 9000 itself is no error
        assertFalse(ok("explain", "9011").out().contains("Win32"));
        assertFalse(ok("explain", "9000").out().contains("Win32"));
    }

    @Test
    void configurationValuesAreExplainedWithTheCodeTheyAnswer() {
        String drop = ok("explain", "policy.DROP").out();
        assertTrue(drop.startsWith("- policy.DROP · Knot Resolver policy action: answers SERVFAIL"), drop);
        assertTrue(drop.contains("SERVFAIL (2)") && drop.contains("policy.DROP makes the server answer SERVFAIL."),
                drop);
        assertFalse(drop.contains("Policy.Drop"), "policy. is Knot Resolver's; PowerDNS writes Policy.: " + drop);
        // a value that answers with no code: what it does, and nothing else
        String rpz = ok("explain", "rpz-drop.").out();
        assertTrue(rpz.startsWith("- CNAME rpz-drop. · RPZ policy target: sends no answer at all"), rpz);
        // the reader's language and its colon
        String fr = ok("explain", "--lang", "fr", "rpz-drop.").out();
        assertTrue(fr.contains("cible de politique RPZ\u00a0: "), fr);
        assertFalse(rpz.contains("RCODE"), rpz);
        assertTrue(rpz.endsWith("\n"), "ends its line");
        assertTrue(ok("explain", "CNAME", ".").out().contains("CNAME . makes the server answer NXDOMAIN."));
        assertTrue(ok("explain", "always_nxdomain").out().contains("NXDOMAIN (3)"));
        // a bare word: every tool's meaning
        String bare = ok("explain", "DROP").out();
        for (String tool : List.of("policy.DROP", "DNSAction.Drop", "pdns.DROP", "drop · BIND response-policy")) {
            assertTrue(bare.contains(tool), tool + " in " + bare);
        }
        // with other codes on the same line, and typos are still unknown
        Result two = ok("explain", "passthru", "NXDOMAIN");
        assertTrue(two.out().contains("leaves the answer unchanged") && two.out().contains("NXDOMAIN (3)"));
        assertEquals(2, run("explain", "rpz-dorp.").status());
        Result typo = run("explain", "policy.DORP");
        assertEquals(2, typo.status());
        assertTrue(typo.err().contains("Did you mean policy.DROP"), typo.err());
        assertTrue(run("explain", "always_nxdomian").err().contains("Did you mean always_nxdomain?"));
        // a value written exactly as asked comes first: deny is Unbound's, policy.DENY is Knot Resolver's
        String deny = ok("explain", "deny").out();
        assertTrue(deny.startsWith("- deny · Unbound local-zone type: sends no answer, unless local data matches"),
                deny);
        assertTrue(deny.indexOf("policy.DENY") > deny.indexOf("Unbound access-control"), deny);
        // one line per value that answers the code, though refuse is both a local-zone type and an action
        String refuse = ok("explain", "refuse").out();
        assertEquals(1, refuse.split("refuse makes the server answer REFUSED", -1).length - 1, refuse);
        assertTrue(refuse.contains("policy.REFUSE makes the server answer REFUSED."), refuse);
        // CoreDNS acl actions
        assertTrue(ok("explain", "block").out().startsWith("- block · CoreDNS acl action: answers REFUSED"));
        assertTrue(ok("explain", "DROP").out().contains("drop · CoreDNS acl action: sends no answer at all"));
        // Unbound's RPZ log words, and a qualifier in another case
        String log = ok("explain", "rpz-drop").out();
        assertTrue(log.startsWith("- rpz-drop · action in Unbound's RPZ log: sends no answer at all"), log);
        assertTrue(ok("explain", "rpz-nxdomain").out().contains("NXDOMAIN (3)"));
        assertTrue(ok("explain", "dnsaction.drop").out().startsWith("- DNSAction.Drop · "));
        // compare keeps to codes, and says where to look
        Result cmp = run("compare", "NXDOMAIN", "passthru");
        assertEquals(2, cmp.status());
        assertTrue(cmp.err().contains("passthru is a configuration value (Unbound rpz-action-override value, BIND "
                + "response-policy policy), not a DNS code. To see what it does, run: rcode-ls explain passthru"),
                cmp.err());
        assertTrue(run("compare", "CNAME .", "SERVFAIL").err().contains("rcode-ls explain \"CNAME .\""));
        // JSON: the words, with the code's id or null
        String json = ok("explain", "--format", "json", "rpz-drop.", "policy.DENY").out();
        assertTrue(json.contains("\"text\" : \"CNAME rpz-drop.\"") && json.contains("\"entry\" : null")
                && json.contains("\"entry\" : \"rcode:3\""), json);
    }

    @Test
    void digsQuestionMarkNumbersSayBindHasNoNameForThem() {
        // dig prints ?22 for a reply whose RCODE is 22: BADTRUNC exists only in the TSIG Error field
        String out = ok("explain", "?22").out().replace("\n", " ");
        assertTrue(out.contains("BADTRUNC (22)") && out.contains("BIND prints ?22 here"), out);
        // each name where it belongs: BADTRUNC in TSIG only, BADMODE (19) in TKEY only
        assertTrue(out.contains("is for the Error field of a TSIG record only"), out);
        String mode = ok("explain", "?19").out().replace("\n", " ");
        assertTrue(mode.contains("is for the Error field of a TKEY record only"), mode);
        assertFalse(ok("explain", "BADTRUNC").out().replace("\n", " ").contains("BIND prints ?22"));
        assertFalse(ok("explain", "?24").out().replace("\n", " ").contains("BIND prints"), "24 is unassigned anyway");
    }

    @Test
    void zeeksOwnNumbersAndNamesAreExplained() {
        // 3842 is BADSIG in Zeek's name table (a stand-in for the TSIG error 16), but never in its dns.log
        String out = ok("explain", "3842").out().replace("\n", " ");
        assertTrue(out.contains("3842 lies in this range.") && out.contains("3842 is BADSIG only in Zeek's table")
                && out.contains("never holds 3842"), out);
        assertFalse(ok("explain", "3843").out().replace("\n", " ").contains("Zeek's table"));
        // Zeek's rcode_name for values without a name of its own
        for (String[] c : new String[][] {{"rcode-12", "12 lies in this range."}, {"rcode-15", "15 lies in this range."},
                {"rcode-24", "24 lies in this range."}, {"unassigned-11", "DSOTYPENI (11)"},
                {"rcode-11", "DSOTYPENI (11)"}}) {
            // (Zeek predates DSOTYPENI and still calls 11 unassigned-11)
            Result r = run("explain", c[0]);
            assertEquals(0, r.status(), c[0] + ": " + r.err());
            assertTrue(r.out().contains(c[1]), c[0] + ": " + r.out());
        }
    }

    @Test
    void anEmptyCodeIsAUsageErrorNotASilentSuccess() {
        for (String blank : new String[] {"", " ", "\t"}) {
            Result r = run("explain", blank);
            assertEquals(2, r.status(), "explain '" + blank + "'");
            assertEquals("", r.out());
            assertFalse(r.err().isBlank());
        }
    }

    @Test
    void unknownCodeWithoutSuggestionExplainsWhatIsAccepted() {
        Result r = run("explain", "NXDOMAIN", "zzzzzzzz");
        assertEquals(2, r.status());
        assertEquals("", r.out(), "nothing is printed unless every code is known");
        assertTrue(r.err().contains("Unknown DNS code: zzzzzzzz. Try a number"), r.err());
    }

    @Test
    void valuesOutsideARegistryAreRejected() {
        Result r = run("explain", "70000");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("RCODE 70000 is outside the registry (0-65535)"), r.err());
        Result o = run("explain", "opcode", "16");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("OPCODE 16 is outside the registry (0-15)"), o.err());
    }

    // ------------------------------------------------------------------------------------------------ formats

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = json("explain", "NOTIMP", "--format", "json");
        assertEquals("en", root.get("language").asText());
        JsonNode r = root.get("results").get(0);
        assertEquals("NOTIMP", r.get("input").asText());
        JsonNode e = r.get("entries").get(0);
        for (String f : List.of("id", "kind", "value", "to", "number", "title", "name", "ianaName", "ianaDescription",
                "status", "carriers", "severity", "certainty", "certaintyNote", "summary", "description",
                "whenYouSeeIt", "howToFix", "useWhen", "wire", "refs", "spellings", "related", "confusions", "notes",
                "thisTool")) {
            assertTrue(e.has(f), "missing field " + f + " in " + e);
        }
        assertEquals("rcode:4", e.get("id").asText());
        assertEquals("RCODE", e.get("kind").asText());
        assertEquals(4, e.get("value").asInt());
        assertEquals("[\"HEADER\"]", e.get("carriers").toString());
        assertTrue(e.get("refs").get(0).get("url").asText().startsWith("https://www.rfc-editor.org/rfc/rfc1035"));
        assertTrue(e.get("refs").get(0).get("label").asText().startsWith("RFC 1035"));
        // NOTIMPL is how Unbound spells it
        assertTrue(e.get("spellings").toString().contains("NOTIMPL"), e.get("spellings").toString());
        assertTrue(e.get("spellings").isObject());
        assertTrue(e.get("thisTool").isNull());
    }

    @Test
    void markdownHasHeadingsAndLinks() {
        Result r = ok("explain", "3", "--format", "markdown");
        assertTrue(r.out().startsWith("## NXDOMAIN (3)"), r.out());
        assertTrue(r.out().contains("\n### Description\n"), r.out());
        assertTrue(r.out().contains("\n### How tools spell it\n"), r.out());
        assertTrue(r.out().contains("[RFC 1035 §4.1.1](https://www.rfc-editor.org/rfc/rfc1035.html#section-4.1.1)"),
                r.out());
        assertTrue(r.out().contains("- `NXDOMAIN`: BIND 9, "), r.out());
        assertTrue(ok("explain", "16", "--format=md").out().startsWith("16 has 2 meanings:\n\n## BADVERS (16)"));
    }

    @Test
    void spellingsAreGroupedByTool() {
        String out = ok("explain", "notimp").out();
        String notimpl = out.lines().filter(l -> l.strip().startsWith("- NOTIMPL:")).findFirst().orElse("");
        assertTrue(notimpl.contains("Unbound"), out);
        assertFalse(notimpl.contains("("), "short tool names: " + notimpl);
    }

    @Test
    void badFormatIsAUsageError() {
        Result r = run("explain", "3", "--format", "yaml");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Bad value for --format: yaml (expected text, markdown or json)"), r.err());
        assertTrue(r.err().contains("rcode-ls explain --help"), r.err());
    }

    // ------------------------------------------------------------------------------------------------ language

    @Test
    void unknownLanguageFallsBackToEnglish() throws Exception {
        assertEquals("en", json("explain", "3", "--lang", "xx-YY", "--format", "json").get("language").asText());
        assertTrue(ok("explain", "3", "--lang=zz").out().contains("\nDescription\n"));
    }

    @Test
    void languageComesFromTheOptionThenTheEnvironment() {
        assertEquals("fr_CA.UTF-8", Cli.requestedLanguage(null, Map.of("LANG", "fr_CA.UTF-8")));
        assertEquals("de_DE", Cli.requestedLanguage(null, Map.of("LC_MESSAGES", "de_DE", "LANG", "fr_FR")));
        assertEquals("ar", Cli.requestedLanguage(null, Map.of("LC_ALL", "ar", "LC_MESSAGES", "de", "LANG", "fr")));
        assertEquals("fr", Cli.requestedLanguage(null, Map.of("LC_ALL", "", "LANG", "fr")));
        assertEquals("id", Cli.requestedLanguage("id", Map.of("LC_ALL", "fr_FR.UTF-8")));
        assertEquals("en", Cli.requestedLanguage(null, Map.of("LC_ALL", "C", "LANG", "fr_FR.UTF-8")));
        assertEquals("en", Cli.requestedLanguage(null, Map.of("LANG", "C.UTF-8")));
        assertEquals("en", Cli.requestedLanguage(null, Map.of("LANG", "POSIX")));
        assertEquals("en", Cli.requestedLanguage(null, Map.of()));
    }

    @Test
    void environmentLanguageIsUsedWhenItExistsOtherwiseEnglish() throws Exception {
        Result r = run(Map.of("LANG", "xx_XX.UTF-8"), "explain", "3", "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertEquals("en", new ObjectMapper().readTree(r.out()).get("language").asText());
        Result c = run(Map.of("LC_ALL", "C"), "explain", "3");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("\nDescription\n"));
    }

    @Test
    void translatedLabelsWithRegionFallback() throws Exception {
        Texts en = Catalog.standard().texts("en");
        for (String lang : List.of("fr", "ar")) {
            Texts t = Catalog.standard().texts(lang);
            assertEquals(lang, t.language(), lang + " labels are in the catalog");
            String howToFix = t.label("section.howToFix");
            assertNotEquals(en.label("section.howToFix"), howToFix);
            // fr-CA and ar-EG fall back to fr and ar; LANG-style values work too
            Result byOption = run("explain", "3", "--lang", lang + "-" + (lang.equals("fr") ? "CA" : "EG"));
            assertEquals(0, byOption.status(), byOption.err());
            // right-to-left output wraps each block in bidi isolates (see render.Bidi): compare without them
            String shown = byOption.out().replaceAll("[\\u2066-\\u2069]", "");
            assertTrue(shown.contains("\n" + howToFix + "\n"), byOption.out());
            Result byEnv = run(Map.of("LANG", lang + "_XX.UTF-8"), "explain", "3", "--format", "json");
            assertEquals(lang, new ObjectMapper().readTree(byEnv.out()).get("language").asText());
            Result unknown = run("explain", "NOPE", "--lang", lang);
            assertEquals(2, unknown.status());
            assertTrue(unknown.err().contains(t.label("cli.unknownCode", "code", "NOPE")), unknown.err());
        }
    }

    // ------------------------------------------------------------------------------------------------ compare

    @Test
    void compareShowsBothSidesAndTheDifferences() {
        Result r = ok("compare", "NXDOMAIN", "NODATA");
        String o = r.out();
        assertTrue(o.startsWith("NXDOMAIN (3) vs NODATA"), o);
        int a = o.indexOf("\nNXDOMAIN (3)");
        int b = o.indexOf("\nNODATA");
        int kd = o.indexOf("\nKey differences\n");
        int wu = o.indexOf("\nWhen to use which\n");
        assertTrue(a > 0 && b > a && kd > b && wu > kd, o);
        assertTrue(o.indexOf("  Description\n") > a, o);
        assertTrue(o.indexOf("  When you see it\n") > a, o);
        assertTrue(o.indexOf("  How to fix\n") > a, o);
    }

    @Test
    void compareAcceptsTheSameFormsAsExplain() throws Exception {
        JsonNode c = json("compare", "3", "nodata", "--format", "json").get("comparisons");
        assertEquals(1, c.size());
        assertEquals("rcode:3", c.get(0).get("a").get("id").asText());
        assertEquals("pseudo:nodata", c.get(0).get("b").get("id").asText());
        assertFalse(c.get(0).get("confusion").isNull(), "the hand-written NXDOMAIN/NODATA note");
        JsonNode e = json("compare", "ede", "18", "rcode", "5", "--format", "json").get("comparisons").get(0);
        assertEquals("ede:18", e.get("a").get("id").asText());
        assertEquals("rcode:5", e.get("b").get("id").asText());
        assertTrue(e.get("keyDifferences").size() > 0);
        assertTrue(e.get("whenToUseWhich").size() > 0);
        assertTrue(e.get("title").asText().contains(" vs "));
    }

    @Test
    void compareWithAnAmbiguousCodeComparesEachMeaning() throws Exception {
        JsonNode root = json("compare", "16", "22", "--format", "json");
        assertEquals("16 has 2 meanings; each one is compared.", root.get("notes").get(0).asText());
        JsonNode c = root.get("comparisons");
        assertEquals(2, c.size());
        assertEquals("rcode:16:badvers", c.get(0).get("a").get("id").asText());
        assertEquals("rcode:16:badsig", c.get(1).get("a").get("id").asText());
        assertEquals("rcode:22", c.get(1).get("b").get("id").asText());
        Result r = ok("compare", "16", "22");
        assertTrue(r.out().startsWith("16 has 2 meanings; each one is compared."), r.out());
        // 16 against itself: its two meanings, once
        JsonNode self = json("compare", "16", "16", "--format", "json");
        assertEquals(1, self.get("comparisons").size());
        assertEquals(1, self.get("notes").size());
    }

    @Test
    void compareNeedsExactlyTwoCodes() {
        Result one = run("compare", "NXDOMAIN");
        assertEquals(2, one.status());
        assertTrue(one.err().contains("compare needs two codes"), one.err());
        Result three = run("compare", "1", "2", "3");
        assertEquals(2, three.status());
        assertTrue(three.err().contains("compare takes exactly two codes, not 3"), three.err());
        Result unknown = run("compare", "NXDOMIAN", "NODATA");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("Did you mean NXDOMAIN?"), unknown.err());
    }

    @Test
    void compareInMarkdown() {
        String o = ok("compare", "NXDOMAIN", "SERVFAIL", "--format", "markdown").out();
        assertTrue(o.startsWith("## NXDOMAIN (3) vs SERVFAIL (2)\n"), o);
        assertTrue(o.contains("\n### NXDOMAIN (3)"), o);
        assertTrue(o.contains("\n#### How to fix\n"), o);
        assertTrue(o.contains("\n### Key differences\n\n- "), o);
    }

    // ------------------------------------------------------------------------------------------------ list

    @Test
    void listShowsTablesWithRanges() {
        String o = ok("list", "rcodes").out();
        assertTrue(o.startsWith("DNS response codes (RCODEs)\nNumber"), o);
        assertTrue(o.lines().anyMatch(l -> l.matches("3 +NXDOMAIN +The .*")), o);
        assertTrue(o.lines().anyMatch(l -> l.matches("4096-65534 +\\S.*")), o);
        assertFalse(o.contains("Extended DNS Errors"), o);
        String all = ok("list").out();
        assertTrue(all.contains("Extended DNS Errors (EDE)\n"), all);
        assertTrue(all.contains("DNS OPCODEs\n"), all);
        assertTrue(all.lines().anyMatch(l -> l.matches("- +NODATA +.*")), all);
    }

    @Test
    void listInMarkdownAndJson() throws Exception {
        String md = ok("list", "opcodes", "--format", "markdown").out();
        assertTrue(md.contains("| Number | Name | Summary |\n| --- | --- | --- |\n"), md);
        assertTrue(md.contains("| 5 | UPDATE |"), md);
        JsonNode j = json("list", "ede", "--format", "json");
        assertTrue(j.get("entries").size() > 20);
        assertEquals("ede:0", j.get("entries").get(0).get("id").asText());
        assertTrue(j.get("entries").get(0).has("summary"));
        int ranges = 0;
        for (JsonNode e : j.get("entries")) {
            assertEquals("EDE", e.get("kind").asText());
            ranges += e.get("value").asInt() != e.get("to").asInt() ? 1 : 0;
        }
        assertTrue(ranges > 0, "ranges are listed");
    }

    @Test
    void listRejectsUnknownRegistries() {
        Result r = run("list", "foo");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Bad value for list: foo (expected rcodes, ede, opcodes or all)"), r.err());
    }

    // ------------------------------------------------------------------------------------------------ usage

    @Test
    void helpForTheProgramAndEachCommand() {
        String main = ok("--help").out();
        assertTrue(main.contains("rcode-ls explain CODE..."), main);
        assertTrue(main.contains("rcode-ls compare CODE CODE"), main);
        assertTrue(main.contains("rcode-ls check"), "the main help lists check");
        assertEquals(main, ok("-h").out());
        assertEquals(main, ok("help").out());
        String explain = ok("explain", "--help").out();
        assertTrue(explain.startsWith("Usage: rcode-ls explain CODE..."), explain);
        assertTrue(explain.contains("longest run of words"), explain);
        assertEquals(explain, ok("help", "explain").out());
        assertEquals(explain, ok("--help", "explain", "3").out());
        assertTrue(ok("compare", "-h").out().startsWith("Usage: rcode-ls compare CODE CODE"));
        assertTrue(ok("list", "--help").out().startsWith("Usage: rcode-ls list"));
    }

    @Test
    void version() {
        assertTrue(ok("--version").out().startsWith("rcode-ls "));
    }

    @Test
    void usageErrorsExit2WithAHint() {
        Result cmd = run("frobnicate");
        assertEquals(2, cmd.status());
        assertTrue(cmd.err().contains("Unknown command: frobnicate"), cmd.err());
        assertTrue(cmd.err().contains("Run 'rcode-ls --help' for usage."), cmd.err());

        Result check = run("check");
        assertEquals(2, check.status(), "check is reserved for a later issue");

        Result opt = run("explain", "3", "--bogus");
        assertEquals(2, opt.status());
        assertTrue(opt.err().contains("Unknown option: --bogus"), opt.err());
        assertTrue(opt.err().contains("rcode-ls explain --help"), opt.err());

        Result missing = run("explain");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("explain needs at least one code"), missing.err());

        Result value = run("explain", "3", "--format");
        assertEquals(2, value.status());
        assertTrue(value.err().contains("--format needs a value"), value.err());

        Result noCommand = run("--format", "json");
        assertEquals(2, noCommand.status());
        assertTrue(noCommand.err().contains("Missing command"), noCommand.err());

        Result stdio = run("explain", "3", "--stdio");
        assertEquals(2, stdio.status());

        for (Result r : List.of(cmd, check, opt, missing, value, noCommand, stdio)) {
            assertEquals("", r.out());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void aCodeTypedAsACommandGetsAHint() {
        Result r = run("NXDOMAIN");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("rcode-ls explain NXDOMAIN"), r.err());
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Result r = run("explain", "--", "--format");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown DNS code: --format"), r.err());
        Result three = run("explain", "--format", "json", "--", "3");
        assertEquals(0, three.status(), three.err());
        assertTrue(three.out().contains("\"id\" : \"rcode:3\""), three.out());
    }

    @Test
    void negativeNumbersAreCodesNotOptions() {
        Result r = run("explain", "-1");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown DNS code: -1"), r.err());
    }

    @Test
    void noArgumentsStartsTheLanguageServer() {
        // The launcher belongs to another module; whatever it does, the command line must not treat an empty
        // argument list or --stdio as a usage error (2) nor print help.
        Result none = run();
        Result stdio = run("--stdio");
        Result client = run("--stdio", "--clientProcessId=1234");
        for (Result r : List.of(none, stdio, client)) {
            assertFalse(r.out().contains("Usage"), r.out());
            assertFalse(r.err().contains("Usage"), r.err());
            assertTrue(r.status() != 2, "status " + r.status() + ": " + r.err());
        }
    }

    @Test
    void fieldLabelsPastedFromToolOutputAndBareRegistryWords() {
        // dig's "status: NXDOMAIN" and DoH JSON's "Status: 3" are labels, not OPCODE STATUS
        for (String[] in : new String[][] {{"status:", "NXDOMAIN"}, {"Status:", "3"}, {"rcode:", "NXDOMAIN"},
                {"rcode:NXDOMAIN"}, {"ede:Prohibited"}, {"ede:", "Prohibited"}}) {
            List<String> args = new java.util.ArrayList<>(List.of("explain"));
            args.addAll(List.of(in));
            String out = ok(args.toArray(String[]::new)).out();
            assertFalse(out.contains("OPCODE 2 STATUS"), out);
            assertTrue(out.startsWith("NXDOMAIN (3)") || out.startsWith("EDE 18 Prohibited"), String.join(" ", in));
        }
        Result bare = run("explain", "ede");
        assertEquals(2, bare.status());
        assertTrue(bare.err().contains("ede needs a number or a name after it, such as \"ede 18\" or "
                + "\"ede Prohibited\"."), bare.err());
        Result unknown = run("explain", "ede", "foo");
        assertTrue(unknown.err().contains("Unknown DNS code: \"ede foo\""), unknown.err());
        assertFalse(unknown.err().contains("Unknown DNS code: ede."), unknown.err());
    }

    @Test
    void compareNamesConfigValuesOneByOneAndTheTcFlag() {
        Result values = run("compare", "policy.DROP", "DNSAction.Drop");
        assertEquals(2, values.status());
        assertTrue(values.err().contains("policy.DROP is a configuration value (Knot Resolver policy action)")
                && values.err().contains("DNSAction.Drop is a configuration value (dnsdist DNSAction value)"),
                values.err());
        assertFalse(values.err().contains("Unknown DNS code"), values.err());
        Result tc = run("compare", "BADTRUNC", "TC");
        assertTrue(tc.err().contains("TC is the TC flag of the DNS header") && tc.err().contains("explain BADTRUNC"),
                tc.err());
    }

    @Test
    void compareOfTwoValuesOfOneRangeAndFactsSaidOnce() {
        String out = ok("compare", "12", "13").out();
        assertTrue(out.startsWith("12 and 13 both lie in RCODE 12-15 Unassigned"), out);
        assertEquals(1, out.split("is unassigned: conforming", -1).length - 1, out);
        // the catalog's severity is no fact of the protocol: no "reports a warning"
        assertFalse(ok("compare", "NXDOMAIN", "NODATA").out().contains("reports a warning"));
    }

    @Test
    void notAuthorizedTravelsInTheHeaderBesideATsigRecord() {
        String out = ok("explain", "rcode:9:tsig").out().replace("\n", " ").replaceAll(" +", " ");
        assertTrue(out.contains("Carried in: the 4-bit RCODE field of the header, in a reply whose TSIG record holds "
                + "the TSIG error"), out);
        assertFalse(out.contains("header or the Error field of a TSIG record"), out);
        // the two NOTAUTHs told apart among the related codes
        String update = ok("explain", "opcode", "5").out().replace("\n", " ").replaceAll(" +", " ");
        assertFalse(update.contains("NOTAUTH (9), NOTAUTH (9)"), update);
    }

    @Test
    void nodataHasNoNumberInAnyOutput() throws Exception {
        JsonNode e = json("explain", "nodata", "--format", "json").get("results").get(0).get("entries").get(0);
        assertTrue(e.get("number").isNull() && e.get("value").isNull(), e.toString());
        JsonNode list = json("list", "all", "--format", "json");
        assertTrue(list.toString().contains("\"id\":\"pseudo:nodata\""), list.toString());
        for (JsonNode k : list.findParents("id")) {
            if (k.get("id").asText().equals("pseudo:nodata")) {
                assertTrue(k.get("number").isNull(), k.toString());
            }
        }
    }
}
