package org.pyrust.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The speed of light: each workload hand-written in plain Java, with the semantics PyRust must keep
 * (64-bit overflow checks, Python's floor modulo, immutable strings, a closure object per iteration), run
 * by C2. No guest language can be expected to beat it, so it bounds the speed-up over CPython any PyRust
 * design can reach on each workload: where even this is below 50x, AC6's 50x is out of reach by design.
 * The answers are checked against {@code workloads/expected.properties}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JavaBaselineBenchmark {

    @Param({"fib", "while_sum", "nested_loops", "closures", "string_build", "straight_line"})
    public String workload;

    /** Inputs read from fields so that C2 cannot fold the whole workload into a constant. */
    public int fibN = 25;
    public long whileN = 10_000_000L;
    public int gridN = 1000;
    public int closureN = 1_000_000;
    public int stringN = 20_000;
    public long seed = 7;

    @Setup
    public void check() {
        long actual = run();
        if (actual != Programs.expectedResult(workload)) {
            throw new IllegalStateException("Java " + workload + " computes " + actual + ", expected " + Programs.expectedResult(workload));
        }
    }

    @Benchmark
    public long run() {
        return switch (workload) {
            case "fib" -> fib(fibN);
            case "while_sum" -> whileSum(whileN);
            case "nested_loops" -> grid(gridN);
            case "closures" -> closures(closureN);
            case "string_build" -> build(stringN);
            case "straight_line" -> straightLine(seed);
            default -> throw new IllegalArgumentException(workload);
        };
    }

    static long fib(long n) {
        if (n < 2) {
            return n;
        }
        return Math.addExact(fib(Math.subtractExact(n, 1)), fib(Math.subtractExact(n, 2)));
    }

    static long whileSum(long n) {
        long i = 0;
        long s = 0;
        while (i < n) {
            s = Math.addExact(s, i);
            i = Math.addExact(i, 1);
        }
        return s;
    }

    static long grid(int n) {
        long count = 0;
        for (long i = 0; i < n; i++) {
            for (long j = 0; j < n; j++) {
                if (Math.floorMod(Math.addExact(Math.multiplyExact(i, j), j), 7L) == 3) {
                    count = Math.addExact(count, Math.subtractExact(i, j));
                }
            }
        }
        return count;
    }

    /** A mutable cell, as Python's closures capture variables, not values. */
    static final class Cell {
        long value;
    }

    static LongUnaryOperator makeCounter(long start) {
        Cell step = new Cell();
        step.value = 1;
        LongUnaryOperator advance = k -> Math.addExact(start, Math.multiplyExact(k, step.value));
        step.value = 2;
        return advance;
    }

    static long closures(int n) {
        long total = 0;
        Cell offset = new Cell();
        LongUnaryOperator shifted = x -> Math.addExact(x, offset.value);
        for (long i = 0; i < n; i++) {
            LongUnaryOperator f = makeCounter(i);
            offset.value = Math.floorMod(i, 3L);
            total = Math.addExact(total, Math.floorMod(shifted.applyAsLong(f.applyAsLong(3)), 1000L));
        }
        return total;
    }

    static long build(int n) {
        long total = 0;
        for (long i = 0; i < n; i++) {
            String line = "";
            for (long j = 0; j < 20; j++) {
                line = line + (Long.toString(Math.addExact(i, j)) + ",");
            }
            total = Math.addExact(total, line.length());
        }
        return total;
    }

    /** The 200 statements of straight_line.py, generated the same way (scripts/bench/gen_straight_line.py). */
    static long straightLine(long v0) {
        long[] v = new long[199];
        for (int i = 0; i < 4; i++) {
            v[i] = v0 + 3 * i;
        }
        for (int i = 4; i < 199; i++) {
            v[i] = switch (i % 5) {
                case 0 -> Math.floorMod(Math.addExact(Math.multiplyExact(v[i - 1], 31), i), 1000003L);
                case 1 -> Math.addExact(Math.subtractExact(v[i - 1], Math.floorDiv(v[i - 2], 3)), i);
                case 2 -> Math.addExact(Math.floorMod(Math.negateExact(v[i - 1]), 9973L), v[i - 2]);
                case 3 -> Math.subtractExact(Math.multiplyExact(Math.addExact(v[i - 1], v[i - 3]), 2), i * 3L);
                default -> Math.addExact(Math.floorMod(v[i - 1], 65521L), Math.floorDiv(v[i - 4], 7));
            };
        }
        return v[198];
    }
}
