package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A static check that document content cannot make the server touch the file system, the network or other
 * programs: the code that handles documents (LSP shell, text model, dialect detection, scanners, features,
 * renderers) and the catalog use none of the APIs that could, whatever a line names ("include /etc/passwd",
 * "file:///..."). The few files that legitimately read or write files are listed with their reason; nothing may
 * run a program or open a connection.
 */
class NoFileAccessTest {

    /** APIs that reach files, as written in Java source (imports and uses). */
    static final Pattern FILES = Pattern.compile("\\bjava\\.io\\.(File|FileInputStream|FileOutputStream|FileReader"
            + "|FileWriter|RandomAccessFile)\\b|\\bjava\\.nio\\.(file|channels)\\b|\\bnew\\s+File\\s*\\(|\\bFiles\\s*\\."
            + "|\\bPaths\\s*\\.|\\bPath\\s*\\.\\s*of\\b|\\bimport\\s+java\\.(io|nio)\\.\\*|\\bgetResource(AsStream)?\\s*\\("
            + "|\\bClassLoader\\b|\\bFileDescriptor\\b");

    /** APIs that run programs, open connections or load code: forbidden everywhere. */
    static final Pattern PROGRAMS = Pattern.compile("\\bProcessBuilder\\b|\\bRuntime\\s*\\.\\s*getRuntime|\\.exec\\s*\\("
            + "|\\bjava\\.net\\b|\\bHttpClient\\b|\\bSocket\\b|\\bURLConnection\\b|\\bopenStream\\s*\\(|\\bClass\\s*\\.\\s*"
            + "forName\\b|\\bScriptEngine|\\bSystem\\s*\\.\\s*load(Library)?\\b|\\bObjectInputStream\\b");

    /** Files allowed to use FILES, and why. Paths are relative to the repository root. */
    static final Map<String, String> ALLOWED = Map.of(
            "server/src/main/java/org/rcodels/server/cli/CheckCommand.java",
            "rcode-ls check reads the files named on its command line",
            "server/src/main/java/org/rcodels/server/cli/Cli.java",
            "the command line re-opens its own stdout and stderr (FileDescriptor) as UTF-8",
            "server/src/main/java/org/rcodels/server/lsp/CdsTraining.java",
            "the hidden --cds-training run writes its own fixed sample to a temporary file for 'check'",
            "catalog/src/main/java/org/rcodels/catalog/Catalog.java",
            "the catalog is read from the jar's own resources (getResourceAsStream), never from a path",
            "catalog/src/main/java/org/rcodels/catalog/CheckData.java",
            "the developer's scripts/check-catalog validates the data folder of a checkout");

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        return Files.isDirectory(p.resolve("catalog")) ? p : p.getParent();
    }

    /** Java source without comments and string literals, so that prose about files does not count. */
    static String code(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
    }

    @Test
    void documentHandlingCodeNeverTouchesFilesProgramsOrTheNetwork() throws IOException {
        Path root = root();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String dir : List.of("server/src/main/java", "catalog/src/main/java")) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    String code = code(Files.readString(p));
                    Matcher prog = PROGRAMS.matcher(code);
                    if (prog.find()) {
                        problems.add(rel + " runs programs or opens connections: " + prog.group());
                    }
                    Matcher fm = FILES.matcher(code);
                    if (fm.find() && !ALLOWED.containsKey(rel)) {
                        problems.add(rel + " uses a file API: " + fm.group());
                    }
                }
            }
        }
        assertTrue(files > 50, "sources found: " + files + " under " + root);
        assertEquals(List.of(), problems);
        // the allow-list stays honest: each listed file exists and does use such an API
        for (String rel : ALLOWED.keySet()) {
            Path p = root.resolve(rel);
            assertTrue(Files.isRegularFile(p) && FILES.matcher(code(Files.readString(p))).find(),
                    "allow-listed but no longer needed or gone: " + rel);
        }
    }

    @Test
    void theCheckerFindsWhatItLooksFor() {
        for (String bad : List.of("import java.nio.file.Files;", "new File(x)", "Files.readString(p)",
                "Path.of(line)", "import java.io.*;", "getClass().getResourceAsStream(name)")) {
            assertTrue(FILES.matcher(code(bad)).find(), bad);
        }
        for (String bad : List.of("new ProcessBuilder(cmd)", "Runtime.getRuntime().exec(s)", "import java.net.URL;",
                "Class.forName(n)")) {
            assertTrue(PROGRAMS.matcher(code(bad)).find(), bad);
        }
        assertTrue(!FILES.matcher(code("// Files.readString(p) in a comment\nString s = \"Path.of(x)\";")).find());
    }
}
