package org.pyrust.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Param;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;

/**
 * The syntax errors CPython reports only after a program has parsed, in CPython's order: first those
 * of its symbol table (duplicate parameters, misplaced {@code global}), then those of its compiler
 * ({@code return} outside a function, {@code break}/{@code continue} outside a loop, more than 20
 * nested loops). Within each group the first in source order wins. All are ParseErrors in PyRust.
 */
final class SemanticChecker {

    /** CPython's CO_MAXBLOCKS: loops nested deeper in one function are a compile error. */
    private static final int MAX_NESTED_LOOPS = 20;

    // What a scope knows about a name so far, in source order (CPython's symbol flags).
    private static final int PARAM = 1;
    private static final int ASSIGNED = 2;
    private static final int USED = 4;

    private SyntaxError symtableError;
    private SyntaxError compileError;
    /** Whether to record what each scope does with its names (only {@code global} needs it). */
    private final boolean trackNames;

    private SemanticChecker(boolean trackNames) {
        this.trackNames = trackNames;
    }

    /**
     * @param hasGlobal whether the program has a {@code global} statement; without one, name uses need
     *                  not be tracked
     */
    static void check(Module module, boolean hasGlobal) {
        SemanticChecker checker = new SemanticChecker(hasGlobal);
        checker.body(module.body(), new HashMap<>(), false, 0);
        if (checker.symtableError != null) {
            throw checker.symtableError;
        }
        if (checker.compileError != null) {
            throw checker.compileError;
        }
    }

    private void symtable(Span at, String message) {
        if (symtableError == null) {
            symtableError = new SyntaxError(SyntaxError.Kind.ParseError, message, at);
        }
    }

    private void compile(Span at, String message) {
        if (compileError == null) {
            compileError = new SyntaxError(SyntaxError.Kind.ParseError, message, at);
        }
    }

    /**
     * @param scope     flags of the names of the enclosing function (or module) seen so far
     * @param loops     loops around this body within the same function
     */
    private void body(List<Stmt> stmts, Map<String, Integer> scope, boolean inFunction, int loops) {
        for (Stmt stmt : stmts) {
            statement(stmt, scope, inFunction, loops);
        }
    }

    private void statement(Stmt stmt, Map<String, Integer> scope, boolean inFunction, int loops) {
        switch (stmt) {
            case Stmt.ExprStmt s -> uses(s.expr(), scope);
            case Stmt.Assign s -> {
                uses(s.value(), scope);
                mark(scope, ((Expr.Name) s.targets().get(0)).id(), ASSIGNED);
            }
            case Stmt.AugAssign s -> {
                uses(s.value(), scope);
                mark(scope, ((Expr.Name) s.target()).id(), ASSIGNED); // a store, as in CPython's symbol table
            }
            case Stmt.FunctionDef s -> {
                mark(scope, s.name(), ASSIGNED);
                Map<String, Integer> inner = new HashMap<>();
                for (Param p : s.parameters().positional()) {
                    if (inner.containsKey(p.name())) {
                        symtable(p.span(), "duplicate argument '" + p.name() + "' in function definition");
                    }
                    inner.put(p.name(), PARAM);
                }
                body(s.body(), inner, true, 0);
            }
            case Stmt.Return s -> {
                if (!inFunction) {
                    compile(s.span(), "'return' outside function");
                }
                if (s.value() != null) {
                    uses(s.value(), scope);
                }
            }
            case Stmt.If s -> {
                uses(s.condition(), scope);
                body(s.then(), scope, inFunction, loops);
                body(s.orElse(), scope, inFunction, loops);
            }
            case Stmt.While s -> {
                uses(s.condition(), scope);
                loop(s, scope, inFunction, loops, s.body());
            }
            case Stmt.For s -> {
                for (Expr arg : ((Expr.Call) s.iterable()).args()) {
                    uses(arg, scope);
                }
                mark(scope, ((Expr.Name) s.target()).id(), ASSIGNED);
                loop(s, scope, inFunction, loops, s.body());
            }
            case Stmt.Break s -> {
                if (loops == 0) {
                    compile(s.span(), "'break' outside loop");
                }
            }
            case Stmt.Continue s -> {
                if (loops == 0) {
                    compile(s.span(), "'continue' not properly in loop");
                }
            }
            case Stmt.Global s -> {
                for (String name : s.names()) {
                    int flags = scope.getOrDefault(name, 0);
                    if ((flags & PARAM) != 0) {
                        symtable(s.span(), "name '" + name + "' is parameter and global");
                    } else if ((flags & USED) != 0) {
                        symtable(s.span(), "name '" + name + "' is used prior to global declaration");
                    } else if ((flags & ASSIGNED) != 0) {
                        symtable(s.span(), "name '" + name + "' is assigned to before global declaration");
                    }
                }
            }
            case Stmt.Pass s -> {
            }
            default -> throw new IllegalStateException("not in the language yet: " + stmt);
        }
    }

    private void loop(Stmt loop, Map<String, Integer> scope, boolean inFunction, int loops, List<Stmt> body) {
        if (loops + 1 > MAX_NESTED_LOOPS) {
            compile(loop.span(), "too many statically nested blocks");
        }
        body(body, scope, inFunction, loops + 1);
    }

    private void mark(Map<String, Integer> scope, String name, int flag) {
        if (trackNames) {
            Integer old = scope.get(name);
            scope.put(name, old == null ? flag : old | flag);
        }
    }

    /** Marks every name read in {@code root}; iterative, as operator chains can be very long. */
    private void uses(Expr root, Map<String, Integer> scope) {
        if (!trackNames) {
            return;
        }
        Deque<Expr> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            switch (work.pop()) {
                case Expr.Name e -> mark(scope, e.id(), USED);
                case Expr.Unary e -> work.push(e.operand());
                case Expr.Binary e -> {
                    work.push(e.left());
                    work.push(e.right());
                }
                case Expr.Logical e -> {
                    work.push(e.left());
                    work.push(e.right());
                }
                case Expr.Compare e -> e.operands().forEach(work::push);
                case Expr.Call e -> {
                    work.push(e.callee());
                    e.args().forEach(work::push);
                }
                case Expr.IntLiteral e -> {
                }
                case Expr.StrLiteral e -> {
                }
                case Expr.BoolLiteral e -> {
                }
                case Expr.NoneLiteral e -> {
                }
                default -> throw new IllegalStateException("not in the language yet");
            }
        }
    }
}
