package filter

import (
	"codeberg.org/miekg/dns"
)

// blockedReply answers a blocked name with NXDOMAIN and the EDE that says why.
func blockedReply(q *dns.Msg, reason uint16) *dns.Msg {
	m := new(dns.Msg)
	m.Rcode = dns.RcodeNameError
	if reason == 0 {
		reason = dns.ExtendedErrorBlocked
	}
	m.Pseudo = append(m.Pseudo, &dns.EDE{InfoCode: reason, ExtraText: "blocked by policy"})
	return m
}

// validationEDE picks the EDE for a failed validation.
func validationEDE(iterationsTooHigh, indeterminate bool) uint16 {
	switch {
	case iterationsTooHigh:
		return dns.ExtendedErrorUnsupportedNSEC3IterValue
	case indeterminate:
		return dns.ExtendedErrorDNSSECIndeterminate
	}
	return dns.ExtendedErrorDNSBogus
}

// edeText names an EDE code for logs.
func edeText(code uint16) string {
	if s, ok := dns.ExtendedErrorToString[code]; ok {
		return s
	}
	return "unknown"
}
