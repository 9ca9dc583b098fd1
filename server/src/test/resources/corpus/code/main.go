// Command rcodecheck answers for example.org. and probes another server.
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/miekg/dns"
	"golang.org/x/net/dns/dnsmessage"
)

// answer serves the zone: names outside it get NXDOMAIN, other opcodes NOTIMP.
func answer(w dns.ResponseWriter, r *dns.Msg) {
	m := new(dns.Msg)
	if r.Opcode != dns.OpcodeQuery {
		m.SetRcode(r, dns.RcodeNotImplemented)
		w.WriteMsg(m)
		return
	}
	m.SetReply(r)
	if !dns.IsSubDomain("example.org.", r.Question[0].Name) {
		m.SetRcode(r, dns.RcodeNameError)
	}
	w.WriteMsg(m)
}

func probe(server, name string) error {
	c := new(dns.Client)
	q := new(dns.Msg)
	q.SetQuestion(dns.Fqdn(name), dns.TypeA)
	q.SetEdns0(1232, true)
	r, _, err := c.Exchange(q, server)
	if err != nil {
		return err
	}
	switch r.Rcode {
	case dns.RcodeSuccess:
		if len(r.Answer) == 0 {
			return fmt.Errorf("%s: NODATA", name)
		}
	case dns.RcodeServerFailure:
		if opt := r.IsEdns0(); opt != nil {
			for _, o := range opt.Option {
				if ede, ok := o.(*dns.EDNS0_EDE); ok && ede.InfoCode == dns.ExtendedErrorCodeDNSBogus {
					return fmt.Errorf("%s: validation failed", name)
				}
			}
		}
	case dns.RcodeBadSig, dns.RcodeBadKey:
		return fmt.Errorf("%s: TSIG rejected: %s", name, dns.RcodeToString[r.Rcode])
	}
	if r.Rcode != dns.StringToRcode["NOERROR"] {
		return fmt.Errorf("%s: rcode %d", name, r.Rcode)
	}
	return nil
}

func headerRcode(buf []byte) (dnsmessage.RCode, error) {
	var p dnsmessage.Parser
	h, err := p.Start(buf)
	if err != nil {
		return 0, err
	}
	if h.RCode == dnsmessage.RCodeNameError {
		return h.RCode, fmt.Errorf("no such host")
	}
	return h.RCode, nil
}

func main() {
	dns.HandleFunc("example.org.", answer)
	go func() {
		log.Fatal((&dns.Server{Addr: "127.0.0.1:8053", Net: "udp"}).ListenAndServe())
	}()
	if err := probe("127.0.0.1:8053", os.Args[1]); err != nil {
		log.Fatal(err)
	}
}
