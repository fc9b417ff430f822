package org.pyrust.fuzz;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Typed expression arbitraries: every operator of the Full layer (arithmetic, unary, chained
 * comparisons, {@code is}, {@code and/or/not}), literals, variables and calls of builtins, of the program's
 * functions and of closures.
 *
 * <p>The types keep most programs running to their end, so that the interesting parts (deep calls,
 * loops, closures) execute instead of stopping at the first type error; a small share of operands are
 * drawn from any type on purpose, for the type errors themselves.
 *
 * <p>Values stay small by construction. Ints are 64-bit and overflow is an error, so they are bounded.
 * Strings are the risk: {@code s = s + s} in a loop doubles a string per iteration. So a generated str
 * expression mentions at most one str variable, and repetition ({@code *}) applies only to expressions
 * without variables and counts below 4; a string then grows by at most a constant per statement run,
 * and the statement limit bounds the number of statements.
 */
final class Expressions {

    /** Operator nesting of a statement's expressions: up to 2^3 leaves, plus calls. */
    static final int DEPTH = 3;

    private static final List<String> COMPARISONS = List.of("<", "<=", ">", ">=", "==", "!=");

    private Expressions() {
    }

    static Arbitrary<Expr> ints(Scope scope) {
        return ints(scope, DEPTH);
    }

    static Arbitrary<Expr> strs(Scope scope) {
        return strs(scope, DEPTH, false);
    }

    static Arbitrary<Expr> bools(Scope scope) {
        return bools(scope, DEPTH);
    }

    static Arbitrary<Expr> any(Scope scope) {
        return any(scope, DEPTH);
    }

    // -------------------------------------------------------------------------------------- ints

    static Arbitrary<Expr> ints(Scope scope, int depth) {
        return scope.cached("int" + depth, () -> {
            List<Tuple2<Integer, Arbitrary<Expr>>> choices = new ArrayList<>();
            choices.add(Tuple.of(4, Literals.intLiteral()));
            choices.add(Tuple.of(1, Arbitraries.of("True", "False").map(Expr::atom)));
            if (!scope.ints().isEmpty()) {
                choices.add(Tuple.of(5, Arbitraries.of(scope.ints()).map(Expr::atom)));
            }
            if (depth > 0) {
                Arbitrary<Expr> sub = Arbitraries.lazy(() -> ints(scope, depth - 1));
                choices.add(Tuple.of(8, arithmetic(scope, depth, sub)));
                choices.add(Tuple.of(2, Combinators.combine(Arbitraries.of("-", "+", "- -"), sub).as((op, e) -> new Expr(op + e.at(Expr.UNARY), Expr.UNARY))));
                choices.add(Tuple.of(3, intBuiltins(scope, depth, sub)));
                // One alternative per function rather than a flatMap over them, which would build
                // the call's arbitrary again for every value (see Reused).
                if (!scope.functions().isEmpty()) {
                    choices.add(Tuple.of(3, Reused.oneOf(scope.functions().stream().map(f -> call(scope, depth, f.name(), f.arity())).toList())));
                }
                if (!scope.factories().isEmpty()) {
                    Arbitrary<Expr> closureCall = call(scope, depth, "", 1);
                    choices.add(Tuple.of(1, Reused.oneOf(scope.factories().stream()
                                    .map(f -> Combinators.combine(call(scope, depth, f.name(), f.arity()), closureCall)
                                                    .as((maker, closure) -> Expr.atom(maker.text() + closure.text())))
                                    .toList())));
                }
                // A bool is an int in arithmetic (True + True is 2).
                choices.add(Tuple.of(1, Arbitraries.lazy(() -> bools(scope, depth - 1))));
                choices.add(Tuple.of(1, sub.map(Expr::parenthesized)));
                // Deliberately of any type: type errors, and operations on None.
                choices.add(Tuple.of(1, Arbitraries.lazy(() -> any(scope, depth - 1))));
            }
            return Reused.frequencyOf(choices);
        });
    }

    private static Arbitrary<Expr> arithmetic(Scope scope, int depth, Arbitrary<Expr> sub) {
        // A divisor or exponent drawn like any operand would make most divisions fail (zero is common)
        // and most powers overflow; mostly they are small literals, sometimes anything.
        Arbitrary<Expr> divisor = Reused.frequencyOf(Tuple.of(3, Literals.intLiteral(Arbitraries.of(1L, 2L, 3L, 7L, -1L, -2L, -7L))), Tuple.of(1, sub));
        Arbitrary<Expr> exponent = Reused.frequencyOf(Tuple.of(4, Literals.intLiteral(Arbitraries.longs().between(0, 5))), Tuple.of(1, sub));
        return Reused.frequencyOf(
                        Tuple.of(4, Combinators.combine(sub, Arbitraries.of("+", "-", "+" + Expr.CONTINUE, "-" + Expr.CONTINUE), sub).as(Expressions::sum)),
                        Tuple.of(2, Combinators.combine(sub, sub).as((a, b) -> term(a, "*", b))),
                        Tuple.of(3, Combinators.combine(sub, Arbitraries.of("/", "//", "%"), divisor).as(Expressions::term)),
                        Tuple.of(1, Combinators.combine(sub, exponent).as((a, b) -> new Expr(a.at(Expr.ATOM) + " ** " + b.at(Expr.UNARY), Expr.POWER))));
    }

    /** Left-associative: the right operand must bind tighter than the operator. */
    static Expr sum(Expr a, String op, Expr b) {
        return new Expr(a.at(Expr.SUM) + " " + op + " " + b.at(Expr.TERM), Expr.SUM);
    }

    static Expr term(Expr a, String op, Expr b) {
        return new Expr(a.at(Expr.TERM) + " " + op + " " + b.at(Expr.UNARY), Expr.TERM);
    }

    private static Arbitrary<Expr> intBuiltins(Scope scope, int depth, Arbitrary<Expr> sub) {
        Arbitrary<Expr> str = Arbitraries.lazy(() -> strs(scope, depth - 1, false));
        return Reused.frequencyOf(
                        Tuple.of(2, sub.map(e -> builtin("abs", e))),
                        Tuple.of(2, Combinators.combine(Arbitraries.of("min", "max"), sub.list().ofMinSize(2).ofMaxSize(4)).as(Expressions::builtin)),
                        Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), str, str).as((f, a, b) -> builtin("len", builtin(f, a, b)))),
                        Tuple.of(2, str.map(e -> builtin("len", e))),
                        Tuple.of(1, sub.map(e -> builtin("int", e))),
                        Tuple.of(1, sub.map(e -> builtin("int", builtin("str", e)))),
                        Tuple.of(1, Literals.decimalStringLiteral().map(e -> builtin("int", e))));
    }

    static Expr builtin(String name, Expr... args) {
        return builtin(name, List.of(args));
    }

    static Expr builtin(String name, List<Expr> args) {
        return Expr.atom(name + "(" + String.join(", ", args.stream().map(Expr::text).toList()) + ")");
    }

    /**
     * A call of a program's function: the fuel first, smaller than the caller's, then int arguments. An
     * empty {@code name} makes just the argument list, for calling a closure that a call returned.
     */
    static Arbitrary<Expr> call(Scope scope, int depth, String name, int arity) {
        Arbitrary<String> fuel = scope.fuel() == null ? Arbitraries.of("0", "1", "2", "3") : Arbitraries.of(scope.fuel() + " - 1", scope.fuel() + " - 2");
        Arbitrary<List<String>> args = Arbitraries.lazy(() -> ints(scope, depth - 1)).map(Expr::text).list().ofSize(arity);
        // Arguments may be split over lines inside the parentheses; a trailing comma is allowed.
        Arbitrary<String> separator = Arbitraries.frequency(Tuple.of(6, ", "), Tuple.of(1, "," + Expr.BREAK + " "));
        Arbitrary<String> end = Arbitraries.frequency(Tuple.of(8, ""), Tuple.of(1, ","), Tuple.of(1, Expr.BREAK));
        return Combinators.combine(fuel, args, separator, end).as((f, rest, sep, last) -> {
            List<String> all = new ArrayList<>();
            all.add(f);
            all.addAll(rest);
            return Expr.atom(name + "(" + String.join(sep, all) + last + ")");
        });
    }

    // -------------------------------------------------------------------------------------- strs

    /** @param closed no str variables at all (the operand of a repetition) */
    static Arbitrary<Expr> strs(Scope scope, int depth, boolean closed) {
        return scope.cached("str" + closed + depth, () -> {
            List<Tuple2<Integer, Arbitrary<Expr>>> choices = new ArrayList<>();
            choices.add(Tuple.of(5, Literals.strLiteral()));
            if (!closed && !scope.strs().isEmpty()) {
                choices.add(Tuple.of(4, Arbitraries.of(scope.strs()).map(Expr::atom)));
            }
            if (depth > 0) {
                Arbitrary<Expr> sub = Arbitraries.lazy(() -> strs(scope, depth - 1, closed));
                Arbitrary<Expr> fixed = Arbitraries.lazy(() -> strs(scope, depth - 1, true));
                // The one variable, if any, is on one side only.
                choices.add(Tuple.of(4, Reused.oneOf(Combinators.combine(sub, fixed).as((a, b) -> sum(a, "+", b)),
                                Combinators.combine(fixed, sub).as((a, b) -> sum(a, "+", b)))));
                choices.add(Tuple.of(2, Combinators.combine(fixed, repeatCount(scope, depth), Arbitraries.of(true, false))
                                .as((s, n, left) -> left ? term(s, "*", n) : term(n, "*", s))));
                choices.add(Tuple.of(2, Arbitraries.lazy(() -> Reused.oneOf(ints(scope, depth - 1), bools(scope, depth - 1), noneOrFunction(scope)))
                                .map(e -> builtin("str", e))));
                // min and max return one of their arguments: no growth.
                choices.add(Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, sub).as(Expressions::builtin)));
                choices.add(Tuple.of(1, sub.map(Expr::parenthesized)));
            }
            return Reused.frequencyOf(choices);
        });
    }

    /** At most 3 (negative counts give ""): a literal, a bool, or {@code x % 4}, which Python makes 0..3. */
    private static Arbitrary<Expr> repeatCount(Scope scope, int depth) {
        return Reused.frequencyOf(Tuple.of(4, Literals.intLiteral(Arbitraries.longs().between(-1, 3))), Tuple.of(1, Arbitraries.of("True", "False").map(Expr::atom)),
                        Tuple.of(2, Arbitraries.lazy(() -> ints(scope, depth - 1)).map(e -> term(e, "%", Expr.atom("4")))));
    }

    /** Builtins are ordinary names and values (print is not a statement). */
    private static final List<String> BUILTINS = List.of("print", "len", "str", "int", "abs", "min", "max");

    private static Arbitrary<Expr> noneOrFunction(Scope scope) {
        List<String> values = new ArrayList<>(List.of("None", "None", "print", "len"));
        scope.functions().forEach(f -> values.add(f.name()));
        return Arbitraries.of(values).map(Expr::atom);
    }

    /**
     * Calls that fail on purpose, for the error paths of calls: builtins with any arguments, the
     * program's functions with the wrong number of them, values that are not functions.
     */
    private static Arbitrary<Expr> misuse(Scope scope, int depth) {
        Arbitrary<List<Expr>> args = Arbitraries.lazy(() -> any(scope, depth - 1)).list().ofMaxSize(3);
        List<Tuple2<Integer, Arbitrary<Expr>>> choices = new ArrayList<>();
        choices.add(Tuple.of(3, Combinators.combine(Arbitraries.of(BUILTINS), args).as(Expressions::builtin)));
        if (!scope.functions().isEmpty()) {
            choices.add(Tuple.of(2, Combinators.combine(Arbitraries.of(scope.functions()), args)
                            .as((f, a) -> builtin(f.name(), a.size() == f.arity() + 1 ? List.of() : a))));
        }
        List<String> notCallable = new ArrayList<>(List.of("None", "True", "(1)", "'s'"));
        notCallable.addAll(scope.ints());
        choices.add(Tuple.of(1, Combinators.combine(Arbitraries.of(notCallable), args).as(Expressions::builtin)));
        return Reused.frequencyOf(choices);
    }

    // ------------------------------------------------------------------------------------- bools

    static Arbitrary<Expr> bools(Scope scope, int depth) {
        return scope.cached("bool" + depth, () -> {
            List<Tuple2<Integer, Arbitrary<Expr>>> choices = new ArrayList<>();
            choices.add(Tuple.of(2, Arbitraries.of("True", "False").map(Expr::atom)));
            if (depth > 0) {
                Arbitrary<Expr> sub = Arbitraries.lazy(() -> bools(scope, depth - 1));
                Arbitrary<Expr> anything = Arbitraries.lazy(() -> any(scope, depth - 1));
                choices.add(Tuple.of(4, chain(Arbitraries.lazy(() -> ints(scope, depth - 1)), Arbitraries.of(COMPARISONS))));
                choices.add(Tuple.of(2, chain(Arbitraries.lazy(() -> strs(scope, depth - 1, false)), Arbitraries.of(COMPARISONS))));
                // == and != compare any two values; is compares ints and strings by value, others by identity.
                choices.add(Tuple.of(2, chain(anything, Arbitraries.of("==", "!=", "is", "is not"))));
                choices.add(Tuple.of(1, Combinators.combine(anything, Arbitraries.of("is", "is not")).as((e, op) -> new Expr(e.at(Expr.SUM) + " " + op + " None", Expr.COMPARE))));
                choices.add(Tuple.of(2, sub.map(e -> new Expr("not " + e.at(Expr.NOT), Expr.NOT))));
                // and/or return the operand that decided, so their operands may be of any type.
                Arbitrary<Expr> operand = Reused.frequencyOf(Tuple.of(3, sub), Tuple.of(1, anything));
                choices.add(Tuple.of(3, Combinators.combine(operand, operand).as((a, b) -> new Expr(a.at(Expr.AND) + " and " + b.at(Expr.NOT), Expr.AND))));
                choices.add(Tuple.of(3, Combinators.combine(operand, operand).as((a, b) -> new Expr(a.at(Expr.OR) + " or " + b.at(Expr.AND), Expr.OR))));
                choices.add(Tuple.of(1, sub.map(Expr::parenthesized)));
            }
            return Reused.frequencyOf(choices);
        });
    }

    /** {@code a < b}, or a chain {@code a < b <= c < d}; comparisons are never operands of each other. */
    private static Arbitrary<Expr> chain(Arbitrary<Expr> operands, Arbitrary<String> operators) {
        return Combinators.combine(operands, Combinators.combine(operators, operands).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3)).as((first, rest) -> {
            StringBuilder text = new StringBuilder(first.at(Expr.SUM));
            for (Tuple2<String, Expr> link : rest) {
                text.append(' ').append(link.get1()).append(' ').append(link.get2().at(Expr.SUM));
            }
            return new Expr(text.toString(), Expr.COMPARE);
        });
    }

    // --------------------------------------------------------------------------------------- any

    static Arbitrary<Expr> any(Scope scope, int depth) {
        return scope.cached("any" + depth, () -> {
            // Misuse is rare: each one ends its program.
            List<Tuple2<Integer, Arbitrary<Expr>>> choices = new ArrayList<>(List.of(Tuple.of(16, ints(scope, depth)), Tuple.of(12, strs(scope, depth, false)),
                            Tuple.of(8, bools(scope, depth)), Tuple.of(4, noneOrFunction(scope))));
            if (depth > 0) {
                choices.add(Tuple.of(1, misuse(scope, depth)));
            }
            return Reused.frequencyOf(choices);
        });
    }
}
