package org.rcodels.server.dialect;

/**
 * The kinds of file rcode-ls understands. A dialect decides which scanners run (see
 * {@link org.rcodels.server.scan.Scanners}) and, for completion, which spellings are valid.
 */
public enum Dialect {
    /** dig, kdig, drill, delv, host, nslookup, nsupdate output (including dig +yaml). */
    DIG("dig-output"),
    /** Server and resolver logs: BIND, Unbound, CoreDNS, dnsdist, PowerDNS, Knot Resolver, dnsmasq, systemd-resolved,
     * Windows DNS debug log, tcpdump, Zeek, Packetbeat, DoH JSON. A .log file can mix them. */
    LOG("log"),
    /** CoreDNS Corefile, also inside a Kubernetes ConfigMap. */
    COREFILE("corefile"),
    UNBOUND_CONF("unbound-conf"),
    NAMED_CONF("named-conf"),
    /** dnsdist, PowerDNS and Knot Resolver Lua configuration. */
    LUA("lua"),
    /** dnsdist 2.x (dnsdist.yml) and Knot Resolver 6 (/etc/knot-resolver/config.yaml) YAML configuration. */
    YAML_CONF("yaml-config"),
    /** Zone files, RPZ policy zones in particular. */
    ZONE("dns-zone"),
    CODE_PYTHON("python"),
    CODE_GO("go"),
    CODE_C("c"),
    CODE_JAVA("java"),
    CODE_JS("javascript"),
    /** Rust: the domain crate (NLnetLabs) and hickory-dns (formerly trust-dns). */
    CODE_RUST("rust"),
    /** Plain text of unknown origin: dig output and log lines are both looked for. */
    TEXT("plaintext");

    private final String languageId;

    Dialect(String languageId) {
        this.languageId = languageId;
    }

    /** The language id the VS Code extension uses for this dialect. */
    public String languageId() {
        return languageId;
    }
}
