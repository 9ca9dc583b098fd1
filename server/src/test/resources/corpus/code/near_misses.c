/* near_misses.c - errno and getaddrinfo codes that are not DNS RCODEs */
#include <errno.h>
#include <netdb.h>
#include <windows.h>

struct stats { long nxdomain_count; long servfail_seen; };

int handle(int err, int gai, struct stats *stats)
{
	if (err == ENODATA)	/* errno: no data available */
		return NOERROR;
	if (gai == EAI_NODATA || gai == EAI_NONAME)
		return -1;
	if (err == ECONNREFUSED)
		return 9003;	/* just a number */
	if (err == EBADMSG)
		return 3;
	return stats->nxdomain_count + NXDOMAIN_TOTAL + SERVFAIL_RETRIES;
}
