package org.pyrust.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The programs every suite runs. The three micro programs are the issue's; the workloads are the
 * {@code .py} files under {@code src/main/resources/workloads/}, each valid in PyRust and CPython with the
 * same meaning, and run unchanged by PyRust, GraalPy and CPython ({@code scripts/bench/cpython_bench.py}
 * reads the same files). Every workload leaves its answer in the global {@code result}; the expected
 * answers are in {@code workloads/expected.properties}, checked before anything is timed.
 */
public final class Programs {

    /** The {@code _simple} variants. */
    public static final String SIMPLE = "2 + 3";
    /** The {@code _complex} variants: PyRust's {@code /} is integer division, so this is 45. */
    public static final String COMPLEX = "(10 + 20) * 3 / 2";
    /** The {@code _variables} variants. */
    public static final String VARIABLES = "x = 10\ny = 20\nx + y";

    /** The function of the call-overhead benchmarks, the same text for PyRust and GraalPy. */
    public static final String ADD_FUNCTION = "def add(a, b): return a + b\n";

    /** The workloads, in the order the report lists them. */
    public static final List<String> WORKLOADS = List.of("fib", "while_sum", "nested_loops", "closures", "string_build", "straight_line");

    /**
     * The Data layer's workloads (issue 11), run with {@code -p workload=...} of {@link WorkloadBenchmark}:
     * lists, sorting, dicts, floats, strings, exceptions and comprehensions.
     */
    public static final List<String> DATA_WORKLOADS = List.of("list_sum", "list_sort", "dict_count", "mandelbrot", "str_words", "try_except",
                    "comprehension");

    private Programs() {
    }

    /** The text of a workload. */
    public static String workload(String name) {
        return resource("workloads/" + name + ".py");
    }

    /** The value the workload leaves in {@code result}. */
    public static long expectedResult(String name) {
        Properties expected = new Properties();
        try (InputStream in = open("workloads/expected.properties")) {
            expected.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = expected.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("no expected result for workload " + name);
        }
        return Long.parseLong(value.trim());
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = Programs.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path + " (unknown workload?)");
        }
        return in;
    }
}
