'use strict';
const dns = require('node:dns');

// Tell a missing name (NXDOMAIN) from a name without addresses (NODATA).
async function addresses(host) {
  try {
    return await dns.promises.resolve4(host);
  } catch (err) {
    if (err.code === 'ENOTFOUND' || err.code === dns.NOTFOUND) {
      return { host, status: 'missing' };
    }
    if (err.code === dns.NODATA) {
      return { host, status: 'no A records' };
    }
    if (err.code === 'ESERVFAIL' || err.code === "EREFUSED") {
      return { host, status: 'upstream failure', code: err.code };
    }
    if (err.code === 'ECONNREFUSED' || err.code === 'ETIMEOUT') {
      return { host, status: 'unreachable' };
    }
    throw err;
  }
}

module.exports = { addresses };
