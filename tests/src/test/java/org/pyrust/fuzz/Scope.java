package org.pyrust.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.jqwik.api.Arbitrary;

/**
 * What the generator knows at one point of a program: the names that are bound there and of which type,
 * the functions that may be called, and the enclosing loops and functions.
 *
 * <p>Programs are well-scoped by construction instead of by filtering: every variable a scope lists is
 * bound before any code that sees it runs (globals at the top of the program, locals at the top of their
 * function, loop variables inside their loop), and a function assigns only its own locals and the globals
 * it declares {@code global}. A name is never both read from an outer scope and assigned in an inner one,
 * which would make it local and unbound. So a generated program fails only the way its operations can
 * (overflow, division by zero, a rare deliberate type mismatch), never with an undefined name.
 *
 * <p>Scopes are immutable; {@code with...} makes a changed copy. Each keeps the arbitraries built for it,
 * because the expression arbitraries of one depth are shared by every deeper one.
 *
 * @param ints            int variables that may be read
 * @param strs            str variables that may be read
 * @param assignableInts  int variables that may be assigned (locals, or globals declared global)
 * @param assignableStrs  str variables that may be assigned
 * @param functions       functions that may be called, with how many int arguments besides the fuel
 * @param factories       functions returning a closure, callable as {@code mk(fuel, x)(fuel, y)}
 * @param fuel            the fuel parameter of the enclosing function, null at module level: every call
 *                        passes a fuel smaller than the caller's, and a function with no fuel left returns
 *                        at once, so recursion is bounded whatever calls what
 * @param loops           loops around this point within the innermost function (break and continue need one)
 * @param blockDepth      how deeply blocks nest here, to bound the size of programs
 * @param functionDepth   0 at module level, 1 in a top-level def, 2 in a def nested in it
 * @param mayReturn       whether a return statement is allowed here and must return an int
 * @param cache           the arbitraries built for this scope, by {@link #cached}
 */
record Scope(List<String> ints, List<String> strs, List<String> assignableInts, List<String> assignableStrs, List<Function> functions,
                List<Function> factories, String fuel, int loops, int blockDepth, int functionDepth, boolean mayReturn, Map<String, Arbitrary<?>> cache) {

    /** The name of every function's first parameter, the fuel (inner functions shadow the outer one's). */
    static final String FUEL = "n";

    /** A function's name and the number of int parameters after the fuel. */
    record Function(String name, int arity) {
    }

    static Scope module(List<String> ints, List<String> strs, List<Function> functions, List<Function> factories) {
        return new Scope(List.copyOf(ints), List.copyOf(strs), List.copyOf(ints), List.copyOf(strs), List.copyOf(functions), List.copyOf(factories),
                        null, 0, 0, 0, false, new HashMap<>());
    }

    boolean inFunction() {
        return functionDepth > 0;
    }

    /** The scope of a loop body; {@code variable} (the loop variable) is readable there, or null. */
    Scope inLoop(String variable) {
        List<String> readable = variable == null ? ints : concat(ints, List.of(variable));
        return new Scope(readable, strs, assignableInts, assignableStrs, functions, factories, fuel, loops + 1, blockDepth + 1, functionDepth, mayReturn,
                        new HashMap<>());
    }

    /** The scope of an if or else branch. */
    Scope inBlock() {
        return new Scope(ints, strs, assignableInts, assignableStrs, functions, factories, fuel, loops, blockDepth + 1, functionDepth, mayReturn, new HashMap<>());
    }

    /**
     * The body of a def: the outer variables stay readable (closures read them late, and they are
     * all bound before the def runs), except those its parameters and locals shadow; only its locals
     * and the globals it declares are assignable; no loop encloses it.
     */
    Scope inFunction(List<String> params, List<String> localInts, List<String> localStrs, List<String> globalInts, List<String> globalStrs,
                    boolean mayReturn) {
        List<String> own = concat(params, localInts);
        List<String> readable = concat(ints.stream().filter(n -> !own.contains(n)).toList(), own);
        List<String> readableStrs = concat(strs.stream().filter(n -> !localStrs.contains(n)).toList(), localStrs);
        return new Scope(readable, readableStrs, concat(localInts, globalInts), concat(localStrs, globalStrs), functions, factories, FUEL, 0, blockDepth + 1,
                        functionDepth + 1, mayReturn, new HashMap<>());
    }

    /** The same scope without any callable function: the base case of a function, which must not recurse. */
    Scope withoutCalls() {
        return new Scope(ints, strs, assignableInts, assignableStrs, List.of(), List.of(), fuel, loops, blockDepth, functionDepth, mayReturn, new HashMap<>());
    }

    /** The same scope with more callable functions (a nested def is callable right after it). */
    Scope withFunction(Function function) {
        return new Scope(ints, strs, assignableInts, assignableStrs, concat(functions, List.of(function)), factories, fuel, loops, blockDepth, functionDepth,
                        mayReturn, new HashMap<>());
    }

    /** The arbitrary made by {@code make}, built once per scope and key (see {@link Reused}). */
    @SuppressWarnings("unchecked")
    <T> Arbitrary<T> cached(String key, Supplier<Arbitrary<T>> make) {
        Arbitrary<?> found = cache.get(key);
        if (found == null) {
            found = Reused.of(make.get());
            cache.put(key, found);
        }
        return (Arbitrary<T>) found;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> result = new ArrayList<>(a);
        result.addAll(b);
        return List.copyOf(result);
    }
}
