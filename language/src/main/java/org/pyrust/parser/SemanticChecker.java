package org.pyrust.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyrust.ast.Alias;
import org.pyrust.ast.AstVisitor;
import org.pyrust.ast.ComprehensionClause;
import org.pyrust.ast.ComprehensionKind;
import org.pyrust.ast.ExceptHandler;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.WithItem;

/**
 * The syntax errors CPython reports only after a program has parsed, in CPython's order: first those
 * of its symbol table (duplicate parameters, misplaced {@code global}/{@code nonlocal}, then, once every
 * scope is known, {@code nonlocal} names without a binding), then those of its compiler ({@code return}
 * or {@code yield} outside a function, {@code break}/{@code continue} outside a loop, more than 20 nested
 * blocks). Within each group the first in source order wins. All are ParseErrors in PyRust.
 */
final class SemanticChecker extends AstVisitor {

    /** CPython's CO_MAXBLOCKS: loops (and try/with blocks) nested deeper in one function are an error. */
    private static final int MAX_NESTED_BLOCKS = 20;

    // What a scope knows about a name so far, in source order (CPython's symbol flags).
    private static final int PARAM = 1;
    private static final int ASSIGNED = 2;
    private static final int USED = 4;
    private static final int GLOBAL = 8;
    private static final int NONLOCAL = 16;

    private enum Kind {
        MODULE,
        FUNCTION,
        CLASS,
        COMPREHENSION
    }

    /** One scope of CPython's symbol table: a module, def, lambda, class body or comprehension. */
    private static final class Block {
        final Kind kind;
        final Block parent;
        /** For comprehensions, the kind (its 'yield' message names it). */
        final ComprehensionKind comprehension;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        /** The {@code nonlocal} declarations, with where each stands. */
        final List<Object[]> nonlocals = new ArrayList<>();
        /** For comprehensions, the names their clauses' targets bind (a walrus may not rebind them). */
        final java.util.Set<String> iterationVariables = new java.util.HashSet<>();
        /** Loops (and other blocks) around the current statement within this scope. */
        int blocks;
        int loops;

        Block(Kind kind, Block parent, ComprehensionKind comprehension) {
            this.kind = kind;
            this.parent = parent;
            this.comprehension = comprehension;
        }

        boolean binds(String name) {
            int f = flags.getOrDefault(name, 0);
            return (f & (PARAM | ASSIGNED)) != 0 && (f & (GLOBAL | NONLOCAL)) == 0;
        }
    }

    private SyntaxError symtableError;
    private SyntaxError compileError;
    /** Whether to record what each scope does with its names (only {@code global}/{@code nonlocal} need it). */
    private final boolean trackNames;
    private final List<Block> blocks = new ArrayList<>();
    /** How many comprehension iterables are being walked (a walrus is not allowed in one). */
    private int inIterable;
    private Block current;

    private SemanticChecker(boolean trackNames) {
        this.trackNames = trackNames;
    }

    /**
     * @param hasDeclarations whether the program has a {@code global} or {@code nonlocal} statement;
     *                        without one, name uses need not be tracked
     */
    static void check(Module module, boolean hasDeclarations) {
        futureImports(module);
        SemanticChecker checker = new SemanticChecker(hasDeclarations);
        checker.current = checker.newBlock(Kind.MODULE, null);
        checker.visitModule(module);
        checker.analyzeNonlocals();
        if (checker.symtableError != null) {
            throw checker.symtableError;
        }
        if (checker.compileError != null) {
            throw checker.compileError;
        }
    }

    /** The features {@code from __future__ import} knows in Python 3.11. */
    private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /**
     * CPython checks future imports before its symbol table: they must come first in the module (after a
     * docstring), and name known features.
     */
    private static void futureImports(Module module) {
        boolean atStart = true;
        List<Stmt> body = module.body();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!atStart) {
                    throw new SyntaxError(SyntaxError.Kind.ParseError, "from __future__ imports must occur at the beginning of the file", f.span());
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) {
                        throw new SyntaxError(SyntaxError.Kind.ParseError, "not a chance", f.span());
                    }
                    if (!FUTURE_FEATURES.contains(a.name())) {
                        throw new SyntaxError(SyntaxError.Kind.ParseError, "future feature " + a.name() + " is not defined", f.span());
                    }
                }
            } else if (!(i == 0 && s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.StrLiteral)) {
                atStart = false;
            }
        }
    }

    private Block newBlock(Kind kind, ComprehensionKind comprehension) {
        Block b = new Block(kind, current, comprehension);
        blocks.add(b);
        return b;
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

    /** CPython's second symbol-table phase: each {@code nonlocal} needs a binding in an enclosing function. */
    private void analyzeNonlocals() {
        if (symtableError != null) {
            return;
        }
        for (Block b : blocks) {
            for (Object[] decl : b.nonlocals) {
                String name = (String) decl[0];
                Span at = (Span) decl[1];
                if ((b.flags.getOrDefault(name, 0) & GLOBAL) != 0) {
                    symtable(at, "name '" + name + "' is nonlocal and global");
                } else if (b.kind == Kind.MODULE) {
                    symtable(at, "nonlocal declaration not allowed at module level");
                } else if (!boundOutside(b, name)) {
                    symtable(at, "no binding for nonlocal '" + name + "' found");
                }
            }
        }
    }

    /** Whether a function (or comprehension) enclosing {@code b} binds {@code name}; class bodies do not count. */
    private static boolean boundOutside(Block b, String name) {
        for (Block s = b.parent; s != null && s.kind != Kind.MODULE; s = s.parent) {
            if (s.kind != Kind.CLASS && (s.binds(name) || (s.flags.getOrDefault(name, 0) & NONLOCAL) != 0)) {
                return true;
            }
        }
        return false;
    }

    private void mark(Block b, String name, int flag) {
        if (trackNames || flag == PARAM) {
            Integer old = b.flags.get(name);
            b.flags.put(name, old == null ? flag : old | flag);
        }
    }

    private void store(String name) {
        mark(current, name, ASSIGNED);
    }

    /** An assignment target: names are stored, the rest of an attribute or subscript is read. */
    private void target(Expr e) {
        switch (e) {
            case Expr.Name n -> store(n.id());
            case Expr.TupleExpr t -> targets(t, t.elements());
            case Expr.ListExpr l -> targets(l, l.elements());
            case Expr.Starred s -> target(s.value());
            default -> visitExpr(e);
        }
    }

    private void targets(Expr sequence, List<Expr> elements) {
        if (elements.stream().filter(x -> x instanceof Expr.Starred).count() > 1) {
            compile(sequence.span(), "multiple starred expressions in assignment");
        }
        elements.forEach(this::target);
    }

    // ---- statements

    @Override
    protected void visitAssign(Stmt.Assign s) {
        visitExpr(s.value());
        s.targets().forEach(this::target);
    }

    @Override
    protected void visitAugAssign(Stmt.AugAssign s) {
        visitExpr(s.value());
        target(s.target()); // a store, as in CPython's symbol table
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
    protected void visitFunctionDef(Stmt.FunctionDef s) {
        visitExprs(s.decorators());
        visitParameters(s.parameters());
        visitOptional(s.returns());
        store(s.name());
        Block outer = current;
        current = newBlock(Kind.FUNCTION, null);
        parameters(s.parameters());
        visitBody(s.body());
        current = outer;
    }

    private void parameters(Parameters parameters) {
        for (Param p : parameters.all()) {
            if (current.flags.containsKey(p.name())) {
                symtable(p.span(), "duplicate argument '" + p.name() + "' in function definition");
            }
            mark(current, p.name(), PARAM);
        }
    }

    @Override
    protected void visitClassDef(Stmt.ClassDef s) {
        visitExprs(s.decorators());
        visitExprs(s.bases());
        s.keywords().forEach(k -> visitExpr(k.value()));
        store(s.name());
        Block outer = current;
        current = newBlock(Kind.CLASS, null);
        visitBody(s.body());
        current = outer;
    }

    @Override
    protected void visitReturn(Stmt.Return s) {
        if (current.kind != Kind.FUNCTION) {
            compile(s.span(), "'return' outside function");
        }
        visitOptional(s.value());
    }

    @Override
    protected void visitWhile(Stmt.While s) {
        visitExpr(s.condition());
        loop(s.span(), s.body());
        visitBody(s.orElse());
    }

    @Override
    protected void visitFor(Stmt.For s) {
        visitExpr(s.iterable());
        target(s.target());
        loop(s.span(), s.body());
        visitBody(s.orElse());
    }

    private void loop(Span at, List<Stmt> body) {
        if (current.blocks + 1 > MAX_NESTED_BLOCKS) {
            compile(at, "too many statically nested blocks");
        }
        current.blocks++;
        current.loops++;
        visitBody(body);
        current.loops--;
        current.blocks--;
    }

    @Override
    protected void visitBreak(Stmt.Break s) {
        if (current.loops == 0) {
            compile(s.span(), "'break' outside loop");
        }
    }

    @Override
    protected void visitContinue(Stmt.Continue s) {
        if (current.loops == 0) {
            compile(s.span(), "'continue' not properly in loop");
        }
    }

    @Override
    protected void visitGlobal(Stmt.Global s) {
        declare(s.span(), s.names(), GLOBAL, "global");
    }

    @Override
    protected void visitNonlocal(Stmt.Nonlocal s) {
        declare(s.span(), s.names(), NONLOCAL, "nonlocal");
        for (String name : s.names()) {
            current.nonlocals.add(new Object[] {name, s.span()});
        }
    }

    private void declare(Span at, List<String> names, int flag, String what) {
        for (String name : names) {
            int flags = current.flags.getOrDefault(name, 0);
            if ((flags & PARAM) != 0) {
                symtable(at, "name '" + name + "' is parameter and " + what);
            } else if ((flags & USED) != 0) {
                symtable(at, "name '" + name + "' is used prior to " + what + " declaration");
            } else if ((flags & ASSIGNED) != 0) {
                symtable(at, "name '" + name + "' is assigned to before " + what + " declaration");
            }
            current.flags.put(name, flags | flag);
        }
    }

    @Override
    protected void visitTry(Stmt.Try s) {
        current.blocks++;
        visitBody(s.body());
        for (ExceptHandler handler : s.handlers()) {
            visitOptional(handler.type());
            if (handler.name() != null) {
                store(handler.name());
            }
            visitBody(handler.body());
        }
        visitBody(s.orElse());
        visitBody(s.finalBody());
        current.blocks--;
    }

    @Override
    protected void visitWith(Stmt.With s) {
        current.blocks++;
        for (WithItem item : s.items()) {
            visitExpr(item.context());
            if (item.target() != null) {
                target(item.target());
            }
        }
        visitBody(s.body());
        current.blocks--;
    }

    @Override
    protected void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            store(a.asName() != null ? a.asName() : a.name().split("\\.", 2)[0]);
        }
    }

    @Override
    protected void visitImportFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module()) && s.level() == 0 && current.kind != Kind.MODULE) {
            symtable(s.span(), "from __future__ imports must occur at the beginning of the file");
        }
        for (Alias a : s.names()) {
            if (!a.name().equals("*")) {
                store(a.asName() != null ? a.asName() : a.name());
            }
        }
    }

    // ---- expressions

    @Override
    protected boolean enter(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                mark(current, n.id(), USED);
                return false;
            }
            case Expr.Lambda l -> {
                for (Param p : l.parameters().all()) {
                    visitOptional(p.defaultValue());
                }
                Block outer = current;
                current = newBlock(Kind.FUNCTION, null);
                parameters(l.parameters());
                visitExpr(l.body());
                current = outer;
                return false;
            }
            case Expr.Comprehension c -> {
                comprehension(c);
                return false;
            }
            case Expr.NamedExpr n -> {
                String name = n.target().id();
                if (inIterable > 0) {
                    symtable(n.span(), "assignment expression cannot be used in a comprehension iterable expression");
                }
                Block b = current;
                while (b.kind == Kind.COMPREHENSION) {
                    if (b.iterationVariables.contains(name)) {
                        symtable(n.span(), "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                    }
                    b = b.parent;
                }
                if (b.kind == Kind.CLASS && current.kind == Kind.COMPREHENSION) {
                    symtable(n.span(), "assignment expression within a comprehension cannot be used in a class body");
                }
                mark(b, n.target().id(), ASSIGNED);
                visitExpr(n.value());
                return false;
            }
            case Expr.Yield y -> yieldHere(y.span());
            case Expr.YieldFrom y -> yieldHere(y.span());
            default -> {
            }
        }
        return true;
    }

    private void yieldHere(Span at) {
        if (current.kind == Kind.COMPREHENSION) {
            String what = switch (current.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            symtable(at, "'yield' inside " + what);
        } else if (current.kind != Kind.FUNCTION) {
            compile(at, "'yield' outside function");
        }
    }

    /** The first iterable belongs to the enclosing scope; everything else to the comprehension's own. */
    private void comprehension(Expr.Comprehension c) {
        List<ComprehensionClause> clauses = c.clauses();
        inIterable++;
        visitExpr(clauses.get(0).iterable());
        inIterable--;
        Block outer = current;
        current = newBlock(Kind.COMPREHENSION, c.kind());
        for (ComprehensionClause clause : clauses) {
            iterationVariables(clause.target(), current.iterationVariables);
        }
        for (int i = 0; i < clauses.size(); i++) {
            ComprehensionClause clause = clauses.get(i);
            if (i > 0) {
                inIterable++;
                visitExpr(clause.iterable());
                inIterable--;
            }
            target(clause.target());
            visitExprs(clause.conditions());
        }
        visitExpr(c.element());
        visitOptional(c.value());
        current = outer;
    }

    private static void iterationVariables(Expr target, java.util.Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.TupleExpr t -> t.elements().forEach(e -> iterationVariables(e, names));
            case Expr.ListExpr l -> l.elements().forEach(e -> iterationVariables(e, names));
            case Expr.Starred st -> iterationVariables(st.value(), names);
            default -> {
            }
        }
    }
}
