package org.pyrust.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pyrust.launcher.PyRustCommand.SCRIPT;
import static org.pyrust.launcher.PyRustCommand.TIMEOUT_SECONDS;
import static org.pyrust.launcher.PyRustCommand.assertNoInterpreterOnlyWarning;
import static org.pyrust.launcher.PyRustCommand.commandWorks;
import static org.pyrust.launcher.PyRustCommand.destroy;
import static org.pyrust.launcher.PyRustCommand.firstLine;

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
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyrust.launcher.PyRustCommand.Run;

/**
 * The {@code pyrust} command as a user sees it: the real {@code scripts/pyrust} runs as a subprocess
 * ({@link PyRustCommand}), and each test checks its standard output, standard error and exit status.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private PyRustCommand pyrust;

    @BeforeAll
    static void launcherIsBuilt() {
        Path jar = PyRustCommand.REPO.resolve("launcher/target/pyrust-launcher.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: package the launcher first (scripts/test does)");
        assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is not executable");
    }

    @BeforeEach
    void command() {
        pyrust = new PyRustCommand(dir);
    }

    // ------------------------------------------------------------------------------ output contract

    @Test
    void printWritesItsLineToStdout() throws Exception {
        Run run = run("-c", "print(2 + 3)");
        run.assertOutcome(0, "5\n", "");
    }

    @Test
    void resultIsWrittenWithoutNewline() throws Exception {
        run("-c", "2 + 3").assertOutcome(0, "5", "");
        run("-c", "print(1)\n2").assertOutcome(0, "1\n2", "");
    }

    @Test
    void noneResultWritesNothing() throws Exception {
        run("-c", "x = 1").assertOutcome(0, "", "");
    }

    /** Programs of the original PyRust system's own test suite, which its implementation could not run. */
    @Test
    void runsTheOriginalSuitesFullLayerPrograms() throws Exception {
        Path factorial = write("factorial.py", """
                        def factorial(n):
                            if n <= 1:
                                return 1
                            else:
                                return n * factorial(n - 1)

                        result = factorial(5)
                        print(result)
                        """);
        run(factorial.toString()).assertOutcome(0, "120\n", "");
        Path fibonacci = write("fibonacci.py", """
                        def fibonacci(n):
                            if n <= 1:
                                return n
                            return fibonacci(n-1) + fibonacci(n-2)

                        fibonacci(8)
                        """);
        run(fibonacci.toString()).assertOutcome(0, "21", "");
        Path sumPowers = write("sum_powers.py", """
                        # sum of i ** 2 for i below 10, with a while loop
                        def sum_powers(n, p):
                            total = 0
                            i = 0
                            while i < n:
                                total = total + i ** p
                                i = i + 1
                            return total
                        print(sum_powers(10, 2))
                        """);
        run(sumPowers.toString()).assertOutcome(0, "285\n", "");
        run("-c", "def outer():\n    def inner():\n        pass\n    return inner\nprint(outer()(), 2 ** 10)\nprint(\"hello\")")
                        .assertOutcome(0, "None 1024\nhello\n", "");
    }

    @Test
    void runsAFile() throws Exception {
        Path program = write("prog.py", "print(1)\nx = 2\nx * 21\n");
        run(program.toString()).assertOutcome(0, "1\n42", "");
    }

    @Test
    void readsTheProgramFromStdinWithDash() throws Exception {
        runWithStdin("print(7)\n7 * 6\n", "-").assertOutcome(0, "7\n42", "");
    }

    @Test
    void readsTheProgramFromStdinWithoutArgumentsWhenStdinIsNotATerminal() throws Exception {
        runWithStdin("print(8)\n8 * 5\n").assertOutcome(0, "8\n40", "");
    }

    @Test
    void nonAsciiCodeSurvivesTheCLocale() throws Exception {
        // Java would decode the command line as ASCII; scripts/pyrust switches such a locale to C.UTF-8.
        // The shell hands the UTF-8 bytes of the program to pyrust whatever this JVM's own locale is.
        write("prog.py", "print(\"h\u00e9llo\", len(\"\u00e9\"))");
        List<String> command = List.of("sh", "-c", "exec \"$0\" -c \"$(cat prog.py)\"", SCRIPT.toString());
        pyrust.runCommand(command, Map.of("LC_ALL", "C"), null).assertOutcome(0, "h\u00e9llo 1\n", "");
    }

    @Test
    void deepRecursionWorks() throws Exception {
        String program = "def depth(n):\n    if n == 0:\n        return 0\n    return depth(n - 1) + 1\nprint(depth(10000))\n";
        run("-c", program).assertOutcome(0, "10000\n", "");
    }

    // ------------------------------------------------------------------------------ error reports

    @Test
    void runtimeErrorReportHasSourceLineCaretAndStack() throws Exception {
        Run run = run("-c", "1 / 0");
        assertEquals(1, run.exit(), run::describe);
        assertEquals("", run.stdout());
        assertEquals(List.of("RuntimeError at 1:1: Division by zero", "    1 / 0", "    ^", "  at <module> (line 1)"),
                run.stderrLines(), run::describe);
    }

    @Test
    void runtimeErrorInAFunctionListsItsFrameFirst() throws Exception {
        Path program = write("frames.py", """
                def f(x):
                    return x / 0
                def g(x):
                    return f(x) + 1
                print("before")
                g(1)
                """);
        Run run = run(program.toString());
        assertEquals(1, run.exit(), run::describe);
        assertEquals("before\n", run.stdout(), "output printed before the error is kept");
        assertEquals(List.of(
                "RuntimeError at 2:12: Division by zero",
                "        return x / 0",
                "               ^",
                "  at f (line 2)",
                "  at g (line 4)",
                "  at <module> (line 6)"), run.stderrLines(), run::describe);
    }

    @Test
    void outputPrintedBeforeARuntimeErrorIsKept() throws Exception {
        Run run = run("-c", "print(1)\nprint(2)\n1 / 0");
        assertEquals(1, run.exit(), run::describe);
        assertEquals("1\n2\n", run.stdout());
        assertEquals("RuntimeError at 3:1: Division by zero", run.stderrLines().get(0));
    }

    @Test
    void lexErrorHasACaretButNoStack() throws Exception {
        Run run = run("-c", "print(1)\nx = 1 $ 2");
        assertEquals(1, run.exit(), run::describe);
        assertEquals("", run.stdout(), "nothing runs when the program does not lex");
        assertEquals(List.of("LexError at 2:7: Unexpected character '$'", "    x = 1 $ 2", "          ^"),
                run.stderrLines(), run::describe);
    }

    @Test
    void caretKeepsTabsAndCountsCodePoints() throws Exception {
        Run tab = run("-c", "\t1 / 0");
        assertEquals(List.of("RuntimeError at 1:2: Division by zero", "    \t1 / 0", "    \t^"),
                tab.stderrLines().subList(0, 3), tab::describe);
        Run emoji = run("-c", "s = \"\uD83D\uDE00\"; 1 / 0");
        assertEquals(List.of("RuntimeError at 1:10: Division by zero", "    s = \"\uD83D\uDE00\"; 1 / 0",
                "    " + " ".repeat(9) + "^"), emoji.stderrLines().subList(0, 3), emoji::describe);
    }

    @Test
    void infiniteRecursionIsARuntimeErrorWithACollapsedStack() throws Exception {
        Run run = run("-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, run.exit(), run::describe);
        List<String> lines = run.stderrLines();
        assertTrue(lines.get(0).matches("RuntimeError at 2:\\d+: maximum recursion depth exceeded"), run::describe);
        assertEquals("  at f (line 2)", lines.get(3), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.matches("  \\[Previous line repeated \\d+ more times]")), run::describe);
        assertEquals("  at <module> (line 3)", lines.get(lines.size() - 1), run::describe);
        assertTrue(lines.size() < 20, run::describe);
    }

    // ------------------------------------------------------------------------------ usage

    @Test
    void missingFileIsAUsageError() throws Exception {
        run("no-such-file.py").assertOutcome(2, "",
                "pyrust: can't open file 'no-such-file.py': [Errno 2] No such file or directory\n");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Run run = run("--no-such-option", "-c", "print(1)");
        assertEquals(2, run.exit(), run::describe);
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("--no-such-option") && run.stderr().contains("--help"), run::describe);
    }

    @Test
    void invalidPolyglotOptionIsAUsageError() throws Exception {
        Run run = run("--engine.NoSuchOption", "-c", "print(1)");
        assertEquals(2, run.exit(), run::describe);
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("engine.NoSuchOption") && run.stderr().contains("--help"), run::describe);
    }

    @Test
    void programArgumentsAreAUsageError() throws Exception {
        Path program = write("prog.py", "print(1)\n");
        Run run = run(program.toString(), "extra");
        assertEquals(2, run.exit(), run::describe);
        assertEquals("", run.stdout(), "the program does not run");
        assertTrue(run.stderr().contains("program arguments are not supported"), run::describe);
    }

    @Test
    void helpDescribesOptionsAndExitCodes() throws Exception {
        Run run = run("--help");
        assertEquals(0, run.exit(), run::describe);
        for (String expected : List.of("Usage: pyrust", "-c CODE", "--profile", "--profile-json", "--version",
                "--engine.TraceCompilation", "Exit status", "130")) {
            assertTrue(run.stdout().contains(expected), () -> "--help lacks " + expected + "\n" + run.describe());
        }
    }

    @Test
    void versionNamesPyRustTruffleAndAnActiveJit() throws Exception {
        Run run = run("--version");
        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.stdout().matches("PyRust \\S+ \\(GraalVM Truffle \\d+\\.\\d+\\.\\d+, JIT: on\\)\n"), run::describe);
    }

    // ------------------------------------------------------------------------------ profile and polyglot options

    @Test
    void profileJsonWritesOneJsonObjectWithTheFourStages() throws Exception {
        Run run = run("--profile-json", "-c", "print(1)");
        run.assertOutcome(0, "1\n", null);
        assertStages(MiniJson.parse(run.stderr().strip()), run);
    }

    @Test
    void profileIsReportedAfterAnErrorToo() throws Exception {
        Run run = run("--profile-json", "-c", "1 / 0");
        assertEquals(1, run.exit(), run::describe);
        List<String> lines = run.stderrLines();
        assertEquals("RuntimeError at 1:1: Division by zero", lines.get(0));
        assertStages(MiniJson.parse(lines.get(lines.size() - 1)), run);
    }

    @Test
    void profileTableNamesTheFourStages() throws Exception {
        Run run = run("--profile", "-c", "print(1)");
        run.assertOutcome(0, "1\n", null);
        for (String stage : List.of("lex", "parse", "translate", "execute")) {
            assertTrue(run.stderrLines().stream().anyMatch(l -> l.strip().startsWith(stage)),
                    () -> "no " + stage + " row\n" + run.describe());
        }
    }

    @Test
    void passThroughOptionsReachTheEngine() throws Exception {
        // Synchronous compilation, so that the loop is compiled (and traced) before the program ends.
        Run run = run("--engine.TraceCompilation", "--engine.BackgroundCompilation=false", "-c", """
                def add(a, b):
                    return a + b
                i = 0
                while i < 100000:
                    i = add(i, 1)
                print(i)
                """);
        run.assertOutcome(0, "100000\n", null);
        assertTrue(run.stderr().contains("opt done"), () -> "no compilation was traced\n" + run.describe());
    }

    // ------------------------------------------------------------------------------ signals and pipes

    @Test
    void ctrlCStopsTheProgramWithStatus130() throws Exception {
        List<String> command = new ArrayList<>();
        // A test run in the background of a non-interactive shell inherits SIGINT as ignored, and the JVM
        // cannot handle an ignored signal: restore its default for the launcher.
        if (commandWorks("env", "--default-signal=INT", "true")) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(SCRIPT.toString(), "-c", "print(\"running\")\nwhile True:\n    pass\n"));
        Process process = pyrust.start(command);
        try {
            assertEquals("running", firstLine(process), "the program starts");
            Thread.sleep(300); // well inside the loop
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertTrue(kill.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -INT");
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program stopped after SIGINT");
            String stderr = pyrust.stderr();
            assertEquals(130, process.exitValue(), stderr);
            // The launcher's handler stopped the guest (the JVM's default handler also exits with 130).
            assertEquals("KeyboardInterrupt", stderr.strip(), "no Java stack trace");
            assertNoInterpreterOnlyWarning(stderr);
        } finally {
            destroy(process);
        }
    }

    @Test
    void closedStdoutEndsTheProgram() throws Exception {
        Process process = pyrust.start(List.of(SCRIPT.toString(), "-c", "while True:\n    print(\"y\")\n"));
        try {
            assertEquals("y", firstLine(process));
            process.getInputStream().close(); // like `pyrust ... | head -1`
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the program stopped when its reader left");
            String stderr = pyrust.stderr();
            assertEquals(141, process.exitValue(), stderr);
            assertEquals("", stderr);
        } finally {
            destroy(process);
        }
    }

    // ------------------------------------------------------------------------------ REPL

    @Test
    void replRunsStatementsOnATerminal() throws Exception {
        // util-linux script(1) gives the launcher a pseudo-terminal; stty gives it a size, as a real one has.
        assumeTrue(commandWorks("script", "-V"), "script(1) from util-linux is not available");
        String inner = "stty cols 120 rows 40; exec '" + SCRIPT.toString().replace("'", "'\\''") + "'";
        ProcessBuilder builder = pyrust.processBuilder(List.of("script", "-qec", inner, "/dev/null"))
                .redirectErrorStream(true);
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        try {
            StringBuffer screen = new StringBuffer();
            Thread reader = new Thread(() -> copy(process.getInputStream(), screen));
            reader.setDaemon(true);
            reader.start();
            OutputStream keys = process.getOutputStream();
            type(keys, "print(6 * 7)\r");
            awaitScreen(screen, "42\r\n");
            type(keys, "def f(x):\r    return x * 2\r\r");
            type(keys, "f(50)\r");
            awaitScreen(screen, "100\r\n");
            type(keys, "1 / 0\r");
            awaitScreen(screen, "RuntimeError at 1:1: Division by zero");
            awaitScreen(screen, "  at <module> (line 1)");
            // Ctrl-D only once the next prompt is up: a key typed while the terminal changes mode can be
            // dropped by the terminal driver.
            awaitPromptAfter(screen, screen.lastIndexOf("  at <module> (line 1)"));
            type(keys, "\u0004"); // Ctrl-D
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "Ctrl-D ends the session");
            assertEquals(0, process.exitValue(), screen::toString);
            assertTrue(screen.toString().contains(">>> "), screen::toString);
            assertNoInterpreterOnlyWarning(screen.toString());
            String history = Files.readString(dir.resolve(".pyrust_history"));
            assertTrue(history.contains("print(6 * 7)") && history.contains("f(50)"), history);
        } finally {
            destroy(process);
        }
    }

    // ------------------------------------------------------------------------------ helpers

    private Run run(String... args) throws Exception {
        return pyrust.run(args);
    }

    private Run runWithStdin(String stdin, String... args) throws Exception {
        return pyrust.runWithStdin(stdin, args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertStages(Object json, Run run) {
        Map<?, ?> report = assertInstanceOf(Map.class, json, run::describe);
        for (String stage : List.of("lex", "parse", "translate", "execute")) {
            Object value = report.get(stage);
            assertTrue(value instanceof Double d && d >= 0, () -> "stage " + stage + " is not a time\n" + run.describe());
        }
    }

    private static void copy(InputStream in, StringBuffer into) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static void awaitPromptAfter(StringBuffer screen, int from) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (screen.indexOf(">>> ", from) < 0) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the REPL showed no prompt after the error:\n" + screen);
            }
            Thread.sleep(50);
        }
        Thread.sleep(200);
    }

    private static void awaitScreen(StringBuffer screen, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!screen.toString().contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the REPL did not show " + expected + ":\n" + screen);
            }
            Thread.sleep(50);
        }
    }
}
