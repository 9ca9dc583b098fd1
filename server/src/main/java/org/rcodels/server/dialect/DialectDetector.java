package org.rcodels.server.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Decides the dialect of a document from its language id, its file name and, where those are not decisive, its
 * first lines. Pure and cheap: it reads at most {@link #SNIFF_LINES} lines, and {@link #YAML_SNIFF_LINES} for the
 * top-level keys of a YAML configuration (which may follow a long comment header).
 */
public final class DialectDetector {
    public static final int SNIFF_LINES = 64;
    public static final int YAML_SNIFF_LINES = SNIFF_LINES * 4;
    /** The deepest line any detection reads: an edit below it cannot change the dialect. */
    public static final int MAX_SNIFF_LINES = Math.max(SNIFF_LINES, YAML_SNIFF_LINES);

    private DialectDetector() {
    }

    /**
     * @param uri        the document URI or path (may be empty)
     * @param languageId the client's language id (may be null)
     * @param lineCount  number of lines
     * @param line       access to a line's text
     */
    public static Dialect detect(String uri, String languageId, int lineCount, IntFunction<String> line) {
        String name = fileName(uri);
        String lang = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
        Dialect byLang = switch (lang) {
            case "dig-output", "dig" -> Dialect.DIG;
            case "corefile", "coredns" -> Dialect.COREFILE;
            case "unbound-conf", "unbound" -> Dialect.UNBOUND_CONF;
            case "named-conf", "bind-conf", "named", "bind" -> Dialect.NAMED_CONF;
            case "lua", "dnsdist", "dnsdist-lua", "knot-resolver", "kresd", "pdns-lua" -> Dialect.LUA;
            case "dns-zone", "zone", "zonefile", "bind-zone", "dns", "rpz" -> Dialect.ZONE;
            case "python" -> Dialect.CODE_PYTHON;
            case "go" -> Dialect.CODE_GO;
            case "c", "cpp" -> Dialect.CODE_C;
            case "java" -> Dialect.CODE_JAVA;
            case "javascript", "typescript", "javascriptreact", "typescriptreact" -> Dialect.CODE_JS;
            case "rust" -> Dialect.CODE_RUST;
            default -> null;
        };
        if (byLang != null) {
            return byLang;
        }
        Dialect byName = byFileName(name);
        if (byName == Dialect.ZONE && onlyNamedRpz(name)
                && sniff(lineCount, line, true, false) == Dialect.NAMED_CONF) {
            // BIND's include fragments are named after what they hold too: rpz-switch holds a response-policy
            // statement, not a policy zone
            return Dialect.NAMED_CONF;
        }
        if (byName != null && byName != Dialect.TEXT && byName != Dialect.LOG) {
            return byName;
        }
        if (byName == null && isUnboundInclude(uri, name)) {
            return Dialect.UNBOUND_CONF;
        }
        if (byName == null && isKresdConfig(uri, name, lineCount, line)) {
            return Dialect.YAML_CONF;
        }
        // a ConfigMap's "Corefile:" key counts in YAML (or a nameless buffer), never in a README or a ticket that quotes one
        boolean yamlOrUnknown = isYaml(lang, name) || lang.isEmpty() && name.indexOf('.') < 0;
        Dialect sniffed = sniff(lineCount, line, !isDataOrDocs(lang, name), yamlOrUnknown);
        if (sniffed == null && isYaml(lang, name) && isYamlConfig(lineCount, line)) {
            return Dialect.YAML_CONF;
        }
        if (sniffed != null) {
            // a .log that holds dig output is read as dig output (whose scanners include the log rules, for the
            // log lines around it); anything else keeps the name's verdict
            return sniffed == Dialect.DIG || byName == null || lang.equals("yaml") ? sniffed : byName;
        }
        if (byName != null) {
            return byName;
        }
        return lang.equals("log") ? Dialect.LOG : Dialect.TEXT;
    }

    static String fileName(String uri) {
        if (uri == null) {
            return "";
        }
        String u = uri;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int slash = Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\'));
        return u.substring(slash + 1);
    }

    /** Folders whose .conf files are Unbound's: /etc/unbound/, /etc/unbound/unbound.conf.d/, /usr/local/etc/unbound/. */
    private static final Set<String> UNBOUND_FOLDERS = Set.of("unbound", "unbound.conf.d");

    /** The parts of a URI's path (its folders, then the file), without a query. */
    static String[] pathParts(String uri) {
        int q = uri.indexOf('?');
        String u = q >= 0 ? uri.substring(0, q) : uri;
        return u.replace('\\', '/').split("/");
    }

    /**
     * A .conf file in an Unbound folder ({@code /etc/unbound/unbound.conf.d/blocklist.conf}): the files that
     * {@code include:} pulls in often hold only {@code local-zone:} and {@code local-data:} lines, without the
     * {@code server:} clause the content sniffing looks for. Only when the file name itself says nothing.
     */
    static boolean isUnboundInclude(String uri, String name) {
        if (uri == null || !name.toLowerCase(Locale.ROOT).endsWith(".conf")) {
            return false;
        }
        String[] parts = pathParts(uri);
        // the folders only: the last part is the file
        for (int i = 0; i < parts.length - 1; i++) {
            if (UNBOUND_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Folders of Knot Resolver 6's configuration: /etc/knot-resolver/config.yaml. */
    private static final Set<String> KRESD_FOLDERS = Set.of("knot-resolver");

    /**
     * Knot Resolver 6's declarative configuration: a .yaml or .yml file named after it ({@code knot-resolver.yaml},
     * {@code kresd.yml}), or one in a knot-resolver folder ({@code /etc/knot-resolver/config.yaml}) whose first lines
     * have one of Knot Resolver's top-level keys (a clone of the project holds CI files in such a folder).
     */
    static boolean isKresdConfig(String uri, String name, int lineCount, IntFunction<String> line) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!(n.endsWith(".yaml") || n.endsWith(".yml"))) {
            return false;
        }
        if (n.startsWith("knot-resolver") || n.startsWith("kresd")) {
            return true;
        }
        if (uri == null || n.startsWith(".")) {
            return false;
        }
        String[] parts = pathParts(uri);
        if (parts.length < 2 || !KRESD_FOLDERS.contains(parts[parts.length - 2].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < Math.min(lineCount, YAML_SNIFF_LINES); i++) {
            String l = line.apply(i);
            int colon = l.indexOf(':');
            if (colon > 0 && colon < 24 && l.charAt(0) != ' ' && KRESD_KEYS.contains(l.substring(0, colon))) {
                return true;
            }
        }
        return false;
    }

    /** Knot Resolver 6's top-level keys (python/knot_resolver/datamodel/config_schema.py). */
    private static final Set<String> KRESD_KEYS = Set.of("version", "nsid", "hostname", "rundir", "workers",
            "max-workers", "management", "webmgmt", "options", "network", "views", "local-data", "forward", "cache",
            "dnssec", "dns64", "logging", "monitoring", "rate-limiting", "defer", "lua");

    static boolean isYaml(String lang, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return lang.equals("yaml") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Top-level keys only dnsdist's YAML configuration has (dnsdist-settings-definitions.yml). */
    private static final Set<String> DNSDIST_KEYS = Set.of("query_rules:", "response_rules:", "dynamic_rules:",
            "dynamic_rules_settings:", "cache_hit_response_rules:", "cache_miss_rules:",
            "self_answered_response_rules:", "xfr_response_rules:", "timeout_response_rules:",
            "cache_inserted_response_rules:", "load_balancing_policies:", "edns_client_subnet:");

    /** The PowerDNS Recursor's other top-level sections (settings/table.py), found beside {@code recursor:}. */
    private static final Set<String> PDNS_RECURSOR_KEYS = Set.of("incoming:", "outgoing:", "recordcache:",
            "packetcache:", "webservice:", "carbon:", "ecs:", "nod:", "snmp:", "dnssec:", "logging:");

    /**
     * Whether a YAML document is a dnsdist, Knot Resolver 6 or PowerDNS Recursor 5 configuration, by its top-level
     * keys in the first lines: one that only dnsdist has ({@code query_rules:}), {@code binds:} with
     * {@code backends:}, Knot Resolver's {@code local-data:}, {@code views:} with {@code subnets:}, or the
     * Recursor's {@code recursor:} with another of its sections or an {@code rpzs:} list. A Kubernetes manifest, a
     * CI workflow or a compose file has none of these.
     */
    static boolean isYamlConfig(int lineCount, IntFunction<String> line) {
        int n = Math.min(lineCount, YAML_SNIFF_LINES);
        boolean binds = false;
        boolean backends = false;
        boolean views = false;
        boolean subnets = false;
        boolean recursor = false;
        boolean recursorSection = false;
        for (int i = 0; i < n; i++) {
            String l = line.apply(i);
            if (l.isEmpty()) {
                continue;
            }
            if (l.charAt(0) == ' ' || l.charAt(0) == '\t' || l.charAt(0) == '-') {
                String st = l.strip();
                if (st.startsWith("- subnets:") || st.startsWith("subnets:")) {
                    subnets = true;
                }
                recursorSection |= st.startsWith("rpzs:");
                continue;
            }
            int colon = l.indexOf(':');
            if (colon < 0 || colon > 40) {
                continue;
            }
            String key = l.substring(0, colon + 1);
            if (DNSDIST_KEYS.contains(key) || key.equals("local-data:")) {
                return true;
            }
            binds |= key.equals("binds:");
            backends |= key.equals("backends:");
            if (binds && backends) {
                return true;
            }
            views |= key.equals("views:");
            recursor |= key.equals("recursor:");
            recursorSection |= PDNS_RECURSOR_KEYS.contains(key);
        }
        return views && subnets || recursor && recursorSection;
    }

    /**
     * YAML, JSON, Markdown and other documents that may quote config lines without being configs: their content is
     * not read as an Unbound include (a YAML key named local-data: is Knot Resolver 6's, not Unbound's).
     */
    static boolean isDataOrDocs(String lang, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return lang.equals("yaml") || lang.equals("json") || lang.equals("markdown") || lang.equals("toml")
                || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json") || n.endsWith(".md")
                || n.endsWith(".markdown") || n.endsWith(".rst") || n.endsWith(".toml") || n.endsWith(".html");
    }

    /** A zone by its name only because the name says rpz (rpz-switch, rpz.txt), not by a zone file's extension. */
    private static boolean onlyNamedRpz(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !(n.endsWith(".rpz") || n.endsWith(".zone") || n.startsWith("db.") || n.endsWith(".db"));
    }

    static Dialect byFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return null;
        }
        Dialect code = codeByExtension(n);
        if (code != null && !(n.startsWith("db.") && n.indexOf('.', 3) >= 0)) {
            // before the zone names: db.py, db.go, db.js, db.rs are modules far more often than zone files; a zone
            // file named after its domain (db.example.py, db.example.rs for a .py or .rs domain) stays a zone
            return code;
        }
        if (n.equals("knot.conf") || n.endsWith(".knot.conf") || n.equals("nsd.conf") || n.endsWith(".nsd.conf")) {
            // Knot DNS's and NSD's configurations also open with server:, but are neither Unbound's nor a dialect here
            return Dialect.TEXT;
        }
        if (n.equals("corefile") || n.startsWith("corefile.") || n.endsWith(".corefile")) {
            return Dialect.COREFILE;
        }
        if (n.equals("unbound.conf") || n.endsWith(".unbound.conf") || n.startsWith("unbound") && n.endsWith(".conf")) {
            return Dialect.UNBOUND_CONF;
        }
        if (n.startsWith("named") && n.contains(".conf") || n.endsWith(".named.conf")) {
            return Dialect.NAMED_CONF;
        }
        if (n.startsWith("dnsdist") && n.endsWith(".conf") || n.startsWith("kresd") && n.endsWith(".conf")
                || n.endsWith(".lua")) {
            return Dialect.LUA;
        }
        if ((n.startsWith("dnsdist") || n.startsWith("recursor")) && (n.endsWith(".yml") || n.endsWith(".yaml"))) {
            return Dialect.YAML_CONF;
        }
        if (n.endsWith(".rpz") || n.endsWith(".zone") || n.startsWith("db.") || n.endsWith(".db")
                || n.contains("rpz") && (n.endsWith(".txt") || !n.contains("."))) {
            return Dialect.ZONE;
        }
        if (n.endsWith(".dig")) {
            return Dialect.DIG;
        }
        if (n.endsWith(".log") || n.contains(".log.") || n.equals("syslog") || n.equals("messages")) {
            return Dialect.LOG;
        }
        return null;
    }

    /** The code dialect of a (lower-case) file name's extension, or null. */
    static Dialect codeByExtension(String n) {
        if (n.endsWith(".py") || n.endsWith(".pyi")) {
            return Dialect.CODE_PYTHON;
        }
        if (n.endsWith(".go")) {
            return Dialect.CODE_GO;
        }
        if (n.endsWith(".c") || n.endsWith(".h") || n.endsWith(".cc") || n.endsWith(".cpp") || n.endsWith(".cxx")
                || n.endsWith(".hh") || n.endsWith(".hpp") || n.endsWith(".hxx")) {
            return Dialect.CODE_C;
        }
        if (n.endsWith(".java")) {
            return Dialect.CODE_JAVA;
        }
        if (n.endsWith(".js") || n.endsWith(".mjs") || n.endsWith(".cjs") || n.endsWith(".ts") || n.endsWith(".mts")
                || n.endsWith(".cts") || n.endsWith(".jsx") || n.endsWith(".tsx")) {
            return Dialect.CODE_JS;
        }
        if (n.endsWith(".rs")) {
            return Dialect.CODE_RUST;
        }
        return null;
    }

    /**
     * A zone file's SOA record as a dump writes it: an owner, an optional TTL and class, SOA, then the primary name
     * server and the mailbox ("example.rpz. 60 IN SOA ns1.example. hostmaster.example. 1 3600 600 86400 60").
     */
    static boolean isSoaRecord(String l) {
        String[] t = l.split("\\s+");
        for (int k = 1; k <= 3 && k + 2 < t.length; k++) {
            if (t[k].equals("SOA")) {
                for (int j = 1; j < k; j++) {
                    if (!t[j].equals("IN") && !t[j].chars().allMatch(Character::isDigit)) {
                        return false;
                    }
                }
                return t[k + 1].endsWith(".") || t[k + 1].equals("@");
            }
        }
        return false;
    }

    /** An unbound.conf clause header: the keyword alone on its line (a comment may follow). */
    static boolean isClause(String line, String keyword) {
        if (!line.startsWith(keyword)) {
            return false;
        }
        String rest = line.substring(keyword.length()).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    /**
     * Looks at the first lines for unmistakable signs.
     *
     * @param configItems whether a file's first line may make it a config by its shape alone: Unbound's
     *                    local-zone:/local-data: lines (an include without a clause), a Corefile's server block
     *                    ({@link #isCorefileStart}); false for YAML, Markdown and the like
     * @param corefileKey whether a {@code Corefile:} key (a Kubernetes ConfigMap) makes the file a Corefile: in YAML
     *                    or a buffer without name or language, not in Markdown or text that quotes a ConfigMap
     */
    static Dialect sniff(int lineCount, IntFunction<String> line, boolean configItems, boolean corefileKey) {
        int n = Math.min(lineCount, SNIFF_LINES);
        boolean corefileInYaml = false;
        boolean first = true;
        // a config's shape decides only if no dig output follows: a ticket that opens with a pasted Corefile and
        // goes on with dig output and log lines is read as dig output (whose scanners include the log rules)
        Dialect config = null;
        for (int i = 0; i < n; i++) {
            String l = line.apply(i);
            if (l.length() > 4096) {
                l = l.substring(0, 4096);
            }
            String stripped = l.strip();
            if (first && !stripped.isEmpty() && !stripped.startsWith("#")) {
                // the first line that is neither blank nor a comment
                first = false;
                if (configItems && isUnboundLocalItem(stripped)) {
                    config = Dialect.UNBOUND_CONF;
                } else if (configItems && isCorefileStart(stripped, i, n, line)) {
                    config = Dialect.COREFILE;
                } else if (configItems && !stripped.startsWith(";") && isSoaRecord(stripped)) {
                    // a zone transfer's or a zone dump's first record, without $ORIGIN or $TTL
                    config = Dialect.ZONE;
                }
            }
            if (l.contains("->>HEADER<<-") || l.startsWith("; <<>> DiG") || l.startsWith(";; Got answer")
                    || l.contains("response_message_data:") || l.startsWith(";; resolution failed")
                    || l.startsWith("; fully validated") || l.startsWith("Host ") && l.contains(" not found: ")
                    || l.startsWith("** server can't find") || l.startsWith("*** Can't find")
                    || isNsupdateFailure(l) || l.startsWith(";; opcode:") && l.contains("status:")) {
                return Dialect.DIG;
            }
            if (corefileKey && l.strip().startsWith("Corefile:")) {
                corefileInYaml = true;
            }
            if (!configItems || config != null) {
                // documents (Markdown, YAML, plain text) quote config lines without being configs
                continue;
            }
            if (isClause(l, "server:") || isClause(l, "forward-zone:") || isClause(l, "stub-zone:")
                    || isClause(l, "rpz:")) {
                config = Dialect.UNBOUND_CONF;
            } else if (l.startsWith("options {") || l.startsWith("zone \"") || l.startsWith("logging {")
                    || l.startsWith("response-policy {") || l.startsWith("view \"")) {
                config = Dialect.NAMED_CONF;
            } else if (l.contains("addAction(") || l.contains("newServer(") || l.contains("policy.add(")
                    || l.contains("setLocal(") || l.contains("rpzFile(") || l.contains("rpzPrimary(")
                    || l.contains("addResponseAction(") || l.contains("setDynBlocksAction(")
                    || l.contains("dynBlockRulesGroup(") || l.contains("addDynBlocks(")) {
                config = Dialect.LUA;
            } else if (l.startsWith("$ORIGIN") || l.startsWith("$TTL")) {
                config = Dialect.ZONE;
            }
        }
        if (config != null) {
            return config;
        }
        return corefileInYaml ? Dialect.COREFILE : null;
    }

    /** CoreDNS's server block schemes (DNS-FACTS D.9: Do53, DoT, DoH, gRPC). */
    private static final String[] COREFILE_SCHEMES = {"dns://", "tls://", "https://", "grpc://"};

    /**
     * CoreDNS plugins that may open a server block (its plugin.cfg), without those a Caddyfile (CoreDNS's parser is
     * Caddy's) also has as directives: bind, debug, header, log, rewrite, tls.
     */
    private static final Set<String> COREFILE_PLUGINS = Set.of("acl", "any", "auto", "autopath", "azure",
            "bufsize", "cache", "cancel", "chaos", "clouddns", "dns64", "dnssec", "dnstap", "erratic", "errors", "etcd",
            "file", "forward", "geoip", "grpc", "health", "hosts", "k8s_external", "kubernetes", "loadbalance",
            "local", "loop", "metadata", "minimal", "multisocket", "nsid", "pprof", "prometheus", "ready", "reload",
            "route53", "secondary", "sign", "template", "timeouts", "trace", "transfer", "tsig", "view", "whoami");

    /**
     * The first line of a bare Corefile (as {@code cat Corefile | rcode-ls check -} gives it, with no file name): a
     * server block, one or more zone keys and {@code {} ({@code .:53 {}, {@code example.org:1053 example.net {},
     * {@code tls://.:853 {}). A key is {@code .} or a dotted name, optionally after a {@code dns://},
     * {@code tls://}, {@code https://} or {@code grpc://} scheme and before a {@code :port}. A Caddyfile site
     * ({@code example.com {}) and a CSS rule ({@code div.note {}) have the same shape, so a key that only a Corefile
     * has (the root zone, a name that ends in a dot or in .arpa, a dns:// or grpc:// scheme) decides at once, and
     * otherwise the block's first directive must be a CoreDNS plugin ({@link #COREFILE_PLUGINS}). Never nginx's
     * {@code server {}, HCL's {@code resource "x" "y" {}, a JSON {@code {}.
     *
     * @param stripped the first line that is neither blank nor a comment, stripped
     * @param i        its index
     */
    static boolean isCorefileStart(String stripped, int i, int lineCount, IntFunction<String> line) {
        if (stripped.length() < 3 || stripped.length() > 1024 || !stripped.endsWith("{")) {
            return false;
        }
        String[] keys = stripped.substring(0, stripped.length() - 1).strip().split("\\s+");
        if (keys.length == 0 || keys[0].isEmpty()) {
            return false;
        }
        boolean decisive = false;
        for (String key : keys) {
            int kind = corefileKey(key);
            if (kind == 0) {
                return false;
            }
            decisive |= kind == 2;
        }
        if (decisive) {
            return true;
        }
        for (int j = i + 1; j < lineCount && j < SNIFF_LINES; j++) {
            String l = line.apply(j);
            String d = (l.length() > 4096 ? l.substring(0, 4096) : l).strip();
            if (d.isEmpty() || d.startsWith("#")) {
                continue;
            }
            int e = 0;
            while (e < d.length() && (Character.isLetterOrDigit(d.charAt(e)) || d.charAt(e) == '_')) {
                e++;
            }
            return (e == d.length() || d.charAt(e) == ' ' || d.charAt(e) == '\t' || d.charAt(e) == '{')
                    && COREFILE_PLUGINS.contains(d.substring(0, e));
        }
        return false;
    }

    /**
     * A Corefile server block key: 0 if it is none, 2 if only a Corefile has it (the root zone, a name that ends in
     * a dot or in .arpa, a dns:// or grpc:// scheme), 1 if a Caddyfile site or a CSS selector may look the same.
     */
    static int corefileKey(String key) {
        String k = key;
        boolean decisive = false;
        for (String scheme : COREFILE_SCHEMES) {
            if (k.regionMatches(true, 0, scheme, 0, scheme.length())) {
                k = k.substring(scheme.length());
                decisive = scheme.startsWith("dns") || scheme.startsWith("grpc");
                break;
            }
        }
        int colon = k.lastIndexOf(':');
        if (colon >= 0) {
            String port = k.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return 0;
            }
            k = k.substring(0, colon);
        }
        if (k.equals(".")) {
            return 2;
        }
        String name = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
        if (name.isEmpty() || name.indexOf('.') < 0 || name.startsWith(".") || name.contains("..")) {
            return 0;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return 0;
            }
        }
        return decisive || k.endsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".arpa") ? 2 : 1;
    }

    /**
     * nsupdate's own failure line as a terminal shows it: {@code update failed: REFUSED}, {@code update failed:
     * NOTAUTH(BADSIG)} (bin/nsupdate/nsupdate.c: "update failed: %s", an RCODE name). Not "update failed:" inside a
     * log line (a syslog program's {@code app: update failed: permission denied}, BIND named's {@code updating zone
     * '...': update failed: ... (NXRRSET)}): one such line must not make a log dig output.
     */
    static boolean isNsupdateFailure(String l) {
        String p = "update failed: ";
        if (!l.startsWith(p)) {
            return false;
        }
        int s = p.length();
        int e = s;
        while (e < l.length() && (l.charAt(e) >= 'A' && l.charAt(e) <= 'Z' || l.charAt(e) >= '0' && l.charAt(e) <= '9')) {
            e++;
        }
        return e - s >= 3 && (e == l.length() || l.charAt(e) == '(' || Character.isWhitespace(l.charAt(e)));
    }

    /**
     * An Unbound local-zone/local-data statement with its values on the line, as generated blocklists write them:
     * {@code local-zone: "ads.example." always_nxdomain}, {@code local-data: "ads.example. A 0.0.0.0"},
     * {@code local-data-ptr: "192.0.2.1 host.example."}. A bare {@code local-data:} key (a YAML mapping) is not one.
     */
    static boolean isUnboundLocalItem(String stripped) {
        if (stripped.startsWith("local-zone:")) {
            // a zone name and a type
            String[] values = stripped.substring("local-zone:".length()).strip().split("\\s+");
            return values.length >= 2 && !values[0].isEmpty() && isWord(values[1]);
        }
        for (String key : new String[] {"local-data:", "local-data-ptr:"}) {
            if (stripped.startsWith(key)) {
                String rest = stripped.substring(key.length()).strip();
                // the record, quoted
                return rest.length() > 2 && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')
                        && rest.indexOf(rest.charAt(0), 1) > 1;
            }
        }
        return false;
    }

    /** A local-zone type: letters and underscores, bare or quoted. */
    private static boolean isWord(String v) {
        String w = v.length() > 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"'
                ? v.substring(1, v.length() - 1) : v;
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
