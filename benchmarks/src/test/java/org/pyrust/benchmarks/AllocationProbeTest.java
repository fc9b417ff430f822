package org.pyrust.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * AC2 in the normal build: after warm-up, {@code execute("2 + 3")} allocates at most five objects, counted
 * in bytes by {@code com.sun.management.ThreadMXBean} (five objects of the smallest size are 80 bytes).
 * The benchmark harness ({@code scripts/compare_pure_execution.sh}) reports the same figures from
 * {@link AllocationProbe} and from JMH's {@code -prof gc}.
 */
class AllocationProbeTest {

    private static final double MAX_BYTES = 5.0 * AllocationProbe.SMALLEST_OBJECT_BYTES;

    @Test
    void executeTwoPlusThreeAllocatesAtMostFiveObjects() {
        AllocationProbe.Result result = AllocationProbe.measure(10);
        System.out.println("AllocationProbe: " + result.toJson());
        assertTrue(result.executionOnly().minBytesPerOp() <= MAX_BYTES,
                        "execution only allocates " + result.executionOnly().minBytesPerOp() + " B/op, more than " + MAX_BYTES);
        assertTrue(result.endToEnd().minBytesPerOp() <= MAX_BYTES,
                        "end to end allocates " + result.endToEnd().minBytesPerOp() + " B/op, more than " + MAX_BYTES);
    }
}
