"""Release checks: a gpg --status-fd reader next to a TSIG-signed DNS update."""
import subprocess

import dns.query
import dns.rcode
import dns.tsigkeyring
import dns.update

# GnuPG status keywords that make a release signature unacceptable
REJECTED = {"BADSIG", "ERRSIG", "EXPSIG", "EXPKEYSIG", "REVKEYSIG", "NO_PUBKEY"}
GPG_PREFIX = "[GNUPG:] "


def verify_release(sig_path, data_path):
    out = subprocess.run(["gpgv", "--status-fd=1", sig_path, data_path], capture_output=True, text=True)
    statuses = [line[len(GPG_PREFIX):].split()[0] for line in out.stdout.splitlines()
                if line.startswith(GPG_PREFIX)]
    if "BADSIG" in statuses:
        raise ValueError("bad signature")
    return "VALIDSIG" in statuses


class Result:
    def __init__(self, errorCode):
        self.errorCode = errorCode


NOERROR = 0
REFUSED = 1


def publish(zone, server, key):
    keyring = dns.tsigkeyring.from_text({"update-key.": key})
    update = dns.update.UpdateMessage(zone, keyring=keyring)
    response = dns.query.tcp(update, server)
    result = Result(NOERROR)
    if response.rcode() == dns.rcode.NOTAUTH:
        # with a key the server does not accept, the TSIG error is BADKEY or BADSIG
        result.errorCode = REFUSED
    return result.errorCode == NOERROR
