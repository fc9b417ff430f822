package org.pyrust.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyrust.PyRustRunner;
import org.pyrust.PyRustRunner.Outcome;

/**
 * The golden programs: every {@code golden/<topic>/X.py} on the test class path is run in-process as
 * {@code pyrust -c} would run it, and compared with its expectations:
 * <ul>
 * <li>{@code X.out}: the exact standard output (the Output contract of LANGUAGE.md: what the program
 * prints, then {@code str(result)} without a newline when the result is not None). Missing means empty.</li>
 * <li>{@code X.err}: the expected first line of standard error, {@code <Kind> at <line>:<col>: <message>};
 * missing means the program must succeed. Where LANGUAGE.md leaves part of an error free (parse-error
 * wording, a column the definition does not fix), that part is written {@code [...]}, which matches any
 * text; everything else is compared exactly.</li>
 * </ul>
 * A program whose first line is {@code # cpython-agrees} is also run by {@link CPythonDifferentialTest}.
 */
class GoldenTest {

    static final String ROOT = "golden";
    static final String WILDCARD = "[...]";
    static final String CPYTHON_MARKER = "# cpython-agrees";

    /** One golden program and its expectations. */
    record GoldenProgram(String name, Path file, String source, String expectedOut, String expectedError) {

        String topic() {
            return name.substring(0, name.indexOf('/'));
        }

        boolean cpythonAgrees() {
            String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
            return text.startsWith(CPYTHON_MARKER + "\n") || text.startsWith(CPYTHON_MARKER + "\r");
        }
    }

    @TestFactory
    Stream<DynamicNode> golden() {
        List<GoldenProgram> programs = programs();
        Map<String, List<GoldenProgram>> byTopic = programs.stream()
                        .collect(Collectors.groupingBy(GoldenProgram::topic, TreeMap::new, Collectors.toList()));
        return byTopic.entrySet().stream().map(topic -> DynamicContainer.dynamicContainer(topic.getKey(),
                        topic.getValue().stream().map(program -> DynamicTest.dynamicTest(program.name(), program.file().toUri(), () -> check(program)))));
    }

    static void check(GoldenProgram program) {
        Outcome outcome = PyRustRunner.run(program.source());
        String context = "\n--- program " + program.name() + ".py:\n" + program.source() + "\n---";
        if (program.expectedError() == null) {
            assertEquals(null, outcome.errorLine(), "unexpected error" + context);
            assertEquals(program.expectedOut(), outcome.stdout(), "stdout" + context);
            assertEquals(0, outcome.exitCode(), "exit code" + context);
        } else {
            assertTrue(outcome.errorLine() != null && matches(program.expectedError(), outcome.errorLine()),
                            "error line: expected <" + program.expectedError() + "> but was <" + outcome.errorLine() + ">; stdout was <"
                                            + outcome.stdout() + ">" + context);
            assertEquals(program.expectedOut(), outcome.stdout(), "stdout before the error" + context);
            assertEquals(1, outcome.exitCode(), "exit code" + context);
        }
    }

    /** Whether {@code actual} is {@code expected}, where each {@value #WILDCARD} in it stands for any text. */
    static boolean matches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        int at;
        while ((at = expected.indexOf(WILDCARD, start)) >= 0) {
            regex.append(Pattern.quote(expected.substring(start, at))).append(".*");
            start = at + WILDCARD.length();
        }
        regex.append(Pattern.quote(expected.substring(start)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }

    /** Every golden program, sorted by name; fails if there are none or one lacks its expectations. */
    static List<GoldenProgram> programs() {
        Path root = root();
        List<GoldenProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".py".length());
                Path out = sibling(file, ".out");
                Path err = sibling(file, ".err");
                if (!Files.exists(out) && !Files.exists(err)) {
                    fail("golden program " + name + ".py has neither a .out nor a .err file");
                }
                if (!name.contains("/")) {
                    fail("golden program " + name + ".py must be in a topic folder, golden/<topic>/");
                }
                String expectedError = Files.exists(err) ? firstLine(read(err)) : null;
                programs.add(new GoldenProgram(name, file, read(file), Files.exists(out) ? read(out) : "", expectedError));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(programs.size() >= 100, "expected the golden programs under " + root + ", found only " + programs.size());
        return programs;
    }

    private static Path root() {
        URL url = GoldenTest.class.getResource("/" + ROOT);
        if (url == null) {
            fail("no '" + ROOT + "' folder on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AssertionError("the golden programs must be a folder on the class path, not " + url, e);
        }
    }

    private static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }

    /** The file's text, exactly (UTF-8, line ends and a byte-order mark kept). */
    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
