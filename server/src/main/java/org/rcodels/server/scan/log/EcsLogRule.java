package org.rcodels.server.scan.log;

import java.util.List;
import org.rcodels.server.scan.Mention;
import org.rcodels.server.scan.ScanContext;
import org.rcodels.server.scan.Scans;

/**
 * Elastic Packetbeat / ECS events: {@code dns.response_code} (flattened, {@code "dns.response_code":"NXDOMAIN"} or
 * {@code dns.response_code: NXDOMAIN}) or {@code "response_code":"NXDOMAIN"} inside a {@code "dns"} object, and
 * {@code dns.opt.ext_rcode} the same way. Other {@code response_code} fields (HTTP) are not DNS codes.
 */
final class EcsLogRule implements LogRule {
    private static final String TOOL = "ecs";
    private static final String[] KEYS = {"response_code", "ext_rcode"};

    @Override
    public List<String> anchors() {
        return List.of("response_code", "ext_rcode");
    }

    @Override
    public boolean accepts(String t) {
        return t.contains("response_code") || t.contains("ext_rcode");
    }

    @Override
    public void scan(ScanContext ctx, int line, String t, List<Mention> out) {
        for (String key : KEYS) {
            int from = 0;
            int k;
            while ((k = t.indexOf(key, from)) >= 0) {
                from = k + key.length();
                if (!dnsField(t, k, key)) {
                    continue;
                }
                int i = k + key.length();
                if (i < t.length() && t.charAt(i) == '"') {
                    i++;
                }
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
                if (i >= t.length() || t.charAt(i) != ':' && t.charAt(i) != '=') {
                    continue;
                }
                i++;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
                boolean quoted = i < t.length() && t.charAt(i) == '"';
                if (quoted) {
                    i++;
                }
                int e = LogMentions.wordEnd(t, i, "-");
                if (e == i || !Character.isLetter(t.charAt(i))) {
                    continue;
                }
                if (quoted ? e < t.length() && t.charAt(e) == '"' : e >= t.length() || !Scans.wordChar(t.charAt(e))) {
                    LogMentions.rcodeName(ctx, out, line, t, i, e, TOOL);
                }
            }
        }
    }

    /** The key at k is a DNS field: dotted ECS name (dns.response_code, dns.opt.ext_rcode) or inside a "dns" object. */
    private static boolean dnsField(String t, int k, String key) {
        if (k > 0 && Scans.wordChar(t.charAt(k - 1))) {
            return false;
        }
        if (key.equals("response_code") && k >= 4 && t.startsWith("dns.", k - 4)) {
            return true;
        }
        if (key.equals("ext_rcode") && k >= 8 && t.startsWith("dns.opt.", k - 8)) {
            return true;
        }
        if (k == 0 || t.charAt(k - 1) != '"') {
            return false;
        }
        int dns = t.lastIndexOf("\"dns\"", k);
        return dns >= 0 && (key.equals("response_code") || t.lastIndexOf("\"opt\"", k) > dns);
    }
}
