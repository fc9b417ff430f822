package org.pyrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyrust.PyRustRunner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every case of the shared conformance suite, run in-process through the polyglot API with the Output
 * contract of LANGUAGE.md, judged as {@code ../shared/conformance/check.py --strict-stdout} judges a
 * launcher. The cases are a copy in the test resources, so the repository tests itself alone;
 * {@link #copyIsCurrent()} says when the shared file has changed.
 */
class ConformanceTest {

    private static final String RESOURCE = "/conformance/cases.jsonl";
    /**
     * Cases of the Full layer that expect "'<construct>' is not supported" for a construct a later layer
     * has since built (LANGUAGE.md: "until a layer is built, using one of its constructs is a clear parse
     * error"): each with what the program does now that it runs, and the layer that made it run.
     */
    private static final String SUPERSEDED = "/conformance/superseded.jsonl";
    private static final Pattern ERROR_LINE = Pattern.compile("^(LexError|ParseError|RuntimeError) at (\\d+):(\\d+): (.*)$");

    private static final AtomicInteger passed = new AtomicInteger();
    private static final AtomicInteger failed = new AtomicInteger();

    static List<JsonObject> cases() throws IOException {
        List<JsonObject> cases = new ArrayList<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is missing from the test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        }
        return cases;
    }

    static java.util.Map<String, JsonObject> superseded() throws IOException {
        java.util.Map<String, JsonObject> byId = new java.util.HashMap<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream(SUPERSEDED)) {
            assertNotNull(in, SUPERSEDED + " is missing from the test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    byId.put(o.get("id").getAsString(), o);
                }
            }
        }
        return byId;
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        java.util.Map<String, JsonObject> superseded = superseded();
        return cases().stream().map(c -> DynamicTest.dynamicTest(
                        c.get("id").getAsString() + " [" + c.get("layer").getAsString() + "]", () -> check(c, superseded.get(c.get("id").getAsString()))));
    }

    /** Every superseded case names a case that expects "not supported", so no real failure hides there. */
    @Test
    void supersededCasesAreUnsupportedConstructCases() throws IOException {
        java.util.Map<String, JsonObject> all = new java.util.HashMap<>();
        for (JsonObject c : cases()) {
            all.put(c.get("id").getAsString(), c);
        }
        for (String id : superseded().keySet()) {
            JsonObject c = all.get(id);
            assertNotNull(c, id + " is not a conformance case");
            assertEquals(true, c.get("pyrust_only") != null && c.get("pyrust_only").toString().contains("unsupported-construct"),
                            id + " is not an unsupported-construct case");
        }
    }

    private static void check(JsonObject c, JsonObject superseded) {
        PyRustRunner.Outcome outcome = PyRustRunner.run(c.get("source").getAsString());
        String why = judge(superseded == null ? c : withOutput(c, superseded), outcome);
        if (why == null) {
            passed.incrementAndGet();
        } else {
            failed.incrementAndGet();
            fail(why + "\nsource: " + c.get("source").getAsString());
        }
    }

    /** The case expecting the superseded output instead of its error. */
    private static JsonObject withOutput(JsonObject c, JsonObject superseded) {
        JsonObject now = c.deepCopy();
        now.add("expect_error", com.google.gson.JsonNull.INSTANCE);
        now.add("expect_output", superseded.get("expect_output"));
        return now;
    }

    /** Null when the outcome satisfies the case, else why not. */
    static String judge(JsonObject c, PyRustRunner.Outcome outcome) {
        JsonElement expectedError = c.get("expect_error");
        if (expectedError == null || expectedError.isJsonNull()) {
            if (outcome.errorLine() != null) {
                return "expected success, got error: " + outcome.errorLine();
            }
            String expected = c.get("expect_output").getAsString();
            return expected.equals(outcome.stdout()) ? null : "stdout " + quote(outcome.stdout()) + " != expected " + quote(expected);
        }
        if (outcome.errorLine() == null) {
            return "expected an error, got success with stdout " + quote(outcome.stdout());
        }
        Matcher m = ERROR_LINE.matcher(outcome.errorLine());
        if (!m.matches()) {
            return "error line is not '<Kind> at <line>:<col>: <message>': " + outcome.errorLine();
        }
        JsonObject e = expectedError.getAsJsonObject();
        String[] actual = {m.group(1), m.group(2), m.group(3), m.group(4)};
        String[] fields = {"kind", "line", "column", "message"};
        for (int i = 0; i < fields.length; i++) {
            JsonElement want = e.get(fields[i]);
            if (want != null && !want.isJsonNull() && !want.getAsString().equals(actual[i])) {
                return fields[i] + " " + quote(actual[i]) + " != expected " + quote(want.getAsString()) + " in: " + outcome.errorLine();
            }
        }
        JsonElement contains = e.get("message_contains");
        if (contains != null && !contains.isJsonNull() && !actual[3].contains(contains.getAsString())) {
            return "message " + quote(actual[3]) + " does not contain " + quote(contains.getAsString());
        }
        JsonElement before = c.get("stdout_before_error");
        if (before != null && !before.isJsonNull() && !before.getAsString().equals(outcome.stdout())) {
            return "stdout before the error " + quote(outcome.stdout()) + " != expected " + quote(before.getAsString());
        }
        return null;
    }

    private static String quote(String s) {
        String shown = s.length() > 300 ? s.substring(0, 300) + "...(" + s.length() + " chars)" : s;
        return "'" + shown.replace("\n", "\\n") + "'";
    }

    /** When the shared suite sits beside the repository, the copy in the test resources must equal it. */
    @Test
    void copyIsCurrent() throws IOException {
        Path shared = Path.of(System.getProperty("pyrust.repo", ".."), "..", "shared", "conformance", "cases.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared), "no ../shared/conformance beside the repository");
        try (InputStream in = ConformanceTest.class.getResourceAsStream(RESOURCE)) {
            assertEquals(Files.readString(shared, StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            "tests/src/test/resources/conformance/cases.jsonl differs from " + shared + ": copy the shared file over it");
        }
    }

    @AfterAll
    static void report() {
        System.out.println("Conformance: " + passed.get() + " passed, " + failed.get() + " failed");
    }
}
