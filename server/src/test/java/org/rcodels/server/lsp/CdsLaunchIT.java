package org.rcodels.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AppCDS archive (docs/PERFORMANCE.md): the launcher makes it in the background and uses it, and an archive that
 * is broken or was made for another jar never puts a byte on stdout, the protocol's channel (the JVM prints CDS
 * warnings to stdout unless told otherwise).
 */
class CdsLaunchIT {

    /** The JVM options the launcher passes on every run (rcode-ls), without the archive. */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+IgnoreUnrecognizedVMOptions",
            "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr", "-XX:+DisplayVMOutputToStderr");

    static Path jar() {
        Path jar = Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar"));
        assertTrue(Files.isRegularFile(jar), "the built jar is missing: " + jar + " (run mvn verify)");
        return jar.toAbsolutePath();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void aBrokenArchiveLeavesStdoutClean(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("broken.jsa");
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(junk);
        Files.write(broken, junk);
        List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
        flags.add("-XX:SharedArchiveFile=" + broken);
        assertCleanSession(command(flags, jar()), Map.of());
    }

    @Test
    void anArchiveOfAnotherJarLeavesStdoutClean(@TempDir Path tmp) throws Exception {
        // an archive made for a copy of the jar: the JVM refuses it (the jar differs) and warns
        Path copy = tmp.resolve("copy.jar");
        Files.copy(jar(), copy);
        Path archive = tmp.resolve("other.jsa");
        List<String> train = new ArrayList<>(LAUNCHER_FLAGS);
        train.add("-XX:ArchiveClassesAtExit=" + archive);
        assertEquals(0, run(command(train, copy, CdsTraining.FLAG), Map.of()), "the training run's exit code");
        assertTrue(Files.size(archive) > 0, "the training made an archive");
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(0));
        List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
        flags.add("-XX:SharedArchiveFile=" + archive);
        assertCleanSession(command(flags, copy), Map.of());
        // the same archive with the warnings left where the JVM puts them by default: this is what the flags prevent
        Process p = new ProcessBuilder(java(), "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-jar",
                copy.toString(), "--version").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertTrue(out.contains("[cds"), "without the flags the JVM warns on stdout: " + out);
    }

    @Test
    void theLauncherMakesTheArchiveThenUsesIt(@TempDir Path tmp) throws Exception {
        Path script = Path.of("..", "rcode-ls").toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(script), "the launcher script: " + script);
        Map<String, String> env = Map.of("RCODE_LS_JAR", jar().toString(), "XDG_CACHE_HOME", tmp.toString());
        List<String> cmd = List.of("bash", script.toString());
        // first run: no archive yet; the training runs in the background
        assertCleanSession(cmd, env);
        Path dir = tmp.resolve("rcode-ls");
        Path archive = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (archive == null && System.nanoTime() < until) {
            Thread.sleep(200);
            archive = archive(dir);
        }
        assertTrue(archive != null, "the launcher made no archive in " + dir);
        // second run: the server's classes come from the archive
        Path classes = tmp.resolve("classes.txt");
        Map<String, String> env2 = new java.util.HashMap<>(env);
        env2.put("RCODE_LS_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
        assertCleanSession(cmd, env2);
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("org.rcodels.server.lsp.RcodeServer source: shared objects file (top)"),
                "RcodeServer was not loaded from the archive");
        // the archive cut short under the same name (the JVM would crash on it: SIGBUS when it maps the missing part):
        // its size no longer matches its name, so the launcher leaves it out, and stdout stays clean
        archive.toFile().setWritable(true);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(archive,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        assertCleanSession(cmd, env);
    }

    private static Path archive(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> s = Files.list(dir)) {
            // the archive's name ends with its size
            return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).filter(p -> {
                String n = p.getFileName().toString();
                try {
                    return n.endsWith("-" + Files.size(p) + ".jsa");
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElse(null);
        }
    }

    private static List<String> command(List<String> flags, Path jar, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(flags);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static int run(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        return p.exitValue();
    }

    /** initialize, initialized, shutdown, exit: every byte on stdout must belong to a frame, and the exit code is 0. */
    private static void assertCleanSession(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            OutputStream in = p.getOutputStream();
            InputStream out = p.getInputStream();
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":null,\"capabilities\":{}}}");
            JsonObject init = read(out);
            assertEquals(1, init.get("id").getAsInt(), init.toString());
            assertEquals("rcode-ls", init.getAsJsonObject("result").getAsJsonObject("serverInfo").get("name")
                    .getAsString());
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            JsonObject shut = read(out);
            assertEquals(2, shut.get("id").getAsInt(), shut.toString());
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
            assertEquals(0, p.exitValue());
            assertNull(read(out), "nothing after the last response on stdout");
        } finally {
            p.destroyForcibly();
        }
    }

    private static void send(OutputStream in, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(b);
        in.flush();
    }

    /** One frame, or null at the end of the stream; anything that is not a frame fails the test. */
    private static JsonObject read(InputStream out) throws IOException {
        int length = -1;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            int c = out.read();
            if (c < 0) {
                assertTrue(!any && line.size() == 0, "stdout ended inside a header: " + line);
                return null;
            }
            any = true;
            if (c != '\n') {
                line.write(c);
                assertTrue(line.size() < 200, "not a JSON-RPC header on stdout: " + line);
                continue;
            }
            String h = line.toString(StandardCharsets.US_ASCII).strip();
            line.reset();
            if (h.isEmpty()) {
                break;
            }
            assertTrue(h.startsWith("Content-Length:") || h.startsWith("Content-Type:"),
                    "not a JSON-RPC header on stdout: " + h);
            if (h.startsWith("Content-Length:")) {
                length = Integer.parseInt(h.substring(15).strip());
            }
        }
        byte[] body = out.readNBytes(length);
        assertEquals(length, body.length, "stdout ended inside a body");
        return com.google.gson.JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
