package org.pyrust.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The one walk over the syntax tree that the front-end passes share. By default every node visits its
 * children, so a pass overrides only what it cares about, and a new kind of node is added here once
 * (in {@link #visitStmt} and in {@link #children}).
 *
 * <p>Statements have one method each ({@code visitAssign}, {@code visitFor}...), whose default visits the
 * statement's expressions and bodies in source order. Expressions are walked without recursion, as
 * operator chains of 100,000 terms are left-deep trees far deeper than the Java stack: {@link #visitExpr}
 * keeps an explicit work stack and calls {@link #enter} for every node, in pre-order, left to right.
 * A pass that must treat a subtree differently (the body of a lambda is another scope) returns false from
 * {@code enter} and walks that subtree itself.
 */
public abstract class AstVisitor {

    // ---- statements

    public void visitModule(Module module) {
        visitBody(module.body());
    }

    public void visitBody(List<Stmt> body) {
        for (Stmt statement : body) {
            visitStmt(statement);
        }
    }

    /** Dispatches to the method for the statement's kind. */
    public void visitStmt(Stmt statement) {
        switch (statement) {
            case Stmt.ExprStmt s -> visitExprStmt(s);
            case Stmt.Assign s -> visitAssign(s);
            case Stmt.AugAssign s -> visitAugAssign(s);
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.FunctionDef s -> visitFunctionDef(s);
            case Stmt.ClassDef s -> visitClassDef(s);
            case Stmt.Return s -> visitReturn(s);
            case Stmt.If s -> visitIf(s);
            case Stmt.While s -> visitWhile(s);
            case Stmt.For s -> visitFor(s);
            case Stmt.Break s -> visitBreak(s);
            case Stmt.Continue s -> visitContinue(s);
            case Stmt.Pass s -> visitPass(s);
            case Stmt.Global s -> visitGlobal(s);
            case Stmt.Nonlocal s -> visitNonlocal(s);
            case Stmt.Delete s -> visitDelete(s);
            case Stmt.Assert s -> visitAssert(s);
            case Stmt.Raise s -> visitRaise(s);
            case Stmt.Try s -> visitTry(s);
            case Stmt.Import s -> visitImport(s);
            case Stmt.ImportFrom s -> visitImportFrom(s);
            case Stmt.With s -> visitWith(s);
        }
    }

    protected void visitExprStmt(Stmt.ExprStmt s) {
        visitExpr(s.expr());
    }

    /** The targets first, then the value (source order). */
    protected void visitAssign(Stmt.Assign s) {
        for (Expr target : s.targets()) {
            visitExpr(target);
        }
        visitExpr(s.value());
    }

    protected void visitAugAssign(Stmt.AugAssign s) {
        visitExpr(s.target());
        visitExpr(s.value());
    }

    protected void visitAnnAssign(Stmt.AnnAssign s) {
        visitExpr(s.target());
        visitExpr(s.annotation());
        visitOptional(s.value());
    }

    /** Decorators, then the parameters' defaults and annotations, the return annotation, the body. */
    protected void visitFunctionDef(Stmt.FunctionDef s) {
        visitExprs(s.decorators());
        visitParameters(s.parameters());
        visitOptional(s.returns());
        visitBody(s.body());
    }

    protected void visitClassDef(Stmt.ClassDef s) {
        visitExprs(s.decorators());
        visitExprs(s.bases());
        for (Keyword k : s.keywords()) {
            visitExpr(k.value());
        }
        visitBody(s.body());
    }

    protected void visitReturn(Stmt.Return s) {
        visitOptional(s.value());
    }

    protected void visitIf(Stmt.If s) {
        visitExpr(s.condition());
        visitBody(s.then());
        visitBody(s.orElse());
    }

    protected void visitWhile(Stmt.While s) {
        visitExpr(s.condition());
        visitBody(s.body());
        visitBody(s.orElse());
    }

    protected void visitFor(Stmt.For s) {
        visitExpr(s.target());
        visitExpr(s.iterable());
        visitBody(s.body());
        visitBody(s.orElse());
    }

    protected void visitBreak(Stmt.Break s) {
    }

    protected void visitContinue(Stmt.Continue s) {
    }

    protected void visitPass(Stmt.Pass s) {
    }

    protected void visitGlobal(Stmt.Global s) {
    }

    protected void visitNonlocal(Stmt.Nonlocal s) {
    }

    protected void visitDelete(Stmt.Delete s) {
        visitExprs(s.targets());
    }

    protected void visitAssert(Stmt.Assert s) {
        visitExpr(s.test());
        visitOptional(s.message());
    }

    protected void visitRaise(Stmt.Raise s) {
        visitOptional(s.exception());
        visitOptional(s.cause());
    }

    protected void visitTry(Stmt.Try s) {
        visitBody(s.body());
        for (ExceptHandler handler : s.handlers()) {
            visitExceptHandler(handler);
        }
        visitBody(s.orElse());
        visitBody(s.finalBody());
    }

    protected void visitExceptHandler(ExceptHandler handler) {
        visitOptional(handler.type());
        visitBody(handler.body());
    }

    protected void visitImport(Stmt.Import s) {
    }

    protected void visitImportFrom(Stmt.ImportFrom s) {
    }

    protected void visitWith(Stmt.With s) {
        for (WithItem item : s.items()) {
            visitExpr(item.context());
            visitOptional(item.target());
        }
        visitBody(s.body());
    }

    /** The defaults and annotations of a parameter list (not the names: a pass binds those itself). */
    public void visitParameters(Parameters parameters) {
        for (Param p : parameters.all()) {
            visitOptional(p.annotation());
            visitOptional(p.defaultValue());
        }
    }

    // ---- expressions

    public final void visitExprs(List<Expr> expressions) {
        for (Expr e : expressions) {
            visitExpr(e);
        }
    }

    public final void visitOptional(Expr expression) {
        if (expression != null) {
            visitExpr(expression);
        }
    }

    /** Walks {@code root} and everything under it, calling {@link #enter} on each node, without recursion. */
    public void visitExpr(Expr root) {
        ArrayDeque<Expr> work = new ArrayDeque<>();
        List<Expr> buffer = new ArrayList<>();
        work.push(root);
        while (!work.isEmpty()) {
            Expr e = work.pop();
            if (enter(e)) {
                buffer.clear();
                children(e, buffer);
                for (int i = buffer.size() - 1; i >= 0; i--) {
                    work.push(buffer.get(i));
                }
            }
        }
    }

    /**
     * Called for every expression node before its children. The default does nothing and returns true.
     *
     * @return whether to visit the node's children
     */
    protected boolean enter(Expr e) {
        return true;
    }

    /**
     * Appends the expressions directly under {@code e} to {@code out}, in source order. Lambdas contribute
     * their parameters' defaults, then the body; comprehensions the element (and value), then each clause's
     * target, iterable and conditions.
     */
    public static void children(Expr e, List<Expr> out) {
        switch (e) {
            case Expr.IntLiteral x -> {
            }
            case Expr.FloatLiteral x -> {
            }
            case Expr.StrLiteral x -> {
            }
            case Expr.BoolLiteral x -> {
            }
            case Expr.NoneLiteral x -> {
            }
            case Expr.EllipsisLiteral x -> {
            }
            case Expr.Name x -> {
            }
            case Expr.Unary x -> out.add(x.operand());
            case Expr.Binary x -> {
                out.add(x.left());
                out.add(x.right());
            }
            case Expr.Compare x -> out.addAll(x.operands());
            case Expr.Logical x -> {
                out.add(x.left());
                out.add(x.right());
            }
            case Expr.Conditional x -> {
                out.add(x.body());
                out.add(x.test());
                out.add(x.orElse());
            }
            case Expr.Call x -> {
                out.add(x.callee());
                out.addAll(x.args());
                for (Keyword k : x.keywords()) {
                    out.add(k.value());
                }
            }
            case Expr.Starred x -> out.add(x.value());
            case Expr.Attribute x -> out.add(x.value());
            case Expr.Subscript x -> {
                out.add(x.value());
                out.add(x.index());
            }
            case Expr.Slice x -> {
                addIfPresent(out, x.lower());
                addIfPresent(out, x.upper());
                addIfPresent(out, x.step());
            }
            case Expr.TupleExpr x -> out.addAll(x.elements());
            case Expr.ListExpr x -> out.addAll(x.elements());
            case Expr.SetExpr x -> out.addAll(x.elements());
            case Expr.DictExpr x -> {
                for (DictItem item : x.items()) {
                    addIfPresent(out, item.key());
                    out.add(item.value());
                }
            }
            case Expr.Comprehension x -> {
                out.add(x.element());
                addIfPresent(out, x.value());
                for (ComprehensionClause clause : x.clauses()) {
                    out.add(clause.target());
                    out.add(clause.iterable());
                    out.addAll(clause.conditions());
                }
            }
            case Expr.Lambda x -> {
                for (Param p : x.parameters().all()) {
                    addIfPresent(out, p.defaultValue());
                }
                out.add(x.body());
            }
            case Expr.FString x -> out.addAll(x.parts());
            case Expr.FormattedValue x -> {
                out.add(x.value());
                addIfPresent(out, x.formatSpec());
            }
            case Expr.Yield x -> addIfPresent(out, x.value());
            case Expr.YieldFrom x -> out.add(x.value());
            case Expr.NamedExpr x -> {
                out.add(x.target());
                out.add(x.value());
            }
        }
    }

    private static void addIfPresent(List<Expr> out, Expr e) {
        if (e != null) {
            out.add(e);
        }
    }
}
