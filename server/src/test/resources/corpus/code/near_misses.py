"""Order handling for the shop. Words that look like codes but are not."""
from enum import Enum

NXDOMAIN_COUNT = 0
NODATA = -9999  # raster fill value
BADKEY = "bad key"


class Status(Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    UPDATE = "update"
    NOTIFY = "notify"


def my_servfail_handler(event):
    # the payment server refused the connection; retry later
    if event.status == Status.REFUSED:
        return None
    if event.status == Status.UPDATE:
        return event.nxdomain_count + NXDOMAIN_COUNT
    return NODATA


def notimp():
    raise NotImplementedError("not implemented: refused, servfail, nxdomain")


ERRORS = {"ENOTFOUND": 404, "ECONNREFUSED": 503}
TIMEOUT_SECONDS = 3
RETRIES = 16
