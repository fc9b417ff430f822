package org.pyrust.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Stmt;
import org.pyrust.parser.Parser;

/** Python's scoping rules for every kind of binding, and the scopes of lambdas and comprehensions. */
class ScopeAnalyzerTest {

    private static Module module;
    private static ScopeAnalyzer scopes;

    private static ScopeAnalyzer analyze(String program) {
        module = Parser.parse(program);
        scopes = ScopeAnalyzer.analyze(module);
        return scopes;
    }

    private static Stmt.FunctionDef def(int index) {
        return (Stmt.FunctionDef) module.body().get(index);
    }

    private static Scope scopeOfFirstDef(String program) {
        analyze(program);
        return scopes.scopeOf(def(0));
    }

    @Test
    void everyKindOfBindingMakesALocal() {
        Scope s = scopeOfFirstDef("""
                def f(a, b=1, /, c=2, *args, d, e=3, **kw):
                    for i, (j, *k) in x: pass
                    try: pass
                    except E as err: pass
                    with m as w, n as (p, q): pass
                    del gone
                    import os.path, sys as system
                    from m import name, other as alias
                    ann: int
                    annv: int = 1
                    if (walrus := 1): pass
                    def inner(): pass
                    aug += 1
                    t.attr = 1
                    sub[0] = 1
                    read_only
                """);
        assertEquals(List.of("a", "b", "c", "args", "d", "e", "kw"), s.parameters());
        for (String local : List.of("a", "b", "c", "args", "d", "e", "kw", "i", "j", "k", "err", "w", "p", "q", "gone", "os", "system",
                "name", "alias", "ann", "annv", "walrus", "inner", "aug")) {
            assertEquals(Scope.Kind.LOCAL, s.kind(local), local);
        }
        for (String global : List.of("x", "E", "m", "n", "t", "sub", "read_only", "path", "attr")) {
            assertEquals(Scope.Kind.GLOBAL, s.kind(global), global);
        }
    }

    @Test
    void nonlocalIsFreeInTheDeclaringFunctionAndACellInItsOwner() {
        analyze("""
                def outer():
                    x = 1
                    def middle():
                        def inner():
                            nonlocal x
                            x = 2
                        return inner
                    return middle
                """);
        Scope outer = scopes.scopeOf(def(0));
        Stmt.FunctionDef middleDef = (Stmt.FunctionDef) def(0).body().get(1);
        Stmt.FunctionDef innerDef = (Stmt.FunctionDef) middleDef.body().get(0);
        assertEquals(Scope.Kind.CELL, outer.kind("x"));
        assertEquals(Scope.Kind.FREE, scopes.scopeOf(middleDef).kind("x")); // passes the cell on
        assertEquals(Scope.Kind.FREE, scopes.scopeOf(innerDef).kind("x"));
        assertEquals(List.of(), scopes.scopeOf(innerDef).locals());
    }

    @Test
    void lambdasAndComprehensionsHaveTheirOwnScopesKeyedByTheirNodes() {
        analyze("""
                def f(xs, n):
                    g = lambda a, *r, k=n: a + n
                    return [y * n for y in xs if y], g
                """);
        Scope f = scopes.scopeOf(def(0));
        Expr.Lambda lambda = (Expr.Lambda) ((Stmt.Assign) def(0).body().get(0)).value();
        Scope lambdaScope = scopes.scopeOf(lambda);
        assertNotNull(lambdaScope);
        assertEquals(List.of("a", "r", "k"), lambdaScope.parameters());
        assertEquals(Scope.Kind.FREE, lambdaScope.kind("n"));
        Expr.TupleExpr result = (Expr.TupleExpr) ((Stmt.Return) def(0).body().get(1)).value();
        Scope comprehension = scopes.scopeOf(result.elements().get(0));
        assertEquals(Scope.Kind.LOCAL, comprehension.kind("y"));
        assertEquals(Scope.Kind.FREE, comprehension.kind("n"));
        // The first iterable is evaluated in the enclosing scope: xs stays a plain local there.
        assertEquals(Scope.Kind.LOCAL, f.kind("xs"));
        assertEquals(Scope.Kind.CELL, f.kind("n"));
        assertEquals(Scope.Kind.LOCAL, f.kind("g"));
    }

    @Test
    void aWalrusInAComprehensionBindsInTheEnclosingFunction() {
        analyze("""
                def f(xs):
                    ys = [last := x for x in xs]
                    return last
                """);
        Scope f = scopes.scopeOf(def(0));
        assertEquals(Scope.Kind.CELL, f.kind("last"));
        Expr comprehension = ((Stmt.Assign) def(0).body().get(0)).value();
        assertEquals(Scope.Kind.FREE, scopes.scopeOf(comprehension).kind("last"));
        assertEquals(Scope.Kind.LOCAL, scopes.scopeOf(comprehension).kind("x"));
        analyze("ys = [last := x for x in xs]");
        Expr atModule = ((Stmt.Assign) module.body().get(0)).value();
        assertEquals(Scope.Kind.GLOBAL, scopes.scopeOf(atModule).kind("last"));
    }

    @Test
    void globalWinsAndClassBodiesAreSkippedByNestedFunctions() {
        Scope f = scopeOfFirstDef("def f():\n    global g\n    g = 1\n    h = 2");
        assertEquals(Scope.Kind.GLOBAL, f.kind("g"));
        assertEquals(List.of("h"), f.locals());
        analyze("""
                def f():
                    x = 1
                    class C:
                        x = 2
                        def m(self):
                            return x
                    return C
                """);
        Stmt.ClassDef c = (Stmt.ClassDef) def(0).body().get(1);
        Stmt.FunctionDef m = (Stmt.FunctionDef) c.body().get(1);
        assertEquals(Scope.Kind.FREE, scopes.scopeOf(m).kind("x")); // f's x, not the class's
        assertEquals(Scope.Kind.CELL, scopes.scopeOf(def(0)).kind("x"));
    }

    @Test
    void defaultsAndDecoratorsAreEvaluatedOutside() {
        analyze("def f(a):\n    @a\n    def g(b=a): pass\n    return g");
        assertEquals(Scope.Kind.LOCAL, scopes.scopeOf(def(0)).kind("a"));
    }
}
