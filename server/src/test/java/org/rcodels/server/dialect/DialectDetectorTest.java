package org.rcodels.server.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    private static Dialect detect(String uri, String languageId, String text) {
        String[] lines = text.split("\n", -1);
        return DialectDetector.detect(uri, languageId, lines.length, i -> lines[i]);
    }

    private static final String BLOCKLIST = "# generated blocklist\n"
            + "local-zone: \"ads.example.\" always_nxdomain\n"
            + "local-zone: \"tracker.example.\" always_nxdomain\n";

    @Test
    void anUnboundIncludeFolderMakesAConfFileUnbound() {
        for (String uri : List.of("file:///etc/unbound/unbound.conf.d/blocklist.conf",
                "file:///etc/unbound/local.d/ads.conf", "file:///usr/local/etc/unbound/forward.conf",
                "file:///C:/Program%20Files/Unbound/blocklist.conf")) {
            // whatever the content: an include may hold a single forward-zone or nothing yet
            assertEquals(Dialect.UNBOUND_CONF, detect(uri, null, "\n"), uri);
            assertEquals(Dialect.UNBOUND_CONF, detect(uri, null, BLOCKLIST), uri);
        }
        // the file name keeps its own verdict, and only .conf files count
        assertEquals(Dialect.LUA, detect("file:///etc/unbound/dnsdist.conf", null, "\n"));
        assertEquals(Dialect.LOG, detect("file:///var/log/unbound/unbound.log", null, "[1] unbound[1:0] info: x\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/unbound/notes.txt", null, "nothing here\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/unbound-exporter/settings.conf", null, "x = 1\n"));
        // a client's language id wins
        assertEquals(Dialect.LUA, detect("file:///etc/unbound/unbound.conf.d/x.conf", "lua", "\n"));
    }

    @Test
    void aFileThatStartsWithLocalZoneOrLocalDataLinesIsUnbound() {
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/blocklists/ads.conf", null, BLOCKLIST));
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/blocklists/hosts", null,
                "local-data: \"ads.example. A 0.0.0.0\"\nlocal-data: \"ads.example. AAAA ::\"\n"));
        assertEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-1", null,
                "\n    local-data-ptr: \"192.0.2.1 host.example.\"\n"));
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///tmp/x", null,
                "local-zone: \"ads.example.\" \"always_nxdomian\" # a typo to find\n"));
    }

    @Test
    void otherFilesThatMentionLocalZoneStayWhatTheyAre() {
        // Knot Resolver 6 YAML has a local-data: key, with a mapping under it
        String kresd = "local-data:\n  rules:\n    - name: ads.example.\n      subtree: nxdomain\n";
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///etc/knot-resolver/config.yaml", null, kresd));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-1", null, kresd));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///tmp/config", "yaml",
                "local-data: \"ads.example. A 0.0.0.0\"\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/values.yml", null,
                "local-zone: \"ads.example.\" always_nxdomain\n"));
        // Markdown and prose that quote the option
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/docs/blocking.md", null,
                "# Blocking\n\nlocal-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("untitled:Untitled-2", "markdown",
                "local-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/notes.txt", null,
                "To block a name, add local-zone: \"ads.example.\" always_nxdomain\n"));
        // the statement must come first, with its values
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/notes.txt", null,
                "Some notes\nlocal-zone: \"ads.example.\" always_nxdomain\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "local-zone:\n"));
        assertNotEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "local-data: x\n"));
    }

    @Test
    void theClauseSignsStillWork() {
        assertEquals(Dialect.UNBOUND_CONF, detect("file:///srv/x", null, "server:\n    verbosity: 1\n"));
        assertEquals(Dialect.NAMED_CONF, detect("file:///srv/x", null, "options {\n};\n"));
        assertEquals(Dialect.ZONE, detect("file:///srv/x", null, "$ORIGIN example.\n"));
    }
}
