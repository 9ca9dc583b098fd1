package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rcodels.server.features.CompletionHarness.complete;
import static org.rcodels.server.features.CompletionHarness.item;
import static org.rcodels.server.features.CompletionHarness.labels;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.server.dialect.Dialect;

class CompletionFeatureTest {

    private static final List<String> MIEKG_NAMES = List.of("NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",
            "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI", "BADSIG", "BADKEY",
            "BADTIME", "BADMODE", "BADNAME", "BADALG", "BADTRUNC", "BADCOOKIE");

    private static final String TEMPLATE = "example.org:53 {\n    template IN A example.org {\n        %s\n    }\n}\n";
    private static final String FORWARD = ".:53 {\n    forward . 192.0.2.53 {\n        %s\n    }\n}\n";

    // ------------------------------------------------------------------------------------------------ Corefile

    @Test
    void templateRcodeOffersTheMiekgNamesInUpperCase() {
        Completion c = complete(Dialect.COREFILE, String.format(TEMPLATE, "rcode ‸"));
        // miekg's names, less the TSIG and TKEY errors that no reply carries (BADKEY..BADTRUNC)
        List<String> offered = MIEKG_NAMES.stream().filter(n -> !List.of("BADKEY", "BADTIME", "BADMODE", "BADNAME",
                "BADALG", "BADTRUNC").contains(n)).toList();
        assertEquals(offered, c.items().stream().map(Completion.Item::label).toList());
        Completion.Item nx = item(c, "NXDOMAIN");
        assertEquals("rcode:3", nx.entryId());
        assertEquals("RCODE 3 · Non-Existent Domain", nx.detail());
        assertEquals(Completion.ItemKind.VALUE, nx.kind());
        assertEquals(2, nx.line());
        assertEquals(14, nx.start());
        assertEquals(14, nx.end());
        assertEquals("NXDOMAIN", nx.insertText());
        // 16 is BADSIG in miekg, the TSIG meaning
        assertEquals("rcode:16:badsig", item(c, "BADSIG").entryId());
        assertFalse(c.incomplete());
    }

    @Test
    void typedPrefixFiltersIgnoringCaseAndTheToolsCaseIsInserted() {
        Completion c = complete(Dialect.COREFILE, String.format(TEMPLATE, "rcode nx‸"));
        assertEquals(List.of("NXDOMAIN", "NXRRSET"), c.items().stream().map(Completion.Item::label).toList());
        Completion.Item nx = c.items().get(0);
        assertEquals("NXDOMAIN", nx.insertText());
        assertEquals(14, nx.start(), "replaces the typed word");
        assertEquals(16, nx.end());
    }

    @Test
    void cursorInsideAWordReplacesTheWholeWord() {
        Completion c = complete(Dialect.COREFILE, String.format(TEMPLATE, "rcode SERV‸FAIL"));
        Completion.Item sf = item(c, "SERVFAIL");
        assertEquals(14, sf.start());
        assertEquals(22, sf.end());
    }

    @Test
    void forwardNextOffersEveryNameAndFailoverAllButNoerror() {
        List<String> next = labels(Dialect.COREFILE, String.format(FORWARD, "next ‸"));
        assertEquals(MIEKG_NAMES, next);
        List<String> failover = labels(Dialect.COREFILE, String.format(FORWARD, "failover ‸"));
        assertFalse(failover.contains("NOERROR"), failover.toString());
        assertTrue(failover.containsAll(List.of("SERVFAIL", "REFUSED", "NXDOMAIN")), failover.toString());
        assertEquals(MIEKG_NAMES.size() - 1, failover.size());
    }

    @Test
    void aListDoesNotOfferACodeItAlreadyHas() {
        List<String> failover = labels(Dialect.COREFILE, String.format(FORWARD, "failover SERVFAIL ‸"));
        assertFalse(failover.contains("SERVFAIL"), failover.toString());
        assertTrue(failover.containsAll(List.of("REFUSED", "NXDOMAIN")), failover.toString());
        assertEquals(MIEKG_NAMES.size() - 2, failover.size());
        // CoreDNS reads these names in any case: servfail is SERVFAIL
        List<String> lower = labels(Dialect.COREFILE, String.format(FORWARD, "failover servfail REFUSED ‸"));
        assertFalse(lower.contains("SERVFAIL") || lower.contains("REFUSED"), lower.toString());
        List<String> next = labels(Dialect.COREFILE, String.format(FORWARD, "next NXDOMAIN ‸ SERVFAIL"));
        assertFalse(next.contains("NXDOMAIN") || next.contains("SERVFAIL"), next.toString());
        assertTrue(next.contains("REFUSED"), next.toString());
        // the word under the cursor is being replaced: its own name stays offered
        List<String> own = labels(Dialect.COREFILE, String.format(FORWARD, "failover SERV‸FAIL"));
        assertTrue(own.contains("SERVFAIL"), own.toString());
    }

    @Test
    void corednsLogClassesAreOfferedOnceEach() {
        String log = ".:53 {\n    log . {\n        %s\n    }\n}\n";
        assertEquals(List.of("all", "denial", "error", "success"), labels(Dialect.COREFILE, String.format(log, "class ‸")));
        assertEquals(List.of("all", "error", "success"),
                labels(Dialect.COREFILE, String.format(log, "class denial ‸")));
        Completion.Item denial = item(complete(Dialect.COREFILE, String.format(log, "class d‸")), "denial");
        assertTrue(denial.detail().contains("NXDOMAIN") && denial.detail().contains("NODATA"), denial.detail());
        // a class line in another plugin's block is not the log plugin's
        assertTrue(labels(Dialect.COREFILE, ".:53 {\n    cache {\n        class ‸\n    }\n}\n").isEmpty());
    }

    @Test
    void ederrorOffersTheAssignedEdeNumbersWithTheirNames() {
        Completion c = complete(Dialect.COREFILE, String.format(TEMPLATE, "ederror ‸"));
        assertEquals(36, c.items().size(), c.items().toString());
        assertEquals("0", c.items().get(0).label());
        assertEquals("35", c.items().get(35).label());
        Completion.Item p = item(c, "18");
        assertEquals("EDE 18 · Prohibited", p.detail());
        assertEquals("ede:18", p.entryId());
        assertEquals(List.of("2", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"),
                labels(Dialect.COREFILE, String.format(TEMPLATE, "ederror 2‸")));
    }

    @Test
    void rewriteRcodeOffersNamesForFromAndTo() {
        String oneLine = ".:53 {\n    rewrite rcode example.org. ‸\n}\n";
        assertEquals(MIEKG_NAMES, labels(Dialect.COREFILE, oneLine));
        String matchType = ".:53 {\n    rewrite stop rcode regex (.*)\\.flaky\\.example SERVFAIL ‸\n}\n";
        assertEquals(MIEKG_NAMES, labels(Dialect.COREFILE, matchType));
        String block = ".:53 {\n    rewrite continue {\n        rcode suffix .example. ‸\n    }\n}\n";
        assertEquals(MIEKG_NAMES, labels(Dialect.COREFILE, block));
        // the name being matched is not a code
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    rewrite rcode regex ‸\n}\n"));
        // after a match type and the name: FROM
        assertTrue(labels(Dialect.COREFILE, ".:53 {\n    rewrite stop rcode exact x.example ‸\n}\n")
                .contains("SERVFAIL"));

        // NAME FROM TO is complete: a fourth word is no code's place (CoreDNS would read MATCHTYPE NAME FROM TO)
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    rewrite rcode x.example SERVFAIL NOERROR ‸\n}\n"));
        assertEquals(List.of(), labels(Dialect.COREFILE,
                ".:53 {\n    rewrite rcode exact x.example SERVFAIL NOERROR ‸\n}\n"));
    }

    @Test
    void corefileInAKubernetesConfigMap() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\ndata:\n  Corefile: |\n    .:53 {\n"
                + "        forward . /etc/resolv.conf {\n            next NX‸\n        }\n    }\n";
        assertEquals(List.of("NXDOMAIN", "NXRRSET"), labels(Dialect.COREFILE, yaml));
    }

    @Test
    void nothingWhereNoCodeBelongsInACorefile() {
        // other directives
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    errors ‸\n}\n"));
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    forward . ‸\n}\n"));
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    cache 30 ‸\n}\n"));
        // rcode outside a template or rewrite block, next outside forward
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    rcode ‸\n}\n"));
        assertEquals(List.of(), labels(Dialect.COREFILE, ".:53 {\n    cache {\n        next ‸\n    }\n}\n"));
        // comments and strings
        assertEquals(List.of(), labels(Dialect.COREFILE, String.format(TEMPLATE, "# rcode ‸")));
        assertEquals(List.of(), labels(Dialect.COREFILE, String.format(TEMPLATE, "rcode NXDOMAIN # or ‸")));
        assertEquals(List.of(), labels(Dialect.COREFILE, String.format(TEMPLATE, "answer \"‸\"")));
        // the keyword itself
        assertEquals(List.of(), labels(Dialect.COREFILE, String.format(TEMPLATE, "rcode‸")));
        // a second argument is not an rcode
        assertEquals(List.of(), labels(Dialect.COREFILE, String.format(TEMPLATE, "rcode NXDOMAIN ‸")));
    }

    // ------------------------------------------------------------------------------------------------ dnsdist

    @Test
    void dnsRcodeMembersIncludeTheExtendedOnes() {
        Completion c = complete(Dialect.LUA, "local wanted = DNSRCode.‸");
        List<String> l = c.items().stream().map(Completion.Item::label).toList();
        assertTrue(l.containsAll(List.of("NOERROR", "NOTIMP", "NOTZONE", "BADVERS", "BADSIG", "BADCOOKIE")), l.toString());
        assertFalse(l.contains("NOTIMPL"), l.toString());
        assertFalse(l.contains("DSOTYPENI"), "dnsdist has no DSOTYPENI constant");
        assertEquals(20, l.size());
        assertEquals("rcode:16:badvers", item(c, "BADVERS").entryId());
        assertEquals(Completion.ItemKind.CONSTANT, item(c, "BADVERS").kind());
        assertEquals(List.of("NXDOMAIN", "NXRRSET"), labels(Dialect.LUA, "addAction(AllRule(), RCodeAction(DNSRCode.nx‸))"));
        // inside RCodeAction/RCodeRule only what the diagnostics accept there: the header's 0-15
        List<String> header = labels(Dialect.LUA, "addAction(AllRule(), RCodeAction(DNSRCode.‸))");
        assertTrue(header.containsAll(List.of("NOERROR", "SERVFAIL", "NOTZONE")), header.toString());
        assertFalse(header.contains("BADVERS") || header.contains("BADCOOKIE") || header.contains("BADKEY"),
                header.toString());
        // ERCodeRule/ERCodeAction also the OPT record's codes, never the TSIG-only ones
        List<String> extended = labels(Dialect.LUA, "addResponseAction(ERCodeRule(DNSRCode.‸), DropResponseAction())");
        assertTrue(extended.containsAll(List.of("SERVFAIL", "BADVERS", "BADCOOKIE")), extended.toString());
        assertFalse(extended.contains("BADSIG") || extended.contains("BADKEY") || extended.contains("BADTRUNC"),
                extended.toString());
        // the argument on the line after the call
        assertFalse(labels(Dialect.LUA, "addAction(AllRule(), RCodeAction(\n  DNSRCode.‸))").contains("BADCOOKIE"));
    }

    @Test
    void aDynamicBlockOffersTheActionsItTakes() {
        assertEquals(List.of("Drop", "Nxdomain", "Refused", "Truncate", "NoRecurse", "NoOp"),
                labels(Dialect.LUA, "setDynBlocksAction(DNSAction.‸)"));
        assertEquals(List.of("Drop", "Nxdomain", "Refused", "Truncate", "NoRecurse", "NoOp"),
                labels(Dialect.LUA, "dbr:setRCodeRate(DNSRCode.NXDOMAIN, 20, 10, \"x\", 60, DNSAction.‸)"));
        assertTrue(labels(Dialect.LUA, "addAction(AllRule(), LuaAction(function(dq) return DNSAction.‸ end))")
                .contains("ServFail"));
    }

    @Test
    void dnsActionMembersSayWhichProduceACode() {
        Completion c = complete(Dialect.LUA, "function f(dq)\n  return DNSAction.‸\nend");
        List<String> l = c.items().stream().map(Completion.Item::label).toList();
        assertTrue(l.containsAll(List.of("Nxdomain", "Refused", "ServFail", "Drop", "Truncate", "Allow", "None",
                "NoOp", "Spoof", "Pool", "NoRecurse", "HeaderModify", "Delay")), l.toString());
        assertEquals(List.of("Nxdomain", "Refused", "ServFail"), l.subList(0, 3));
        assertEquals("rcode:3", item(c, "Nxdomain").entryId());
        assertEquals("answers NXDOMAIN", item(c, "Nxdomain").detail());
        assertNull(item(c, "Drop").entryId());
        assertEquals("drops the query: no answer", item(c, "Drop").detail());
        assertEquals(Completion.ItemKind.ENUM_MEMBER, item(c, "Drop").kind());

        List<String> response = labels(Dialect.LUA, "return DNSResponseAction.‸");
        assertTrue(response.containsAll(List.of("ServFail", "Drop", "Truncate", "Allow", "None")), response.toString());
        assertFalse(response.contains("Nxdomain"), "DNSResponseAction has no Nxdomain");
    }

    @Test
    void setExtendedDnsErrorActionTakesAnEdeNumber() {
        Completion c = complete(Dialect.LUA, "addAction(QNameRule('ads.example.'), SetExtendedDNSErrorAction(1‸");
        assertEquals("1", c.items().get(0).label());
        assertEquals("EDE 15 · Blocked", item(c, "15").detail());
        assertEquals(List.of("1", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"),
                c.items().stream().map(Completion.Item::label).toList());
        assertTrue(labels(Dialect.LUA, "addResponseAction(AllRule(), SetExtendedDNSErrorResponseAction(‸")
                .contains("22"));
    }

    @Test
    void rcodeRuleOffersHeaderCodesAndErcodeRuleAlsoTheExtendedOnes() {
        List<String> header = labels(Dialect.LUA, "addResponseAction(RCodeRule(‸");
        assertEquals("DNSRCode.NOERROR", header.get(0));
        assertTrue(header.containsAll(List.of("DNSRCode.SERVFAIL", "DNSRCode.NOTZONE", "0", "3", "11")),
                header.toString());
        assertFalse(header.contains("DNSRCode.BADVERS"), header.toString());
        assertFalse(header.contains("16"), header.toString());
        List<String> extended = labels(Dialect.LUA, "addResponseAction(ERCodeRule(‸");
        assertTrue(extended.containsAll(List.of("DNSRCode.SERVFAIL", "DNSRCode.BADVERS", "DNSRCode.BADCOOKIE", "16",
                "23")), extended.toString());
        // TSIG-only codes never appear in the OPT record
        assertFalse(extended.contains("DNSRCode.BADKEY"), extended.toString());
        // typing the member name finds the constant
        assertEquals(List.of("DNSRCode.REFUSED"), labels(Dialect.LUA, "addAction(AllRule(), RCodeAction(REF‸"));
        // the argument on the line after the call
        List<String> below = labels(Dialect.LUA, "addResponseAction(RCodeRule(\n  ‸");
        assertEquals(header, below);
        assertEquals(List.of("DNSRCode.REFUSED"), labels(Dialect.LUA, "addAction(AllRule(), RCodeAction(\n    REF‸"));
        assertTrue(labels(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(\n  ‸").contains("18"));
    }

    // ------------------------------------------------------------------------------------------------ PowerDNS

    @Test
    void pdnsOffersTheRcodeConstantsAndTheDeprecatedDrop() {
        Completion c = complete(Dialect.LUA, "function nxdomain(dq)\n  dq.rcode = pdns.‸\nend");
        List<String> l = c.items().stream().map(Completion.Item::label).toList();
        assertEquals(List.of("NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET",
                "NXRRSET", "NOTAUTH", "NOTZONE", "DROP"), l);
        assertNull(item(c, "DROP").entryId());
        assertTrue(item(c, "DROP").detail().contains("deprecated"), item(c, "DROP").detail());
    }

    @Test
    void pdnsPolicyKindsAndRpzPolicies() {
        List<String> kinds = List.of("NXDOMAIN", "NODATA", "Drop", "Truncate", "NoAction", "Custom");
        // the kinds by number (the diagnostics' table) are the same names
        assertEquals(new java.util.TreeSet<>(kinds), new java.util.TreeSet<>(Slots.PDNS_KINDS_BY_NUMBER));
        assertEquals(kinds, labels(Dialect.LUA, "dq.appliedPolicy.policyKind = pdns.policykinds.‸"));
        // policyKind = pdns. wants a kind, not an RCODE constant (a different number): the kinds are offered
        assertEquals(kinds.stream().map(k -> "policykinds." + k).toList(),
                labels(Dialect.LUA, "dq.appliedPolicy.policyKind = pdns.‸"));
        assertTrue(labels(Dialect.LUA, "dq.rcode = pdns.‸").contains("NXDOMAIN"));
        assertEquals(kinds, labels(Dialect.LUA, "rpzFile('/etc/pdns/rpz.zone', {defpol=Policy.‸})"));
        Completion c = complete(Dialect.LUA, "rpzFile('/etc/pdns/rpz.zone', {defpol=Policy.NO‸})");
        assertEquals(List.of("NODATA", "NoAction"), c.items().stream().map(Completion.Item::label).toList());
        assertEquals("pseudo:nodata", item(c, "NODATA").entryId());
    }

    @Test
    void pdnsExtendedErrorCodeTakesAnEdeNumber() {
        assertTrue(labels(Dialect.LUA, "  dq.extendedErrorCode = ‸").contains("15"));
        assertEquals(List.of(), labels(Dialect.LUA, "  if dq.extendedErrorCode == ‸"));
    }

    // ------------------------------------------------------------------------------------------------ Knot Resolver

    @Test
    void kresdPolicyAddTakesAFilterNotAnAction() {
        // policy.add(policy.all(...)): the rule's first argument is a filter; the actions go inside it
        assertEquals(List.of(), labels(Dialect.LUA, "policy.add(policy.‸"));
        assertTrue(labels(Dialect.LUA, "policy.add(policy.all(policy.‸").contains("DENY"));
        assertTrue(labels(Dialect.LUA, "policy.add(policy.rpz(policy.‸, '/etc/knot-resolver/block.rpz'))").contains("DENY"));
    }

    @Test
    void kresdPolicyActionsSayWhatTheyAnswer() {
        Completion c = complete(Dialect.LUA, "policy.add(policy.suffix(policy.‸, {todname('example.com.')}))");
        assertEquals(List.of("DENY", "DENY_MSG", "REFUSE", "DROP", "NO_ANSWER", "TC", "PASS"),
                c.items().stream().map(Completion.Item::label).toList());
        Completion.Item drop = item(c, "DROP");
        assertEquals("rcode:2", drop.entryId());
        assertTrue(drop.detail().contains("SERVFAIL"), drop.detail());
        assertEquals("rcode:3", item(c, "DENY").entryId());
        assertNull(item(c, "PASS").entryId());
        assertNull(item(c, "NO_ANSWER").entryId());
        assertEquals("sends no answer at all", item(c, "NO_ANSWER").detail());
        // DENY_MSG is called with its message; the other actions are named
        assertEquals("DENY_MSG('${1:message}')", item(c, "DENY_MSG").snippet());
        assertNull(item(c, "DENY").snippet());
        // not when the call is already there
        Completion called = complete(Dialect.LUA, "policy.add(policy.all(policy.DENY_‸('go away')))");
        assertNull(item(called, "DENY_MSG").snippet());
        // without snippets: the call without arguments, except where the call is already written
        assertEquals("DENY_MSG()", item(c, "DENY_MSG").insertText());
        assertEquals("DENY", item(c, "DENY").insertText());
        assertEquals("DENY_MSG", item(called, "DENY_MSG").insertText());
    }

    @Test
    void kresConstants() {
        List<String> rcodes = labels(Dialect.LUA, "if answer:rcode() == kres.rcode.‸ then");
        assertTrue(rcodes.contains("NOTIMPL"), rcodes.toString());
        assertFalse(rcodes.contains("NOTIMP"), rcodes.toString());
        assertTrue(rcodes.containsAll(List.of("NXDOMAIN", "BADVERS", "BADCOOKIE")), rcodes.toString());
        Completion ede = complete(Dialect.LUA, "policy.DENY_MSG('blocked', kres.extended_error.‸)");
        assertTrue(ede.items().stream().map(Completion.Item::label).toList()
                .containsAll(List.of("BLOCKED", "CENSORED", "FILTERED")), ede.items().toString());
        assertEquals("ede:15", item(ede, "BLOCKED").entryId());
        // NOTAUTH there is EDE 20 (Not Authoritative), in number order
        assertEquals("ede:20", item(ede, "NOTAUTH").entryId());
        List<String> edeLabels = ede.items().stream().map(Completion.Item::label).toList();
        assertTrue(edeLabels.indexOf("NOTAUTH") > edeLabels.indexOf("BLOCKED"), edeLabels.toString());
    }

    @Test
    void aDynamicBlocksRcodeRateCountsTheHeadersCode() {
        // dbr:setRCodeRate counts the reply's 4-bit header RCODE: the extended codes never match
        List<String> l = labels(Dialect.LUA, "dbr:setRCodeRate(DNSRCode.‸, 20, 10, \"x\", 60)");
        assertTrue(l.containsAll(List.of("NXDOMAIN", "SERVFAIL", "REFUSED")), l.toString());
        assertFalse(l.contains("BADCOOKIE") || l.contains("BADVERS") || l.contains("BADKEY"), l.toString());
    }

    @Test
    void nothingWhereNoCodeBelongsInLua() {
        assertEquals(List.of(), labels(Dialect.LUA, "-- addAction(AllRule(), RCodeAction(DNSRCode.‸))"));
        assertEquals(List.of(), labels(Dialect.LUA, "log('DNSRCode.‸')"));
        assertEquals(List.of(), labels(Dialect.LUA, "--[[ old rules\naddAction(AllRule(), RCodeAction(DNSRCode.‸\n]]"));
        assertEquals(List.of(), labels(Dialect.LUA, "local x = ‸"));
        assertEquals(List.of(), labels(Dialect.LUA, "newServer({address='192.0.2.53', pool=‸})"));
        assertEquals(List.of(), labels(Dialect.LUA, "x = mytable.policy.‸"));
        // a sub-table of pdns is not the RCODE constants
        assertEquals(List.of(), labels(Dialect.LUA, "x = pdns.policytypes.‸"));
    }

    // ------------------------------------------------------------------------------------------------ Unbound

    @Test
    void unboundLocalZoneTypes() {
        Completion c = complete(Dialect.UNBOUND_CONF, "server:\n    local-zone: \"ads.example.\" ‸\n");
        List<String> l = c.items().stream().map(Completion.Item::label).toList();
        assertTrue(l.containsAll(List.of("always_nxdomain", "always_nodata", "always_refuse", "always_deny",
                "always_null", "static", "refuse", "deny", "transparent", "redirect", "inform", "block_a",
                "noview", "nodefault")), l.toString());
        assertEquals("rcode:3", item(c, "always_nxdomain").entryId());
        assertEquals("answers NXDOMAIN, even where local data exists", item(c, "always_nxdomain").detail());
        assertEquals(Completion.ItemKind.KEYWORD, item(c, "deny").kind());
        assertNull(item(c, "deny").entryId());
        assertEquals(List.of("always_nxdomain", "always_nodata", "always_null"),
                labels(Dialect.UNBOUND_CONF, "    local-zone: ads.example. always_n‸"));
        // a quoted type
        assertEquals(List.of("refuse"), labels(Dialect.UNBOUND_CONF, "    local-zone: ads.example. \"ref‸\""));
        // override and tag actions take the type as their third value
        assertTrue(labels(Dialect.UNBOUND_CONF, "    local-zone-override: \"ads.example.\" 10.0.0.0/8 ‸")
                .contains("always_refuse"));
    }

    @Test
    void unboundAccessControlActionsAndRpzOverride() {
        Completion c = complete(Dialect.UNBOUND_CONF, "server:\n    access-control: 10.0.0.0/8 ‸\n");
        assertEquals(List.of("allow", "refuse", "deny", "allow_setrd", "allow_snoop", "allow_cookie",
                "refuse_non_local", "deny_non_local"), c.items().stream().map(Completion.Item::label).toList());
        assertEquals("rcode:5", item(c, "refuse").entryId());
        assertEquals(List.of("nxdomain", "nodata", "passthru", "drop", "tcp_only", "disabled", "cname"),
                labels(Dialect.UNBOUND_CONF, "rpz:\n    rpz-action-override: ‸\n"));
    }

    @Test
    void nothingWhereNoCodeBelongsInUnboundConf() {
        assertEquals(List.of(), labels(Dialect.UNBOUND_CONF, "    local-zone: ‸"));
        assertEquals(List.of(), labels(Dialect.UNBOUND_CONF, "    access-control: ‸"));
        assertEquals(List.of(), labels(Dialect.UNBOUND_CONF, "    # local-zone: \"x.\" ‸"));
        assertEquals(List.of(), labels(Dialect.UNBOUND_CONF, "    verbosity: ‸"));
        assertEquals(List.of(), labels(Dialect.UNBOUND_CONF, "    local-data: \"x. A ‸\""));
    }

    // ------------------------------------------------------------------------------------------------ BIND

    @Test
    void namedResponsePolicyPolicies() {
        Completion c = complete(Dialect.NAMED_CONF,
                "options {\n    response-policy {\n        zone \"rpz.local\" policy ‸;\n    };\n};\n");
        assertEquals(List.of("given", "nxdomain", "nodata", "passthru", "drop", "tcp-only", "cname", "disabled"),
                c.items().stream().map(Completion.Item::label).toList());
        assertEquals("pseudo:nodata", item(c, "nodata").entryId());
        assertEquals(List.of("nxdomain", "nodata"),
                labels(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" policy n‸; };"));
        assertEquals(List.of(), labels(Dialect.NAMED_CONF, "zone \"example.com\" { type ‸; };"));
        assertEquals(List.of(), labels(Dialect.NAMED_CONF, "// zone \"rpz\" policy ‸"));
        assertEquals(List.of(), labels(Dialect.NAMED_CONF, "/* response-policy {\nzone \"rpz\" policy ‸ */"));
        // ede: the codes a rewritten answer may carry, by BIND's names
        Completion ede = complete(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" policy nxdomain ede ‸; };");
        assertEquals(List.of("none", "forged", "blocked", "censored", "filtered", "prohibited"),
                ede.items().stream().map(Completion.Item::label).toList());
        assertEquals("ede:15", item(ede, "blocked").entryId());
        assertTrue(item(ede, "blocked").detail().contains("15"), item(ede, "blocked").detail());
        assertEquals(List.of("prohibited"), labels(Dialect.NAMED_CONF, "response-policy { zone \"rpz\" ede pr‸ }"));
        // the clause over two lines
        assertEquals(List.of("nxdomain", "nodata"), labels(Dialect.NAMED_CONF,
                "response-policy {\n    zone \"rpz\"\n        policy n‸;\n};\n"));
        assertEquals(List.of("nxdomain", "nodata"), labels(Dialect.NAMED_CONF,
                "response-policy {\n    zone \"rpz\" policy\n        n‸\n"));
    }

    // ------------------------------------------------------------------------------------------------ RPZ zones

    @Test
    void rpzCnameTargets() {
        String zone = "$TTL 1H\n@ SOA localhost. hostmaster.example. (1 1h 15m 30d 2h)\n  NS localhost.\n"
                + "bad.example CNAME ‸\n";
        Completion c = complete(Dialect.ZONE, zone, "file:///etc/bind/db.rpz.local");
        assertEquals(List.of(".", "*.", "rpz-passthru.", "rpz-drop.", "rpz-tcp-only."),
                c.items().stream().map(Completion.Item::label).toList());
        assertEquals("rcode:3", item(c, ".").entryId());
        assertEquals("pseudo:nodata", item(c, "*.").entryId());
        assertNull(item(c, "rpz-drop.").entryId());
        assertTrue(item(c, "rpz-drop.").detail().contains("SERVFAIL"), "Knot Resolver's reading is mentioned");
        assertEquals(List.of("rpz-passthru.", "rpz-drop.", "rpz-tcp-only."),
                labels(Dialect.ZONE, "ok.example 300 IN CNAME rpz-‸", "file:///var/named/rpz.zone"));
        // RPZ recognised from its content when the file name says nothing
        assertEquals(5, labels(Dialect.ZONE, "$ORIGIN rpz.example.\nbad CNAME ‸\n", "file:///tmp/policy.db").size());
    }

    @Test
    void nothingAfterCnameInAnOrdinaryZone() {
        String zone = "$ORIGIN example.com.\n@ SOA ns1 hostmaster (1 1h 15m 30d 2h)\nwww CNAME ‸\n";
        assertEquals(List.of(), labels(Dialect.ZONE, zone, "file:///etc/bind/db.example.com"));
        assertEquals(List.of(), labels(Dialect.ZONE, "bad.example CNAME . ; ‸", "file:///etc/bind/db.rpz"));
        assertEquals(List.of(), labels(Dialect.ZONE, "bad.example A ‸", "file:///etc/bind/db.rpz"));
    }

    // ------------------------------------------------------------------------------------------------ logs, output

    @Test
    void nothingInLogsToolOutputCodeOrText() {
        assertEquals(List.of(), labels(Dialect.DIG, ";; ->>HEADER<<- opcode: QUERY, status: NX‸, id: 1"));
        assertEquals(List.of(), labels(Dialect.LOG, "rcode ‸"));
        assertEquals(List.of(), labels(Dialect.LOG, "[INFO] 10.0.0.1:5353 - 1 \"A IN x. udp 41 false 512\" ‸"));
        assertEquals(List.of(), labels(Dialect.TEXT, "DNSRCode.‸"));
        assertEquals(List.of(), labels(Dialect.CODE_GO, "m.Rcode = dns.‸"));
        assertEquals(List.of(), labels(Dialect.CODE_PYTHON, "dns.rcode.‸"));
    }

    @Test
    void outOfRangePositionsGiveNothing() {
        var ctx = org.rcodels.server.scan.ScanHarness.context(Dialect.COREFILE, String.format(TEMPLATE, "rcode "));
        assertEquals(Completion.NONE, CompletionFeature.complete(ctx, -1, 0));
        assertEquals(Completion.NONE, CompletionFeature.complete(ctx, 99, 0));
        assertEquals(Completion.NONE, CompletionFeature.complete(ctx, 2, 999));
        assertEquals(Completion.NONE, CompletionFeature.complete(ctx, 2, -3));
    }

    @Test
    void aHugeLineStaysCheap() {
        String huge = "policy.add(policy.suffix(policy.DENY, {" + "'x',".repeat(250_000) + "}))";
        long t0 = System.nanoTime();
        assertEquals(List.of(), labels(Dialect.LUA, huge + "‸"));
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "too slow on a 1 MB line");
    }

    @Test
    void aDnsRcodeConstantInsideSetExtendedDnsErrorActionCompletesTheMember() {
        // the EDE slot spans DNSRCode.X so that diagnostics can explain the mistake; completion takes the member
        List<String> l = labels(Dialect.LUA, "addAction(AllRule(), SetExtendedDNSErrorAction(DNSRCode.NX‸))");
        assertEquals(List.of("NXDOMAIN", "NXRRSET"), l);
    }

    @Test
    void whatCompletionOffersDiagnosticsAccept() {
        // every offered value, put in its place, draws no unknown-name or wrong-case error (the near-miss and
        // separator rules of the diagnostics never reject an offered value)
        String[][] places = {
            {"COREFILE", String.format(TEMPLATE, "rcode ‸")},
            {"LUA", "  dq.rcode = pdns.‸"},
            {"LUA", "policy.DENY_MSG('no', kres.extended_error.‸)"},
            {"LUA", "if answer:rcode() == kres.rcode.‸ then"},
            {"LUA", "addAction(AllRule(), SetExtendedDNSErrorAction(‸))"},
            {"LUA", "  dq.extendedErrorCode = ‸"},
            {"UNBOUND_CONF", "server:\n    local-zone: \"ads.example.\" ‸\n"},
            {"UNBOUND_CONF", "server:\n    access-control: 10.0.0.0/8 ‸\n"},
            {"UNBOUND_CONF", "rpz:\n    rpz-action-override: ‸\n"},
            {"NAMED_CONF", "response-policy { zone \"rpz.local\" policy ‸; };"},
        };
        for (String[] p : places) {
            Dialect d = Dialect.valueOf(p[0]);
            List<String> offered = labels(d, p[1]);
            assertFalse(offered.isEmpty(), p[1]);
            for (String value : offered) {
                String text = p[1].replace("‸", value);
                List<Diagnostic> found = CompletionHarness.diagnose(d, text);
                assertTrue(found.stream().noneMatch(x -> x.code().equals(DiagnosticsFeature.UNKNOWN_NAME)
                        || x.code().equals(DiagnosticsFeature.WRONG_CASE)), text + ": " + found);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ resolve

    @Test
    void documentationRendersTheWholeEntry() {
        Catalog catalog = Catalog.standard();
        String md = CompletionFeature.documentation(catalog, catalog.texts("en"), "rcode:3", true);
        assertTrue(md.contains("NXDOMAIN"), md);
        assertTrue(md.contains("When you see it"), md);
        assertTrue(md.contains("How to fix"), md);
        String text = CompletionFeature.documentation(catalog, catalog.texts("en"), "ede:18", false);
        assertTrue(text.contains("Prohibited"), text);
        assertFalse(text.contains("**"), "plain text has no Markdown: " + text);
        assertEquals("", CompletionFeature.documentation(catalog, catalog.texts("en"), "rcode:999", true));
        assertEquals("", CompletionFeature.documentation(catalog, catalog.texts("en"), null, true));
    }

    @Test
    void everyDetailIsFilledIn() {
        List<String> lines = List.of(String.format(TEMPLATE, "rcode ‸"), "return DNSAction.‸",
                "return DNSResponseAction.‸", "x = pdns.‸", "x = pdns.policykinds.‸", "policy.‸",
                "kres.rcode.‸", "kres.extended_error.‸", "ERCodeAction(‸");
        for (String l : lines) {
            Dialect d = l.contains("template") ? Dialect.COREFILE : Dialect.LUA;
            List<Completion.Item> items = complete(d, l).items();
            assertFalse(items.isEmpty(), l);
            for (Completion.Item i : items) {
                assertFalse(i.detail().isBlank() || i.detail().contains("{") || i.detail().startsWith("completion."),
                        i.toString());
            }
        }
        for (String l : List.of("local-zone: x. ‸", "access-control: ::1 ‸", "rpz-action-override: ‸")) {
            for (Completion.Item i : complete(Dialect.UNBOUND_CONF, l).items()) {
                assertFalse(i.detail().isBlank() || i.detail().contains("{") || i.detail().startsWith("completion."),
                        i.toString());
            }
        }
        for (Completion.Item i : complete(Dialect.NAMED_CONF, "zone \"r\" policy ‸;").items()) {
            assertFalse(i.detail().isBlank() || i.detail().contains("{"), i.toString());
        }
    }

    @Test
    void dnsdistYamlRcodeOffersTheShortNamesAndDynamicRulesTheirActions() {
        String action = "query_rules:\n  - name: \"r\"\n    action:\n      type: RCode\n      rcode: %s\n";
        List<String> names = labels(Dialect.YAML_CONF, String.format(action, "‸"));
        assertEquals(List.of("noerror", "formerr", "servfail", "nxdomain", "notimp", "refused", "yxdomain", "yxrrset",
                "nxrrset", "notauth", "notzone"), names);
        assertEquals(List.of("noerror", "nxdomain", "notimp", "nxrrset", "notauth", "notzone"),
                labels(Dialect.YAML_CONF, String.format(action, "\"n‸\"")));
        Completion.Item r = item(complete(Dialect.YAML_CONF, String.format(action, "ref‸")), "refused");
        assertEquals("rcode:5", r.entryId());
        String dyn = "dynamic_rules:\n  - name: \"d\"\n    rules:\n      - type: rcode-rate\n        action: ‸\n";
        List<String> actions = labels(Dialect.YAML_CONF, dyn);
        assertEquals(List.of("drop", "nxdomain", "refused", "truncate", "norecurse", "noop", "settag"), actions);
        // nothing where no code belongs: a mapping's key, a comment
        assertTrue(labels(Dialect.YAML_CONF, "query_rules:\n  - name: \"r\"\n    action:‸\n").isEmpty());
        assertTrue(labels(Dialect.YAML_CONF, "# rcode: ‸\n").isEmpty());
    }

    @Test
    void powerDnsRecursorYamlRpzPolicyKindsAndEdeNumbers() {
        String rpz = "recursor:\n  rpzs:\n  - name: rpz.example\n    %s\n";
        assertEquals(List.of("NXDOMAIN", "NODATA", "Drop", "Truncate", "NoAction", "Custom"),
                labels(Dialect.YAML_CONF, String.format(rpz, "defpol: ‸")));
        Completion.Item nx = item(complete(Dialect.YAML_CONF, String.format(rpz, "defpol: NX‸")), "NXDOMAIN");
        assertEquals("rcode:3", nx.entryId());
        List<String> ede = labels(Dialect.YAML_CONF, String.format(rpz, "extendedErrorCode: ‸"));
        assertTrue(ede.contains("15") && ede.contains("17") && ede.contains("0"), ede.toString());
    }

    @Test
    void knotResolverViewAnswerAndSubtree() {
        assertEquals(List.of("allow", "refused", "noanswer"),
                labels(Dialect.YAML_CONF, "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: ‸\n"));
        Completion c = complete(Dialect.YAML_CONF, "local-data:\n  rules:\n    - name: a.example.\n      subtree: ‸\n");
        assertEquals(List.of("empty", "nxdomain", "redirect"), c.items().stream().map(Completion.Item::label).toList());
        assertEquals("answers NODATA for the name itself (but SOA and NS) and NXDOMAIN below it", item(c, "empty").detail());
    }

    @Test
    void anEmptyYamlValueBeforeACommentIsCompletedAtTheCursor() {
        String action = "query_rules:\n  - name: \"r\"\n    action:\n      type: RCode\n      rcode: %s\n";
        List<String> names = labels(Dialect.YAML_CONF, String.format(action, "‸"));
        assertEquals(names, labels(Dialect.YAML_CONF, String.format(action, "‸  # refuse them")));
        assertEquals(names, labels(Dialect.YAML_CONF, String.format(action, " ‸ # refuse them")));
        Completion.Item r = item(complete(Dialect.YAML_CONF, String.format(action, "‸ # refuse them")), "refused");
        // inserted at the cursor, the comment stays
        assertEquals(r.start(), r.end());
        assertEquals(List.of("allow", "refused", "noanswer"),
                labels(Dialect.YAML_CONF, "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: ‸ # no\n"));
        String rpz = "recursor:\n  rpzs:\n  - name: rpz.example\n    defpol: ‸ # policy\n";
        assertTrue(labels(Dialect.YAML_CONF, rpz).contains("NXDOMAIN"));
        // not in the comment, not right after the colon, not before a mapping or a list
        assertTrue(labels(Dialect.YAML_CONF, String.format(action, " # refuse ‸them")).isEmpty());
        // right on the '#': the value would run into it and make it part of the scalar
        assertTrue(labels(Dialect.YAML_CONF, String.format(action, " ‸# refuse them")).isEmpty());
        assertTrue(labels(Dialect.YAML_CONF, "query_rules:\n  - name: \"r\"\n    action:\n      type: RCode\n"
                + "      rcode:‸ # x\n").isEmpty());
        assertTrue(labels(Dialect.YAML_CONF, "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: ‸ [x]\n").isEmpty());
    }
}
