package org.pyrust.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pyrust.ast.Stmt;
import org.pyrust.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The locals a loop may clear after each iteration: a variable is cleared only if every path from the
 * loop's head, the code after the loop included, writes it before reading it. Clearing one too many
 * would turn a correct program into "referenced before assignment"; these cases pin the boundary.
 */
class LoopLivenessTest {

    /** The dead sets of the loops of the first function of {@code program}, in source order. */
    private static List<Set<String>> deadAtLoopHeads(String program, String... locals) {
        Stmt.FunctionDef function = (Stmt.FunctionDef) Parser.parse(program).body().get(0);
        Map<Stmt, Set<String>> dead = LoopLiveness.analyze(function.body(), Set.of(locals));
        List<Stmt> loops = new ArrayList<>();
        collectLoops(function.body(), loops);
        List<Set<String>> result = new ArrayList<>();
        for (Stmt loop : loops) {
            result.add(new TreeSet<>(dead.get(loop)));
        }
        return result;
    }

    private static void collectLoops(List<Stmt> statements, List<Stmt> loops) {
        for (Stmt statement : statements) {
            switch (statement) {
                case Stmt.While s -> {
                    loops.add(s);
                    collectLoops(s.body(), loops);
                }
                case Stmt.For s -> {
                    loops.add(s);
                    collectLoops(s.body(), loops);
                }
                case Stmt.If s -> {
                    collectLoops(s.then(), loops);
                    collectLoops(s.orElse(), loops);
                }
                case Stmt.Try s -> {
                    collectLoops(s.body(), loops);
                    s.handlers().forEach(h -> collectLoops(h.body(), loops));
                    collectLoops(s.orElse(), loops);
                    collectLoops(s.finalBody(), loops);
                }
                case Stmt.With s -> collectLoops(s.body(), loops);
                default -> {
                }
            }
        }
    }

    @Test
    void aVariableWrittenFirstInEachIterationAndUnusedAfterIsDead() {
        String program = """
                        def run(n):
                            total = 0
                            for i in range(n):
                                f = make(i)
                                total += f(3)
                            return total
                        """;
        assertEquals(List.of(Set.of("f", "i")), deadAtLoopHeads(program, "n", "total", "i", "f"));
    }

    @Test
    void aVariableReadAfterTheLoopStaysLive() {
        String program = """
                        def run(n):
                            for i in range(n):
                                last = i * 2
                            return last + i
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(program, "n", "i", "last"));
    }

    @Test
    void aVariableReadBeforeItIsWrittenInTheNextIterationStaysLive() {
        String program = """
                        def run(n):
                            previous = 0
                            current = 1
                            while n > 0:
                                following = previous + current
                                previous = current
                                current = following
                                n -= 1
                            return previous
                        """;
        // following is written before it is read in every iteration and is not read after the loop.
        assertEquals(List.of(Set.of("following")), deadAtLoopHeads(program, "n", "previous", "current", "following"));
    }

    @Test
    void aConditionalWriteDoesNotKillTheVariable() {
        String program = """
                        def run(n):
                            for i in range(n):
                                if i % 2 == 0:
                                    x = i
                                print(x)
                        """;
        assertEquals(List.of(Set.of("i")), deadAtLoopHeads(program, "n", "i", "x"));
    }

    @Test
    void breakLeadsToTheCodeAfterTheLoopAndContinueToTheHead() {
        String program = """
                        def run(n):
                            for i in range(n):
                                y = i
                                if y > 5:
                                    break
                                z = y
                                if z > 2:
                                    continue
                                w = z
                            return y
                        """;
        // y is read after the loop (the break path), z and w are not read after or across iterations.
        assertEquals(List.of(Set.of("i", "w", "z")), deadAtLoopHeads(program, "n", "i", "y", "z", "w"));
    }

    @Test
    void nestedLoopsAndOnlyTheGivenLocals() {
        String program = """
                        def run(n):
                            total = 0
                            for i in range(n):
                                for j in range(n):
                                    cell = i * j
                                    total += cell
                                inner = total
                            return total
                        """;
        // total is read after both loops; i, j and cell are written first wherever they are read next.
        // "inner" is not among the given locals (a cell, say), so it is never reported.
        assertEquals(List.of(Set.of("cell", "i", "j"), Set.of("cell", "j")), deadAtLoopHeads(program, "n", "total", "i", "j", "cell"));
    }

    @Test
    void tupleTargetsAndAnyIterable() {
        String program = """
                        def run(pairs):
                            total = 0
                            for k, v in pairs:
                                a, *rest = v
                                total += a
                            return total
                        """;
        assertEquals(List.of(Set.of("a", "k", "rest", "v")), deadAtLoopHeads(program, "pairs", "total", "k", "v", "a", "rest"));
    }

    @Test
    void theElseOfALoopReadsWhatTheLoopLeaves() {
        String program = """
                        def run(xs):
                            for x in xs:
                                y = x
                            else:
                                return y
                        """;
        assertEquals(List.of(Set.of("x")), deadAtLoopHeads(program, "xs", "x", "y"));
        String whileElse = """
                        def run(n):
                            while n:
                                y = n
                                n -= 1
                            else:
                                return y
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(whileElse, "n", "y"));
    }

    @Test
    void attributeAndSubscriptTargetsReadTheirParts() {
        String program = """
                        def run(n, d):
                            for i in range(n):
                                box = d
                                box[i] = i
                                box.last = i
                            return d
                        """;
        assertEquals(List.of(Set.of("box", "i")), deadAtLoopHeads(program, "n", "d", "i", "box"));
    }

    @Test
    void loopsWithWhatTheAnalysisDoesNotModelClearNothing() {
        String withTry = """
                        def run(n):
                            for i in range(n):
                                x = i
                                try:
                                    f(x)
                                except E:
                                    pass
                            return 0
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(withTry, "n", "i", "x"));
        String insideTry = """
                        def run(n):
                            try:
                                for i in range(n):
                                    x = i
                                    f(x)
                            except E:
                                return x
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(insideTry, "n", "i", "x"));
        String insideWith = """
                        def run(n):
                            with m:
                                for i in range(n):
                                    x = i
                            return 0
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(insideWith, "n", "i", "x"));
        String withDel = """
                        def run(n):
                            for i in range(n):
                                x = i
                                del x
                            return 0
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(withDel, "n", "i", "x"));
        String generator = """
                        def run(n):
                            for i in range(n):
                                x = i
                                yield x
                        """;
        assertEquals(List.of(Set.of()), deadAtLoopHeads(generator, "n", "i", "x"));
        // A loop after the try is modeled again, and the try counts as reading every local.
        String after = """
                        def run(n):
                            try:
                                pass
                            finally:
                                pass
                            for i in range(n):
                                x = i
                            return 0
                        """;
        assertEquals(List.of(Set.of("i", "x")), deadAtLoopHeads(after, "n", "i", "x"));
    }

    @Test
    void nestedFunctionsLambdasAndComprehensionsAreReadsWhereTheyStand() {
        String program = """
                        def run(n, xs):
                            total = 0
                            for i in range(n):
                                ys = [y + i for y in xs]
                                g = lambda: 0
                                def h(a=i): return a
                                total += len(ys) + g() + h()
                            return total
                        """;
        assertEquals(List.of(Set.of("g", "h", "i", "ys")), deadAtLoopHeads(program, "n", "xs", "total", "i", "ys", "g", "h"));
    }
}
