package org.pyrust.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AC2 in the normal build: counts what {@code execute("2 + 3")} allocates after warm-up, in bytes
 * ({@code com.sun.management.ThreadMXBean}) and in objects (heap histogram), with {@link AllocationProbe}.
 * <ul>
 * <li>Execution only (the compiled call target, as {@code vm_simple} calls it) allocates nothing: the
 * language's own part of every execution is allocation-free.</li>
 * <li>End to end ({@code context.eval("pyrust", "2 + 3")}), every object allocated belongs to the polyglot
 * API and the engine's source cache (the Source, its cache keys, the result Value), none to PyRust.
 * Whether that total meets AC2's five is the harness's verdict ({@code scripts/compare_pure_execution.sh}),
 * as it depends on the GraalVM version rather than on the language.</li>
 * </ul>
 */
class AllocationProbeTest {

    private static AllocationProbe.Result result;

    @BeforeAll
    static void measure() {
        result = AllocationProbe.measure(10, false);
        System.out.println("AllocationProbe: " + result.toJson());
    }

    @Test
    void executionOnlyAllocatesNothing() {
        AllocationProbe.Figure figure = result.executionOnly();
        assertEquals(0.0, figure.objectsPerOp(), 0.0, () -> "execution only allocates " + figure.objectsByClass());
        assertTrue(figure.minBytesPerOp() < 1.0, () -> "execution only allocates " + figure.minBytesPerOp() + " B/op");
    }

    @Test
    void endToEndAllocatesOnlyPolyglotObjects() {
        AllocationProbe.Figure figure = result.endToEnd();
        assertTrue(figure.objectsPerOp() >= 0, "the heap histogram could not be taken without a GC in between");
        List<String> ours = figure.objectsByClass().keySet().stream().filter(name -> name.startsWith("org.pyrust.")).toList();
        assertTrue(ours.isEmpty(), () -> "PyRust allocates on every eval: " + ours);
    }
}
