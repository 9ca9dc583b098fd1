package org.rcodels.server.dialect;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Decides the dialect of a document from its language id, its file name and, where those are not decisive, its
 * first lines. Pure and cheap: it reads at most {@link #SNIFF_LINES} lines.
 */
public final class DialectDetector {
    public static final int SNIFF_LINES = 64;

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
            default -> null;
        };
        if (byLang != null) {
            return byLang;
        }
        Dialect byName = byFileName(name);
        if (byName != null && byName != Dialect.TEXT && byName != Dialect.LOG) {
            return byName;
        }
        Dialect sniffed = sniff(lineCount, line);
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

    static Dialect byFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return null;
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
        if (n.endsWith(".rpz") || n.endsWith(".zone") || n.startsWith("db.") || n.endsWith(".db")
                || n.contains("rpz") && (n.endsWith(".txt") || !n.contains("."))) {
            return Dialect.ZONE;
        }
        if (n.endsWith(".py")) {
            return Dialect.CODE_PYTHON;
        }
        if (n.endsWith(".go")) {
            return Dialect.CODE_GO;
        }
        if (n.endsWith(".c") || n.endsWith(".h") || n.endsWith(".cc") || n.endsWith(".cpp")) {
            return Dialect.CODE_C;
        }
        if (n.endsWith(".java")) {
            return Dialect.CODE_JAVA;
        }
        if (n.endsWith(".js") || n.endsWith(".mjs") || n.endsWith(".cjs") || n.endsWith(".ts")) {
            return Dialect.CODE_JS;
        }
        if (n.endsWith(".dig")) {
            return Dialect.DIG;
        }
        if (n.endsWith(".log") || n.contains(".log.") || n.equals("syslog") || n.equals("messages")) {
            return Dialect.LOG;
        }
        return null;
    }

    /** An unbound.conf clause header: the keyword alone on its line (a comment may follow). */
    static boolean isClause(String line, String keyword) {
        if (!line.startsWith(keyword)) {
            return false;
        }
        String rest = line.substring(keyword.length()).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    /** Looks at the first lines for unmistakable signs. */
    static Dialect sniff(int lineCount, IntFunction<String> line) {
        int n = Math.min(lineCount, SNIFF_LINES);
        boolean corefileInYaml = false;
        for (int i = 0; i < n; i++) {
            String l = line.apply(i);
            if (l.length() > 4096) {
                l = l.substring(0, 4096);
            }
            if (l.contains("->>HEADER<<-") || l.startsWith("; <<>> DiG") || l.startsWith(";; Got answer")
                    || l.contains("response_message_data:") || l.startsWith(";; resolution failed")
                    || l.startsWith("; fully validated") || l.startsWith("Host ") && l.contains(" not found: ")
                    || l.startsWith("** server can't find") || l.startsWith("*** Can't find")
                    || l.contains("update failed: ") || l.startsWith(";; opcode:") && l.contains("status:")) {
                return Dialect.DIG;
            }
            if (l.strip().startsWith("Corefile:")) {
                corefileInYaml = true;
            }
            if (isClause(l, "server:") || isClause(l, "forward-zone:") || isClause(l, "stub-zone:")
                    || isClause(l, "rpz:")) {
                return Dialect.UNBOUND_CONF;
            }
            if (l.startsWith("options {") || l.startsWith("zone \"") || l.startsWith("logging {")) {
                return Dialect.NAMED_CONF;
            }
            if (l.contains("addAction(") || l.contains("newServer(") || l.contains("policy.add(")
                    || l.contains("setLocal(") || l.contains("rpzFile(") || l.contains("rpzPrimary(")) {
                return Dialect.LUA;
            }
            if (l.startsWith("$ORIGIN") || l.startsWith("$TTL")) {
                return Dialect.ZONE;
            }
        }
        return corefileInYaml ? Dialect.COREFILE : null;
    }
}
