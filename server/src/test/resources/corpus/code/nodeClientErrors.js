// Turn Node's c-ares error codes into messages for a status page.
const dns = require('node:dns');

function describe(err) {
  switch (err.code) {
    case dns.NOTFOUND: return 'the name does not exist';
    case dns.NODATA: return 'the name has no records of that type';
    case dns.SERVFAIL: return 'the resolver failed';
    case dns.REFUSED: return 'the resolver refused the query';
    case dns.BADNAME: return 'the name is not a valid host name';
    case dns.BADRESP: return 'the reply could not be parsed';
    case dns.TIMEOUT: return 'no reply in time';
    case dns.CONNREFUSED: return 'no resolver could be reached';
    default: return err.code;
  }
}

const result = { errorCode: -1 };
const NOERROR = 0;
result.errorCode = NOERROR;

module.exports = { describe, result };
