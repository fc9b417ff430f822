package org.pyrust.benchmarks;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AC6 and the GraalPy comparison: the workloads ({@link Programs#WORKLOADS}), the same {@code .py} text
 * for PyRust and GraalPy ({@code -p lang=pyrust,python}), through the same polyglot API, JIT on for both.
 * <ul>
 * <li>{@code execute}: the program parsed once ({@code context.parse}), then run as a whole each operation:
 * warm execution, compared with CPython running a precompiled code object (the strict definition);</li>
 * <li>{@code eval_uncached}: the text evaluated from scratch each operation in a source the engine does not
 * cache (lex, parse, translate, run fresh call targets): compared with CPython's compile-and-exec (the
 * seed's definition).</li>
 * </ul>
 * Each run re-executes the whole module, {@code def}s included, as CPython's {@code exec} does.
 * The warm-up must cover Truffle's compilation of the hot code; long enough is checked with
 * {@code -jvmArgsAppend -Dpolyglot.engine.TraceCompilation=true} (see PERFORMANCE.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkloadBenchmark {

    @Param({"fib", "while_sum", "nested_loops", "closures", "string_build", "straight_line"})
    public String workload;

    @Param({Guest.PYRUST})
    public String lang;

    private Engine engine;
    private Context context;
    private Value program;
    private Source uncached;

    @Setup
    public void setUp() {
        engine = Guest.engine();
        context = Guest.context(engine, lang);
        String text = Programs.workload(workload);
        program = context.parse(Guest.cached(lang, text, workload + ".py"));
        uncached = Guest.uncached(lang, text, workload + ".py");
        Guest.checkWorkload(context, lang, workload, program);
    }

    @TearDown
    public void tearDown() {
        context.close();
        engine.close();
    }

    @Benchmark
    public Value execute() {
        return program.execute();
    }

    @Benchmark
    public Value eval_uncached() {
        return context.eval(uncached);
    }
}
