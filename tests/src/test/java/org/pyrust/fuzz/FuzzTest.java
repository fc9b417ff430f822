package org.pyrust.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The fuzzer: generated PyRust programs, valid and mutated, run in-process; see {@link Invariants} for
 * what must hold. jqwik shrinks a failing program to a small one before it reports it.
 *
 * <p>CI runs a fixed number of programs (1,000 valid ones, 300 valid ones in two layouts each and 2,000
 * mutated ones) from a fixed seed, so that a run is reproducible:
 * <pre>
 *   scripts/test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A longer campaign by hand, with more tries per property (here 20,000 for each of the three) and
 * another seed ({@code random} draws one; jqwik's report prints the seed to repeat it with):
 * <pre>
 *   scripts/test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dpyrust.fuzz.tries=20000 -Dpyrust.fuzz.seed=7
 * </pre>
 * ({@link CampaignSettings} reads those two properties.) jqwik prints, per property, the tries, the
 * seed and how the programs ended (completed, runtime error, statement limit...). A property stops
 * at its first failure and shrinks it; to go on and collect every failure, each minimized, in a
 * directory ({@link FailureCollector}), add {@code -Dpyrust.fuzz.failures=/tmp/fuzz-failures}.
 */
@AddLifecycleHook(CampaignSettings.class)
class FuzzTest {

    /**
     * The CI seed; it must pass on the current code. Changing it is fine when the generator changes.
     * Seeds 20261202 to 20261204 found a real bug in mutated programs (a byte-order mark counted as a
     * column by runtime errors on line 1, now fixed and pinned by {@code aByteOrderMarkIsNoColumn}); CI
     * runs the first of them, so that it keeps finding that case.
     */
    private static final String SEED = "20261202";

    private static GuestRunner runner;

    /** Null unless a campaign collects its failures instead of stopping at the first. */
    private static final FailureCollector collector = FailureCollector.active();

    @BeforeContainer
    static void startEngine() {
        runner = new GuestRunner();
    }

    @AfterContainer
    static void closeEngine() {
        runner.close();
    }

    /** Valid programs must run, fail at runtime or reach the statement limit: never a syntax error. */
    @Property(tries = 1000, seed = SEED, edgeCases = EdgeCasesMode.NONE)
    void validPrograms(@ForAll("valid") String program) {
        check("validPrograms", program, false);
    }

    /** Broken programs may fail in any way PyRust reports errors, and only that way. */
    @Property(tries = 2000, seed = SEED, edgeCases = EdgeCasesMode.NONE)
    void mutatedPrograms(@ForAll("mutated") String program) {
        check("mutatedPrograms", program, true);
    }

    /**
     * Layout is not meaning: one program written with other indentation, line endings, semicolons,
     * comments, continuation lines or a byte-order mark prints the same and ends the same way.
     */
    @Property(tries = 300, seed = SEED, edgeCases = EdgeCasesMode.NONE)
    void layoutKeepsMeaning(@ForAll("code") List<Code> code, @ForAll("layout") Layout first, @ForAll("layout") Layout second) {
        GuestRunner.Run a = runner.run(first.render(code, true));
        GuestRunner.Run b = runner.run(second.render(code, true));
        try {
            Invariants.check(a, false);
            Invariants.check(b, false);
            Invariants.sameMeaning(a, b);
            Statistics.label("ending").collect("SAME");
        } catch (AssertionError failure) {
            if (collector == null) {
                throw failure;
            }
            // A pair of programs: not minimized, jqwik's shrinking is the way to a small one.
            Statistics.label("ending").collect("FAILED");
            collector.record("layoutKeepsMeaning", a.program() + "\n#### second layout ####\n" + b.program(), failure, null);
        }
    }

    private static void check(String property, String program, boolean syntaxErrorsAllowed) {
        try {
            Statistics.label("ending").collect(Invariants.check(runner.run(program), syntaxErrorsAllowed));
        } catch (AssertionError failure) {
            if (collector == null) {
                throw failure;
            }
            Statistics.label("ending").collect("FAILED");
            collector.record(property, program, failure, candidate -> {
                try {
                    Invariants.check(runner.run(candidate), syntaxErrorsAllowed);
                    return null;
                } catch (AssertionError again) {
                    return again;
                }
            });
        }
    }

    @Provide
    Arbitrary<String> valid() {
        return Programs.programs();
    }

    @Provide
    Arbitrary<String> mutated() {
        return Mutations.mutatedPrograms();
    }

    @Provide
    Arbitrary<List<Code>> code() {
        return Programs.code();
    }

    @Provide
    Arbitrary<Layout> layout() {
        return Layout.layouts();
    }

    // The harness itself: each way a run can end is recognised.

    @Example
    void aCompleteProgram() {
        assertEquals(Invariants.Ending.COMPLETED, Invariants.check(runner.run("def f(n):\n    return n * 2\nf(21)"), false));
    }

    @Example
    void aRuntimeErrorLeavesTheContextUsable() {
        assertEquals(Invariants.Ending.RUNTIME_ERROR, Invariants.check(runner.run("x = 1\r\nprint(x)\r\nx / 0"), false));
    }

    @Example
    void aSyntaxError() {
        assertEquals(Invariants.Ending.PARSE_ERROR, Invariants.check(runner.run("if True:\nx = 1"), true));
        assertEquals(Invariants.Ending.LEX_ERROR, Invariants.check(runner.run("x = 9223372036854775808"), true));
    }

    /**
     * Found by the fuzzer (seeds 20261202 to 20261204; minimized): a leading byte-order mark is
     * skipped, and lexical and parse errors count columns after it, but a runtime error on line 1
     * counted it as a column, so its message and caret were one column to the right.
     */
    @Example
    void aByteOrderMarkIsNoColumn() {
        assertEquals(Invariants.Ending.LEX_ERROR, Invariants.check(runner.run("\ufeff$"), true));
        assertEquals(Invariants.Ending.RUNTIME_ERROR, Invariants.check(runner.run("\ufeffx"), true));
        assertEquals(Invariants.Ending.RUNTIME_ERROR, Invariants.check(runner.run("\ufeff1 / 0"), true));
    }

    @Example
    void theStatementLimitEndsAnEndlessLoop() {
        assertEquals(Invariants.Ending.STATEMENT_LIMIT, Invariants.check(runner.run("x = 0\nwhile True:\n    x += 1"), false));
    }
}
