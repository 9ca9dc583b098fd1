package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's command line with bad input, and the catalog's origin: started in a working directory full of
 * fake catalog files (and with CLASSPATH pointing there), the jar still explains codes from the data inside it.
 */
class CliJarIT {

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    Result jar(Path cwd, String... args) throws IOException, InterruptedException {
        String jar = Path.of(System.getProperty("rcodels.jar", "target/rcode-ls.jar")).toAbsolutePath().toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("CLASSPATH", cwd.toString());
        pb.environment().put("LANG", "C");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_MESSAGES");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theCatalogComesFromTheJarWhateverTheWorkingDirectoryHolds() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("work"));
        String fake = "{\"entries\":[{\"id\":\"rcode:3\",\"value\":3,\"name\":\"FAKEDOMAIN\"}]}";
        for (String folder : List.of("org/rcodels/catalog/data", "catalog/src/main/resources/org/rcodels/catalog/data",
                "data", ".")) {
            Path d = Files.createDirectories(cwd.resolve(folder));
            for (String file : List.of("rcodes.json", "ede.json", "opcodes.json", "pseudo.json", "spellings.json",
                    "confusions.json")) {
                Files.writeString(d.resolve(file), fake);
            }
            Files.createDirectories(d.resolve("i18n/en"));
            Files.writeString(d.resolve("i18n/en/labels.json"), "{\"cli.unknownCode\":\"FAKE LABEL {code}\"}");
        }
        Result r = jar(cwd, "explain", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("NXDOMAIN"), r.out());
        assertFalse(r.out().contains("FAKEDOMAIN"), r.out());
        Result unknown = jar(cwd, "explain", "FOOBARBAZ");
        assertEquals(2, unknown.status());
        assertFalse(unknown.err().contains("FAKE LABEL"), unknown.err());
    }

    @Test
    void badInputThroughTheJar() throws Exception {
        Path binary = Files.write(dir.resolve("core"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 0});
        Result bin = jar(dir, "check", binary.toString());
        assertEquals(2, bin.status());
        assertTrue(bin.err().contains("core") && bin.err().lines().count() == 1, bin.err());
        // one argument can be at most 128 KB on Linux: 100 KB of an unknown code
        Result big = jar(dir, "explain", "Q".repeat(100_000));
        assertEquals(2, big.status());
        assertEquals("", big.out());
        assertTrue(big.err().length() < 2000, "message of " + big.err().length() + " chars");
        Result missing = jar(dir, "check", dir.resolve("nope.log").toString(), dir.toString());
        assertEquals(2, missing.status());
        assertEquals(2, missing.err().lines().count(), missing.err());
        for (Result r : List.of(bin, big, missing)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }
}
