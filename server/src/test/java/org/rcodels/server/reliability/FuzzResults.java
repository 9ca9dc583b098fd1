package org.rcodels.server.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a fuzz run owes and saw: the sample documents, the checks of the responses, the figures. */
public final class FuzzResults {
    private FuzzResults() {
    }

    /** The corpus files (sorted, so the run is the same on every machine), as realistic documents to mutate. */
    public static List<Map.Entry<String, String>> samples() throws IOException {
        Path root = Path.of("src/test/resources/corpus");
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).sorted()
                    .toList()) {
                out.add(Map.entry(p.getFileName().toString(), Files.readString(p)));
            }
        }
        out.add(Map.entry("answer.txt", ProtocolFuzzTest.GOOD_TEXT));
        out.add(Map.entry("empty.log", ""));
        assertTrue(out.size() > 10, "the corpus is missing: " + root.toAbsolutePath());
        return out;
    }

    /** What a run saw, for the figures in docs/RELIABILITY.md. */
    public static final class Report {
        public int frames;
        public long bytes;
        public final Map<String, Integer> kinds = new TreeMap<>();
        public final Map<String, Integer> outcomes = new TreeMap<>();
        public int hugeDocuments;
        public int atMostOneAnswered;
        public int atMostOneDropped;
        public int lsp4jLogged;
        public long millis;

        public void print(String title) {
            System.out.println("[reliability] " + title + ": " + frames + " frames, " + bytes / 1024 + " KiB, "
                    + millis + " ms; huge documents " + hugeDocuments + "; outcomes " + outcomes
                    + "; broken messages answered " + atMostOneAnswered + ", dropped " + atMostOneDropped
                    + "; LSP4J log records " + lsp4jLogged + "; kinds " + kinds);
        }
    }

    /** Every owed response exactly once and well formed, nothing answered twice, no internal error. */
    public static void check(List<JsonObject> seen, Map<Object, FuzzMessages.Sent> expected, Report report) {
        Map<Object, Integer> count = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonObject m : seen) {
            if (m.has("method")) {
                JsonElement method = m.get("method");
                if (!method.isJsonPrimitive() || !method.getAsJsonPrimitive().isString()) {
                    problems.add("a message from the server with a method that is not a string: " + m);
                }
                continue;
            }
            if (!Msg.isResponse(m)) {
                problems.add("neither a request, a notification nor a response: " + m);
                continue;
            }
            String bad = Msg.malformedResponse(m);
            if (bad != null) {
                problems.add(bad);
            }
            Object id = Msg.idOf(m);
            if (id == null) {
                // JSON-RPC answers a message whose id could not be read with id null: only ever as an error
                if (!m.has("error")) {
                    problems.add("a result with a null id: " + m);
                }
                report.outcomes.merge("error (id null) " + Msg.errorCode(m), 1, Integer::sum);
                continue;
            }
            count.merge(id, 1, Integer::sum);
        }
        for (Map.Entry<Object, Integer> e : count.entrySet()) {
            if (!expected.containsKey(e.getKey()) && !(e.getKey() instanceof Long l && l < 1000)) {
                problems.add("a response to an id never sent: " + e.getKey());
            }
        }
        Map<Object, JsonObject> byId = new HashMap<>();
        for (JsonObject m : seen) {
            Object id = Msg.idOf(m);
            if (id != null && Msg.isResponse(m)) {
                byId.put(id, m);
            }
        }
        for (FuzzMessages.Sent sent : expected.values()) {
            int n = count.getOrDefault(sent.id(), 0);
            JsonObject resp = byId.get(sent.id());
            switch (sent.expect()) {
                case ONE -> {
                    if (n != 1) {
                        problems.add(n + " responses (expected 1) to " + sent.kind() + " id " + sent.id() + ": "
                                + preview(sent.frame()));
                        continue;
                    }
                    Integer code = Msg.errorCode(resp);
                    report.outcomes.merge(code == null ? "result" : "error " + code, 1, Integer::sum);
                    if (code != null && code == -32603) {
                        problems.add("internal error for " + sent.kind() + ": " + resp + " <- " + preview(sent.frame()));
                    }
                }
                case AT_MOST_ONE -> {
                    if (n > 1) {
                        problems.add(n + " responses to broken " + sent.kind() + " " + sent.id());
                    } else if (n == 1) {
                        report.atMostOneAnswered++;
                        if (!resp.has("error") && !sent.kind().equals("lenient")) {
                            problems.add("a result for a broken message (" + sent.kind() + "): " + resp);
                        } else {
                            Integer code = Msg.errorCode(resp);
                            report.outcomes.merge("broken -> " + (code == null ? "result" : "error " + code), 1,
                                    Integer::sum);
                        }
                    } else {
                        report.atMostOneDropped++;
                    }
                }
                case NONE -> problems.add("an id recorded for a message that owes nothing: " + sent.id());
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems, first ones:\n" + String.join("\n",
                    problems.subList(0, Math.min(25, problems.size()))));
        }
    }

    public static String preview(byte[] frame) {
        String s = new String(frame, StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

}
