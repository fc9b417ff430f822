package org.pyrust.translator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Param;
import org.pyrust.ast.Stmt;

/**
 * Builds the {@link Scope} of the module and of every {@code def}, in one walk of the tree followed by
 * resolution of free names. The parser has already rejected misplaced {@code global} statements.
 */
public final class ScopeAnalyzer {

    private final Map<Stmt.FunctionDef, Scope> scopes = new IdentityHashMap<>();

    /** Scopes of every function, keyed by its {@code def} node; the module's under {@link #moduleScope}. */
    private Scope moduleScope;

    public static ScopeAnalyzer analyze(Module module) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer();
        analyzer.moduleScope = new Scope(null, List.of());
        analyzer.collect(analyzer.moduleScope, module.body());
        analyzer.moduleScope.resolve();
        return analyzer;
    }

    public Scope moduleScope() {
        return moduleScope;
    }

    public Scope scopeOf(Stmt.FunctionDef def) {
        return scopes.get(def);
    }

    private void collect(Scope scope, List<Stmt> body) {
        for (Stmt statement : body) {
            collect(scope, statement);
        }
    }

    private void collect(Scope scope, Stmt statement) {
        switch (statement) {
            case Stmt.ExprStmt s -> expr(scope, s.expr());
            case Stmt.Assign s -> {
                expr(scope, s.value());
                assign(scope, ((Expr.Name) s.targets().get(0)).id());
            }
            case Stmt.AugAssign s -> {
                read(scope, ((Expr.Name) s.target()).id());
                expr(scope, s.value());
                assign(scope, ((Expr.Name) s.target()).id());
            }
            case Stmt.FunctionDef def -> {
                List<String> parameters = new ArrayList<>();
                for (Param p : def.parameters().positional()) {
                    parameters.add(p.name());
                }
                Scope inner = new Scope(scope, parameters);
                scope.children.add(inner);
                scopes.put(def, inner);
                collect(inner, def.body());
                assign(scope, def.name());
            }
            case Stmt.Return s -> {
                if (s.value() != null) {
                    expr(scope, s.value());
                }
            }
            case Stmt.If s -> {
                expr(scope, s.condition());
                collect(scope, s.then());
                collect(scope, s.orElse());
            }
            case Stmt.While s -> {
                expr(scope, s.condition());
                collect(scope, s.body());
            }
            case Stmt.For s -> {
                for (Expr argument : ((Expr.Call) s.iterable()).args()) {
                    expr(scope, argument);
                }
                assign(scope, ((Expr.Name) s.target()).id());
                collect(scope, s.body());
            }
            case Stmt.Global s -> scope.declaredGlobal.addAll(s.names());
            case Stmt.Break s -> {
            }
            case Stmt.Continue s -> {
            }
            case Stmt.Pass s -> {
            }
            default -> throw new IllegalStateException("not in the language yet: " + statement);
        }
    }

    private static void assign(Scope scope, String name) {
        scope.assigned.add(name);
    }

    private static void read(Scope scope, String name) {
        scope.read.add(name);
    }

    private static void expr(Scope scope, Expr expression) {
        switch (expression) {
            case Expr.Name n -> read(scope, n.id());
            case Expr.Unary u -> expr(scope, u.operand());
            case Expr.Binary b -> {
                expr(scope, b.left());
                expr(scope, b.right());
            }
            case Expr.Compare c -> {
                for (Expr operand : c.operands()) {
                    expr(scope, operand);
                }
            }
            case Expr.Logical l -> {
                expr(scope, l.left());
                expr(scope, l.right());
            }
            case Expr.Call c -> {
                expr(scope, c.callee());
                for (Expr argument : c.args()) {
                    expr(scope, argument);
                }
            }
            case Expr.IntLiteral i -> {
            }
            case Expr.StrLiteral s -> {
            }
            case Expr.BoolLiteral b -> {
            }
            case Expr.NoneLiteral n -> {
            }
            default -> throw new IllegalStateException("not in the language yet: " + expression);
        }
    }
}
