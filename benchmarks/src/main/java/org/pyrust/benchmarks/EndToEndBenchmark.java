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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AC2 and AC4: {@code execute("2 + 3")} end to end, as an embedder writes it.
 * <ul>
 * <li>{@code cold_start_*}: {@code context.eval("pyrust", text)} on a warm engine. The engine's source cache
 * works as users get it: the text is the same every time, so after the first eval the engine reuses the
 * call target and each operation is source creation, cache lookup, execution and the result's
 * {@code Value}.</li>
 * <li>{@code cold_start_simple_source}: the same with a {@code Source} object built once, as an embedder
 * that keeps its sources does: no source creation, only the cache lookup;</li>
 * <li>{@code execute_parsed_simple}: {@code program.execute()} of {@code program = context.parse(source)}: no
 * source handling at all, the least the polyglot API adds to the call target;</li>
 * <li>{@code uncached_*}: the same text in a source marked {@code cached(false)}: every operation runs the
 * whole pipeline (lex, parse, translate, a fresh call target run in the interpreter) - the "compile and
 * eval every time" definition.</li>
 * </ul>
 * The context is not entered by the benchmark thread: each eval enters and leaves it, as for users.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class EndToEndBenchmark {

    private Engine engine;
    private Context context;
    private org.graalvm.polyglot.Source simpleSource;
    private Value simpleParsed;
    private org.graalvm.polyglot.Source simpleUncached;
    private org.graalvm.polyglot.Source complexUncached;
    private org.graalvm.polyglot.Source variablesUncached;

    @Setup
    public void setUp() {
        engine = Guest.engine();
        context = Guest.context(engine, Guest.PYRUST);
        simpleSource = Guest.cached(Guest.PYRUST, Programs.SIMPLE, "simple.py");
        simpleParsed = context.parse(Guest.cached(Guest.PYRUST, Programs.SIMPLE, "parsed.py"));
        simpleUncached = Guest.uncached(Guest.PYRUST, Programs.SIMPLE, "simple.py");
        complexUncached = Guest.uncached(Guest.PYRUST, Programs.COMPLEX, "complex.py");
        variablesUncached = Guest.uncached(Guest.PYRUST, Programs.VARIABLES, "variables.py");
        if (context.eval(Guest.PYRUST, Programs.SIMPLE).asLong() != 5 || context.eval(simpleUncached).asLong() != 5
                        || context.eval(simpleSource).asLong() != 5 || simpleParsed.execute().asLong() != 5
                        || context.eval(Guest.PYRUST, Programs.COMPLEX).asLong() != 45
                        || context.eval(Guest.PYRUST, Programs.VARIABLES).asLong() != 30) {
            throw new IllegalStateException("wrong results for the micro programs");
        }
    }

    @TearDown
    public void tearDown() {
        context.close();
        engine.close();
    }

    @Benchmark
    public Value cold_start_simple() {
        return context.eval(Guest.PYRUST, Programs.SIMPLE);
    }

    @Benchmark
    public Value cold_start_complex() {
        return context.eval(Guest.PYRUST, Programs.COMPLEX);
    }

    @Benchmark
    public Value cold_start_variables() {
        return context.eval(Guest.PYRUST, Programs.VARIABLES);
    }

    @Benchmark
    public Value cold_start_simple_source() {
        return context.eval(simpleSource);
    }

    @Benchmark
    public Value execute_parsed_simple() {
        return simpleParsed.execute();
    }

    @Benchmark
    public Value uncached_simple() {
        return context.eval(simpleUncached);
    }

    @Benchmark
    public Value uncached_complex() {
        return context.eval(complexUncached);
    }

    @Benchmark
    public Value uncached_variables() {
        return context.eval(variablesUncached);
    }
}
