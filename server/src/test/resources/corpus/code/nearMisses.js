// HTTP helpers: nothing here is a resolver error.
const NOTFOUND = 404;
const codes = { ECONNREFUSED: 'refused', ENOTFOUND_RETRY: 1, enotfound: 2 };

function status(res) {
  if (res.statusCode === NOTFOUND) return 'enotfound';
  if (res.statusCode === 503) return 'servfail, nxdomain or refused';
  return codes.ECONNREFUSED;
}

module.exports = { status };
