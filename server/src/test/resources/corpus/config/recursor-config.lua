-- lua-config-file for the PowerDNS Recursor: response policy zones
rpzPrimary({"192.0.2.10", "192.0.2.11"}, "rpz.lab.example", {defpol=Policy.NXDOMAIN, refresh=300, policyName="lab"})
rpzFile("/etc/powerdns/ads.rpz", {defpol=Policy.NODATA, policyName="ads", extendedErrorCode=15, extendedErrorExtra="ad blocked"})
rpzFile("/etc/powerdns/malware.rpz", {defpol=Policy.Drop, policyName="malware"})
rpzFile("/etc/powerdns/allow.rpz", {defpol=Policy.NoAction, policyName="allow"})
