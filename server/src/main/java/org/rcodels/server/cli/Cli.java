package org.rcodels.server.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rcodels.catalog.Catalog;
import org.rcodels.catalog.Texts;
import org.rcodels.server.lsp.ServerLauncher;
import org.rcodels.server.render.Format;
import org.rcodels.server.render.Options;

/**
 * The jar's command line. With no arguments, or only {@code --stdio}, it runs the language server on the given
 * streams; otherwise it runs one command. Exit status: 0 success, 1 internal error, 2 unknown code or usage error.
 * Messages go to {@code err}; only results go to {@code out}.
 *
 * <p>Grammar: {@code rcode-ls [OPTIONS] COMMAND [ARGS] [OPTIONS]} where options may appear anywhere before
 * {@code --}; see {@link CodeParser} for how codes are read and the help texts ({@code cli.help.*} labels) for the
 * user's view.
 */
public final class Cli {
    private Cli() {
    }

    static final String PROGRAM = "rcode-ls";

    /** Command name to handler. Add a command here and give it a {@code cli.help.<name>} label. */
    static final Map<String, Command> COMMANDS;

    static {
        Map<String, Command> m = new LinkedHashMap<>();
        m.put("explain", new ExplainCommand());
        m.put("compare", new CompareCommand());
        m.put("list", new ListCommand());
        m.put("check", new CheckCommand());
        COMMANDS = Collections.unmodifiableMap(m);
    }

    /** Environment variables that name the user's language, most specific first (as in POSIX). */
    static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, System.getenv());
    }

    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
        Args a = Args.parse(args == null ? new String[0] : args);
        if (a.positional.isEmpty() && !a.cliOption) {
            try {
                return ServerLauncher.start(in, out);
            } catch (RuntimeException | LinkageError e) {
                err.println(PROGRAM + ": " + "internal error: " + oneLine(e));
                return CliError.INTERNAL;
            }
        }
        WriteWatch watch = new WriteWatch(out == System.out ? new FileOutputStream(FileDescriptor.out) : out);
        if (out == System.out) {
            out.flush();
        }
        PrintStream o = new PrintStream(watch, false, StandardCharsets.UTF_8);
        PrintStream r = err == System.err ? utf8(FileDescriptor.err, err) : err;
        int status;
        try {
            status = cli(a, o, r, in, env);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            r.println(PROGRAM + ": internal error: " + oneLine(e));
            status = CliError.INTERNAL;
        }
        o.flush();
        IOException failed = watch.failure;
        if (failed != null && status == 0 && !brokenPipe(failed)) {
            // a full disk or a failing device: the output is lost, so success would be a lie (a reader that went
            // away, as head does, is no failure)
            r.println(PROGRAM + ": cannot write the output: " + oneLine(failed));
            status = CliError.INTERNAL;
        }
        r.flush();
        return status;
    }

    private static boolean brokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    /** Standard output as the command writes it, remembering the first write error (PrintStream swallows it). */
    private static final class WriteWatch extends java.io.FilterOutputStream {
        IOException failure;

        WriteWatch(java.io.OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    private static int cli(Args a, PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
        String command = a.positional.isEmpty() ? null : a.positional.get(0).toLowerCase(Locale.ROOT);
        List<String> words = a.positional.isEmpty() ? List.of() : a.positional.subList(1, a.positional.size());
        if ("check".equals(command) && a.problem == null && !a.help && !a.version) {
            // check reads "-" from the standard input given here
            CheckCommand.prefetch(words, in);
        }
        try {
            return cli(a, command, words, out, err, in, env);
        } finally {
            CheckCommand.forgetPrefetch();
        }
    }

    private static int cli(Args a, String command, List<String> words, PrintStream out, PrintStream err,
                           InputStream in, Map<String, String> env) {
        Catalog catalog = Catalog.standard();
        Texts t = catalog.texts(requestedLanguage(a.lang, env));
        String helpOf = command == null ? PROGRAM : PROGRAM + " " + command;
        try {
            if (a.problem != null) {
                throw usage(t, helpOf, t.label((String) a.problem[0], rest(a.problem)));
            }
            if (command != null && command.equals("help")) {
                if (words.size() > 1) {
                    throw usage(t, helpOf, t.label("cli.unexpectedArgument", "command", command,
                            "argument", words.get(1)));
                }
                return help(t, words.isEmpty() ? null : words.get(0).toLowerCase(Locale.ROOT), out);
            }
            if (command != null && !COMMANDS.containsKey(command)) {
                throw unknownCommand(catalog, t, a.positional.get(0));
            }
            if (a.help) {
                return help(t, command, out);
            }
            if (a.version) {
                out.println(t.label("cli.version", "version", version()));
                return 0;
            }
            if (command == null) {
                throw usage(t, PROGRAM, t.label("cli.missingCommand"));
            }
            if (a.serverOption) {
                throw usage(t, helpOf, t.label("cli.stdioAlone"));
            }
            Format format = Format.TEXT;
            if (a.format != null) {
                format = Format.parse(a.format).orElseThrow(() -> usage(t, helpOf, t.label("cli.badValue",
                        "option", "--format", "value", a.format, "expected", t.label("cli.expected.format"))));
            }
            if (a.summary && !command.equals("check")) {
                throw usage(t, helpOf, t.label("cli.unknownOption", "option", "--summary"));
            }
            Options options = Options.full().withWidth(width(env));
            Context ctx = new Context(command, catalog, t, format, options, out, err, in, a.summary);
            return COMMANDS.get(command).run(ctx, words);
        } catch (CliError e) {
            e.lines.forEach(err::println);
            return e.status;
        }
    }

    private static int help(Texts t, String command, PrintStream out) throws CliError {
        if (command == null) {
            out.print(ensureNewline(t.label("cli.help.main")));
            return 0;
        }
        if (command.equals("help")) {
            out.print(ensureNewline(t.label("cli.help.help")));
            return 0;
        }
        Command c = COMMANDS.get(command);
        if (c == null) {
            throw usage(t, PROGRAM, t.label("cli.unknownCommand", "command", command));
        }
        out.print(ensureNewline(t.label(c.helpKey())));
        return 0;
    }

    private static CliError unknownCommand(Catalog catalog, Texts t, String word) {
        String msg = PROGRAM + ": " + t.label("cli.unknownCommand", "command", word);
        if (!catalog.resolveEntries(word).isEmpty() || word.matches("\\d+")) {
            return new CliError(CliError.USAGE, List.of(msg, t.label("cli.didYouMeanExplain", "code", word)));
        }
        return new CliError(CliError.USAGE, List.of(msg, t.label("cli.helpHint", "command", PROGRAM)));
    }

    static CliError usage(Texts t, String helpOf, String message) {
        return new CliError(CliError.USAGE, List.of(PROGRAM + ": " + message,
                t.label("cli.helpHint", "command", helpOf)));
    }

    private static Object[] rest(Object[] a) {
        Object[] r = new Object[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }

    /**
     * The language to ask for: {@code --lang}, else the first non-empty of LC_ALL, LC_MESSAGES, LANG. "C" and
     * "POSIX" (with or without a codeset) mean English. The catalog then picks the best available language
     * ({@link Texts#resolveLanguage}: fr-CA falls back to fr, anything unknown to English).
     */
    static String requestedLanguage(String option, Map<String, String> env) {
        String v = option;
        if (v == null || v.isBlank()) {
            v = null;
            for (String name : LOCALE_VARIABLES) {
                String s = env.get(name);
                if (s != null && !s.isBlank()) {
                    v = s.strip();
                    break;
                }
            }
        }
        if (v == null) {
            return Texts.DEFAULT_LANGUAGE;
        }
        String base = v.split("[.@]", 2)[0];
        if (base.equalsIgnoreCase("C") || base.equalsIgnoreCase("POSIX") || base.isEmpty()) {
            return Texts.DEFAULT_LANGUAGE;
        }
        return v;
    }

    /** Text width: COLUMNS when it is a sane number, else 80. */
    static int width(Map<String, String> env) {
        String c = env.get("COLUMNS");
        if (c != null && c.strip().matches("\\d{2,3}")) {
            int w = Integer.parseInt(c.strip());
            if (w >= 40 && w <= 200) {
                return w;
            }
        }
        return 80;
    }

    static String version() {
        String v = Cli.class.getPackage() == null ? null : Cli.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static String ensureNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String first = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().split("\\R", 2)[0];
        return first;
    }

    /** The process's own stdout/stderr re-opened as UTF-8, so that non-ASCII text survives a C locale. */
    private static PrintStream utf8(FileDescriptor fd, PrintStream original) {
        original.flush();
        return new PrintStream(new FileOutputStream(fd), false, StandardCharsets.UTF_8);
    }
}
