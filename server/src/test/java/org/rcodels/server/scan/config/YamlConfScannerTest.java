package org.rcodels.server.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rcodels.server.scan.ScanHarness.assertMention;
import static org.rcodels.server.scan.ScanHarness.assertNoMention;

import org.junit.jupiter.api.Test;
import org.rcodels.server.dialect.Dialect;
import org.rcodels.server.scan.Mention;

class YamlConfScannerTest {
    private static final Dialect D = Dialect.YAML_CONF;

    @Test
    void dnsdistRcodeNamesAndNumbers() {
        Mention m = assertMention(D, "query_rules:\n  - action:\n      type: RCode\n      rcode: \"Ref‸used\"\n",
                "rcode:5", "Refused");
        assertEquals("pdns-short", m.tool());
        assertMention(D, "query_rules:\n  - action: {type: RCode, rcode: \"‸2\"}\n", "rcode:2", "2");
        // from 16 up only after type: ERCode (the full RCODE); under type: RCode the header has 4 bits
        assertMention(D, "query_rules:\n  - action:\n      type: ERCode\n      rcode: \"2‸3\"\n", "rcode:23", "23");
        assertNoMention(D, "query_rules:\n  - action:\n      type: RCode\n      rcode: \"2‸3\"\n");
        assertMention(D, "dynamic_rules:\n  - rules:\n      - type: rcode-rate\n        action: No-Recurse\n"
                + "      - action: nx-dom‸ain\n", "rcode:3", "nx-domain");
    }

    @Test
    void knotResolverKeysOnlyWhereTheyMeanAnAnswer() {
        Mention refused = assertMention(D, "views:\n  - subnets: [ 0.0.0.0/0 ]\n    answer: ref‸used\n", "rcode:5",
                "refused");
        assertEquals(Mention.Role.POLICY, refused.role());
        Mention empty = assertMention(D, "local-data:\n  rules:\n    - name: a.example.\n      subtree: em‸pty\n",
                "pseudo:nodata", "empty");
        assertEquals(YamlConfScanner.NOTE_SUBTREE_EMPTY, empty.note());
        assertMention(D, "local-data:\n  noda‸ta: true\n", "pseudo:nodata", "nodata");
        assertMention(D, "options:\n  refuse-no‸-rd: true\n", "rcode:5", "refuse-no-rd");
        // false: the resolver neither answers NODATA nor refuses
        assertNoMention(D, "local-data:\n  noda‸ta: false\n");
        assertNoMention(D, "options:\n  refuse-no‸-rd: false\n");
        // forward's subtree is a domain name, another key's answer is not a view's
        assertNoMention(D, "forward:\n  - subtree: nxdom‸ain\n    servers: [ 192.0.2.1 ]\n");
        assertNoMention(D, "faq:\n  - answer: ref‸used\n");
    }
}
