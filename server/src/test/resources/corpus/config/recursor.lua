-- recursor.lua: lua-dns-script for the PowerDNS Recursor
blocked = newDS()
blocked:add({"ads.example", "tracker.example"})

function preresolve(dq)
  if dq.appliedPolicy.policyKind == pdns.policykinds.NXDOMAIN and dq.qtype == pdns.AAAA then
    dq.appliedPolicy.policyKind = pdns.policykinds.NODATA
  end
  if blocked:check(dq.qname) then
    if dq.qtype == pdns.AAAA then
      dq.rcode = pdns.NOERROR        -- empty answer: NODATA
    else
      dq.rcode = pdns.NXDOMAIN
      dq.extendedErrorCode = 15
      dq.extendedErrorExtra = "blocked by the lab policy"
    end
    return true
  end
  if dq.qname:equal("drop.example") then
    dq.rcode = pdns.DROP
    return true
  end
  return false
end

function nxdomain(dq)
  pdnslog("NXDOMAIN for " .. dq.qname:toString(), pdns.loglevels.Info)
  if dq.qtype == pdns.A and dq.qname:isPartOf(newDN("intranet.example")) then
    dq:addAnswer(pdns.A, "192.0.2.80", 60)
    dq.rcode = 0
    return true
  end
  return false
end

function postresolve(dq)
  if dq.rcode == 2 then
    pdnslog("upstream SERVFAIL for " .. dq.qname:toString(), pdns.loglevels.Warning)
  end
  return false
end
