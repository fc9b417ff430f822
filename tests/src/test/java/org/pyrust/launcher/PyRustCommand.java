package org.pyrust.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real {@code scripts/pyrust} as a user would, in a working directory of its own, with
 * PYRUST_NO_BUILD=1 (the jar the build just packaged is used as it is) and the JDK that runs the tests.
 * Every wait has a timeout, generous because a loaded 2-core machine can take several seconds to start a
 * JVM with the Graal JIT.
 */
final class PyRustCommand {

    static final Path REPO = Path.of(System.getProperty("pyrust.repo", "..")).toAbsolutePath().normalize();
    static final Path SCRIPT = REPO.resolve("scripts/pyrust");
    static final long TIMEOUT_SECONDS = 180;

    private final Path dir;

    PyRustCommand(Path dir) {
        this.dir = dir;
    }

    /** What a run of pyrust produced. */
    record Run(int exit, String stdout, String stderr) {

        List<String> stderrLines() {
            return stderr.isEmpty() ? List.of() : List.of(stderr.split("\n"));
        }

        /** Checks the exit status and stdout, and stderr unless {@code expectedStderr} is null. */
        void assertOutcome(int expectedExit, String expectedStdout, String expectedStderr) {
            assertEquals(expectedExit, exit, this::describe);
            assertEquals(expectedStdout, stdout, this::describe);
            if (expectedStderr != null) {
                assertEquals(expectedStderr, stderr, this::describe);
            }
        }

        String describe() {
            return "exit " + exit + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
        }
    }

    /** Runs pyrust with {@code args} and an empty stdin (which is not a terminal). */
    Run run(String... args) throws Exception {
        return runWithStdin(null, args);
    }

    /** Runs pyrust with {@code args}; stdin is {@code stdin}, or empty when it is null. */
    Run runWithStdin(String stdin, String... args) throws Exception {
        return run(Map.of(), stdin, args);
    }

    /** Runs pyrust with {@code args} and {@code env} added to its environment; stdin as above. */
    Run run(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return runCommand(command, env, stdin);
    }

    /** Runs {@code command}, which starts pyrust, with {@code env} added to its environment. */
    Run runCommand(List<String> command, Map<String, String> env, String stdin) throws Exception {
        File out = dir.resolve("stdout").toFile();
        File err = dir.resolve("stderr").toFile();
        ProcessBuilder builder = processBuilder(command).redirectOutput(out).redirectError(err);
        builder.environment().putAll(env);
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process = builder.start();
        try {
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail(String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            destroy(process);
        }
        Run run = new Run(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        assertNoInterpreterOnlyWarning(run.stderr);
        return run;
    }

    /**
     * Starts {@code command} (which runs pyrust) with an empty stdin, stderr going to {@link #stderr()} and
     * stdout readable from the returned process.
     */
    Process start(List<String> command) throws IOException {
        return processBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(dir.resolve("stderr").toFile()).start();
    }

    /** What the process of {@link #start} wrote to stderr so far. */
    String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr"));
    }

    /** A process builder for {@code command} in the working directory, with pyrust's environment. */
    ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("PYRUST_NO_BUILD", "1");
        env.put("JAVA_HOME", System.getProperty("java.home")); // the JDK 25 running the tests
        env.remove("PYRUST_JAVA_OPTS");
        return builder;
    }

    /** The first line {@code process} writes to stdout, waiting at most the timeout for it. */
    static String firstLine(Process process) throws Exception {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The launcher must run with the Graal JIT: Truffle warns when it falls back to its interpreter. */
    static void assertNoInterpreterOnlyWarning(String stderr) {
        for (String line : stderr.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("fallback") || lower.contains("interpreter-only"),
                    "Truffle runs without its JIT:\n" + stderr);
        }
    }

    /** Whether {@code command} exists and succeeds on this machine. */
    static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
