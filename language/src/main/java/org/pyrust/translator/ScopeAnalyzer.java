package org.pyrust.translator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pyrust.ast.Alias;
import org.pyrust.ast.AstVisitor;
import org.pyrust.ast.ComprehensionClause;
import org.pyrust.ast.ExceptHandler;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Node;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.WithItem;

/**
 * Builds the {@link Scope} of the module and of every {@code def}, {@code lambda}, comprehension and class
 * body, in one walk of the tree followed by resolution of free names. Each scope is keyed by its node
 * (by identity): the {@link Stmt.FunctionDef}, {@link Expr.Lambda}, {@link Expr.Comprehension} or
 * {@link Stmt.ClassDef}. The parser has already rejected misplaced {@code global} and {@code nonlocal}
 * statements, so every {@code nonlocal} name has a binding in an enclosing function.
 *
 * <p>Python's rules: decorators, defaults, annotations and a comprehension's first iterable are evaluated
 * in the enclosing scope; the comprehension's targets, conditions, later iterables and element in its own;
 * a walrus ({@code :=}) binds in the nearest enclosing scope that is not a comprehension, and the
 * comprehensions in between see the name as free (or global, at module level).
 */
public final class ScopeAnalyzer extends AstVisitor {

    private final Map<Node, Scope> scopes = new IdentityHashMap<>();

    private Scope moduleScope;
    private Scope current;

    public static ScopeAnalyzer analyze(Module module) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer();
        analyzer.moduleScope = new Scope(null, List.of());
        analyzer.current = analyzer.moduleScope;
        analyzer.visitModule(module);
        analyzer.moduleScope.resolve();
        return analyzer;
    }

    public Scope moduleScope() {
        return moduleScope;
    }

    /** The scope of a {@code def}, {@code lambda}, comprehension or class node; null for any other node. */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    private Scope open(Node owner, List<String> parameters, boolean isClass) {
        Scope inner = new Scope(current, parameters, isClass);
        current.children.add(inner);
        scopes.put(owner, inner);
        return inner;
    }

    private static List<String> names(Parameters parameters) {
        List<String> names = new ArrayList<>();
        for (Param p : parameters.all()) {
            names.add(p.name());
        }
        return names;
    }

    private void assign(String name) {
        current.assigned.add(name);
    }

    private void read(String name) {
        current.read.add(name);
    }

    /** An assignment (or del) target: names are bound, the rest of an attribute or subscript is read. */
    private void target(Expr e) {
        switch (e) {
            case Expr.Name n -> assign(n.id());
            case Expr.TupleExpr t -> t.elements().forEach(this::target);
            case Expr.ListExpr l -> l.elements().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            default -> visitExpr(e);
        }
    }

    // ---- statements

    @Override
    protected void visitAssign(Stmt.Assign s) {
        visitExpr(s.value());
        s.targets().forEach(this::target);
    }

    @Override
    protected void visitAugAssign(Stmt.AugAssign s) {
        if (s.target() instanceof Expr.Name n) {
            read(n.id());
        }
        visitExpr(s.value());
        target(s.target());
    }

    @Override
    protected void visitAnnAssign(Stmt.AnnAssign s) {
        visitExpr(s.annotation());
        visitOptional(s.value());
        target(s.target());
    }

    @Override
    protected void visitDelete(Stmt.Delete s) {
        s.targets().forEach(this::target);
    }

    @Override
    protected void visitFor(Stmt.For s) {
        visitExpr(s.iterable());
        target(s.target());
        visitBody(s.body());
        visitBody(s.orElse());
    }

    @Override
    protected void visitExceptHandler(ExceptHandler handler) {
        visitOptional(handler.type());
        if (handler.name() != null) {
            assign(handler.name());
        }
        visitBody(handler.body());
    }

    @Override
    protected void visitWith(Stmt.With s) {
        for (WithItem item : s.items()) {
            visitExpr(item.context());
            if (item.target() != null) {
                target(item.target());
            }
        }
        visitBody(s.body());
    }

    @Override
    protected void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            assign(a.asName() != null ? a.asName() : a.name().split("\\.", 2)[0]);
        }
    }

    @Override
    protected void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias a : s.names()) {
            if (!a.name().equals("*")) {
                assign(a.asName() != null ? a.asName() : a.name());
            }
        }
    }

    @Override
    protected void visitGlobal(Stmt.Global s) {
        current.declaredGlobal.addAll(s.names());
    }

    @Override
    protected void visitNonlocal(Stmt.Nonlocal s) {
        current.declaredNonlocal.addAll(s.names());
    }

    @Override
    protected void visitFunctionDef(Stmt.FunctionDef def) {
        visitExprs(def.decorators());
        visitParameters(def.parameters());
        visitOptional(def.returns());
        Scope outer = current;
        current = open(def, names(def.parameters()), false);
        visitBody(def.body());
        current = outer;
        assign(def.name());
    }

    @Override
    protected void visitClassDef(Stmt.ClassDef s) {
        visitExprs(s.decorators());
        visitExprs(s.bases());
        s.keywords().forEach(k -> visitExpr(k.value()));
        Scope outer = current;
        current = open(s, List.of(), true);
        visitBody(s.body());
        current = outer;
        assign(s.name());
    }

    // ---- expressions

    @Override
    protected boolean enter(Expr e) {
        switch (e) {
            case Expr.Name n -> read(n.id());
            case Expr.Lambda l -> {
                for (Param p : l.parameters().all()) {
                    visitOptional(p.defaultValue());
                }
                Scope outer = current;
                current = open(l, names(l.parameters()), false);
                visitExpr(l.body());
                current = outer;
                return false;
            }
            case Expr.Comprehension c -> {
                comprehension(c);
                return false;
            }
            case Expr.NamedExpr n -> {
                walrus(n.target().id());
                visitExpr(n.value());
                return false;
            }
            default -> {
            }
        }
        return true;
    }

    private void comprehension(Expr.Comprehension c) {
        List<ComprehensionClause> clauses = c.clauses();
        visitExpr(clauses.get(0).iterable());
        Scope outer = current;
        current = open(c, List.of(), false);
        current.isComprehension = true;
        for (int i = 0; i < clauses.size(); i++) {
            ComprehensionClause clause = clauses.get(i);
            if (i > 0) {
                visitExpr(clause.iterable());
            }
            target(clause.target());
            visitExprs(clause.conditions());
        }
        visitExpr(c.element());
        visitOptional(c.value());
        current = outer;
    }

    /** {@code name := ...}: bound in the nearest scope that is not a comprehension. */
    private void walrus(String name) {
        Scope owner = current;
        List<Scope> between = new ArrayList<>();
        while (owner.isComprehension) {
            between.add(owner);
            owner = owner.parent;
        }
        owner.assigned.add(name);
        for (Scope s : between) {
            if (owner.isModule()) {
                s.declaredGlobal.add(name);
            } else {
                s.declaredNonlocal.add(name);
            }
        }
    }
}
