package org.pyrust.fuzz;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Statement and block arbitraries: assignments, augmented assignments, print and expression statements,
 * {@code if/elif/else}, {@code while}, {@code for ... in range(...)}, {@code break/continue},
 * {@code return}, {@code pass}, and {@code def} inside blocks (closures, recursion).
 *
 * <p>Every loop is bounded by construction: a {@code while} counts its iterations in a variable of its
 * own and stops after a few, and most ranges are short. Only a rare {@code while True} and ranges of
 * arbitrary ints run long, and the statement limit ends those. Recursion is bounded by the fuel (see
 * {@link Scope#fuel}). A statement produces a list of {@link Code}s because some come in groups: a
 * loop's counter before the loop, a def before the call of it.
 */
final class Statements {

    /** Compound statements nest this deep at most (a def's body counts as one level). */
    static final int MAX_BLOCK_DEPTH = 3;

    private static final List<String> INT_AUGMENTED = List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=");

    private Statements() {
    }

    /** A non-empty block: a few statements, fewer the deeper it is. */
    static Arbitrary<List<Code>> block(Scope scope) {
        return scope.cached("block", () -> statement(scope).list().ofMinSize(1).ofMaxSize(scope.blockDepth() == 0 ? 6 : 3).map(Statements::flatten));
    }

    static List<Code> flatten(List<List<Code>> groups) {
        List<Code> all = new ArrayList<>();
        groups.forEach(all::addAll);
        return all;
    }

    private static Arbitrary<List<Code>> one(Arbitrary<Code> code) {
        return code.map(List::of);
    }

    static Arbitrary<List<Code>> statement(Scope scope) {
        return scope.cached("statement", () -> {
            List<Tuple2<Integer, Arbitrary<List<Code>>>> choices = new ArrayList<>();
            Arbitrary<Expr> ints = Expressions.ints(scope);
            if (!scope.assignableInts().isEmpty()) {
                Arbitrary<String> target = Arbitraries.of(scope.assignableInts());
                choices.add(Tuple.of(5, one(Combinators.combine(target, ints).as((t, e) -> Code.line(t + " = " + e.text())))));
                choices.add(Tuple.of(3, one(Combinators.combine(target, Arbitraries.of(INT_AUGMENTED), ints, Literals.intLiteral(Arbitraries.longs().between(1, 3)))
                                .as((t, op, e, small) -> Code.line(t + " " + op + " " + (op.equals("**=") || op.equals("*=") ? small : e).text())))));
            }
            if (!scope.assignableStrs().isEmpty()) {
                Arbitrary<String> target = Arbitraries.of(scope.assignableStrs());
                choices.add(Tuple.of(2, one(Combinators.combine(target, Expressions.strs(scope)).as((t, e) -> Code.line(t + " = " + e.text())))));
                choices.add(Tuple.of(1, one(Combinators.combine(target, Expressions.strs(scope, Expressions.DEPTH - 1, true))
                                .as((t, e) -> Code.line(t + " += " + e.text())))));
            }
            choices.add(Tuple.of(3, one(Expressions.any(scope).list().ofMaxSize(3).map(args -> Code.line(Expressions.builtin("print", args).text())))));
            choices.add(Tuple.of(2, one(Expressions.any(scope).map(e -> Code.line(e.text())))));
            choices.add(Tuple.of(1, Arbitraries.just(List.of(Code.line("pass")))));
            if (!scope.inFunction()) {
                // Builtins are globals like any other: they can be rebound, even to each other.
                choices.add(Tuple.of(1, one(Arbitraries.of("abs = abs", "str = str", "min = max", "max = min", "print = print", "len = len").map(Code::line))));
            }
            if (scope.mayReturn()) {
                choices.add(Tuple.of(1, one(Reused.frequencyOf(Tuple.of(8, ints.map(e -> Code.line("return " + e.text()))),
                                Tuple.of(1, Arbitraries.just(Code.line("return")))))));
            }
            if (scope.loops() > 0) {
                choices.add(Tuple.of(2, one(Reused.frequencyOf(Tuple.of(1, Arbitraries.of(Code.line("break"), Code.line("continue"))),
                                Tuple.of(2, Combinators.combine(Expressions.bools(scope, 2), Arbitraries.of("break", "continue"))
                                                .as((c, jump) -> Code.suite("if " + c.text(), List.of(Code.line(jump)))))))));
            }
            if (scope.blockDepth() < MAX_BLOCK_DEPTH) {
                choices.add(Tuple.of(3, Arbitraries.lazy(() -> ifStatement(scope))));
                choices.add(Tuple.of(2, Arbitraries.lazy(() -> whileStatement(scope))));
                choices.add(Tuple.of(3, Arbitraries.lazy(() -> forStatement(scope))));
                if (scope.functionDepth() < 2) {
                    choices.add(Tuple.of(1, Arbitraries.lazy(() -> localDef(scope))));
                }
            }
            return Reused.frequencyOf(choices);
        });
    }

    private static Arbitrary<List<Code>> ifStatement(Scope scope) {
        Scope inner = scope.inBlock();
        Arbitrary<Expr> condition = Expressions.bools(scope);
        Arbitrary<List<Code>> body = block(inner);
        Arbitrary<List<Code>> elifs = Combinators.combine(condition, body).as((c, b) -> Code.suite("elif " + c.text(), b)).list().ofMaxSize(2);
        Arbitrary<List<Code>> orElse = Reused.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Code>of())), Tuple.of(1, body.map(b -> List.of(Code.suite("else", b)))));
        return Combinators.combine(condition, body, elifs, orElse).as((c, b, e, o) -> {
            List<Code> all = new ArrayList<>();
            all.add(Code.suite("if " + c.text(), b));
            all.addAll(e);
            all.addAll(o);
            return all;
        });
    }

    /**
     * {@code while w < N and cond:} with {@code w += 1} first in the body, so that continue cannot skip
     * it; the counter is a name of its own that nothing else assigns. Rarely {@code while True:} with a
     * conditional break, which may run until the statement limit.
     */
    private static Arbitrary<List<Code>> whileStatement(Scope scope) {
        String counter = "w" + scope.functionDepth() + scope.loops();
        Scope inner = scope.inLoop(null);
        Arbitrary<String> condition = Reused.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                        Tuple.of(2, Expressions.bools(scope).map(c -> " and " + c.at(Expr.NOT))));
        Arbitrary<List<Code>> bounded = Combinators.combine(Arbitraries.integers().between(0, 5), condition, block(inner)).as((limit, c, body) -> {
            List<Code> loopBody = new ArrayList<>();
            loopBody.add(Code.line(counter + " += 1"));
            loopBody.addAll(body);
            return List.of(Code.line(counter + " = 0"), Code.suite("while " + counter + " < " + limit + c, loopBody));
        });
        Arbitrary<List<Code>> unbounded = Combinators.combine(block(inner), Expressions.bools(inner)).as((body, c) -> {
            List<Code> loopBody = new ArrayList<>(body);
            loopBody.add(Code.suite("if " + c.text(), List.of(Code.line("break"))));
            return List.of(Code.suite("while True", loopBody));
        });
        return Reused.frequencyOf(Tuple.of(12, bounded), Tuple.of(1, unbounded));
    }

    /** {@code for k in range(...)} with one to three arguments, mostly short. */
    private static Arbitrary<List<Code>> forStatement(Scope scope) {
        String variable = "k" + scope.functionDepth() + scope.loops();
        Scope inner = scope.inLoop(variable);
        Arbitrary<Expr> bound = Reused.frequencyOf(Tuple.of(6, Literals.intLiteral(Arbitraries.longs().between(-2, 6))), Tuple.of(1, Expressions.ints(scope, 2)));
        Arbitrary<Expr> step = Literals.intLiteral(Arbitraries.of(1L, 2L, 3L, -1L, -2L));
        Arbitrary<List<Expr>> args = Reused.oneOf(bound.map(List::of), Combinators.combine(bound, bound).as(List::of),
                        Combinators.combine(bound, bound, step).as(List::of));
        return Combinators.combine(args, block(inner))
                        .as((a, body) -> List.of(Code.suite("for " + variable + " in " + Expressions.builtin("range", a).text(), body)));
    }

    /**
     * A def inside a block (a closure when inside a function), then a use of it: it is called at once,
     * as a statement, printed, or into a local; late binding means it sees the outer variables as they
     * are at that call.
     */
    private static Arbitrary<List<Code>> localDef(Scope scope) {
        int level = scope.functionDepth() + 1;
        String name = "c" + level;
        Scope.Function function = new Scope.Function(name, 1);
        Scope after = scope.withFunction(function);
        return Combinators.combine(functionDef(scope, function, List.of(), List.of(), true), Expressions.call(after, 2, name, 1),
                        Arbitraries.of(scope.assignableInts().isEmpty() ? List.of("", "print") : List.of("", "print", scope.assignableInts().getFirst() + " =")))
                        .as((def, call, use) -> {
                            List<Code> all = new ArrayList<>(def);
                            all.add(Code.line(use.equals("print") ? "print(" + call.text() + ")" : use.isEmpty() ? call.text() : use + " " + call.text()));
                            return all;
                        });
    }

    /** Names of the parameters and locals of a def at each nesting level, distinct across levels. */
    static List<String> params(int level, int arity) {
        List<String> names = new ArrayList<>(List.of(Scope.FUEL));
        for (int i = 0; i < arity; i++) {
            names.add((level == 1 ? "a" : "b") + i);
        }
        return names;
    }

    static List<String> localInts(int level) {
        return level == 1 ? List.of("l0", "l1") : List.of("m0");
    }

    static List<String> localStrs(int level) {
        return level == 1 ? List.of("t0") : List.of("u0");
    }

    /**
     * A def whose body first returns when the fuel is spent, then binds its locals, runs a block and
     * returns an int. The def can call itself (recursion) and every function of the enclosing scope.
     *
     * @param globalInts,globalStrs names it declares {@code global} (and so may assign)
     * @param recursive whether the function may call itself
     */
    static Arbitrary<List<Code>> functionDef(Scope outer, Scope.Function function, List<String> globalInts, List<String> globalStrs, boolean recursive) {
        int level = outer.functionDepth() + 1;
        List<String> params = params(level, function.arity());
        List<String> ints = localInts(level);
        List<String> strs = localStrs(level);
        Scope callers = recursive ? outer.withFunction(function) : outer;
        Scope base = callers.inFunction(params, List.of(), List.of(), globalInts, globalStrs, true).withoutCalls();
        Scope init = callers.inFunction(params, List.of(), List.of(), globalInts, globalStrs, true);
        Scope body = callers.inFunction(params, ints, strs, globalInts, globalStrs, true);
        Arbitrary<List<String>> initInts = Expressions.ints(init, 2).map(Expr::text).list().ofSize(ints.size());
        Arbitrary<List<String>> initStrs = Expressions.strs(init, 2, false).map(Expr::text).list().ofSize(strs.size());
        return Combinators.combine(Expressions.ints(base, 2), initInts, initStrs, block(body), Expressions.ints(body)).as((baseCase, i, s, statements, result) -> {
            List<Code> code = new ArrayList<>();
            List<String> declared = new ArrayList<>(globalInts);
            declared.addAll(globalStrs);
            if (!declared.isEmpty()) {
                code.add(Code.line("global " + String.join(", ", declared)));
            }
            code.add(Code.suite("if " + Scope.FUEL + " <= 0", List.of(Code.line("return " + baseCase.text()))));
            for (int k = 0; k < ints.size(); k++) {
                code.add(Code.line(ints.get(k) + " = " + i.get(k)));
            }
            for (int k = 0; k < strs.size(); k++) {
                code.add(Code.line(strs.get(k) + " = " + s.get(k)));
            }
            code.addAll(statements);
            code.add(Code.line("return " + result.text()));
            return List.of(Code.suite("def " + function.name() + "(" + String.join(", ", params) + ")", code));
        });
    }
}
