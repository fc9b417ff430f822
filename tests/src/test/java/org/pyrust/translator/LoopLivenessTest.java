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
}
