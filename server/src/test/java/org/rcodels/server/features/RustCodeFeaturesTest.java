package org.rcodels.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.ScanHarness;
import org.rcodels.server.scan.TextContext;

/**
 * The features on Rust code are those of the other languages: hover, code actions and colouring on the codes named;
 * no completion and no diagnostics, which belong to config slots.
 */
class RustCodeFeaturesTest {
    private static final Texts EN = Catalog.standard().texts("en");

    private static Optional<HoverFeature.Result> hover(String textWithCursor) {
        CompletionHarness.At at = CompletionHarness.at(textWithCursor);
        TextContext ctx = ScanHarness.context(Dialect.CODE_RUST, at.text(), "file:///src/probe.rs");
        return HoverFeature.hover(ctx, at.line(), at.column(), EN, true);
    }

    @Test
    void hoverNamesTheCrateAndItsSpelling() {
        HoverFeature.Result domain = hover("Rcode::NXDO\u2038MAIN => None,").orElseThrow();
        assertTrue(domain.content().startsWith("**NXDOMAIN (3)"), domain.content());
        assertTrue(domain.content().contains("Rust domain crate"), domain.content());
        assertEquals("rust-domain", domain.mention().tool());

        HoverFeature.Result hickory = hover("ResponseCode::NX\u2038Domain => None,").orElseThrow();
        assertTrue(hickory.content().startsWith("**NXDOMAIN (3)"), hickory.content());
        assertTrue(hickory.content().contains("hickory-dns"), hickory.content());
        assertTrue(hickory.content().contains("`NXDomain`"), hickory.content());
    }

    @Test
    void hoverOn16SaysWhichMeaning() {
        String badvers = hover("ResponseCode::BAD\u2038VERS => retry(),").orElseThrow().content();
        String badsig = hover("ResponseCode::BAD\u2038SIG => reject(),").orElseThrow().content();
        assertTrue(badvers.startsWith("**BADVERS (16)"), badvers);
        assertTrue(badsig.startsWith("**BADSIG (16)"), badsig);
        String tsig = hover("TsigRcode::BAD\u2038SIG => reject(),").orElseThrow().content();
        assertEquals(badsig.lines().findFirst(), tsig.lines().findFirst());
        String opt = hover("OptRcode::BAD\u2038VERS => retry(),").orElseThrow().content();
        assertEquals(badvers.lines().findFirst(), opt.lines().findFirst());
    }

    @Test
    void noHoverOnOtherTypes() {
        assertTrue(hover("Status::Re\u2038fused => retry(),").isEmpty());
        assertTrue(hover("stats.nxdomain_co\u2038unt += 1;").isEmpty());
    }

    @Test
    void noCompletionAfterACodeType() {
        // completion belongs to config slots; code gets none, as in Python and Go
        assertEquals(List.of(), CompletionHarness.labels(Dialect.CODE_RUST, "let rc = Rcode::\u2038"));
        assertEquals(List.of(), CompletionHarness.labels(Dialect.CODE_RUST, "ResponseCode::NX\u2038"));
        assertEquals(List.of(), CompletionHarness.labels(Dialect.CODE_RUST, "OpCode::\u2038"));
    }

    @Test
    void noDiagnosticsInCode() {
        // a misspelt constant is the compiler's to report, as in the other languages
        String text = "match rc {\n    Rcode::NXDOMIAN => None,\n    ResponseCode::ServFial => None,\n}\n";
        assertEquals(List.of(), CompletionHarness.diagnose(Dialect.CODE_RUST, text, "file:///src/probe.rs"));
    }

    @Test
    void codeActionsExplainAndCompareTheCode() {
        TextContext ctx = ScanHarness.context(Dialect.CODE_RUST, "    Rcode::NXDOMAIN => None,\n");
        int col = "    Rcode::NX".length();
        List<Action> actions = CodeActionsFeature.actions(ctx, 0, col, col, List.of(), EN);
        assertTrue(actions.stream().anyMatch(a -> Action.EXPLAIN.equals(a.command())
                && a.arguments().equals(List.of("rcode:3"))), actions.toString());
        // NXDOMAIN has a hand-written note with NODATA
        assertTrue(actions.stream().anyMatch(a -> Action.COMPARE.equals(a.command())
                && a.arguments().contains("pseudo:nodata")), actions.toString());
    }

    @Test
    void codesAreColouredBySeverity() {
        TextContext ctx = ScanHarness.context(Dialect.CODE_RUST,
                "ResponseCode::NoError => ok(),\nResponseCode::ServFail => fail(),\nStatus::Refused => x(),\n");
        List<SemanticTokensFeature.Token> tokens = SemanticTokensFeature.tokens(ctx, 0, ctx.lineCount());
        assertEquals(2, tokens.size(), tokens.toString());
        assertEquals(List.of(0, 1), tokens.stream().map(SemanticTokensFeature.Token::line).toList());
        // SERVFAIL is coloured as an error, NOERROR is not
        assertEquals("dnsCodeError", SemanticTokensFeature.TYPES.get(tokens.get(1).type()));
        assertTrue(tokens.get(0).type() != tokens.get(1).type(), tokens.toString());
    }
}
