package org.rcodels.server.scan.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanHarness;

/** Rust: the domain crate (NLnetLabs) and hickory-dns (trust-dns), read by their code types. */
class RustCodeScannerTest {
    private static final Dialect RS = Dialect.CODE_RUST;

    private static Mention tool(Mention m, String tool) {
        assertEquals(tool, m.tool(), "tool of " + m.text());
        return m;
    }

    // ------------------------------------------------------------------ domain crate

    @Test
    void domainUpperCaseConstants() {
        Mention m = tool(assertMention(RS, "if msg.header().rcode() == Rcode::NXDO\u2038MAIN {", "rcode:3", "NXDOMAIN"),
                "rust-domain");
        assertEquals(Mention.Role.NAME, m.role());
        assertNull(m.note());
        assertMention(RS, "Rcode::SERV\u2038FAIL => retry(),", "rcode:2", "SERVFAIL");
        assertMention(RS, "Rcode::NOT\u2038IMP => unsupported(),", "rcode:4", "NOTIMP");
        // the generic words need no DNS word on the line when the type says what they are
        tool(assertMention(RS, "Rcode::REF\u2038USED => Status::Refused,", "rcode:5", "REFUSED"), "rust-domain");
        assertMention(RS, "    Rcode::NOER\u2038ROR => {}", "rcode:0", "NOERROR");
        assertMention(RS, "OptRcode::BADCOO\u2038KIE => retry_with_cookie(),", "rcode:23", "BADCOOKIE");
        assertMention(RS, "TsigRcode::BAD\u2038KEY => Err(KeyUnknown),", "rcode:17", "BADKEY");
        assertMention(RS, "TsigRcode::BAD\u2038TRUNC => Err(MacTooShort),", "rcode:22", "BADTRUNC");
    }

    @Test
    void fullyQualifiedPathsResolveByTheLastType() {
        tool(assertMention(RS, "let rc = domain::base::iana::Rcode::NXDO\u2038MAIN;", "rcode:3", "NXDOMAIN"),
                "rust-domain");
        tool(assertMention(RS, "hickory_proto::op::ResponseCode::NXDo\u2038main => None,", "rcode:3", "NXDomain"),
                "hickory");
        tool(assertMention(RS, "trust_dns_proto::op::response_code::ResponseCode::Serv\u2038Fail => retry(),",
                "rcode:2", "ServFail"), "hickory");
        // the module path itself names nothing
        assertNoMention(RS, "use domain::base::iana::Rc\u2038ode;");
        assertNoMention(RS, "fn f(code: hickory_proto::op::Response\u2038Code) {}");
    }

    @Test
    void domainCamelCaseVariantsOfOlderReleases() {
        tool(assertMention(RS, "Rcode::NXDo\u2038main => None,", "rcode:3", "NXDomain"), "rust-domain");
        assertMention(RS, "Rcode::Not\u2038Imp | Rcode::Refused => None,", "rcode:4", "NotImp");
        assertMention(RS, "Rcode::NotImp | Rcode::Ref\u2038used => None,", "rcode:5", "Refused");
        assertMention(RS, "OptRcode::Bad\u2038Vers => downgrade_edns(),", "rcode:16:badvers", "BadVers");
        assertMention(RS, "TsigRcode::Bad\u2038Sig => Err(BadSignature),", "rcode:16:badsig", "BadSig");
        assertMention(RS, "ExtendedErrorCode::Dnssec\u2038Bogus => bogus(),", "ede:6", "DnssecBogus");
        assertMention(RS, "ExtendedErrorCode::Stale\u2038NxdomainAnswer => stale(),", "ede:19", "StaleNxdomainAnswer");
        assertMention(RS, "if op == Opcode::D\u2038so { // dns stateful operations", "opcode:6", "Dso");
    }

    @Test
    void domainExtendedErrors() {
        tool(assertMention(RS, "ExtendedErrorCode::DNSSEC_BO\u2038GUS => bogus(),", "ede:6", "DNSSEC_BOGUS"),
                "rust-domain");
        assertMention(RS, "ExtendedErrorCode::PROHI\u2038BITED => denied(),", "ede:18", "PROHIBITED");
        assertMention(RS, "ExtendedErrorCode::NO_REACHABLE_AUTHO\u2038RITY => unreachable(),", "ede:22",
                "NO_REACHABLE_AUTHORITY");
        assertMention(RS, "ExtendedErrorCode::OTH\u2038ER => other(),", "ede:0", "OTHER");
        // EDE names are nothing without their type
        assertNoMention(RS, "let state = BLOC\u2038KED;");
        assertNoMention(RS, "State::BLOC\u2038KED => {}");
    }

    // ------------------------------------------------------------------ the two meanings of 16 (and of 9)

    @Test
    void eachNameOf16KeepsTheMeaningItSays() {
        assertMention(RS, "OptRcode::BAD\u2038VERS => downgrade_edns(),", "rcode:16:badvers", "BADVERS");
        assertMention(RS, "TsigRcode::BAD\u2038SIG => Err(BadSignature),", "rcode:16:badsig", "BADSIG");
        // hickory's ResponseCode has both names for 16; each is read as its name says
        tool(assertMention(RS, "ResponseCode::BAD\u2038VERS => downgrade_edns(),", "rcode:16:badvers", "BADVERS"),
                "hickory");
        tool(assertMention(RS, "ResponseCode::BAD\u2038SIG => Err(BadSignature),", "rcode:16:badsig", "BADSIG"),
                "hickory");
        // both on one line, as hickory's own From<ResponseCode> for u16 writes them
        List<Mention> both = ScanHarness.mentions(RS, "ResponseCode::BADVERS | ResponseCode::BADSIG => 16,");
        assertEquals(List.of("rcode:16:badvers", "rcode:16:badsig"), both.stream().map(m -> m.entry().id()).toList());
        // without a type, the upper-case names follow the same rule as in the other languages
        assertMention(RS, "// the server answered BAD\u2038VERS: retry without EDNS", "rcode:16:badvers", "BADVERS");
        assertMention(RS, "BAD\u2038SIG => reject(),", "rcode:16:badsig", "BADSIG");
    }

    @Test
    void tsigRcodeTakesTheTsigMeaningOfNotauth() {
        assertMention(RS, "TsigRcode::NOT\u2038AUTH => Err(NotAuthorized),", "rcode:9:tsig", "NOTAUTH");
        assertMention(RS, "TsigRcode::Not\u2038Auth => Err(NotAuthorized),", "rcode:9:tsig", "NotAuth");
        assertMention(RS, "Rcode::NOT\u2038AUTH => Err(NotAuthoritative),", "rcode:9", "NOTAUTH");
        assertMention(RS, "OptRcode::NOT\u2038AUTH => Err(NotAuthoritative),", "rcode:9", "NOTAUTH");
        assertMention(RS, "ResponseCode::Not\u2038Auth => Err(NotAuthoritative),", "rcode:9", "NotAuth");
        // a plain code under TsigRcode is still the plain code
        assertMention(RS, "TsigRcode::NOER\u2038ROR => Ok(()),", "rcode:0", "NOERROR");
    }

    // ------------------------------------------------------------------ hickory-dns

    @Test
    void hickoryResponseCodes() {
        tool(assertMention(RS, "ResponseCode::NX\u2038Domain => Status::Missing,", "rcode:3", "NXDomain"), "hickory");
        assertMention(RS, "ResponseCode::Serv\u2038Fail => Status::Failed,", "rcode:2", "ServFail");
        assertMention(RS, "ResponseCode::Form\u2038Err => Status::Failed,", "rcode:1", "FormErr");
        assertMention(RS, "ResponseCode::Re\u2038fused => Status::Refused,", "rcode:5", "Refused");
        assertMention(RS, "ResponseCode::No\u2038Error => Status::Answered,", "rcode:0", "NoError");
        assertMention(RS, "ResponseCode::YX\u2038RRSet => conflict(),", "rcode:7", "YXRRSet");
        assertMention(RS, "ResponseCode::BAD\u2038COOKIE => retry_with_cookie(),", "rcode:23", "BADCOOKIE");
        assertNoMention(RS, "ResponseCode::Unkn\u2038own(code) => log(code),");
    }

    @Test
    void opcodesNeedADnsWordOnTheLine() {
        tool(assertMention(RS, "msg.set_op_code(hickory_proto::op::OpCode::Que\u2038ry);", "opcode:0", "Query"),
                "hickory");
        assertMention(RS, "OpCode::Up\u2038date => apply_update(), // dns UPDATE", "opcode:5", "Update");
        tool(assertMention(RS, "if header.opcode() == Opcode::NOT\u2038IFY { // dns NOTIFY", "opcode:4", "NOTIFY"),
                "rust-domain");
        assertMention(RS, "let q = Opcode::QUE\u2038RY; // trust_dns compat", "opcode:0", "QUERY");
        // MongoDB's wire protocol has an OpCode::Query too: without a DNS word the name is no opcode
        assertNoMention(RS, "header.op_code = OpCode::Que\u2038ry;");
        assertNoMention(RS, "if header.opcode() == Opcode::NOT\u2038IFY {");
        assertNoMention(RS, "Frame::new(OpCode::Up\u2038date, payload) // websocket");
    }

    // ------------------------------------------------------------------ near misses

    @Test
    void otherTypesAndIdentifiersAreNotMentions() {
        assertNoMention(RS, "if order.status == Status::Re\u2038fused {");
        assertNoMention(RS, "HttpStatus::Re\u2038fused => retry(),");
        assertNoMention(RS, "stats.nxdomain_co\u2038unt += 1;");
        assertNoMention(RS, "const MAX_NXDOMAIN_RE\u2038TRIES: u32 = 3;");
        assertNoMention(RS, "eprintln!(\"{server}: connection ref\u2038used\");");
        assertNoMention(RS, "let nx\u2038domain = true;");
        // a misspelt constant names nothing (the compiler reports it)
        assertNoMention(RS, "Rcode::NXDO\u2038MIAN => None,");
        // CamelCase names count only after their type, as in the other languages
        assertNoMention(RS, "matches!(code, Serv\u2038Fail | NXDomain)");
        assertNoMention(RS, "Status::Serv\u2038Fail");
        // Refused and NoError without a type need a DNS word, as REFUSED does elsewhere
        assertNoMention(RS, "return REF\u2038USED;");
        assertMention(RS, "return REF\u2038USED; // rcode from the upstream", "rcode:5", "REFUSED");
    }

    @Test
    void upperCaseNamesCountInCommentsAndStringsAsElsewhere() {
        tool(assertMention(RS, "assert_eq!(Rcode::NXDOMAIN.to_string(), \"NXDO\u2038MAIN\");", "rcode:3", "NXDOMAIN"),
                "rust-domain");
        assertMention(RS, "/// Returns SERV\u2038FAIL when every upstream timed out.", "rcode:2", "SERVFAIL");
        assertMention(RS, "matches!(code, ServFail | BADCOO\u2038KIE)", "rcode:23", "BADCOOKIE");
    }

    @Test
    void theRustRulesAreRustsOnly() {
        // "::" names no type in C++ and in the other languages: their own rules apply
        assertNoMention(Dialect.CODE_C, "case dns::ResponseCode::NX\u2038Domain:");
        assertNoMention(Dialect.CODE_C, "if (op == Opcode::QUE\u2038RY)");
        assertMention(Dialect.CODE_C, "case Rcode::NXDO\u2038MAIN:", "rcode:3", "NXDOMAIN");
        assertNoMention(Dialect.CODE_PYTHON, "ResponseCode.NX\u2038Domain");
    }

    @Test
    void onlyWholeWordsAfterTheType() {
        String line = "Rcode::NXDOMAINS + Rcode::NXDOMAIN_X + ResponseCode::NXDomainX + Rcode::NXDOMAIN";
        List<Mention> all = ScanHarness.mentions(RS, line);
        assertEquals(1, all.size());
        assertEquals(line.lastIndexOf("NXDOMAIN"), all.get(0).start());
        assertEquals(line.length(), all.get(0).end());
    }
}
