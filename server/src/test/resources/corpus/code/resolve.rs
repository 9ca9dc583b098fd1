//! Sorts the answers of a zone's name servers into buckets. The wire format comes
//! from the domain crate (NLnetLabs), the client side from hickory-dns.

use std::collections::HashMap;

use domain::base::iana::{ExtendedErrorCode, Opcode, OptRcode, Rcode, TsigRcode};
use domain::base::Message;
use hickory_proto::op::{OpCode, ResponseCode};

/// Give up on a name after this many negative answers in a row.
const MAX_NXDOMAIN_RETRIES: u32 = 3;

/// How an answer is filed. Our own type: its variants are ordinary words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Answered,
    Refused,
    Missing,
    Failed,
}

#[derive(Default)]
pub struct Stats {
    pub nxdomain_count: u64,
    pub servfail_total: u64,
    pub by_status: HashMap<Status, u64>,
}

/// Files a reply parsed by the domain crate.
pub fn classify(msg: &Message<Vec<u8>>, stats: &mut Stats) -> Status {
    if msg.header().opcode() == Opcode::NOTIFY {
        return Status::Answered;
    }
    let status = match msg.header().rcode() {
        Rcode::NOERROR if msg.header_counts().ancount() == 0 => Status::Missing,
        Rcode::NOERROR => Status::Answered,
        Rcode::NXDOMAIN => {
            stats.nxdomain_count += 1;
            Status::Missing
        }
        Rcode::SERVFAIL => {
            stats.servfail_total += 1;
            Status::Failed
        }
        Rcode::REFUSED | Rcode::NOTAUTH => Status::Refused,
        _ => Status::Failed,
    };
    *stats.by_status.entry(status).or_default() += 1;
    status
}

/// The full 12-bit code needs the OPT record: BADVERS and BADCOOKIE only exist there.
pub fn needs_retry(msg: &Message<Vec<u8>>) -> bool {
    matches!(msg.opt_rcode(), OptRcode::BADVERS | OptRcode::BADCOOKIE)
}

/// What the error field of a TSIG record says about our key.
pub fn tsig_problem(error: TsigRcode) -> Option<&'static str> {
    match error {
        TsigRcode::NOERROR => None,
        TsigRcode::BADSIG => Some("the signature does not verify"),
        TsigRcode::BADKEY => Some("the server does not know the key"),
        TsigRcode::BADTIME => Some("the clocks are too far apart"),
        TsigRcode::NOTAUTH => Some("not authorized"),
        _ => Some("another TSIG error"),
    }
}

pub fn is_validation_failure(code: ExtendedErrorCode) -> bool {
    matches!(
        code,
        ExtendedErrorCode::DNSSEC_BOGUS
            | ExtendedErrorCode::SIGNATURE_EXPIRED
            | ExtendedErrorCode::DNSKEY_MISSING
    )
}

pub fn gave_up(rcode: Rcode, tries: u32) -> bool {
    rcode == domain::base::iana::Rcode::NXDOMAIN && tries >= MAX_NXDOMAIN_RETRIES
}

/// Files a reply seen by a hickory-dns client.
pub fn classify_hickory(code: ResponseCode) -> Status {
    match code {
        ResponseCode::NoError => Status::Answered,
        ResponseCode::NXDomain => Status::Missing,
        ResponseCode::ServFail | ResponseCode::FormErr => Status::Failed,
        ResponseCode::Refused | ResponseCode::NotAuth => Status::Refused,
        // hickory keeps both names of 16 apart: the EDNS one and the TSIG one
        ResponseCode::BADVERS => Status::Failed,
        ResponseCode::BADSIG | ResponseCode::BADKEY => Status::Refused,
        ResponseCode::Unknown(_) => Status::Failed,
        _ => Status::Failed,
    }
}

/// Older builds still link trust-dns, whose enum is the same.
pub fn trust_dns_missing(code: trust_dns_proto::op::ResponseCode) -> bool {
    code == trust_dns_proto::op::ResponseCode::NXDomain
}

pub fn new_query(id: u16) -> hickory_proto::op::Message {
    let mut msg = hickory_proto::op::Message::new();
    msg.set_id(id).set_op_code(hickory_proto::op::OpCode::Query);
    msg
}

pub fn is_update(op: OpCode) -> bool {
    op == OpCode::Update // a dynamic dns update
}

pub fn report(server: &str, status: Status) {
    match status {
        Status::Refused => eprintln!("{server}: connection refused, trying the next one"),
        Status::Failed => eprintln!("{server} answered SERVFAIL"),
        _ => {}
    }
}

/// Short names for the retry table.
mod short {
    use hickory_proto::op::ResponseCode::{self, *};

    pub fn retryable(code: ResponseCode) -> bool {
        // NXDomain alone is an ordinary word here; BADCOOKIE in capitals is not
        matches!(code, ServFail | BADCOOKIE)
    }
}

/// The same checks against domain 0.6, whose codes were enum variants.
#[cfg(feature = "domain-06")]
mod legacy {
    use domain::base::iana::{ExtendedErrorCode, Opcode, OptRcode, Rcode, TsigRcode};

    pub fn is_failure(rcode: Rcode) -> bool {
        matches!(rcode, Rcode::ServFail | Rcode::NXDomain | Rcode::Refused)
    }

    pub fn must_retry(rcode: OptRcode, tsig: TsigRcode) -> bool {
        rcode == OptRcode::BadVers || tsig == TsigRcode::BadSig || tsig == TsigRcode::NotAuth
    }

    pub fn blocked(code: ExtendedErrorCode) -> bool {
        matches!(code, ExtendedErrorCode::Blocked | ExtendedErrorCode::Censored | ExtendedErrorCode::Other)
    }

    pub fn is_dso(op: Opcode) -> bool {
        op == Opcode::Dso // dns stateful operations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mnemonics() {
        assert_eq!(Rcode::NXDOMAIN.to_string(), "NXDOMAIN");
        assert_eq!(Status::Refused, report_status("refused"));
    }

    fn report_status(_: &str) -> Status {
        Status::Refused
    }
}
