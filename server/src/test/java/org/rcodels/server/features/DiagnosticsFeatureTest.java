package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.features.CompletionHarness.apply;
import static org.rcodels.server.features.CompletionHarness.diagnose;
import static org.rcodels.server.features.CompletionHarness.fixes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.dialect.DialectDetector;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;
import org.rcodels.server.text.DocumentText;

class DiagnosticsFeatureTest {

    private static final String TEMPLATE = "example.org:53 {\n    template IN A example.org {\n        %s\n    }\n}\n";
    private static final String FORWARD = ".:53 {\n    forward . 192.0.2.53 {\n        %s\n    }\n}\n";

    /** The one diagnostic of a text; fails if there is not exactly one. */
    static Diagnostic only(Dialect d, String text, String uri) {
        List<Diagnostic> all = diagnose(d, text, uri);
        assertEquals(1, all.size(), "diagnostics of:\n" + text + "\n" + all);
        return all.get(0);
    }

    /**
     * Checks the one diagnostic of {@code text} (code, severity, the text it covers), applies its first (or
     * preferred) quick fix, checks the result equals {@code fixed} and that diagnosing it again finds nothing of
     * that code at that place.
     */
    static Diagnostic fixesTo(Dialect d, String uri, String text, String code, Diagnostic.Severity severity,
                              String covered, String fixed) {
        Diagnostic diag = only(d, text, uri);
        assertEquals(code, diag.code(), diag.toString());
        assertEquals(severity, diag.severity(), diag.toString());
        assertEquals(covered, text.split("\n", -1)[diag.line()].substring(diag.start(), diag.end()));
        assertTrue(diag.href() != null && diag.href().startsWith("https://"), diag.toString());
        assertFalse(diag.message().contains("{") || diag.message().startsWith("diag."), diag.message());
        List<Action> actions = fixes(d, text, uri, diag);
        assertFalse(actions.isEmpty(), "no quick fix for " + diag);
        Action first = actions.get(0);
        assertEquals(Action.Kind.QUICKFIX, first.kind());
        assertEquals(diag, first.fixes());
        for (Action.Edit e : first.edits()) {
            assertEquals(diag.line(), e.line(), "edits stay on the diagnostic's line");
        }
        String result = apply(text, first);
        assertEquals(fixed, result);
        List<Diagnostic> again = diagnose(d, result, uri);
        assertTrue(again.stream().noneMatch(x -> x.code().equals(code) && x.line() == diag.line()),
                "still diagnosed after the fix: " + again);
        return diag;
    }

    static Diagnostic fixesTo(Dialect d, String text, String code, Diagnostic.Severity severity, String covered,
                              String fixed) {
        return fixesTo(d, "", text, code, severity, covered, fixed);
    }

    static void clean(Dialect d, String text) {
        clean(d, text, "");
    }

    static void clean(Dialect d, String text, String uri) {
        assertEquals(List.of(), diagnose(d, text, uri), "expected no diagnostics in:\n" + text);
    }

    // ------------------------------------------------------------------------------------------------ YAML

    private static final String DNSDIST_ACTION = "query_rules:\n  - name: \"r\"\n    action:\n      type: %s\n"
            + "      rcode: %s\n";
    private static final String DNSDIST_DYN = "dynamic_rules:\n  - name: \"d\"\n    rules:\n"
            + "      - type: \"rcode-rate\"\n        rcode: \"servfail\"\n        action: %s\n";
    private static final String KRESD_VIEW = "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: %s\n";
    private static final String KRESD_RULE = "local-data:\n  rules:\n    - name: ads.example.\n      subtree: %s\n";

    private static final String PDNS_RPZ = "recursor:\n  rpzs:\n  - name: rpz.example\n    addresses: [192.0.2.1]\n"
            + "    %s\n";

    @Test
    void powerDnsRecursorYamlRpzPolicyAndEde() {
        for (String ok : List.of("defpol: NXDOMAIN", "defpol: NODATA", "defpol: Drop", "defpol: Truncate",
                "defpol: NoAction", "defpol: 'Custom'", "extendedErrorCode: 15", "extended_error_code: 17")) {
            clean(Dialect.YAML_CONF, String.format(PDNS_RPZ, ok));
        }
        // rec-lua-conf's cvtKind matches the kinds exactly
        Diagnostic c = fixesTo(Dialect.YAML_CONF, String.format(PDNS_RPZ, "defpol: nxdomain"),
                DiagnosticsFeature.WRONG_CASE, Diagnostic.Severity.ERROR, "nxdomain",
                String.format(PDNS_RPZ, "defpol: NXDOMAIN"));
        assertEquals("https://doc.powerdns.com/recursor/yamlsettings.html#rpz", c.href());
        fixesTo(Dialect.YAML_CONF, String.format(PDNS_RPZ, "defpol: NXDOMIAN"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMIAN", String.format(PDNS_RPZ, "defpol: NXDOMAIN"));
        // the EDE is a number (a u32 field): an EDE's name gets its number
        fixesTo(Dialect.YAML_CONF, String.format(PDNS_RPZ, "extendedErrorCode: Blocked"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "Blocked",
                String.format(PDNS_RPZ, "extendedErrorCode: 15"));
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED,
                only(Dialect.YAML_CONF, String.format(PDNS_RPZ, "extendedErrorCode: 4000"), "").code());
        // the same keys outside the Recursor's recursor: section are not its
        clean(Dialect.YAML_CONF, "incoming:\n  listen: [127.0.0.1]\nrpz:\n  defpol: nxdomain\n");
    }

    @Test
    void dnsdistOldConstantTableIsAnError() {
        // dnsdist 1.7 removed the dnsdist.X fallback: "attempt to index global 'dnsdist' (a nil value)"
        Diagnostic d = fixesTo(Dialect.LUA, "file:///etc/dnsdist/dnsdist.conf",
                "addAction(AllRule(), RCodeAction(dnsdist.REFUSED))\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "dnsdist.REFUSED", "addAction(AllRule(), RCodeAction(DNSRCode.REFUSED))\n");
        assertTrue(d.message().contains("1.7"), d.message());
        // its other members (the old QTypes) are not RCODEs: nothing said
        clean(Dialect.LUA, "addAction(QTypeRule(dnsdist.AXFR), DropAction())\n", "file:///etc/dnsdist/dnsdist.conf");
    }

    @Test
    void anotherToolsNameOfAnRpzActionGetsThisToolsName() {
        // PowerDNS: Policy.PASSTHRU is nil (the key is dropped); its passthru is NoAction
        fixesTo(Dialect.LUA, "file:///etc/powerdns/rpz.lua",
                "rpzFile(\"/etc/pdns-recursor/rpz/whitelist.rpz\", { defpol = Policy.PASSTHRU })\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "PASSTHRU",
                "rpzFile(\"/etc/pdns-recursor/rpz/whitelist.rpz\", { defpol = Policy.NoAction })\n");
        // Knot Resolver: policy.PASSTHRU is PASS, policy.TRUNCATE is TC
        fixesTo(Dialect.LUA, "file:///etc/knot-resolver/kresd.conf",
                "policy.add(policy.suffix(policy.PASSTHRU, {todname('example.com.')}))\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "PASSTHRU",
                "policy.add(policy.suffix(policy.PASS, {todname('example.com.')}))\n");
        // Unbound: rpz-action-override: noaction is passthru
        fixesTo(Dialect.UNBOUND_CONF, "rpz:\n  name: rpz.example\n  rpz-action-override: noaction\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "noaction",
                "rpz:\n  name: rpz.example\n  rpz-action-override: passthru\n");
    }

    @Test
    void powerDnsRcodesAndPolicyKindsAreDifferentNumbers() {
        String hook = "-- recursor.lua\nfunction preresolve(dq)\n  %s\n  return true\nend\n";
        // policyKind = pdns.NXDOMAIN sets the kind 3, NODATA (DNSFilterEngine::PolicyKind): the kind of that name
        Diagnostic nx = fixesTo(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.NXDOMAIN"),
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.WARNING, "pdns.NXDOMAIN",
                String.format(hook, "dq.appliedPolicy.policyKind = pdns.policykinds.NXDOMAIN"));
        assertTrue(nx.message().contains("NODATA") && nx.message().contains("3"), nx.message());
        // the fix's title names the replacement and promises nothing else (no "answer REFUSED")
        assertEquals(List.of("Change to pdns.policykinds.NXDOMAIN"), fixes(Dialect.LUA,
                String.format(hook, "dq.appliedPolicy.policyKind = pdns.NXDOMAIN"), "", nx).stream()
                .map(Action::title).toList());
        fixesTo(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.DROP"),
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.WARNING, "pdns.DROP",
                String.format(hook, "dq.appliedPolicy.policyKind = pdns.policykinds.Drop"));
        // pdns.Drop does not exist: the kind was meant
        fixesTo(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.Drop"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "Drop",
                String.format(hook, "dq.appliedPolicy.policyKind = pdns.policykinds.Drop"));
        // SERVFAIL (2) reads as NXDOMAIN; no kind of its name, so no fix
        Diagnostic sf = only(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.SERVFAIL"), "");
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING, sf.code());
        assertTrue(sf.replacements().isEmpty() && sf.message().contains("NXDOMAIN"), sf.toString());
        assertTrue(only(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.YXDOMAIN"), "")
                .message().contains("Custom"));
        // dq.rcode = pdns.policykinds.NXDOMAIN sends SERVFAIL (2)
        Diagnostic rc = fixesTo(Dialect.LUA, String.format(hook, "dq.rcode = pdns.policykinds.NXDOMAIN"),
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.WARNING, "pdns.policykinds.NXDOMAIN",
                String.format(hook, "dq.rcode = pdns.NXDOMAIN"));
        assertTrue(rc.message().contains("SERVFAIL"), rc.message());
        assertTrue(only(Dialect.LUA, String.format(hook, "dq.rcode = pdns.policykinds.NODATA"), "").message()
                .contains("NXDOMAIN"));
        // the right table in each place, and comparisons, are fine
        clean(Dialect.LUA, String.format(hook, "dq.appliedPolicy.policyKind = pdns.policykinds.NXDOMAIN"));
        clean(Dialect.LUA, String.format(hook, "dq.rcode = pdns.NXDOMAIN"));
        clean(Dialect.LUA, String.format(hook, "if dq.rcode == pdns.NXDOMAIN then dq.variable = true end"));
    }

    @Test
    void dnsdistYamlRcodeNamesAreShortNamesOfRcodesUpTo15() {
        // RCode::from_short after boost::to_lower: any case, names of 0-15 only, numbers 0-255
        for (String ok : List.of("\"Refused\"", "refused", "SERVFAIL", "\"5\"", "5", "rcode11", "\"15\"")) {
            clean(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "\"RCode\"", ok));
        }
        clean(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "\"ERCode\"", "\"255\""));
        Diagnostic typo = fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "nxdomian"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "nxdomian",
                String.format(DNSDIST_ACTION, "RCode", "nxdomain"));
        assertEquals("https://www.dnsdist.org/reference/yaml-actions.html", typo.href());
        // another tool's spelling is no short name: PowerDNS's long name, miekg's NOTIMPL
        fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "\"NOTIMPL\""),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NOTIMPL",
                String.format(DNSDIST_ACTION, "RCode", "\"notimp\""));
        Diagnostic range = only(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "\"256\""), "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, range.code());
        assertTrue(range.message().contains("0") && range.message().contains("255"), range.message());
    }

    @Test
    void dnsdistYamlExtendedRcodeNamesMustBeNumbers() {
        // from_short refuses badcookie (> 15): the ERCode action needs "23", quoted for serde
        Diagnostic d = fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "\"ERCode\"", "badcookie"),
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "badcookie",
                String.format(DNSDIST_ACTION, "\"ERCode\"", "\"23\""));
        assertTrue(d.message().contains("\"23\"") && d.message().contains("0 to 15"), d.message());
        assertEquals("Change to \"23\"", fixes(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "\"ERCode\"",
                "badcookie"), "", d).get(0).title());
        // inside quotes the number goes inside them; BADSIG of a reply is its 16, BADVERS
        fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "ERCode", "\"BADSIG\""),
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "BADSIG",
                String.format(DNSDIST_ACTION, "ERCode", "\"16\""));
        clean(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "ERCode", "\"23\""));
        // NODATA is no RCODE
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME,
                only(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "nodata"), "").code());
    }

    @Test
    void dnsdistYamlTypeRCodeSeesOnlyTheHeadersFourBits() {
        // RCodeAction/RCodeRule under their YAML names: 23 would go out as 7, 16 never matches
        Diagnostic action = only(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "\"23\""), "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, action.code());
        assertTrue(action.message().contains("type: ERCode") && action.message().contains("23 (BADCOOKIE)"),
                action.message());
        assertEquals(List.of(), action.replacements(), "the type is on another line");
        String selector = "response_rules:\n  - name: s\n    selector: {type: RCode, rcode: \"16\"}\n"
                + "    action: {type: Drop}\n";
        Diagnostic rule = only(Dialect.YAML_CONF, selector, "");
        assertTrue(rule.message().contains("never matches"), rule.message());
        assertEquals("https://www.dnsdist.org/reference/yaml-selectors.html", rule.href());
        // a name from 16 up under type RCode: the type first (then the number)
        Diagnostic named = only(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "badcookie"), "");
        assertTrue(named.message().contains("type: ERCode"), named.message());
        // BADKEY to BADTRUNC are TSIG/TKEY errors: no type sees them
        Diagnostic tsig = only(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "ERCode", "\"18\""), "");
        assertTrue(tsig.message().contains("TSIG"), tsig.message());
        // a dynamic rule counts replies by their code: no such limit known there
        clean(Dialect.YAML_CONF, "dynamic_rules:\n  - name: d\n    rules:\n      - type: rcode-rate\n"
                + "        rcode: \"23\"\n");
    }

    @Test
    void dnsdistDynamicBlockActionsWithoutAnEffectOfTheirOwnDrop() {
        for (String ok : List.of("refused", "NXDomain", "\"Drop\"", "truncate", "noop", "NoRecurse", "none",
                "no-recurse", "Set-Tag")) {
            clean(Dialect.YAML_CONF, String.format(DNSDIST_DYN, ok));
        }
        Diagnostic d = fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_DYN, "servfail"),
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.WARNING, "servfail",
                String.format(DNSDIST_DYN, "refused"));
        assertTrue(d.message().contains("drops"), d.message());
        Diagnostic allow = only(Dialect.YAML_CONF, String.format(DNSDIST_DYN, "allow"), "");
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING, allow.code());
        assertEquals(List.of(), allow.replacements());
        fixesTo(Dialect.YAML_CONF, String.format(DNSDIST_DYN, "refuse"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "refuse", String.format(DNSDIST_DYN, "refused"));
        // a rule's action is a mapping, not a word
        clean(Dialect.YAML_CONF, String.format(DNSDIST_ACTION, "RCode", "refused"));
        clean(Dialect.YAML_CONF, "dynamic_rules_settings:\n  default_action: \"Refused\"\n");
    }

    @Test
    void dnsdistYamlInfoCodeIsAnEdeNumber() {
        String ede = "response_rules:\n  - name: \"e\"\n    action:\n      type: SetExtendedDNSError\n"
                + "      info_code: %s\n";
        clean(Dialect.YAML_CONF, String.format(ede, "15"));
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED, only(Dialect.YAML_CONF, String.format(ede, "200"), "")
                .code());
        Diagnostic named = only(Dialect.YAML_CONF, String.format(ede, "Blocked"), "");
        assertEquals(List.of("15"), named.replacements());
    }

    @Test
    void knotResolverViewAnswersAndSubtreesAreClosedAndCaseSensitive() {
        for (String ok : List.of("refused", "allow", "noanswer")) {
            clean(Dialect.YAML_CONF, String.format(KRESD_VIEW, ok));
        }
        Diagnostic d = fixesTo(Dialect.YAML_CONF, String.format(KRESD_VIEW, "refuse"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "refuse", String.format(KRESD_VIEW, "refused"));
        assertEquals("https://www.knot-resolver.cz/documentation/latest/config-views.html", d.href());
        fixesTo(Dialect.YAML_CONF, String.format(KRESD_VIEW, "REFUSED"), DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "REFUSED", String.format(KRESD_VIEW, "refused"));
        for (String ok : List.of("empty", "nxdomain", "redirect")) {
            clean(Dialect.YAML_CONF, String.format(KRESD_RULE, ok));
        }
        fixesTo(Dialect.YAML_CONF, String.format(KRESD_RULE, "nxdomian"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "nxdomian", String.format(KRESD_RULE, "nxdomain"));
        // a comment is no value
        clean(Dialect.YAML_CONF, "views:\n  - subnets: [ 10.0.0.0/8 ]\n    # answer: refuse\n    tags: [ t ]\n");
        // forward's subtree: is a domain name; answer: outside views is another tool's key
        clean(Dialect.YAML_CONF, "forward:\n  - subtree: '.'\n    servers: [ 193.17.47.1 ]\n"
                + "  - subtree: internal.example.com\n    servers: [ 10.0.0.1 ]\n");
        clean(Dialect.YAML_CONF, "faq:\n  - question: x\n    answer: yes\n");
    }

    // ------------------------------------------------------------------------------------------------ Corefile

    @Test
    void templateRcodeMisspelled() {
        Diagnostic d = fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode NXDOMIAN"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NXDOMIAN",
                String.format(TEMPLATE, "rcode NXDOMAIN"));
        assertEquals("https://coredns.io/plugins/template/", d.href());
        assertEquals(List.of("NXDOMAIN"), d.replacements(), "only the closest spellings");
        assertTrue(d.message().contains("NXDOMIAN") && d.message().contains("Did you mean NXDOMAIN"), d.message());
        // an accepted alias near the word is given in the preferred spelling (NOTIMPL is NOTIMP for CoreDNS)
        assertEquals(List.of("NOTIMP"), only(Dialect.COREFILE, String.format(TEMPLATE, "rcode NOTIMPP"), "")
                .replacements());
        // another tool's spelling of the same code
        fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode RcodeNameError"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "RcodeNameError", String.format(TEMPLATE, "rcode NXDOMAIN"));
        // miekg/dns has one name for 16, BADSIG: the EDNS BADVERS is written that way here
        Diagnostic v = fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode BADVERS"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "BADVERS",
                String.format(TEMPLATE, "rcode BADSIG"));
        assertEquals("BADSIG", v.replacements().get(0));
        // a pasted run of letters is quoted cut, not whole
        Diagnostic longWord = only(Dialect.COREFILE, String.format(TEMPLATE, "rcode " + "A".repeat(10_000)), "");
        assertTrue(longWord.message().length() < 300 && longWord.message().contains("A".repeat(80) + "\u2026"),
                longWord.message().length() + " chars");
    }

    @Test
    void corednsLogClasses() {
        String log = ".:53 {\n    log . {\n        class %s\n    }\n}\n";
        clean(Dialect.COREFILE, String.format(log, "denial error"));
        clean(Dialect.COREFILE, ".:53 {\n    log . \"{common}\" { class success all }\n}\n");
        Diagnostic typo = fixesTo(Dialect.COREFILE, String.format(log, "denial erorr"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "erorr", String.format(log, "denial error"));
        assertEquals("https://coredns.io/plugins/log/", typo.href());
        // response.ClassFromString matches exact lower case
        fixesTo(Dialect.COREFILE, String.format(log, "Denial"), DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "Denial", String.format(log, "denial"));
        // a code's name: the class that holds it
        fixesTo(Dialect.COREFILE, String.format(log, "NXDOMAIN"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMAIN", String.format(log, "denial"));
        fixesTo(Dialect.COREFILE, String.format(log, "nodata"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "nodata", String.format(log, "denial"));
        fixesTo(Dialect.COREFILE, String.format(log, "SERVFAIL"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "SERVFAIL", String.format(log, "error"));
        fixesTo(Dialect.COREFILE, String.format(log, "NOERROR"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NOERROR", String.format(log, "success"));
        // the class that holds it is on the line already: the fix removes the code, not "class denial denial"
        Diagnostic covered = fixesTo(Dialect.COREFILE, String.format(log, "denial NXDOMAIN"),
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "NXDOMAIN",
                String.format(log, "denial"));
        assertEquals("NXDOMAIN is not a CoreDNS log class, and denial, the class it falls in, is already in this list.",
                covered.message());
        fixesTo(Dialect.COREFILE, String.format(log, "NXDOMAIN denial error"), DiagnosticsFeature.INVALID_IN_PLACE,
                Diagnostic.Severity.ERROR, "NXDOMAIN", String.format(log, "denial error"));
        // a typo of a class already on the line is still a typo of it
        Diagnostic typoTwice = fixesTo(Dialect.COREFILE, String.format(log, "denial denail"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "denail",
                String.format(log, "denial denial"));
        assertTrue(typoTwice.message().contains("Did you mean"), typoTwice.message());
        // another class on the line changes nothing
        fixesTo(Dialect.COREFILE, String.format(log, "error NXDOMAIN"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMAIN", String.format(log, "error denial"));
        // class in another plugin's block is that plugin's business
        clean(Dialect.COREFILE, ".:53 {\n    cache {\n        class denail\n    }\n}\n");
    }

    @Test
    void aQuotedCorefileNameIsCheckedLikeABareOne() {
        // CoreDNS's lexer (Caddy's) drops the quotes: "NXDOMIAN" is the same typo as NXDOMIAN, fixed inside them
        fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode \"NXDOMIAN\""), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMIAN", String.format(TEMPLATE, "rcode \"NXDOMAIN\""));
        clean(Dialect.COREFILE, String.format(TEMPLATE, "rcode \"NXDOMAIN\""));
        // removing a quoted word removes its quotes too
        fixesTo(Dialect.COREFILE, ".:53 {\n    forward . 192.0.2.53 {\n        failover \"SERVFAIL\" \"NOERROR\"\n    }\n}\n",
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "NOERROR",
                ".:53 {\n    forward . 192.0.2.53 {\n        failover \"SERVFAIL\"\n    }\n}\n");
        // Caddy's lexer quotes with double quotes only: 'SERVFAIL' keeps its single quotes, which no name has
        Diagnostic single = only(Dialect.COREFILE,
                ".:53 {\n    forward . 192.0.2.53 {\n        failover 'SERVFAIL'\n    }\n}\n", "");
        assertEquals(List.of("SERVFAIL"), single.replacements());
    }

    @Test
    void templateRcodeIsCaseSensitive() {
        Diagnostic d = fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode nxdomain"),
                DiagnosticsFeature.WRONG_CASE, Diagnostic.Severity.ERROR, "nxdomain",
                String.format(TEMPLATE, "rcode NXDOMAIN"));
        assertEquals(List.of("NXDOMAIN"), d.replacements());
        assertTrue(fixes(Dialect.COREFILE, String.format(TEMPLATE, "rcode nxdomain"), "", d).get(0).preferred());
        // exact names are fine, NOTIMPL included (StringToRcode accepts it)
        clean(Dialect.COREFILE, String.format(TEMPLATE, "rcode NXDOMAIN"));
        clean(Dialect.COREFILE, String.format(TEMPLATE, "rcode NOTIMPL"));
        clean(Dialect.COREFILE, String.format(TEMPLATE, "rcode {$RCODE}"));
    }

    @Test
    void templateRcodeTakesANameNotANumber() {
        Diagnostic d = fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode 3"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "3", String.format(TEMPLATE, "rcode NXDOMAIN"));
        assertTrue(d.message().contains("NXDOMAIN"), d.message());
    }

    @Test
    void nodataIsNotAnRcode() {
        // a template answers NODATA with NOERROR and no answer lines, which this template has
        Diagnostic d = fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "rcode NODATA"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NODATA",
                String.format(TEMPLATE, "rcode NOERROR"));
        assertEquals(List.of("NOERROR"), d.replacements());
        assertTrue(d.message().contains("not an RCODE") && d.message().contains("empty answer section")
                && d.message().contains("rcode NOERROR and no answer lines"), d.message());
        assertEquals("Change to NOERROR",
                fixes(Dialect.COREFILE, String.format(TEMPLATE, "rcode NODATA"), "", d).get(0).title());
        // where a code is matched, NOERROR would mean every successful answer: explained, but no fix
        for (String[] c : new String[][] {{String.format(FORWARD, "next NXDOMAIN NODATA"), "NODATA"},
            {"addResponseAction(RCodeRule(DNSRCode.NODATA), DropResponseAction())", "NODATA"},
            {"if answer:rcode() == kres.rcode.NODATA then", "NODATA"},
            {"  dq.rcode = pdns.NODATA", "NODATA"}}) {
            Dialect dialect = c[0].contains("forward") ? Dialect.COREFILE : Dialect.LUA;
            Diagnostic n = only(dialect, c[0], "");
            assertEquals(DiagnosticsFeature.UNKNOWN_NAME, n.code());
            assertTrue(n.message().contains("not an RCODE") && n.message().contains("NOERROR"), n.message());
            assertFalse(n.message().contains("no answer lines"), n.message());
            assertEquals(List.of(), n.replacements(), c[0]);
            assertEquals(List.of(), fixes(dialect, c[0], "", n));
        }
        // the policy kinds have NODATA
        clean(Dialect.LUA, "  dq.appliedPolicy.policyKind = pdns.policykinds.NODATA");
    }

    @Test
    void forwardNextAndFailoverAreCaseInsensitive() {
        clean(Dialect.COREFILE, String.format(FORWARD, "next nxdomain"));
        clean(Dialect.COREFILE, String.format(FORWARD, "failover servfail Refused"));
        fixesTo(Dialect.COREFILE, String.format(FORWARD, "next NXDOMAIN SERVFIAL"), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "SERVFIAL", String.format(FORWARD, "next NXDOMAIN SERVFAIL"));
        assertEquals("https://coredns.io/plugins/forward/",
                only(Dialect.COREFILE, String.format(FORWARD, "next NXDOMIAN"), "").href());
    }

    @Test
    void failoverNoerrorIsRejectedAndRemoved() {
        Diagnostic d = fixesTo(Dialect.COREFILE, String.format(FORWARD, "failover NOERROR SERVFAIL"),
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "NOERROR",
                String.format(FORWARD, "failover SERVFAIL"));
        assertEquals("Remove NOERROR",
                fixes(Dialect.COREFILE, String.format(FORWARD, "failover NOERROR SERVFAIL"), "", d).get(0).title());
        fixesTo(Dialect.COREFILE, String.format(FORWARD, "failover SERVFAIL noerror"),
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "noerror",
                String.format(FORWARD, "failover SERVFAIL"));
        // alone, removing it would leave failover without arguments: diagnosed, but no automatic fix
        String alone = String.format(FORWARD, "failover NOERROR");
        Diagnostic a = only(Dialect.COREFILE, alone, "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, a.code());
        assertEquals(List.of(), fixes(Dialect.COREFILE, alone, "", a));
        // next accepts NOERROR
        clean(Dialect.COREFILE, String.format(FORWARD, "next NOERROR"));
        // and a typo of it in failover is not led back to it
        Diagnostic typo = only(Dialect.COREFILE, String.format(FORWARD, "failover SERVFAIL NOERORR"), "");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, typo.code());
        assertFalse(typo.replacements().contains("NOERROR"), typo.replacements().toString());
    }

    @Test
    void rewriteRcodeAcceptsNamesAndNumbersUpTo23() {
        clean(Dialect.COREFILE, ".:53 {\n    rewrite stop rcode exact shadow.example 5 3\n}\n");
        clean(Dialect.COREFILE, ".:53 {\n    rewrite continue {\n        rcode regex (.*)\\.x servfail noerror\n"
                + "    }\n}\n");
        clean(Dialect.COREFILE, ".:53 {\n    rewrite rcode example.org. 23 0\n}\n");
        // a rule still being typed: with a match type, the name is no RCODE
        clean(Dialect.COREFILE, ".:53 {\n    rewrite stop rcode exact x.example SERVFAIL\n}\n");
        clean(Dialect.COREFILE, ".:53 {\n    rewrite rcode exact x.example \n}\n");
        Diagnostic d = only(Dialect.COREFILE, ".:53 {\n    rewrite rcode example.org. 24 NOERROR\n}\n", "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, d.code());
        assertEquals("https://coredns.io/plugins/rewrite/", d.href());
        assertEquals(List.of(), d.replacements());
        fixesTo(Dialect.COREFILE, ".:53 {\n    rewrite rcode example.org. SERVFAIL NOERORR\n}\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NOERORR",
                ".:53 {\n    rewrite rcode example.org. SERVFAIL NOERROR\n}\n");

        // four arguments are MATCHTYPE NAME FROM TO to CoreDNS, FROM and TO whatever the first is: a misspelled
        // match type is an error of its own and leaves the codes where they are
        Diagnostic match = fixesTo(Dialect.COREFILE, ".:53 {\n    rewrite rcode exakt example.com SERVFAIL NXDOMAIN\n}\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "exakt",
                ".:53 {\n    rewrite rcode exact example.com SERVFAIL NXDOMAIN\n}\n");
        assertEquals("https://coredns.io/plugins/rewrite/", match.href());
        clean(Dialect.COREFILE, ".:53 {\n    rewrite rcode Suffix .example. SERVFAIL NXDOMAIN\n}\n");
        // NAME FROM TO and a word after them: CoreDNS reads the name as a match type and the word as TO
        String extra = ".:53 {\n    rewrite rcode example.com SERVFAIL NXDOMAIN extra\n}\n";
        List<Diagnostic> both = diagnose(Dialect.COREFILE, extra, "");
        assertEquals(List.of("example.com", "extra"), both.stream()
                .map(x -> extra.split("\n")[1].substring(x.start(), x.end())).toList());
        assertTrue(both.stream().allMatch(x -> x.code().equals(DiagnosticsFeature.UNKNOWN_NAME)), both.toString());
    }

    @Test
    void ederrorNumbersOutsideTheRegistry() {
        Diagnostic d = only(Dialect.COREFILE, String.format(TEMPLATE, "ederror 50 \"custom\""), "");
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED, d.code());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("https://www.rfc-editor.org/rfc/rfc8914.html#section-5.2", d.href());
        assertTrue(d.message().contains("EDE 50") && d.message().contains("36-49151"), d.message());
        assertEquals(List.of(), fixes(Dialect.COREFILE, String.format(TEMPLATE, "ederror 50 \"custom\""), "", d));
        Diagnostic p = only(Dialect.COREFILE, String.format(TEMPLATE, "ederror 60000"), "");
        assertEquals(Diagnostic.Severity.INFORMATION, p.severity());
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED, p.code());
        clean(Dialect.COREFILE, String.format(TEMPLATE, "ederror 21 \"not served here\""));
        clean(Dialect.COREFILE, String.format(TEMPLATE, "ederror 35"));
    }

    @Test
    void ederrorTakesANumberNotAName() {
        fixesTo(Dialect.COREFILE, String.format(TEMPLATE, "ederror Prohibited \"no\""), DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "Prohibited", String.format(TEMPLATE, "ederror 18 \"no\""));
        Diagnostic d = only(Dialect.COREFILE, String.format(TEMPLATE, "ederror 70000"), "");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, d.code());
        clean(Dialect.COREFILE, String.format(TEMPLATE, "ederror {$EDE}"));
    }

    @Test
    void theRealisticCorefileIsClean() throws IOException {
        for (String f : List.of("Corefile", "coredns-configmap.yaml", "negative/Corefile")) {
            assertEquals(List.of(), corpus("config/" + f), f);
        }
    }

    // ------------------------------------------------------------------------------------------------ dnsdist

    @Test
    void dnsRcodeMembers() {
        Diagnostic d = fixesTo(Dialect.LUA, "addAction(AllRule(), RCodeAction(DNSRCode.NOTIMPL))",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NOTIMPL",
                "addAction(AllRule(), RCodeAction(DNSRCode.NOTIMP))");
        assertEquals("https://www.dnsdist.org/reference/constants.html#rcode", d.href());
        fixesTo(Dialect.LUA, "addAction(AllRule(), RCodeAction(DNSRCode.NxDomain))", DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "NxDomain", "addAction(AllRule(), RCodeAction(DNSRCode.NXDOMAIN))");
        clean(Dialect.LUA, "addResponseAction(ERCodeRule(DNSRCode.BADVERS), DropResponseAction())");
        clean(Dialect.LUA, "-- RCodeAction(DNSRCode.NOTIMPL) was wrong");
    }

    @Test
    void aLuaProgramsOwnTablesAreNotDnsConstants() {
        // OpenResty or Neovim code with a class called Policy: definitions and method calls are no RPZ policies
        clean(Dialect.LUA, "local Policy = {}\nPolicy.__index = Policy\nfunction Policy.new(name) return "
                + "setmetatable({name = name}, Policy) end\nlocal p = Policy.new('x')\nPolicy:check()\n");
        clean(Dialect.LUA, "policy.DROP = function() end\nDNSRCode.CUSTOM = 99\n");
        // used as values, the members are still checked
        Diagnostic d = only(Dialect.LUA, "rpzFile('x.rpz', {defpol=Policy.NxDomain})", "");
        assertEquals(DiagnosticsFeature.WRONG_CASE, d.code());
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME,
                only(Dialect.LUA, "if dq.rcode == DNSRCode.NXDOMIAN then end", "").code());
    }

    @Test
    void dnsActionMembers() {
        fixesTo(Dialect.LUA, "  return DNSAction.NXDomain", DiagnosticsFeature.WRONG_CASE, Diagnostic.Severity.ERROR,
                "NXDomain", "  return DNSAction.Nxdomain");
        Diagnostic d = only(Dialect.LUA, "  return DNSResponseAction.Nxdomain", "");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, d.code());
        clean(Dialect.LUA, "  return DNSAction.SetTag, 'x'");
        clean(Dialect.LUA, "  return DNSAction.Spoof, '192.0.2.1'");
    }

    @Test
    void aDynamicBlocksActionThatDrops() {
        // dnsdist's dynamic blocks act on Drop, NoOp, Nxdomain, Refused, Truncate, NoRecurse (SetTag, None per rule);
        // any other DNSAction falls to the default branch and drops; setDynBlocksAction refuses them and keeps Drop
        String conf = "setDynBlocksAction(DNSAction.ServFail)\n";
        Diagnostic d = only(Dialect.LUA, conf, "");
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING, d.code());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("ServFail", conf.substring(d.start(), d.end()));
        // setDynBlocksAction refuses it (dnsdist logs an error and keeps its default)
        assertTrue(d.message().contains("takes only") && d.message().contains("keeps the default"), d.message());
        assertEquals("https://www.dnsdist.org/guides/dynblocks.html", d.href());
        List<Action> actions = fixes(Dialect.LUA, conf, "", d);
        assertEquals(List.of("Change to Refused: answer REFUSED"), actions.stream().map(Action::title).toList());
        assertEquals("setDynBlocksAction(DNSAction.Refused)\n", apply(conf, actions.get(0)));
        Diagnostic pool = only(Dialect.LUA, "local dbr = dynBlockRulesGroup()\n"
                + "dbr:setRCodeRate(DNSRCode.NXDOMAIN, 20, 10, \"Exceeded NXD rate\", 60, DNSAction.Pool)\n", "");
        assertEquals(List.of(), pool.replacements());
        assertTrue(pool.message().contains("drops") && pool.message().contains("DNSAction.Refused"), pool.message());
        // the action on the line after the call, and addDynamicBlock(ip, msg, action, seconds)
        Diagnostic below = only(Dialect.LUA, "local dbr = dynBlockRulesGroup()\ndbr:setQueryRate(30, 10, \"x\", 60,\n"
                + "    DNSAction.ServFail)\n", "");
        assertEquals(2, below.line());
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING, below.code());
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING,
                only(Dialect.LUA, "addDynamicBlock(\"192.0.2.1\", \"abuse\", DNSAction.ServFail, 60)\n", "").code());
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING,
                only(Dialect.LUA, "setDynBlocksAction(DNSAction.SetTag)\n", "").code());
        clean(Dialect.LUA, "setDynBlocksAction(DNSAction.Refused)\nsetDynBlocksAction(DNSAction.NoRecurse)\n");
        clean(Dialect.LUA, "addDynBlocks(exceedServFails(10, 5), \"too many\", 60, DNSAction.Nxdomain)\n"
                + "addDynBlocks(exceedNXDOMAINs(10, 5), \"x\", 60, DNSAction.None)\n");
        // outside a dynamic block ServFail answers SERVFAIL
        clean(Dialect.LUA, "function f(dq) return DNSAction.ServFail end\naddAction(AllRule(), LuaAction(f))\n");
    }

    @Test
    void anArgumentOnTheLineAfterTheCallIsCheckedToo() {
        // addAction(x, RCodeAction( then the code on its own line, as formatters and long rules leave it
        Diagnostic d = only(Dialect.LUA, "addAction(\"example.com.\", RCodeAction(\n  DNSRCode.BADCOOKIE))\n", "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, d.code());
        assertEquals(1, d.line());
        assertEquals("DNSRCode.BADCOOKIE", "  DNSRCode.BADCOOKIE))".substring(d.start(), d.end()));
        assertTrue(d.message().contains("ERCodeAction"), d.message());
        assertEquals(List.of(), d.replacements(), "the function to rename is on the line above");
        Diagnostic rule = only(Dialect.LUA, "addResponseAction(\n  RCodeRule(\n    16), DropResponseAction())\n", "");
        assertEquals(2, rule.line());
        assertTrue(rule.message().contains("never matches"), rule.message());
        // a blank line between is fine; the extended forms take it; a comment opens no call
        clean(Dialect.LUA, "addAction(AllRule(), ERCodeAction(\n\n  DNSRCode.BADCOOKIE))\n");
        clean(Dialect.LUA, "-- addAction(AllRule(), RCodeAction(\n  DNSRCode.NOERROR)\n");
        clean(Dialect.LUA, "addAction(AllRule(), RCodeAction(\n  DNSRCode.REFUSED))\n");
        // the argument of another call on the next line is not the RCODE
        clean(Dialect.LUA, "addAction(AllRule(), RCodeAction(\n  myRcode, {ra=false}))\n");
    }

    @Test
    void rcodeRuleAboveFifteenNeedsTheExtendedForm() {
        Diagnostic d = fixesTo(Dialect.LUA, "addResponseAction(RCodeRule(DNSRCode.BADVERS), DropResponseAction())",
                DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR, "RCodeRule",
                "addResponseAction(ERCodeRule(DNSRCode.BADVERS), DropResponseAction())");
        assertEquals("https://www.dnsdist.org/reference/selectors.html#RCodeRule", d.href());
        assertEquals("Rename RCodeRule to ERCodeRule", fixes(Dialect.LUA,
                "addResponseAction(RCodeRule(DNSRCode.BADVERS), DropResponseAction())", "", d).get(0).title());
        Diagnostic a = fixesTo(Dialect.LUA, "addAction(AllRule(), RCodeAction(23))", DiagnosticsFeature.INVALID_IN_PLACE,
                Diagnostic.Severity.ERROR, "RCodeAction", "addAction(AllRule(), ERCodeAction(23))");
        assertEquals("https://www.dnsdist.org/reference/actions.html#RCodeAction", a.href());
        assertTrue(a.message().contains("23 (BADCOOKIE)"), a.message());
        assertTrue(d.message().contains("DNSRCode.BADVERS (16)"), d.message());
        // BADKEY to BADTRUNC are TSIG and TKEY errors: no rule or action sees them, extended or not, and no fix
        Diagnostic k = only(Dialect.LUA, "addResponseAction(RCodeRule(DNSRCode.BADKEY), DropResponseAction())", "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, k.code());
        assertEquals("DNSRCode.BADKEY", "addResponseAction(RCodeRule(DNSRCode.BADKEY), DropResponseAction())"
                .substring(k.start(), k.end()));
        assertTrue(k.message().contains("DNSRCode.BADKEY (17) exists only in the Error field of a TSIG or TKEY")
                && k.message().contains("RCodeRule never matches it"), k.message());
        assertEquals(List.of(), k.replacements());
        // DNSRCode.BADSIG is 16 too, but a reply's 16 is BADVERS: no rename fix that would make it match BADVERS
        Diagnostic bs = only(Dialect.LUA, "addResponseAction(RCodeRule(DNSRCode.BADSIG), DropResponseAction())", "");
        assertEquals(Diagnostic.Severity.ERROR, bs.severity());
        assertEquals(List.of(), bs.replacements());
        assertTrue(bs.message().contains("DNSRCode.BADSIG (16) is the TSIG error BADSIG")
                && bs.message().contains("16 is BADVERS") && bs.message().contains("with ERCodeRule"), bs.message());
        Diagnostic ebs = only(Dialect.LUA, "addAction(AllRule(), ERCodeAction(DNSRCode.BADSIG))", "");
        assertEquals(Diagnostic.Severity.WARNING, ebs.severity());
        assertEquals(List.of(), ebs.replacements());
        Diagnostic n = only(Dialect.LUA, "addAction(AllRule(), RCodeAction(20))", "");
        assertTrue(n.message().contains("20 (BADNAME)") && n.message().contains("RCodeAction cannot answer with it"),
                n.message());
        Diagnostic et = only(Dialect.LUA, "addAction(AllRule(), ERCodeAction(DNSRCode.BADTIME))", "");
        assertTrue(et.message().contains("ERCodeAction cannot answer with it"), et.message());
        assertTrue(only(Dialect.LUA, "addResponseAction(ERCodeRule(5000), DropResponseAction())", "").message()
                .startsWith("5000 exists only in the Error field"));
        clean(Dialect.LUA, "addResponseAction(ERCodeRule(DNSRCode.BADCOOKIE), DropResponseAction())");
        clean(Dialect.LUA, "addResponseAction(ERCodeRule(3000), DropResponseAction())");
        clean(Dialect.LUA, "addResponseAction(RCodeRule(DNSRCode.SERVFAIL), DropResponseAction())");
        clean(Dialect.LUA, "addAction(AllRule(), RCodeAction(5))");
        clean(Dialect.LUA, "addAction(AllRule(), RCodeAction(code))");
    }

    @Test
    void setExtendedDnsErrorActionOutsideTheRegistry() {
        Diagnostic d = only(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(100, 'x'))", "");
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED, d.code());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("100", "addAction(AllRule(), SetExtendedDNSErrorAction(100, 'x'))".substring(d.start(), d.end()));
        // the INFO-CODE is 16 bits
        Diagnostic big = only(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(70000))", "");
        assertEquals(Diagnostic.Severity.ERROR, big.severity());
        assertTrue(big.message().contains("from 0 to 65535"), big.message());
        clean(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(15, 'blocked'))");
        clean(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(code))");
    }

    @Test
    void anRcodeConstantWhereAnEdeCodeBelongs() {
        String text = "addAction(QNameSuffixRule('ads.example.'), SetExtendedDNSErrorAction(DNSRCode.NXDOMAIN, "
                + "'blocked'))";
        Diagnostic d = only(Dialect.LUA, text, "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, d.code());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("DNSRCode.NXDOMAIN", text.substring(d.start(), d.end()));
        assertEquals("https://www.dnsdist.org/reference/actions.html#SetExtendedDNSErrorAction", d.href());
        assertTrue(d.message().startsWith("SetExtendedDNSErrorAction takes an Extended DNS Error (EDE) code")
                && d.message().contains("RCODE 3") && d.message().contains("EDE 3 (Stale Answer)"), d.message());
        assertEquals(List.of(), fixes(Dialect.LUA, text, "", d), "only the author knows which EDE was meant");
        String response = "addResponseAction(RCodeRule(DNSRCode.SERVFAIL), "
                + "SetExtendedDNSErrorResponseAction(DNSRCode.SERVFAIL))";
        Diagnostic r = only(Dialect.LUA, response, "");
        assertEquals(Diagnostic.Severity.WARNING, r.severity());
        assertTrue(r.message().startsWith("SetExtendedDNSErrorResponseAction")
                && r.message().contains("EDE 2 (Unsupported DS Digest Type)"), r.message());
        // PowerDNS: the same mistake in dq.extendedErrorCode
        Diagnostic p = only(Dialect.LUA, "  dq.extendedErrorCode = pdns.NXDOMAIN", "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, p.code());
        assertEquals(Diagnostic.Severity.WARNING, p.severity());
        assertEquals("https://doc.powerdns.com/recursor/lua-scripting/dq.html", p.href());
        // a misspelt constant is reported once, on the member
        Diagnostic m = only(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(DNSRCode.NXDOMIAN))", "");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, m.code());
        // other tables, variables and fields are left alone
        clean(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(ede.blocked, 'x'))");
        clean(Dialect.LUA, "  dq.extendedErrorCode = cfg.code");
    }

    // ------------------------------------------------------------------------------------------------ PowerDNS

    @Test
    void pdnsConstants() {
        fixesTo(Dialect.LUA, "  dq.rcode = pdns.nxdomain", DiagnosticsFeature.WRONG_CASE, Diagnostic.Severity.ERROR,
                "nxdomain", "  dq.rcode = pdns.NXDOMAIN");
        fixesTo(Dialect.LUA, "  dq.rcode = pdns.NOTIMPL", DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR,
                "NOTIMPL", "  dq.rcode = pdns.NOTIMP");
        // other members of pdns are none of our business
        clean(Dialect.LUA, "  dq:addAnswer(pdns.A, '192.0.2.1')");
        clean(Dialect.LUA, "  pdns.log('x', pdns.loglevels.Warning)");
    }

    @Test
    void pdnsMisspeltConstants() {
        String hook = "function nxdomain(dq)\n  if dq.qname:isPartOf(blocked) then\n    dq.rcode = pdns.%s\n"
                + "    return true\n  end\n  return false\nend\n";
        Diagnostic d = fixesTo(Dialect.LUA, "file:///etc/powerdns/recursor.lua", String.format(hook, "NXDOMIAN"),
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "NXDOMIAN", String.format(hook, "NXDOMAIN"));
        assertEquals(List.of("NXDOMAIN"), d.replacements());
        assertTrue(d.message().contains("Did you mean NXDOMAIN"), d.message());
        assertEquals("https://doc.powerdns.com/recursor/lua-scripting/dq.html", d.href());
        fixesTo(Dialect.LUA, "  dq.rcode = pdns.SERVFIAL", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "SERVFIAL", "  dq.rcode = pdns.SERVFAIL");
        fixesTo(Dialect.LUA, "  dq.rcode = pdns.REFUSD", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "REFUSD", "  dq.rcode = pdns.REFUSED");
        // QTypes, functions and sub-tables are far from every RCODE constant
        for (String member : List.of("A", "AAAA", "NS", "MX", "TXT", "SOA", "CNAME", "DNAME", "NSEC", "NSEC3",
                "RRSIG", "DNSKEY", "ANY", "now", "log", "getMetric", "resolve", "loglevels.Error")) {
            clean(Dialect.LUA, "x = pdns." + member);
        }
    }

    @Test
    void pdnsDropIsDeprecated() {
        String text = "function preresolve(dq)\n  if dq.qname:equal('ads.example.') then\n    dq.rcode = pdns.DROP\n"
                + "    return true\n  end\n  return false\nend\n";
        Diagnostic d = only(Dialect.LUA, text, "");
        assertEquals(DiagnosticsFeature.DEPRECATED, d.code());
        assertEquals(Diagnostic.Severity.INFORMATION, d.severity());
        assertEquals("DROP", text.split("\n")[d.line()].substring(d.start(), d.end()));
        assertTrue(d.message().contains("pdns.DROP") && d.message().contains("-2") && d.message().contains("4.4"),
                d.message());
        assertEquals("https://doc.powerdns.com/recursor/lua-scripting/dq.html", d.href());
        assertEquals(List.of(), fixes(Dialect.LUA, text, "", d));
    }

    @Test
    void pdnsPolicyKinds() {
        fixesTo(Dialect.LUA, "  dq.appliedPolicy.policyKind = pdns.policykinds.Nxdomain",
                DiagnosticsFeature.WRONG_CASE, Diagnostic.Severity.ERROR, "Nxdomain",
                "  dq.appliedPolicy.policyKind = pdns.policykinds.NXDOMAIN");
        fixesTo(Dialect.LUA, "rpzFile('/etc/pdns/rpz.zone', {defpol=Policy.NXDOMIAN})", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMIAN", "rpzFile('/etc/pdns/rpz.zone', {defpol=Policy.NXDOMAIN})");
        clean(Dialect.LUA, "rpzFile('/etc/pdns/rpz.zone', {defpol=Policy.Custom, defcontent='x.example.'})");
        Diagnostic d = only(Dialect.LUA, "  dq.extendedErrorCode = 40000", "");
        assertEquals(DiagnosticsFeature.EDE_UNREGISTERED, d.code());
        clean(Dialect.LUA, "  dq.extendedErrorCode = 15");
    }

    // ------------------------------------------------------------------------------------------------ Knot Resolver

    @Test
    void kresdDropAnswersServfail() {
        String text = "policy.add(policy.suffix(policy.DROP, policy.todnames({'botnet.example.'})))";
        Diagnostic d = only(Dialect.LUA, text, "");
        assertEquals(DiagnosticsFeature.SURPRISING_MEANING, d.code());
        assertEquals(Diagnostic.Severity.INFORMATION, d.severity());
        assertTrue(d.message().contains("SERVFAIL") && d.message().contains("NO_ANSWER"), d.message());
        List<Action> actions = fixes(Dialect.LUA, text, "", d);
        assertEquals(1, actions.size());
        assertFalse(actions.get(0).preferred(), "DROP may be what was meant");
        assertEquals("Change to NO_ANSWER: send no answer at all", actions.get(0).title());
        String fixed = apply(text, actions.get(0));
        assertEquals("policy.add(policy.suffix(policy.NO_ANSWER, policy.todnames({'botnet.example.'})))", fixed);
        clean(Dialect.LUA, fixed);
    }

    @Test
    void kresdDenyMsgGivenUncalledIsCalled() {
        String text = "policy.add(policy.suffix(policy.DENY_MSG, {todname('bad.example.')}))";
        Diagnostic d = fixesTo(Dialect.LUA, text, DiagnosticsFeature.INVALID_IN_PLACE, Diagnostic.Severity.ERROR,
                "DENY_MSG", "policy.add(policy.suffix(policy.DENY_MSG(), {todname('bad.example.')}))");
        assertTrue(d.message().contains("policy.DENY_MSG('message')"), d.message());
        assertEquals("Call DENY_MSG()", fixes(Dialect.LUA, text, "", d).get(0).title());
        // called, or a reference outside a call (kept to be called later): nothing
        clean(Dialect.LUA, "policy.add(policy.suffix(policy.DENY_MSG('go away'), {todname('bad.example.')}))");
        clean(Dialect.LUA, "policy.add(policy.suffix(policy.DENY_MSG (), {todname('bad.example.')}))");
        clean(Dialect.LUA, "local deny = policy.DENY_MSG");
        clean(Dialect.LUA, "policy.add(policy.suffix(policy.DENY, {todname('bad.example.')}))");
    }

    @Test
    void kresdPolicyAndConstants() {
        fixesTo(Dialect.LUA, "policy.add(policy.all(policy.deny))", DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "deny", "policy.add(policy.all(policy.DENY))");
        fixesTo(Dialect.LUA, "policy.add(policy.all(policy.NXDOMAIN))", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NXDOMAIN", "policy.add(policy.all(policy.DENY))");
        fixesTo(Dialect.LUA, "if answer:rcode() == kres.rcode.NOTIMP then", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "NOTIMP", "if answer:rcode() == kres.rcode.NOTIMPL then");
        fixesTo(Dialect.LUA, "policy.DENY_MSG('no', kres.extended_error.blocked)", DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "blocked", "policy.DENY_MSG('no', kres.extended_error.BLOCKED)");
        // a typo of a listed member
        Diagnostic ede = fixesTo(Dialect.LUA,
                "policy.add(policy.suffix(policy.DENY_MSG('ads are blocked here', kres.extended_error.BLOCKD), "
                        + "policy.todnames({'ads.example.'})))", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "BLOCKD",
                "policy.add(policy.suffix(policy.DENY_MSG('ads are blocked here', kres.extended_error.BLOCKED), "
                        + "policy.todnames({'ads.example.'})))");
        assertEquals(List.of("BLOCKED"), ede.replacements());
        fixesTo(Dialect.LUA, "policy.DENY_MSG('no', kres.extended_error.CENSORD)", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "CENSORD", "policy.DENY_MSG('no', kres.extended_error.CENSORED)");
        // members we do not list are not flagged
        clean(Dialect.LUA, "policy.DENY_MSG('no', kres.extended_error.PROHIBITED)");
        clean(Dialect.LUA, "local ede = kres.extended_error.NONE");
        clean(Dialect.LUA, "policy.add(policy.suffix(policy.FORWARD({'192.0.2.53'}), policy.todnames({'x.'})))");
        clean(Dialect.LUA, "policy.add(policy.pattern(policy.REFUSE, '^%d+'))");
        for (String member : List.of("ANSWER", "STUB", "MIRROR", "REROUTE", "QTRACE", "FLAGS", "DEBUG_ALWAYS",
                "TLS_FORWARD", "rpz", "todnames", "suffix_common")) {
            clean(Dialect.LUA, "x = policy." + member);
        }
    }

    @Test
    void theRealisticLuaConfigsGetOnlyTheDropNote() throws IOException {
        List<Diagnostic> kresd = corpus("config/kresd.conf");
        assertTrue(kresd.stream().allMatch(d -> d.code().equals(DiagnosticsFeature.SURPRISING_MEANING)), kresd.toString());
        assertEquals(1, kresd.size(), kresd.toString());
        for (String f : List.of("dnsdist.conf", "recursor-config.lua", "negative/dnsdist.conf",
                "negative/kresd.conf")) {
            assertEquals(List.of(), corpus("config/" + f), f);
        }
        // both recursor samples still use the deprecated pdns.DROP
        for (String f : List.of("recursor.lua", "negative/recursor.lua")) {
            List<Diagnostic> found = corpus("config/" + f);
            assertEquals(1, found.size(), f + ": " + found);
            assertEquals(DiagnosticsFeature.DEPRECATED, found.get(0).code(), f);
        }
    }

    // ------------------------------------------------------------------------------------------------ Unbound

    @Test
    void unboundLocalZoneTypes() {
        Diagnostic d = fixesTo(Dialect.UNBOUND_CONF, "server:\n    local-zone: \"ads.example.\" always_nxdomian\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "always_nxdomian",
                "server:\n    local-zone: \"ads.example.\" always_nxdomain\n");
        assertEquals("https://unbound.docs.nlnetlabs.nl/en/latest/manpages/unbound.conf.html", d.href());
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"ads.example.\" nxdomain", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "nxdomain", "    local-zone: \"ads.example.\" always_nxdomain");
        // a misspelled code name leads to the type that answers it
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"ads.example.\" nxdomian", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "nxdomian", "    local-zone: \"ads.example.\" always_nxdomain");
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"ads.example.\" Always_Refuse", DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "Always_Refuse", "    local-zone: \"ads.example.\" always_refuse");
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"ads.example.\" \"statc\"", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "statc", "    local-zone: \"ads.example.\" \"static\"");
        // the nearest type, '-' read as '_', accepted types that completion does not offer included
        Diagnostic b = fixesTo(Dialect.UNBOUND_CONF, "server:\n    local-zone: \"b.\" block_aaaa_data\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "block_aaaa_data",
                "server:\n    local-zone: \"b.\" block_aaaa_wdata\n");
        assertEquals(List.of("block_aaaa_wdata"), b.replacements());
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"ads.example.\" always-nxdomain", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "always-nxdomain", "    local-zone: \"ads.example.\" always_nxdomain");
        fixesTo(Dialect.UNBOUND_CONF, "    access-control: 10.0.0.0/8 allow-snoop", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "allow-snoop", "    access-control: 10.0.0.0/8 allow_snoop");
        // a type being typed is told the types it begins, not the nearest by edits (always_nxd is 3 edits from
        // always_null, which answers 0.0.0.0, and 5 from always_nxdomain)
        for (String typed : List.of("always_nx", "always_nxd", "always_nxdo")) {
            Diagnostic t = fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"x.\" " + typed,
                    DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, typed,
                    "    local-zone: \"x.\" always_nxdomain");
            assertEquals(List.of("always_nxdomain"), t.replacements(), typed);
        }
        fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"x.\" inform_d", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "inform_d", "    local-zone: \"x.\" inform_deny");
        clean(Dialect.UNBOUND_CONF, "    local-zone: \"home.arpa.\" static # local names");
        clean(Dialect.UNBOUND_CONF, "    # local-zone: \"ads.example.\" nonsense");
        // undocumented but accepted by local_zone_str2type
        clean(Dialect.UNBOUND_CONF, "    local-zone: \"c.example.\" truncate");
    }

    @Test
    void unboundResponseIpActions() {
        // respip_action_cfg takes ten of the local-zone types; static, refuse and the others stop Unbound
        clean(Dialect.UNBOUND_CONF, "server:\n    response-ip: 192.0.2.0/24 always_nxdomain\n"
                + "    response-ip: 198.51.100.0/24 always_nodata\n    response-ip: 203.0.113.0/24 redirect\n");
        Diagnostic d = only(Dialect.UNBOUND_CONF, "server:\n    response-ip: 192.0.2.0/24 static\n", "");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME, d.code());
        assertTrue(d.message().contains("Unbound response-ip action"), d.message());
        fixesTo(Dialect.UNBOUND_CONF, "    response-ip: 198.51.100.0/24 refuse", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "refuse", "    response-ip: 198.51.100.0/24 always_refuse");
        assertEquals(DiagnosticsFeature.UNKNOWN_NAME,
                only(Dialect.UNBOUND_CONF, "    response-ip: 203.0.113.0/24 always_null", "").code());
    }

    @Test
    void unboundDenyDropsSilently() {
        Diagnostic d = fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"quiet.example.\" deny",
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.HINT, "deny",
                "    local-zone: \"quiet.example.\" refuse");
        // a local zone's deny still answers from local data; always_deny and access-control's deny do not
        assertTrue(d.message().contains("(unless local data matches)"), d.message());
        assertFalse(fixes(Dialect.UNBOUND_CONF, "    local-zone: \"quiet.example.\" deny", "", d).get(0).preferred());
        assertEquals("Change to refuse: answer REFUSED",
                fixes(Dialect.UNBOUND_CONF, "    local-zone: \"quiet.example.\" deny", "", d).get(0).title());
        Diagnostic always = fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"quiet.example.\" always_deny",
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.HINT, "always_deny",
                "    local-zone: \"quiet.example.\" always_refuse");
        assertFalse(always.message().contains("local data"), always.message());
        Diagnostic acl = fixesTo(Dialect.UNBOUND_CONF, "    access-control: 10.66.0.0/16 deny",
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.HINT, "deny",
                "    access-control: 10.66.0.0/16 refuse");
        assertFalse(acl.message().contains("local data"), acl.message());
        // inform_deny logs, then drops like deny
        Diagnostic i = fixesTo(Dialect.UNBOUND_CONF, "    local-zone: \"inf.example.\" inform_deny",
                DiagnosticsFeature.SURPRISING_MEANING, Diagnostic.Severity.HINT, "inform_deny",
                "    local-zone: \"inf.example.\" refuse");
        assertTrue(i.message().contains("logs the query and then drops it") && i.message().contains("does not log")
                && i.message().contains("(unless local data matches)"),
                i.message());
        assertFalse(fixes(Dialect.UNBOUND_CONF, "    local-zone: \"inf.example.\" inform_deny", "", i).get(0)
                .preferred());
        clean(Dialect.UNBOUND_CONF, "    local-zone: \"inf.example.\" inform");
        clean(Dialect.UNBOUND_CONF, "    access-control: 0.0.0.0/0 refuse");
        clean(Dialect.UNBOUND_CONF, "    access-control: 10.0.0.0/8 allow_snoop");
    }

    @Test
    void unboundRpzActionOverride() {
        clean(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: nxdomain\n");
        fixesTo(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: passthrough\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "passthrough", "rpz:\n    rpz-action-override: passthru\n");
        // services/rpz.c accepts tcp_only and compares with strcmp: the case matters, the hyphen is wrong
        clean(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: tcp_only\n");
        fixesTo(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: NXDOMAIN\n", DiagnosticsFeature.WRONG_CASE,
                Diagnostic.Severity.ERROR, "NXDOMAIN", "rpz:\n    rpz-action-override: nxdomain\n");
        fixesTo(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: tcp-only\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "tcp-only", "rpz:\n    rpz-action-override: tcp_only\n");
    }

    @Test
    void theRealisticUnboundConfGetsOnlyDenyHints() throws IOException {
        List<Diagnostic> all = corpus("config/unbound.conf");
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().allMatch(d -> d.severity() == Diagnostic.Severity.HINT), all.toString());
        // the negative sample names no code, but its two deny lines still drop queries silently
        List<Diagnostic> negative = corpus("config/negative/unbound.conf");
        assertEquals(2, negative.size(), negative.toString());
        assertTrue(negative.stream().allMatch(d -> d.code().equals(DiagnosticsFeature.SURPRISING_MEANING)),
                negative.toString());
    }

    @Test
    void anUnboundIncludeWithoutAServerClauseIsChecked() {
        String blocklist = "# generated by update-blocklist, do not edit\n"
                + "local-zone: \"ads.example.\" always_nxdomain\n"
                + "local-zone: \"tracker.example.\" always_nxdomian\n"
                + "local-data: \"ads.example. A 0.0.0.0\"\n";
        for (String uri : List.of("file:///etc/unbound/unbound.conf.d/blocklist.conf", "file:///srv/dns/blocklist.txt",
                "untitled:Untitled-1")) {
            DocumentText doc = DocumentText.of(blocklist);
            Dialect dialect = DialectDetector.detect(uri, null, doc.lineCount(), doc::line);
            assertEquals(Dialect.UNBOUND_CONF, dialect, uri);
            TextContext ctx = new TextContext(Catalog.standard(), dialect, uri, doc);
            List<Diagnostic> found = DiagnosticsFeature.diagnose(ctx, 0, doc.lineCount(),
                    Catalog.standard().texts("en"));
            assertEquals(1, found.size(), uri + ": " + found);
            assertEquals(DiagnosticsFeature.UNKNOWN_NAME, found.get(0).code());
            assertEquals(2, found.get(0).line());
            assertEquals(List.of("always_nxdomain"), found.get(0).replacements());
        }
    }

    // ------------------------------------------------------------------------------------------------ BIND

    @Test
    void namedResponsePolicy() throws IOException {
        Diagnostic d = fixesTo(Dialect.NAMED_CONF,
                "options {\n    response-policy { zone \"rpz.local\" policy nxdomian; };\n};\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "nxdomian",
                "options {\n    response-policy { zone \"rpz.local\" policy nxdomain; };\n};\n");
        assertTrue(d.href().startsWith("https://bind9.readthedocs.io/"), d.href());
        // '_' for '-': the older no-op (passthru), and tcp-only
        Diagnostic n = fixesTo(Dialect.NAMED_CONF,
                "options {\n    response-policy { zone \"c\" policy no_op; };\n};\n",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "no_op",
                "options {\n    response-policy { zone \"c\" policy no-op; };\n};\n");
        assertEquals(List.of("no-op"), n.replacements());
        fixesTo(Dialect.NAMED_CONF, "response-policy { zone \"rpz.local\" policy tcp_only; };",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "tcp_only",
                "response-policy { zone \"rpz.local\" policy tcp-only; };");
        clean(Dialect.NAMED_CONF, "response-policy { zone \"rpz.local\" policy NXDOMAIN; };");
        clean(Dialect.NAMED_CONF, "response-policy { zone \"w.rpz\" policy cname walled.example.; };");
        clean(Dialect.NAMED_CONF, "/*\nresponse-policy { zone \"rpz.local\" policy bogus; };\n*/");
        // ede: BIND's names of the policy EDE codes
        Diagnostic ede = fixesTo(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" ede blockd; };",
                DiagnosticsFeature.UNKNOWN_NAME, Diagnostic.Severity.ERROR, "blockd",
                "response-policy { zone \"rpz\" ede blocked; };");
        assertTrue(ede.message().contains("ede value"), ede.message());
        clean(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" policy nxdomain ede forged; zone \"b\" ede none; };");
        clean(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" ede Censored; };");
        // ede on a line of its own in a clause over several lines
        Diagnostic edeBelow = only(Dialect.NAMED_CONF,
                "response-policy {\n    zone \"rpz6\"\n        policy nxdomain\n        ede filterd;\n};\n", "");
        assertEquals(3, edeBelow.line());
        assertEquals(List.of("filtered"), edeBelow.replacements());
        // a zone clause over several lines: policy on the next line, or its word there
        Diagnostic next = only(Dialect.NAMED_CONF,
                "response-policy {\n    zone \"rpz.local\"\n        policy nxdomian;\n};\n", "");
        assertEquals(2, next.line());
        assertEquals(List.of("nxdomain"), next.replacements());
        Diagnostic word = only(Dialect.NAMED_CONF,
                "response-policy {\n    zone \"rpz.local\" policy\n        pasthru;\n};\n", "");
        assertEquals(2, word.line());
        assertEquals(List.of("passthru"), word.replacements());
        clean(Dialect.NAMED_CONF, "response-policy {\n    zone \"a\"\n        policy passthru;\n    zone \"b\" policy\n"
                + "        cname walled.example.;\n};\n");
        // a closed statement above opens nothing: these words are not policies
        clean(Dialect.NAMED_CONF, "response-policy { zone \"a\"; };\nbogus policy yes;\n");
        clean(Dialect.NAMED_CONF, "zone \"example.com\" {\n    type primary;\n    file \"db\";\n};\n");
        assertEquals(List.of(), corpus("config/named.conf"));
        assertEquals(List.of(), corpus("config/negative/named.conf"));
    }

    // ------------------------------------------------------------------------------------------------ RPZ zones

    @Test
    void rpzTargetsWithoutTheFinalDotOrMisspelled() {
        String uri = "file:///etc/bind/db.rpz.local";
        Diagnostic d = fixesTo(Dialect.ZONE, uri, "ok.example CNAME rpz-passthru\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "rpz-passthru", "ok.example CNAME rpz-passthru.\n");
        // a relative rpz-passthru is a name in the zone, so the record is Local-Data: a CNAME rewrite, not a pass
        assertTrue(d.message().contains("final dot") && d.message().contains("Local-Data")
                && d.message().contains("rewritten to a CNAME"), d.message());
        d = fixesTo(Dialect.ZONE, uri, "drop.example CNAME rpz-dorp.\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "rpz-dorp.", "drop.example CNAME rpz-drop.\n");
        // the target's own final dot stays apart from the sentence's punctuation
        assertTrue(d.message().startsWith("\"rpz-dorp.\" is not a valid") && d.message().endsWith("\"rpz-drop.\"?"),
                d.message());
        clean(Dialect.ZONE, "a CNAME .\nb CNAME *.\nc CNAME rpz-passthru.\nd CNAME rpz-drop.\ne CNAME RPZ-TCP-ONLY.\n"
                + "f CNAME *.garden.example.\n", uri);
        // not an RPZ zone: ordinary names are not policies
        clean(Dialect.ZONE, "$ORIGIN example.com.\nwww CNAME rpz-passthru\n", "file:///etc/bind/db.example.com");
        // the relative target's message quotes both names, so the action's own dot stays apart from the period
        assertTrue(only(Dialect.ZONE, "ok.example CNAME rpz-passthru\n", uri).message().endsWith("\"rpz-passthru.\"."));
    }

    @Test
    void aTemplateCannotAnswerWithATsigError() {
        String corefile = "example.org {\n    template IN A example.org {\n        rcode %s\n    }\n}\n";
        Diagnostic d = only(Dialect.COREFILE, String.format(corefile, "BADKEY"), "");
        assertEquals(DiagnosticsFeature.INVALID_IN_PLACE, d.code());
        assertTrue(d.message().contains("BADKEY (17)") && d.message().contains("TSIG"), d.message());
        // BADSIG is miekg's only name of 16 (a reply's BADVERS): said by its note, not here; reply codes are fine
        clean(Dialect.COREFILE, String.format(corefile, "BADSIG"));
        clean(Dialect.COREFILE, String.format(corefile, "BADCOOKIE"));
        clean(Dialect.COREFILE, String.format(corefile, "NXDOMAIN"));
    }

    @Test
    void anRpzTldThatIsNoActionIsSaidToBeNone() {
        // rpz-nxdomain. and rpz-nodata. look like actions, and are what Unbound's log calls its actions; the format
        // writes them CNAME . and CNAME *.
        String uri = "file:///etc/bind/db.rpz.local";
        Diagnostic nx = fixesTo(Dialect.ZONE, uri, "bad.example CNAME rpz-nxdomain.\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.WARNING, "rpz-nxdomain.", "bad.example CNAME .\n");
        assertTrue(nx.message().contains("no RPZ action") && nx.message().contains("CNAME ."), nx.message());
        fixesTo(Dialect.ZONE, uri, "bad.example CNAME rpz-nodata.\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.WARNING, "rpz-nodata.", "bad.example CNAME *.\n");
        Diagnostic other = only(Dialect.ZONE, "x.example CNAME rpz-local-data.\n", uri);
        assertEquals(Diagnostic.Severity.WARNING, other.severity());
        assertEquals(List.of(), other.replacements());
    }

    @Test
    void rpzLocalDataTargetsAreNotTypos() {
        // a walled garden or a resolver alias: CNAMEs to real hosts whose first label starts with rpz-
        String uri = "file:///etc/bind/db.rpz.corp";
        clean(Dialect.ZONE, "ads.example.com CNAME rpz-dns.corp.example.\ntracker.example.net CNAME rpz-log.corp."
                + "example.\nx.example CNAME rpz-proxy\ny.example CNAME rpz-top.example.\n", uri);
        // an ordinary zone with a host named rpz-dns is no RPZ zone
        clean(Dialect.ZONE, "$ORIGIN example.com.\nrpz-dns  A   192.0.2.53\nresolver CNAME rpz-dns.example.com.\n"
                + "resolver2 CNAME rpz-dns\nresolver3 CNAME rpz-dorp.\n", "file:///etc/bind/db.example.com");
        // a single absolute label one typo away from an action is still a typo
        fixesTo(Dialect.ZONE, uri, "drop.example CNAME rpz-drpo.\n", DiagnosticsFeature.UNKNOWN_NAME,
                Diagnostic.Severity.ERROR, "rpz-drpo.", "drop.example CNAME rpz-drop.\n");
    }

    @Test
    void theRealisticZonesAreClean() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS.resolve("zone"))) {
            for (Path p : s.filter(x -> !x.toString().endsWith(".expected")).toList()) {
                assertEquals(List.of(), corpus("zone/" + p.getFileName()), p.toString());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ not configs

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** The diagnostics of a corpus sample, with its dialect detected as the language server would. */
    static List<Diagnostic> corpus(String relative) throws IOException {
        Path p = CORPUS.resolve(relative);
        DocumentText doc = DocumentText.of(Files.readString(p, StandardCharsets.UTF_8));
        String uri = p.toUri().toString();
        Dialect dialect = DialectDetector.detect(uri, null, doc.lineCount(), doc::line);
        TextContext ctx = new TextContext(Catalog.standard(), dialect, uri, doc);
        return DiagnosticsFeature.diagnose(ctx, 0, doc.lineCount(), Catalog.standard().texts("en"));
    }

    @Test
    void logsAndToolOutputAreNeverDiagnosed() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String folder : List.of("log", "output")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
                for (Path p : s.filter(x -> !x.toString().endsWith(".expected")).sorted().toList()) {
                    files++;
                    DocumentText doc = DocumentText.of(Files.readString(p, StandardCharsets.UTF_8));
                    // under every dialect that is not a config, whatever the detector says
                    for (Dialect d : List.of(Dialect.LOG, Dialect.DIG, Dialect.TEXT, Dialect.CODE_GO)) {
                        TextContext ctx = new TextContext(Catalog.standard(), d, p.toUri().toString(), doc);
                        List<Diagnostic> found = DiagnosticsFeature.diagnose(ctx, 0, doc.lineCount(),
                                Catalog.standard().texts("en"));
                        if (!found.isEmpty()) {
                            problems.add(p.getFileName() + " as " + d + ": " + found);
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "corpus not found");
        assertEquals(List.of(), problems);
        // and configs read as logs are left alone too
        clean(Dialect.LOG, String.format(TEMPLATE, "rcode nxdomain"));
        clean(Dialect.TEXT, "policy.add(policy.all(policy.DROP))");
    }

    @Test
    void rangesAreClampedAndAStaleDiagnosticGetsNoFix() {
        TextContext ctx = ScanHarness.context(Dialect.COREFILE, String.format(TEMPLATE, "rcode nxdomain"));
        Texts en = ctx.catalog().texts("en");
        assertEquals(1, DiagnosticsFeature.diagnose(ctx, -5, 500, en).size());
        assertEquals(List.of(), DiagnosticsFeature.diagnose(ctx, 3, 2, en));
        assertEquals(List.of(), DiagnosticsFeature.diagnose(ctx, 0, 2, en), "line 2 not requested");
        Diagnostic stale = new Diagnostic(2, 14, 60, Diagnostic.Severity.ERROR, DiagnosticsFeature.WRONG_CASE, "x",
                null, List.of("NXDOMAIN"));
        assertEquals(List.of(), QuickFixes.fixes(ctx, stale, en));
        Diagnostic gone = new Diagnostic(40, 0, 1, Diagnostic.Severity.ERROR, DiagnosticsFeature.WRONG_CASE, "x",
                null, List.of("NXDOMAIN"));
        assertEquals(List.of(), QuickFixes.fixes(ctx, gone, en));
    }

    @Test
    void aHugeFileStaysCheap() {
        StringBuilder sb = new StringBuilder(".:53 {\n    forward . 192.0.2.53 {\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("        next NXDOMAIN SERVFAIL\n");
        }
        sb.append("    }\n}\n").append("x".repeat(1_000_000)).append(" rcode\n");
        TextContext ctx = ScanHarness.context(Dialect.COREFILE, sb.toString());
        long t0 = System.nanoTime();
        List<Diagnostic> d = DiagnosticsFeature.diagnose(ctx, 0, ctx.lineCount(), ctx.catalog().texts("en"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), d);
        assertTrue(ms < 10_000, "took " + ms + " ms");

        // a big ordinary zone full of CNAMEs, and a big RPZ zone
        StringBuilder zone = new StringBuilder("$ORIGIN example.com.\n");
        StringBuilder rpz = new StringBuilder("$ORIGIN rpz.example.\n");
        for (int i = 0; i < 100_000; i++) {
            zone.append("host").append(i).append(" CNAME target").append(i % 7).append(".example.net.\n");
            rpz.append("bad").append(i).append(".example CNAME ").append(i % 2 == 0 ? "." : "rpz-passthru.")
                    .append('\n');
        }
        for (StringBuilder z : List.of(zone, rpz)) {
            TextContext zc = ScanHarness.context(Dialect.ZONE, z.toString(), "file:///var/named/zone.db");
            t0 = System.nanoTime();
            assertEquals(List.of(), DiagnosticsFeature.diagnose(zc, 0, zc.lineCount(), zc.catalog().texts("en")));
            ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 10_000, "zone took " + ms + " ms");
        }
    }

    @Test
    void everyLabelKeyUsedExistsInEnglish() {
        Texts en = Catalog.standard().texts("en");
        for (Slots.Kind k : Slots.Kind.values()) {
            assertTrue(en.labelKeys().contains(k.what), k.what);
            for (Choice c : Slots.choices(Catalog.standard(), k)) {
                if (c.detailKey() != null) {
                    assertTrue(en.labelKeys().contains(c.detailKey()), c.detailKey());
                }
            }
        }
        for (String key : List.of("diag.unknownName", "diag.unknownName.suggest", "diag.wrongCase",
                "diag.nameExpected", "diag.numberExpected", "diag.numberExpected.named", "diag.rewriteRange",
                "diag.failoverNoerror", "diag.rcodeRuleExtended", "diag.rcodeActionExtended", "diag.rcodeRuleTsig",
                "diag.rcodeActionTsig", "diag.rcodeBadsig", "diag.edeUnassigned",
                "diag.edePrivate", "diag.kresdDrop", "diag.unboundDeny", "diag.rpzRelative", "diag.nodataNotRcode",
                "diag.nodataNotRcode.template", "diag.pdnsDropDeprecated", "diag.edeGotRcode",
                "diag.unboundInformDeny", "diag.unboundZoneDeny", "fix.change",
                "fix.remove", "fix.rename", "fix.surprising.kresd", "fix.surprising.unbound", "completion.rcode",
                "completion.ede", "completion.nodata")) {
            assertTrue(en.labelKeys().contains(key), key);
        }
    }
}
