package org.rcodels.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line split into options and positional words. Options may appear anywhere; {@code --} ends them.
 * Parsing never fails: the first mistake is kept in {@link #problem} (a label key and its arguments) and reported
 * once the language of messages is known.
 */
final class Args {
    final List<String> positional = new ArrayList<>();
    String format;
    String lang;
    boolean help;
    boolean version;
    /** --summary (check: count the codes instead of diagnosing). */
    boolean summary;
    /** --stdio or --clientProcessId were given (language-server options). */
    boolean serverOption;
    /** Any option other than the language-server ones. */
    boolean cliOption;
    /** Label key and arguments of the first mistake, or null. */
    Object[] problem;

    /** "-1", "-42": negative numbers are codes (reported as out of range), not options. */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+");

    static Args parse(String[] argv) {
        Args a = new Args();
        boolean options = true;
        for (int i = 0; i < argv.length; i++) {
            String s = argv[i] == null ? "" : argv[i];
            if (!options || !s.startsWith("-") || s.equals("-") || NEGATIVE_NUMBER.matcher(s).matches()) {
                a.positional.add(s);
                continue;
            }
            if (s.equals("--")) {
                options = false;
                continue;
            }
            String name = s;
            String value = null;
            int eq = s.indexOf('=');
            if (s.startsWith("--") && eq > 0) {
                name = s.substring(0, eq);
                value = s.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help", "-help", "-?" -> {
                    a.help = true;
                    a.cliOption = true;
                }
                case "--version", "-V" -> {
                    a.version = true;
                    a.cliOption = true;
                }
                case "--summary" -> {
                    a.summary = true;
                    a.cliOption = true;
                }
                case "--stdio" -> a.serverOption = true;
                case "--clientProcessId" -> {
                    // added by some LSP clients; the server does not need it
                    a.serverOption = true;
                    if (value == null && i + 1 < argv.length && argv[i + 1].matches("\\d+")) {
                        i++;
                    }
                }
                case "--format", "--lang" -> {
                    a.cliOption = true;
                    if (value == null) {
                        if (i + 1 < argv.length) {
                            value = argv[++i];
                        } else {
                            a.fail("cli.missingValue", "option", name);
                            continue;
                        }
                    }
                    if (name.equals("--format")) {
                        a.format = value;
                    } else {
                        a.lang = value;
                    }
                }
                default -> {
                    a.cliOption = true;
                    a.fail("cli.unknownOption", "option", s);
                }
            }
        }
        return a;
    }

    private void fail(Object... keyAndArgs) {
        if (problem == null) {
            problem = keyAndArgs;
        }
    }
}
