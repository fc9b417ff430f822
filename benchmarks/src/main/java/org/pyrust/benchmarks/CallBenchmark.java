package org.pyrust.benchmarks;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
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
 * Function-call overhead of {@code def add(a, b): return a + b}, through the polyglot API, for PyRust and
 * (with {@code -p lang=pyrust,python}) GraalPy:
 * <ul>
 * <li>{@code call_from_java}: Java calls the guest function, {@code add.execute(1, 2)};</li>
 * <li>{@code call_from_guest}: the guest calls it, running the parsed program {@code add(1, 2)};</li>
 * <li>{@code call_baseline}: the parsed program {@code 1 + 2}, the same path without the call: the
 * difference to {@code call_from_guest} is the guest call itself (global lookup, frame, return).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CallBenchmark {

    @Param({Guest.PYRUST})
    public String lang;

    private Engine engine;
    private Context context;
    private Value add;
    private Value callProgram;
    private Value baselineProgram;

    @Setup
    public void setUp() {
        engine = Guest.engine();
        context = Guest.context(engine, lang);
        context.eval(lang, Programs.ADD_FUNCTION);
        add = context.getBindings(lang).getMember("add");
        callProgram = context.parse(Guest.cached(lang, "add(1, 2)", "call.py"));
        baselineProgram = context.parse(Guest.cached(lang, "1 + 2", "baseline.py"));
        if (add.execute(1, 2).asLong() != 3) {
            throw new IllegalStateException(lang + ": add(1, 2) != 3");
        }
        callProgram.execute();
        baselineProgram.execute();
    }

    @TearDown
    public void tearDown() {
        context.close();
        engine.close();
    }

    @Benchmark
    public Value call_from_java() {
        return add.execute(1, 2);
    }

    @Benchmark
    public Value call_from_guest() {
        return callProgram.execute();
    }

    @Benchmark
    public Value call_baseline() {
        return baselineProgram.execute();
    }
}
