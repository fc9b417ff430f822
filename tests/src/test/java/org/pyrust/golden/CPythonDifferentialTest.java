package org.pyrust.golden;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyrust.PyRustRunner;
import org.pyrust.PyRustRunner.Outcome;
import org.pyrust.golden.GoldenTest.GoldenProgram;

/**
 * PyRust means what CPython means: every golden program marked {@code # cpython-agrees} (no true division,
 * no 64-bit limits, no base indentation, no PyRust-only messages, no errors, a None result) is run by
 * CPython ({@code /usr/bin/python3}, else {@code python3} on the PATH) and by PyRust, and the two standard
 * outputs must be identical. Without a CPython the tests are skipped, never passed.
 */
class CPythonDifferentialTest {

    private static final long PYTHON_TIMEOUT_SECONDS = 60;

    @TestFactory
    Stream<DynamicTest> pyrustPrintsWhatCPythonPrints() {
        Optional<Path> python = findPython();
        Assumptions.assumeTrue(python.isPresent(), "no CPython: neither /usr/bin/python3 nor python3 on the PATH");
        List<GoldenProgram> programs = GoldenTest.programs().stream().filter(GoldenProgram::cpythonAgrees).toList();
        assertTrue(programs.size() >= 50, "expected the # cpython-agrees golden programs, found only " + programs.size());
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.name(), program.file().toUri(), () -> compare(python.get(), program)));
    }

    private static void compare(Path python, GoldenProgram program) throws IOException, InterruptedException {
        assertNull(program.expectedError(), "a # cpython-agrees program must not fail: " + program.name());
        PythonResult cpython = runPython(python, program.file());
        assertEquals(0, cpython.exitCode, "CPython failed on " + program.name() + ", so it cannot be # cpython-agrees:\n" + cpython.stderr);
        Outcome pyrust = PyRustRunner.run(program.source(), program.file().getFileName().toString());
        String context = "\n--- program " + program.name() + ".py:\n" + program.source() + "\n---";
        assertAll(
                        () -> assertNull(pyrust.errorLine(), "PyRust failed" + context),
                        () -> assertEquals(cpython.stdout, pyrust.stdout(), "PyRust's stdout differs from CPython's" + context),
                        () -> assertEquals(program.expectedOut(), cpython.stdout, "the golden .out file differs from CPython's stdout" + context));
    }

    private record PythonResult(int exitCode, String stdout, String stderr) {
    }

    private static PythonResult runPython(Path python, Path program) throws IOException, InterruptedException {
        // -X utf8: UTF-8 standard streams whatever the locale; -B: no .pyc files beside the golden programs.
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-X", "utf8", "-B", program.toString());
        builder.environment().remove("PYTHONSTARTUP");
        builder.environment().remove("PYTHONPATH");
        Process process = builder.start();
        process.getOutputStream().close(); // an empty standard input
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("CPython did not finish " + program + " in " + PYTHON_TIMEOUT_SECONDS + " s");
        }
        return new PythonResult(process.exitValue(), new String(stdout.join(), StandardCharsets.UTF_8), new String(stderr.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** /usr/bin/python3 if it exists, else the first python3 on the PATH. */
    static Optional<Path> findPython() {
        Path usual = Path.of("/usr/bin/python3");
        if (Files.isExecutable(usual)) {
            return Optional.of(usual);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            for (String name : new String[]{"python3", "python3.exe"}) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
