/* lookup.c - ask for MX records three ways and explain failures. */
#include <stdio.h>
#include <string.h>
#include <netinet/in.h>
#include <arpa/nameser.h>
#include <arpa/nameser_compat.h>
#include <resolv.h>
#include <ldns/ldns.h>
#include <ares.h>

static const char *explain(ns_rcode rcode)
{
	switch (rcode) {
	case ns_r_noerror:
		return "no error";
	case ns_r_formerr:
		return "format error";
	case ns_r_servfail:
		return "server failure";
	case ns_r_nxdomain:
		return "no such name";
	case ns_r_notimpl:
		return "not implemented";
	case ns_r_refused:
		return "refused";
	default:
		return "other";
	}
}

int lookup_mx(const char *name)
{
	unsigned char answer[NS_PACKETSZ];
	HEADER *hp = (HEADER *) answer;
	int len = res_query(name, ns_c_in, ns_t_mx, answer, sizeof answer);

	if (len < 0) {
		/* h_errno is HOST_NOT_FOUND for NXDOMAIN, NO_DATA for an empty answer */
		return -1;
	}
	if (hp->rcode == NOERROR && ntohs(hp->ancount) == 0) {
		fprintf(stderr, "%s: empty answer\n", name);
		return 0;
	}
	switch (hp->rcode) {
	case SERVFAIL:
	case NOTIMP:
		fprintf(stderr, "%s: %s\n", name, explain(hp->rcode));
		return -1;
	}
	return ntohs(hp->ancount);
}

/* ede_info_code() returns the INFO-CODE of the first EDE option, or -1 */
extern int ede_info_code(const ldns_pkt *p);

int check_ldns(const ldns_pkt *p)
{
	ldns_pkt_rcode rc = ldns_pkt_get_rcode(p);

	if (rc == LDNS_RCODE_SERVFAIL && ede_info_code(p) == LDNS_EDE_DNSSEC_BOGUS)
		return 2;
	return rc == LDNS_RCODE_NXDOMAIN || rc == LDNS_RCODE_NOTIMPL;
}

static void mx_done(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
	(void) arg; (void) timeouts; (void) abuf; (void) alen;
	if (status == ARES_ENOTFOUND || status == ARES_ENODATA)
		fprintf(stderr, "no MX\n");
	else if (status == ARES_ESERVFAIL)
		fprintf(stderr, "resolver failed\n");
}

#ifdef _WIN32
#include <windns.h>
static int win_rcode(DNS_STATUS status)
{
	/* DNS_ERROR_RCODE_NAME_ERROR is 9003: 9000 + NXDOMAIN */
	if (status == DNS_ERROR_RCODE_NAME_ERROR)
		return 3;
	if (status == DNS_ERROR_RCODE_SERVER_FAILURE)
		return 2;
	return -1;
}
#endif
