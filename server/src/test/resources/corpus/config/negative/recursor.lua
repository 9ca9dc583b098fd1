-- recursor.lua: drops, never a response code
function preresolve(dq)
  if dq.qname:equal("drop.example") then
    dq.rcode = pdns.DROP
    return true
  end
  if dq.qtype == pdns.AAAA then
    dq.variable = true
  end
  dq.appliedPolicy.policyKind = pdns.policykinds.Drop
  return false
end
