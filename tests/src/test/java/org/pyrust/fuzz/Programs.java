package org.pyrust.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole valid programs of the Full layer, in this order:
 *
 * <pre>
 * i0 = 3                    globals, bound before anything reads them
 * s0 = 'x'
 * def f0(n, a0):            functions: fuel first, may call each other and themselves,
 *     global i0             may declare globals, bind their locals, then run any block
 *     ...
 * def mk0(n, a0):           a factory: returns a closure over its parameter and locals
 *     def c0(n, b0): ...
 *     return c0
 * h0 = f0                   an alias: functions are values
 * def d0(n, a0): ...        sometimes a function that recurses deeply
 * ...                       the main block
 * print(d0(1001, 0))        and its call
 * f0(2, i0) + 1             the program's result (sometimes)
 * </pre>
 *
 * Calls are resolved when they run, so every function may call every other; they all exist before the
 * main block runs. The structure (how many functions, their arities) is drawn first and the bodies
 * depend on it; jqwik shrinks the structure and then the bodies.
 */
final class Programs {

    /** Global names, some non-ASCII: identifiers follow Python's Unicode rules. */
    static final List<String> GLOBAL_INTS = List.of("i0", "i1", "ĩ2");
    static final List<String> GLOBAL_STRS = List.of("s0", "ś1");

    private Programs() {
    }

    /**
     * The shape of a program: the arities of its functions and factories, whether it has an alias,
     * and whether it recurses deeply.
     */
    private record Shape(List<Integer> functions, List<Integer> factories, boolean alias, boolean deep) {

        List<Scope.Function> functionList() {
            List<Scope.Function> result = new ArrayList<>();
            for (int i = 0; i < functions.size(); i++) {
                result.add(new Scope.Function("f" + i, functions.get(i)));
            }
            if (alias && !functions.isEmpty()) {
                result.add(new Scope.Function("h0", functions.getLast()));
            }
            return result;
        }

        List<Scope.Function> factoryList() {
            List<Scope.Function> result = new ArrayList<>();
            for (int i = 0; i < factories.size(); i++) {
                result.add(new Scope.Function("mk" + i, factories.get(i)));
            }
            return result;
        }
    }

    /** Program texts, each with a layout of its own. */
    static Arbitrary<String> programs() {
        return Combinators.combine(Layout.layouts(), code(), Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false)))
                        .as((layout, code, finalNewline) -> layout.render(code, finalNewline));
    }

    static Arbitrary<List<Code>> code() {
        Arbitrary<List<Integer>> arities = Arbitraries.integers().between(0, 2).list().ofMaxSize(3);
        Arbitrary<List<Integer>> factoryArities = Arbitraries.integers().between(0, 1).list().ofMaxSize(1);
        Arbitrary<Shape> shapes = Combinators.combine(arities, factoryArities, Arbitraries.of(false, true), Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                        .as(Shape::new);
        return shapes.flatMap(shape -> BY_SHAPE.computeIfAbsent(shape, s -> Reused.of(code(s))));
    }

    /** The arbitrary of each shape, built once: a flatMap asks for it once per program. */
    private static final Map<Shape, Arbitrary<List<Code>>> BY_SHAPE = new ConcurrentHashMap<>();

    private static Arbitrary<List<Code>> code(Shape shape) {
        Scope module = Scope.module(GLOBAL_INTS, GLOBAL_STRS, shape.functionList(), shape.factoryList());
        Arbitrary<List<Code>> globals = Combinators.combine(Literals.intLiteral().list().ofSize(GLOBAL_INTS.size()), Literals.strLiteral().list().ofSize(GLOBAL_STRS.size()))
                        .as((ints, strs) -> {
                            List<Code> code = new ArrayList<>();
                            for (int i = 0; i < ints.size(); i++) {
                                code.add(Code.line(GLOBAL_INTS.get(i) + " = " + ints.get(i).text()));
                            }
                            for (int i = 0; i < strs.size(); i++) {
                                code.add(Code.line(GLOBAL_STRS.get(i) + " = " + strs.get(i).text()));
                            }
                            return code;
                        });
        List<Arbitrary<List<Code>>> defs = new ArrayList<>();
        for (Scope.Function function : shape.functionList()) {
            if (function.name().startsWith("f")) {
                defs.add(topLevelDef(module, function));
            }
        }
        for (Scope.Function factory : shape.factoryList()) {
            defs.add(factory(module, factory));
        }
        Arbitrary<List<Code>> allDefs = Combinators.combine(defs).as(Statements::flatten);
        List<Code> alias = shape.alias() && !shape.functions().isEmpty() ? List.of(Code.line("h0 = f" + (shape.functions().size() - 1))) : List.of();
        Arbitrary<List<Code>> result = Reused.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Code>of())),
                        Tuple.of(2, Expressions.any(module).map(e -> List.of(Code.line(e.text())))));
        Arbitrary<List<Code>> deep = shape.deep() ? deepRecursion() : Arbitraries.just(List.of());
        return Combinators.combine(globals, allDefs, deep, Statements.block(module), result).as((g, d, recursion, main, r) -> {
            List<Code> program = new ArrayList<>(g);
            program.addAll(d);
            program.addAll(alias);
            // The deep function's def before the main block, its call after it: reaching the
            // recursion limit ends the program.
            program.addAll(recursion.stream().limit(1).toList());
            program.addAll(main);
            program.addAll(recursion.stream().skip(1).toList());
            program.addAll(r);
            return program;
        });
    }

    /**
     * A function that recurses as deep as its argument says, called with depths around the recursion
     * limit (GuestRunner sets it to 1,000 so that reaching it is cheap): the path of the "maximum
     * recursion depth exceeded" error, from calls in expressions, in builtin arguments, in a loop and
     * through a closure. Each level runs two or three statements, so the recursion limit comes before
     * the statement limit.
     */
    private static Arbitrary<List<Code>> deepRecursion() {
        Arbitrary<String> step = Arbitraries.of("d0(n - 1, a0 + 1)", "1 + d0(n - 1, a0)", "min(d0(n - 1, a0), a0)", "int(str(d0(n - 1, a0)))");
        Arbitrary<Long> depth = Arbitraries.of(0L, 10L, 998L, 999L, 1000L, 1001L, 1002L, 3000L);
        return Combinators.combine(step, depth, Arbitraries.of("plain", "loop", "closure"), Arbitraries.of("print", "i0 =", "")).as((call, n, how, use) -> {
            List<Code> body = new ArrayList<>();
            body.add(Code.suite("if n <= 0", List.of(Code.line("return a0"))));
            String result = call;
            switch (how) {
                case "loop" -> {
                    body.add(Code.suite("for k10 in range(1)", List.of(Code.line("a0 = " + call))));
                    result = "a0";
                }
                case "closure" -> {
                    body.add(Code.suite("def c1(m)", List.of(Code.line("return " + call.replace("n - 1", "m")))));
                    result = "c1(n - 1)";
                }
                default -> {
                }
            }
            body.add(Code.line("return " + result));
            String invocation = "d0(" + n + ", 0)";
            return List.of(Code.suite("def d0(n, a0)", body), Code.line(use.equals("print") ? "print(" + invocation + ")" : use.isEmpty() ? invocation : use + " " + invocation));
        });
    }

    /**
     * A top-level function. f1 and f2 declare globals and may assign them; which ones is fixed by the
     * name rather than drawn, because a drawn choice would be a flatMap, and each flatMap rebuilds the
     * whole function's arbitrary (see {@link Reused}).
     */
    private static Arbitrary<List<Code>> topLevelDef(Scope module, Scope.Function function) {
        List<String> ints = switch (function.name()) {
            case "f1" -> List.of("i0");
            case "f2" -> GLOBAL_INTS;
            default -> List.of();
        };
        List<String> strs = function.name().equals("f2") ? GLOBAL_STRS : function.name().equals("f1") ? List.of("s0") : List.of();
        // The module scope already lists every function, this one too: it may recurse.
        return Statements.functionDef(module, function, ints, strs, false);
    }

    /**
     * {@code def mk(n, a0): ...; def c0(n, b0): ...; ...; return c0}: the closure reads the factory's
     * parameters and locals after the factory has returned, including changes made after the def.
     * Its body may not return early (it must return the closure).
     */
    private static Arbitrary<List<Code>> factory(Scope module, Scope.Function factory) {
        List<String> params = Statements.params(1, factory.arity());
        List<String> ints = Statements.localInts(1);
        List<String> strs = Statements.localStrs(1);
        // A factory has no fuel check of its own, so its own code calls nothing: a call could come back
        // to it (mk0 -> f0 -> mk0 ...) without end. The closure has the check and may call anything.
        Scope init = module.inFunction(params, List.of(), List.of(), List.of(), List.of(), false).withoutCalls();
        Scope closureOuter = module.inFunction(params, ints, strs, List.of(), List.of(), false);
        Scope body = closureOuter.withoutCalls();
        Scope.Function closure = new Scope.Function("c0", 1);
        Arbitrary<List<String>> initInts = Expressions.ints(init, 2).map(Expr::text).list().ofSize(ints.size());
        Arbitrary<List<String>> initStrs = Expressions.strs(init, 2, false).map(Expr::text).list().ofSize(strs.size());
        Arbitrary<List<Code>> before = Statements.block(body);
        Arbitrary<List<Code>> after = Statements.block(body);
        return Combinators.combine(initInts, initStrs, Statements.functionDef(closureOuter, closure, List.of(), List.of(), true), before, after)
                        .as((i, s, def, b, a) -> {
                            List<Code> code = new ArrayList<>();
                            for (int k = 0; k < ints.size(); k++) {
                                code.add(Code.line(ints.get(k) + " = " + i.get(k)));
                            }
                            for (int k = 0; k < strs.size(); k++) {
                                code.add(Code.line(strs.get(k) + " = " + s.get(k)));
                            }
                            code.addAll(b);
                            code.addAll(def);
                            code.addAll(a);
                            code.add(Code.line("return c0"));
                            return List.of(Code.suite("def " + factory.name() + "(" + String.join(", ", params) + ")", code));
                        });
    }
}
