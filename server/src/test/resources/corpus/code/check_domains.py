#!/usr/bin/env python3
"""Sort a list of names by how one resolver answers them."""
import sys

import dns.edns
import dns.message
import dns.query
import dns.rcode
import dns.resolver


def classify(name: str, server: str = "192.0.2.53") -> str:
    query = dns.message.make_query(name, "A", use_edns=0)
    response = dns.query.udp(query, server, timeout=2.0)
    rcode = response.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return "missing"
    if rcode == dns.rcode.SERVFAIL:
        for opt in response.options:
            if opt.otype == dns.edns.OptionType.EDE and opt.code == dns.edns.EDECode.DNSSEC_BOGUS:
                return "bogus"
        return "broken"
    if rcode == dns.rcode.REFUSED:
        return "refused"
    if rcode != dns.rcode.NOERROR:
        return dns.rcode.to_text(rcode)
    if not response.answer:
        # NOERROR with an empty answer section is NODATA
        return "nodata"
    return "ok"


def addresses(name: str) -> list[str]:
    try:
        answer = dns.resolver.resolve(name, "AAAA")
    except dns.resolver.NXDOMAIN:
        return []
    except dns.resolver.NoAnswer:
        # the name exists but has no AAAA records
        return []
    except dns.resolver.NoNameservers as exc:
        # every server failed, for instance with SERVFAIL
        print(f"giving up on {name}: {exc}", file=sys.stderr)
        return []
    return [r.address for r in answer]


def main() -> int:
    expected = dns.rcode.from_text(sys.argv[2]) if len(sys.argv) > 2 else dns.rcode.NOERROR
    with open(sys.argv[1], encoding="utf-8") as names:
        for line in names:
            name = line.strip()
            if name:
                print(name, classify(name), expected == dns.rcode.NXDOMAIN)
    return 0


if __name__ == "__main__":
    sys.exit(main())
