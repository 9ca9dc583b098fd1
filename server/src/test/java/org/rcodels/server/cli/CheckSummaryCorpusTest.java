package org.rcodels.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code check --summary} on every scanner corpus sample counts each code once per line that mentions it: its count
 * is the number of distinct lines the sample's ".expected" file lists for that entry (a number and a name of one
 * reply on one line, such as host's {@code 3(NXDOMAIN)}, Zeek's rcode and rcode_name, the Windows flags and name,
 * {@code ; EDE: 15 (Blocked)}, are one), and the total is the sum of the counts.
 */
class CheckSummaryCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> everySampleCountsEachCodeOncePerLine() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.walk(ROOT)) {
            samples = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    static Path expected(Path sample) {
        return sample.resolveSibling(sample.getFileName() + ".expected");
    }

    static void check(Path sample) throws Exception {
        // entry id -> the lines that mention it
        Map<String, Set<Integer>> lines = new TreeMap<>();
        for (String l : Files.readAllLines(expected(sample), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.strip().split(" ", 3);
            int line = Integer.parseInt(f[0].substring(0, f[0].indexOf(':')));
            lines.computeIfAbsent(f[1], k -> new HashSet<>()).add(line);
        }
        Map<String, Integer> want = new TreeMap<>();
        lines.forEach((id, set) -> want.put(id, set.size()));

        CliTest.Result r = CliTest.run("check", "--summary", "--format", "json", sample.toString());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        Map<String, Integer> got = new TreeMap<>();
        int sum = 0;
        for (JsonNode c : file.get("codes")) {
            // a reply's ?22 is a row apart from the TSIG BADTRUNC: both are lines of rcode:22
            got.merge(c.get("id").asText(), c.get("count").asInt(), Integer::sum);
            sum += c.get("count").asInt();
        }
        assertEquals(want, got, "counts of " + sample);
        assertEquals(sum, file.get("mentions").asInt(), "total of " + sample);
    }
}
