package org.pyrust.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Module-level variables: the language numbers every global name it translates, for all contexts of an
 * engine, and each context keeps its own values by number, ints unboxed. These tests hold that numbering
 * to the behaviour of independent per-context dictionaries.
 */
class GlobalsTest {

    private static final String PYRUST = "pyrust";

    @Test
    void aGlobalChangingTypeAlwaysReadsItsLastValue() {
        // Int, string and bool values take turns in one global, in a loop long enough to be compiled.
        String program = """
                        def step(i):
                            global g
                            if i % 3 == 0:
                                g = i
                            elif i % 3 == 1:
                                g = "s" + str(i)
                            else:
                                g = i % 2 == 0
                            return g

                        def run(n):
                            total = 0
                            for i in range(n):
                                v = step(i)
                                if i % 3 == 0:
                                    total += v
                                elif i % 3 == 1:
                                    total += len(v)
                                elif v:
                                    total += 1
                            return total
                        """;
        int n = 30_000;
        long expected = 0;
        for (int i = 0; i < n; i++) {
            switch (i % 3) {
                case 0 -> expected += i;
                case 1 -> expected += ("s" + i).length();
                default -> expected += (i % 2 == 0) ? 1 : 0;
            }
        }
        try (Context context = Context.create(PYRUST)) {
            context.eval(PYRUST, program);
            for (int round = 0; round < 5; round++) {
                assertEquals(expected, context.eval(PYRUST, "run(" + n + ")").asLong());
            }
            Value bindings = context.getBindings(PYRUST);
            context.eval(PYRUST, "step(7)");
            assertEquals("s7", bindings.getMember("g").asString());
            context.eval(PYRUST, "step(9)");
            assertEquals(9, bindings.getMember("g").asLong());
            context.eval(PYRUST, "step(8)");
            assertTrue(bindings.getMember("g").asBoolean());
        }
    }

    @Test
    void namesNumberedByAnotherContextAreUnboundAndUnlisted() {
        try (Engine engine = Engine.newBuilder(PYRUST).build();
                        Context first = Context.newBuilder(PYRUST).engine(engine).build();
                        Context second = Context.newBuilder(PYRUST).engine(engine).build()) {
            first.eval(PYRUST, "shared = 1");
            // Many new names, numbered after both contexts were created.
            StringBuilder program = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                program.append("late").append(i).append(" = ").append(i).append(" * shared\n");
            }
            program.append("late99");
            Source source = Source.create(PYRUST, program.toString());
            assertEquals(99, first.eval(source).asLong());

            Set<String> secondNames = second.getBindings(PYRUST).getMemberKeys();
            assertFalse(secondNames.contains("shared"), () -> "listed in a context that never bound it: " + secondNames);
            assertFalse(secondNames.contains("late5"), () -> "listed in a context that never bound it: " + secondNames);
            PolyglotException e = assertThrows(PolyglotException.class, () -> second.eval(source));
            assertEquals("RuntimeError at 1:13: Undefined variable: shared", e.getMessage());

            second.eval(PYRUST, "shared = 2");
            assertEquals(198, second.eval(source).asLong());
            assertEquals(99, first.eval(PYRUST, "late99").asLong(), "the other context's value is its own");
            assertTrue(first.getBindings(PYRUST).getMemberKeys().containsAll(Set.of("shared", "late0", "late99")));
        }
    }

    @Test
    void aGlobalSetFromJavaBeforeAnyProgramNamedIt() {
        try (Context context = Context.create(PYRUST)) {
            Value bindings = context.getBindings(PYRUST);
            bindings.putMember("fromJavaOnly", 5);
            bindings.putMember("fromJavaText", "abc");
            assertEquals(8, context.eval(PYRUST, "fromJavaOnly + len(fromJavaText)").asLong());
            context.eval(PYRUST, "fromJavaOnly = \"now text\"");
            assertEquals("now text", bindings.getMember("fromJavaOnly").asString());
            bindings.putMember("fromJavaOnly", 6);
            assertEquals(7, context.eval(PYRUST, "fromJavaOnly + 1").asLong());
        }
    }
}
