package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.features.Action;
import org.rcodels.server.features.CodeActionsFeature;
import org.rcodels.server.features.Completion;
import org.rcodels.server.features.CompletionFeature;
import org.rcodels.server.features.Diagnostic;
import org.rcodels.server.features.DiagnosticsFeature;
import org.rcodels.server.features.DocumentLinksFeature;
import org.rcodels.server.features.HoverFeature;
import org.rcodels.server.features.InlayHintsFeature;
import org.rcodels.server.lsp.Documents;
import org.rcodels.server.lsp.OpenDocument;
import org.rcodels.server.render.Markdown;
import org.rcodels.server.scan.TextContext;

/**
 * Text taken from a document never becomes markup. Documents of every dialect hold lines that carry Markdown links,
 * images, HTML, {@code command:} URIs, bare URLs and terminal escape sequences next to real codes; every feature runs
 * at every column of every line, and every Markdown result (hovers in every language, completion documentation) must
 * render as text only ({@link MarkdownSafety}), every plain-text result (diagnostic messages, code action titles,
 * inlay hints, completion labels) must be free of control characters, and every link target must be one of the
 * catalog's references.
 */
class HostileContentTest {

    static final String PAYLOAD = "[x](command:workbench.action.terminal.new) ![i](http://x/y.png) <img src=x> "
            + "<a href=\"command:x\">a</a> **b** `c` www.example.net http://example.net/p \u001b]8;;command:x\u0007y"
            + "\u001b]8;;\u0007 \u001b[2J";

    /** Documents whose lines put the payload next to real codes, each named so that its dialect is detected. */
    static final List<String[]> DOCUMENTS = List.of(
            new String[] {"file:///h/coredns.log", "log",
                // the line, then the same kind of lines with the payload where the format still holds
                "[ERROR] plugin/errors: 2 [x](command:workbench.action.terminal.new) ![i](http://x/y.png) <img src=x> "
                    + "example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout\n"
                    + "[ERROR] plugin/errors: 2 example.org. A: read udp 10.0.0.1:36797->10.0.0.2:53: i/o timeout "
                    + PAYLOAD + "\n[INFO] 127.0.0.1:44301 - 29008 \"A IN example.org. udp 41 false 4096\" "
                    + "NXDOMAIN qr,rd,ra 68 0.03s " + PAYLOAD + "\n"},
            new String[] {"file:///h/answer.txt", "plaintext",
                ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 43575 " + PAYLOAD + "\n"
                    + "; EDE: 18 (Prohibited): (" + PAYLOAD + ")\n;; flags: qr rd ra; QUERY: 1, ANSWER: 0\n"},
            new String[] {"file:///h/unbound.log", "log",
                "[1737712285] unbound[287883:0] info: 127.0.0.1 nothere.example.com. A IN NXDOMAIN 0.000123 0 45 "
                    + PAYLOAD + "\n[1737712285] unbound[287883:0] info: " + PAYLOAD + " A IN SERVFAIL 0.1 0 45\n"},
            new String[] {"file:///h/kresd.conf", "lua",
                "-- kresd.conf\npolicy.add(policy.suffix(policy.DROP, {todname('evil.example')})) -- " + PAYLOAD
                    + "\npolicy.add(policy.all(policy.DENY_MSG('" + PAYLOAD + "')))\n"
                    + "policy.add(policy.suffix(policy.REFUSE, {todname('x.')})) --[[ " + PAYLOAD + " ]]\n"},
            new String[] {"file:///h/dnsdist.conf", "lua",
                "addAction(AllRule(), RCodeAction(DNSRCode.REFUSED)) -- " + PAYLOAD
                    + "\naddResponseAction(RCodeRule(2), LogResponseAction('" + PAYLOAD + "'))\n"},
            new String[] {"file:///h/recursor.lua", "lua",
                "function preresolve(dq)\n  dq.rcode = 3 -- " + PAYLOAD + "\n  dq.rcode = pdns.NXDOMAIN\nend\n"},
            new String[] {"file:///h/Corefile", "plaintext",
                "example.org {\n    rewrite stop {\n        rcode 2 NOERROR # " + PAYLOAD
                    + "\n    }\n    template IN A " + PAYLOAD + " {\n        rcode NXDOMIAN\n    }\n}\n"},
            new String[] {"file:///h/unbound.conf", "plaintext",
                "server:\n    local-zone: \"doubleclick.net.\" always_nxdomain # " + PAYLOAD
                    + "\n    local-zone: \"" + PAYLOAD + ".\" always_refuse\n    local-zone: \"x.\" alwys_nodata # "
                    + PAYLOAD + "\n"},
            new String[] {"file:///h/named.conf", "plaintext",
                "options {\n    response-policy { zone \"" + PAYLOAD + "\"; };\n    servfail-ttl 30; // " + PAYLOAD
                    + "\n};\n"},
            new String[] {"file:///h/db.rpz", "dns-zone",
                "$TTL 60\n@ SOA localhost. root.localhost. 1 1h 15m 30d 2h\nevil.example CNAME . ; " + PAYLOAD
                    + "\n*.evil.example CNAME *. ; " + PAYLOAD + "\n"},
            new String[] {"file:///h/check.py", "python",
                "if r.rcode() == 3:  # " + PAYLOAD + "\n    print('" + PAYLOAD + " NXDOMAIN')\nrcode = dns.rcode.SERVFAIL\n"},
            new String[] {"file:///h/main.go", "go",
                "if m.Rcode == dns.RcodeNameError { // " + PAYLOAD + "\n\treturn errors.New(\"" + PAYLOAD
                    + " SERVFAIL\")\n}\n"});

    static final Catalog CATALOG = Catalog.standard();

    @Test
    void theCheckerCatchesWhatItMust() {
        assertFalse(MarkdownSafety.violations(PAYLOAD).isEmpty());
        for (String bad : List.of("[x](command:y)", "![i](http://x/y.png)", "<img src=x>", "<http://x>",
                "command:workbench.action.terminal.new", "see www.example.net", "[x]: http://y", "`a` [b](c)")) {
            assertFalse(MarkdownSafety.violations(bad).isEmpty(), bad);
        }
        for (String ok : List.of("`[x](command:y)`", "\\[x\\](command\\:y)", "[RFC 1035](https://www.rfc-editor.org/rfc/rfc1035.html)",
                "a \\< b", "``<img>``")) {
            assertEquals(List.of(), MarkdownSafety.violations(ok), ok);
        }
        // and the renderer's escaping passes it
        assertEquals(List.of(), MarkdownSafety.violations(Markdown.escape(PAYLOAD)));
    }

    @Test
    void everyFeatureAtEveryColumnKeepsDocumentTextInert() {
        Documents docs = new Documents();
        int hovers = 0;
        int markdownChecked = 0;
        int plainChecked = 0;
        int mentioned = 0;
        List<String> problems = new ArrayList<>();
        Set<String> docsWithHover = new LinkedHashSet<>();
        List<String> languages = List.of("en", "fr", "ar", "zh", "ru", "ja", "es", "id", "vi");
        for (String[] d : DOCUMENTS) {
            OpenDocument doc = docs.open(d[0], d[1], 1, d[2]);
            TextContext ctx = new TextContext(CATALOG, doc.dialect(), doc.uri(), doc.text());
            for (int line = 0; line < doc.text().lineCount(); line++) {
                String text = doc.text().line(line);
                Set<String> seen = new LinkedHashSet<>();
                for (int col = 0; col <= text.length(); col++) {
                    Texts t = CATALOG.texts(languages.get((line + col) % languages.size()));
                    var hover = HoverFeature.hover(ctx, line, col, t, true);
                    if (hover.isPresent()) {
                        hovers++;
                        docsWithHover.add(d[0]);
                        if (seen.add(t.language() + hover.get().content())) {
                            markdownChecked++;
                            check(problems, d[0] + " hover " + line + ":" + col, hover.get().content(), true);
                        }
                    }
                    Completion c = CompletionFeature.complete(ctx, line, col, t);
                    for (Completion.Item item : c.items()) {
                        plainChecked++;
                        check(problems, d[0] + " completion label", item.label(), false);
                        check(problems, d[0] + " completion detail", item.detail(), false);
                        check(problems, d[0] + " completion insert", item.insertText(), false);
                        if (item.entryId() != null && seen.add("doc " + t.language() + item.entryId())) {
                            markdownChecked++;
                            check(problems, d[0] + " completion documentation",
                                    CompletionFeature.documentation(CATALOG, t, item.entryId(), true), true);
                        }
                    }
                }
                for (Action a : CodeActionsFeature.actions(ctx, line, 0, text.length(), List.of(), CATALOG.texts("en"))) {
                    plainChecked++;
                    check(problems, d[0] + " action title", a.title(), false);
                }
                for (InlayHintsFeature.Hint h : InlayHintsFeature.hints(ctx, line, line + 1)) {
                    plainChecked++;
                    check(problems, d[0] + " inlay hint", h.label(), false);
                }
                for (DocumentLinksFeature.Link l : DocumentLinksFeature.links(ctx, line, line + 1)) {
                    if (MarkdownSafety.ALLOWED.stream().noneMatch(l.url()::startsWith)) {
                        problems.add(d[0] + " document link to " + l.url());
                    }
                }
            }
            for (Diagnostic diag : DiagnosticsFeature.diagnose(ctx, 0, doc.text().lineCount(), CATALOG.texts("en"))) {
                mentioned++;
                plainChecked++;
                check(problems, d[0] + " diagnostic", diag.message(), false);
                for (String r : diag.replacements()) {
                    check(problems, d[0] + " quick fix text", r, false);
                }
                for (Action a : CodeActionsFeature.actions(ctx, diag.line(), diag.start(), diag.end(), List.of(diag),
                        CATALOG.texts("en"))) {
                    check(problems, d[0] + " quick fix title", a.title(), false);
                }
            }
        }
        System.out.println("[reliability] hostile content: " + hovers + " hovers, " + markdownChecked
                + " distinct Markdown texts and " + plainChecked + " plain-text results checked, " + mentioned
                + " diagnostics, on " + DOCUMENTS.size() + " documents");
        assertEquals(List.of(), problems);
        // the test means something only if the hostile lines do produce hovers in most dialects
        assertEquals(DOCUMENTS.size(), docsWithHover.size(), "hovers found in " + docsWithHover);
        assertTrue(markdownChecked > 100, "Markdown texts checked: " + markdownChecked);
    }

    /** Markdown must render as text only; plain text must hold no control characters (terminal escapes). */
    private static void check(List<String> problems, String where, String s, boolean markdown) {
        if (s == null) {
            return;
        }
        if (markdown) {
            for (String v : MarkdownSafety.violations(s)) {
                problems.add(where + ": " + v);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0) {
                problems.add(where + ": control character U+" + Integer.toHexString(c) + " in " + s.replace("\n", "\\n"));
                break;
            }
        }
        if (!markdown && (s.contains("](command:") || s.contains("<img"))) {
            problems.add(where + ": document markup copied into a plain-text result: " + s);
        }
    }
}
