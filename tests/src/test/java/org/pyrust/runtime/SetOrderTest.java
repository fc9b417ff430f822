package org.pyrust.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyrust.PyRustRunner;
import org.pyrust.PyRustRunner.Outcome;

/**
 * Sets iterate and print in CPython 3.11's hash-table order ({@link PySet}): inserts, removes, pops,
 * resizes, copies and the set operations, over ints (negative, large), floats, bools and tuples. The cases
 * and CPython's outputs are in {@code sets/cases.txt}, written by {@code scripts/gen-set-cases}.
 */
class SetOrderTest {

    private static final String RESOURCE = "/sets/cases.txt";

    record Case(String name, String program, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> setsIterateInCPythonOrder() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "expected a few dozen set cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome outcome = PyRustRunner.run(c.program());
            String context = "\n--- program " + c.name() + ":\n" + c.program() + "---";
            assertNull(outcome.errorLine(), "PyRust failed" + context);
            assertEquals(c.expected(), outcome.stdout(), "PyRust's output differs from CPython's" + context);
        }));
    }

    /** Parses the resource: {@code === name}, program, {@code --- expected}, output; {@code === end} last. */
    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = SetOrderTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "missing resource " + RESOURCE + " (scripts/gen-set-cases writes it)");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        StringBuilder program = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        boolean inExpected = false;
        boolean ended = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    cases.add(new Case(name, program.toString(), expected.toString()));
                }
                name = line.substring(4);
                program.setLength(0);
                expected.setLength(0);
                inExpected = false;
                if (name.equals("end")) {
                    ended = true;
                    break;
                }
            } else if (line.equals("--- expected")) {
                inExpected = true;
            } else if (name != null) {
                (inExpected ? expected : program).append(line).append('\n');
            }
        }
        assertTrue(ended, RESOURCE + " does not end with '=== end'");
        return cases;
    }
}
