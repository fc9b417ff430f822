package org.pyrust.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyrust.launcher.PyRustCommand.Run;

/**
 * What the {@code pyrust} command does with input a program should not have and with limits it reaches:
 * a closed standard input, bytes that are not UTF-8, NUL bytes, recursion limits it cannot honour, an
 * exhausted heap, and the report of a mutual recursion. Each is a finding of the reliability review
 * (issue 10), run through the real script as a user would.
 */
class LauncherReliabilityTest {

    @TempDir
    Path dir;

    private PyRustCommand pyrust;

    @BeforeEach
    void command() {
        pyrust = new PyRustCommand(dir);
    }

    /** Runs {@code scripts/pyrust ARGS} from bash with standard input closed ({@code <&-}). */
    private Run runWithStdinClosed(String args) throws Exception {
        return pyrust.runCommand(List.of("bash", "-c", "\"$0\" " + args + " <&-", PyRustCommand.SCRIPT.toString()), Map.of(), "");
    }

    @Test
    void closedStdinIsAnEmptyProgram() throws Exception {
        // Left closed, descriptor 0 went to a file the JVM opened, which was then run as the program.
        runWithStdinClosed("-").assertOutcome(0, "", "");
        runWithStdinClosed("").assertOutcome(0, "", "");
    }

    @Test
    void fileThatIsNotUtf8IsALexErrorAtTheBadByte() throws Exception {
        Path file = dir.resolve("bad.py");
        Files.write(file, new byte[] {'p', 'r', 'i', 'n', 't', '(', '1', ')', '\n', 'x', ' ', '=', ' ', '"', (byte) 0xff, (byte) 0xfe, '"', '\n'});
        Run run = pyrust.run(file.toString());
        assertEquals(1, run.exit(), run::describe);
        assertEquals("", run.stdout(), "nothing runs");
        assertEquals(List.of("LexError at 2:6: Non-UTF-8 code starting with '\\xff' (PyRust source must be UTF-8)",
                        "    x = \"\\xff", "         ^"), run.stderrLines(), run::describe);
    }

    @Test
    void standardInputThatIsNotUtf8IsALexError() throws Exception {
        Path file = dir.resolve("truncated.py");
        // A two-byte sequence cut short after a code point that takes two columns' worth of UTF-16.
        Files.write(file, "s = '\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(file, new byte[] {(byte) 0xc3, '\'', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Run run = pyrust.runCommand(List.of("bash", "-c", "\"$0\" - < \"$1\"", PyRustCommand.SCRIPT.toString(), file.toString()), Map.of(), "");
        assertEquals(1, run.exit(), run::describe);
        assertEquals("LexError at 1:7: Non-UTF-8 code starting with '\\xc3' (PyRust source must be UTF-8)", run.stderrLines().get(0), run::describe);
    }

    @Test
    void nulInAFileIsALexErrorShownEscaped() throws Exception {
        Path file = dir.resolve("nul.py");
        Files.writeString(file, "print(\"a\0b\")\n");
        Run run = pyrust.run(file.toString());
        assertEquals(1, run.exit(), run::describe);
        assertEquals(List.of("LexError at 1:9: source code cannot contain null bytes ('\\x00')", "    print(\"a\\x00b\")",
                        "            ^"), run.stderrLines(), run::describe);
    }

    @Test
    void recursionLimitBeyondWhatTheStackHonoursIsAUsageError() throws Exception {
        Run run = pyrust.run("--pyrust.RecursionLimit=1000000", "-c", "print(1)");
        assertEquals(2, run.exit(), run::describe);
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("pyrust: invalid option: pyrust.RecursionLimit can be at most 100000, not 1000000"), run::describe);
        Run zero = pyrust.run("--pyrust.RecursionLimit=0", "-c", "print(1)");
        assertEquals(2, zero.exit(), zero::describe);
        assertTrue(zero.stderr().startsWith("pyrust: invalid option: pyrust.RecursionLimit must be at least 1, not 0"), zero::describe);
    }

    @Test
    void recursionAtTheLargestLimitEndsInARecursionError() throws Exception {
        Run run = pyrust.run("--pyrust.RecursionLimit=100000", "-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, run.exit(), run::describe);
        assertEquals(List.of("RuntimeError at 2:12: maximum recursion depth exceeded", "        return f(n + 1)", "               ^",
                        "  at f (line 2)", "  at f (line 2)", "  at f (line 2)", "  [Previous line repeated 99997 more times]",
                        "  at <module> (line 3)"), run.stderrLines(), run::describe);
    }

    @Test
    void mutualRecursionReportStaysShort() throws Exception {
        // a -> b -> a once gave 320 KB of stderr: only repeats of a single line were collapsed.
        Run run = pyrust.run("-c", "def a(n):\n    return b(n)\ndef b(n):\n    return c(n)\ndef c(n):\n    return a(n + 1)\na(0)");
        assertEquals(1, run.exit(), run::describe);
        List<String> lines = run.stderrLines();
        assertTrue(lines.get(0).matches("RuntimeError at [246]:12: maximum recursion depth exceeded"), run::describe);
        // The innermost calls, three times round the cycle of the three functions, then the count.
        List<String> cycle = lines.subList(3, 6);
        assertEquals(List.of("  at a (line 2)", "  at b (line 4)", "  at c (line 6)"), cycle.stream().sorted().toList(), run::describe);
        assertEquals(cycle, lines.subList(6, 9), run::describe);
        assertEquals(cycle, lines.subList(9, 12), run::describe);
        // 20,000 calls in all: what is left of the last cycle follows the count.
        assertTrue(lines.get(12).matches("  \\[Previous 3 lines repeated \\d+ more times]"), run::describe);
        assertEquals("  at <module> (line 7)", lines.get(lines.size() - 1), run::describe);
        assertTrue(run.stderr().length() < 1000, run::describe);
    }

    @Test
    void stringOfTheLargestLengthIsMadeAndMeasured() throws Exception {
        // 2 GB of UTF-32 (astral characters need all four bytes). At 2^31 - 12 bytes TruffleString's repeat
        // crashed the JVM, which is why the limit keeps a kilobyte below what an array holds.
        Run run = pyrust.run("-c", "s = '\uD83D\uDE00' * 536869888\nprint(len(s))\nlen(s + '')");
        run.assertOutcome(0, "536869888\n536869888", "");
    }

    @Test
    void longResultIsWrittenWhole() throws Exception {
        // Written in pieces of a million chars; the first boundary falls inside a surrogate pair.
        Run run = pyrust.run("-c", "'x' + 'ab\\U0001F600' * 1000000");
        run.assertOutcome(0, "x" + "ab\uD83D\uDE00".repeat(1_000_000), "");
    }

    @Test
    void exhaustedHeapIsAMemoryErrorAtTheOperation() throws Exception {
        // Three strings of 120 MB each (UTF-32) in a 256 MB heap: the third cannot be made.
        String program = "a = '\uD83D\uDE00' * 30000000\nb = '\uD83D\uDE01' * 30000000\nc = '\uD83D\uDE02' * 30000000\nprint('unreached')";
        Run run = pyrust.run(Map.of("PYRUST_JAVA_OPTS", "-Xmx256m"), null, "-c", program);
        assertEquals(1, run.exit(), run::describe);
        assertEquals("", run.stdout(), run::describe);
        assertTrue(run.stderrLines().get(0).matches("RuntimeError at [23]:5: MemoryError: out of memory \\(the Java heap is full\\)"), run::describe);
    }
}
