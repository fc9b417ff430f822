package org.pyrust.translator;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.pyrust.ast.AstVisitor;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Stmt;

/**
 * Which local variables of a function are dead at the head of each of its loops: assigned in the loop,
 * and written before they are read on every path from the head, including the paths that leave the
 * loop. A loop clears their frame slots at the end of each iteration.
 *
 * <p>Why: the compiler can keep an object unallocated (escape analysis) only while no value flows from
 * one iteration into the next. A variable still holding an iteration's object at the back edge, such as
 * {@code f} in {@code for i in range(n): f = make_closure(i); total += f(1)}, makes the compiler allocate
 * that object and everything it references, in every iteration, although no iteration reads it.
 *
 * <p>A backward liveness analysis over the structured statements: {@code break} continues with what is
 * live after the loop, {@code continue} and the end of the body with what is live at the head, which is
 * found as the least fixed point. Only the variables given as {@code locals} are considered: globals and
 * variables captured by closures (cells) live elsewhere.
 *
 * <p>What it does not model precisely it treats conservatively: a loop that contains (at any depth, nested
 * functions excepted) a {@code try}, {@code with}, {@code del}, {@code class}, {@code import} or a
 * {@code yield}, or that stands inside a {@code try} or {@code with}, clears nothing, and such a statement
 * counts as reading every local. (Exceptions make every statement of a {@code try} body an edge to its
 * handlers; a generator's frame outlives its iterations.) Every other statement is modeled: tuple, starred,
 * attribute and subscript targets, {@code for} over any iterable, {@code else} of loops, walrus (a
 * read, so never cleared through it), nested {@code def}/{@code lambda}/comprehensions (which can only
 * read the function's plain locals where they are evaluated, as captured variables are cells).
 */
final class LoopLiveness {

    private final Set<String> locals;
    private final Map<Stmt, Set<String>> deadAtHead = new IdentityHashMap<>();

    private LoopLiveness(Set<String> locals) {
        this.locals = locals;
    }

    /** For each loop statement of a function body (by identity), the locals dead at its head. */
    static Map<Stmt, Set<String>> analyze(List<Stmt> body, Set<String> locals) {
        LoopLiveness analysis = new LoopLiveness(locals);
        analysis.block(body, Set.of(), new Jumps(Set.of(), Set.of()));
        return analysis.deadAtHead;
    }

    /** What is live where {@code break} and {@code continue} of the innermost loop go. */
    private record Jumps(Set<String> atBreak, Set<String> atContinue) {
    }

    /** Per statement, whether it holds something not modeled (asked again in every fixed-point round). */
    private final Map<Stmt, Boolean> imprecise = new IdentityHashMap<>();

    /** Inside a {@code try} or {@code with}: loops clear nothing. */
    private int guarded;

    private Set<String> block(List<Stmt> statements, Set<String> after, Jumps jumps) {
        Set<String> live = after;
        for (int i = statements.size() - 1; i >= 0; i--) {
            live = statement(statements.get(i), live, jumps);
        }
        return live;
    }

    /** The variables live before {@code statement}, given those live after it. */
    private Set<String> statement(Stmt statement, Set<String> after, Jumps jumps) {
        if (imprecise.computeIfAbsent(statement, Imprecise::in)) {
            // Still visit its loops, so that each is recorded (with nothing to clear).
            guarded++;
            recordLoops(statement);
            guarded--;
            return union(after, locals);
        }
        return switch (statement) {
            case Stmt.ExprStmt s -> union(after, uses(s.expr()));
            case Stmt.Assign s -> {
                Set<String> live = after;
                for (int i = s.targets().size() - 1; i >= 0; i--) {
                    live = assign(s.targets().get(i), live);
                }
                yield union(live, uses(s.value()));
            }
            case Stmt.AugAssign s -> union(union(after, uses(s.target())), uses(s.value()));
            case Stmt.AnnAssign s -> s.value() == null ? after : union(assign(s.target(), after), uses(s.value()));
            case Stmt.FunctionDef s -> union(without(after, s.name()), usesOfHeader(s));
            case Stmt.Return s -> s.value() == null ? Set.of() : uses(s.value());
            case Stmt.Raise s -> union(s.exception() == null ? Set.of() : uses(s.exception()), s.cause() == null ? Set.of() : uses(s.cause()));
            case Stmt.Assert s -> union(union(after, uses(s.test())), s.message() == null ? Set.of() : uses(s.message()));
            case Stmt.If s -> union(uses(s.condition()), union(block(s.then(), after, jumps), block(s.orElse(), after, jumps)));
            case Stmt.While s -> {
                Set<String> atEnd = block(s.orElse(), after, jumps);
                yield loop(s, head -> union(uses(s.condition()), union(atEnd, block(s.body(), head, new Jumps(after, head)))));
            }
            case Stmt.For s -> {
                Set<String> atEnd = block(s.orElse(), after, jumps);
                Set<String> head = loop(s, h -> union(atEnd, assign(s.target(), block(s.body(), h, new Jumps(after, h)))));
                yield union(head, uses(s.iterable()));
            }
            case Stmt.Break s -> jumps.atBreak();
            case Stmt.Continue s -> jumps.atContinue();
            case Stmt.Pass s -> after;
            case Stmt.Global s -> after;
            case Stmt.Nonlocal s -> after;
            // The imprecise statements are handled above.
            default -> union(after, locals);
        };
    }

    /** What is live before the assignment of a value to {@code target}, given what is live after it. */
    private Set<String> assign(Expr target, Set<String> after) {
        return switch (target) {
            case Expr.Name n -> without(after, n.id());
            case Expr.TupleExpr t -> assignAll(t.elements(), after);
            case Expr.ListExpr l -> assignAll(l.elements(), after);
            case Expr.Starred s -> assign(s.value(), after);
            default -> union(after, uses(target)); // an attribute or subscript reads its parts
        };
    }

    private Set<String> assignAll(List<Expr> targets, Set<String> after) {
        Set<String> live = after;
        for (int i = targets.size() - 1; i >= 0; i--) {
            live = assign(targets.get(i), live);
        }
        return live;
    }

    /** Decorators, defaults and annotations, evaluated where the {@code def} stands. */
    private static Set<String> usesOfHeader(Stmt.FunctionDef def) {
        Uses uses = new Uses();
        uses.visitExprs(def.decorators());
        uses.visitParameters(def.parameters());
        uses.visitOptional(def.returns());
        return uses.names;
    }

    /** Finds what is live at a loop's head and records the loop's dead variables; returns the live set. */
    private Set<String> loop(Stmt loop, UnaryOperator<Set<String>> liveAtHead) {
        Set<String> head = Set.of();
        while (true) {
            Set<String> next = liveAtHead.apply(head);
            if (next.equals(head)) {
                break;
            }
            head = next;
        }
        Set<String> dead = new HashSet<>();
        if (guarded == 0) {
            Assigned assigned = new Assigned(dead);
            assigned.visitStmt(loop);
            dead.retainAll(locals);
            dead.removeAll(head);
        }
        deadAtHead.put(loop, dead);
        return head;
    }

    /** Records every loop under {@code statement} (outside nested functions) as clearing nothing. */
    private void recordLoops(Stmt statement) {
        new AstVisitor() {
            @Override
            protected void visitWhile(Stmt.While s) {
                deadAtHead.put(s, Set.of());
                super.visitWhile(s);
            }

            @Override
            protected void visitFor(Stmt.For s) {
                deadAtHead.put(s, Set.of());
                super.visitFor(s);
            }

            @Override
            protected void visitFunctionDef(Stmt.FunctionDef s) {
            }

            @Override
            protected boolean enter(Expr e) {
                return false;
            }
        }.visitStmt(statement);
    }

    /** The names an expression reads, nested lambdas and comprehensions included (an overestimate). */
    private static Set<String> uses(Expr expression) {
        Uses uses = new Uses();
        uses.visitExpr(expression);
        return uses.names;
    }

    private static final class Uses extends AstVisitor {
        final Set<String> names = new HashSet<>();

        @Override
        protected boolean enter(Expr e) {
            if (e instanceof Expr.Name n) {
                names.add(n.id());
            }
            return true;
        }
    }

    /** The names a loop statement binds: its target and its body's assignment targets, nested defs' names. */
    private static final class Assigned extends AstVisitor {
        final Set<String> names;

        Assigned(Set<String> names) {
            this.names = names;
        }

        private void target(Expr e) {
            switch (e) {
                case Expr.Name n -> names.add(n.id());
                case Expr.TupleExpr t -> t.elements().forEach(this::target);
                case Expr.ListExpr l -> l.elements().forEach(this::target);
                case Expr.Starred s -> target(s.value());
                default -> {
                }
            }
        }

        @Override
        protected void visitAssign(Stmt.Assign s) {
            s.targets().forEach(this::target);
        }

        @Override
        protected void visitAugAssign(Stmt.AugAssign s) {
            target(s.target());
        }

        @Override
        protected void visitAnnAssign(Stmt.AnnAssign s) {
            if (s.value() != null) {
                target(s.target());
            }
        }

        @Override
        protected void visitFor(Stmt.For s) {
            target(s.target());
            visitBody(s.body());
            visitBody(s.orElse());
        }

        @Override
        protected void visitFunctionDef(Stmt.FunctionDef s) {
            names.add(s.name());
        }

        @Override
        protected boolean enter(Expr e) {
            return false;
        }
    }

    /** Whether a statement holds something the analysis does not model (outside nested functions). */
    private static final class Imprecise extends AstVisitor {
        boolean found;

        static boolean in(Stmt statement) {
            return switch (statement) {
                // Cheap answers for the statements that hold no bodies.
                case Stmt.Break s -> false;
                case Stmt.Continue s -> false;
                case Stmt.Pass s -> false;
                case Stmt.Global s -> false;
                case Stmt.Nonlocal s -> false;
                default -> {
                    Imprecise finder = new Imprecise();
                    finder.visitStmt(statement);
                    yield finder.found;
                }
            };
        }

        @Override
        protected void visitTry(Stmt.Try s) {
            found = true;
        }

        @Override
        protected void visitWith(Stmt.With s) {
            found = true;
        }

        @Override
        protected void visitDelete(Stmt.Delete s) {
            found = true;
        }

        @Override
        protected void visitClassDef(Stmt.ClassDef s) {
            found = true;
        }

        @Override
        protected void visitImport(Stmt.Import s) {
            found = true;
        }

        @Override
        protected void visitImportFrom(Stmt.ImportFrom s) {
            found = true;
        }

        @Override
        protected void visitFunctionDef(Stmt.FunctionDef s) {
            // Its body is another function's; only the header runs here.
            visitExprs(s.decorators());
            visitParameters(s.parameters());
            visitOptional(s.returns());
        }

        @Override
        protected boolean enter(Expr e) {
            if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                found = true;
            }
            return !found;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        Set<String> result = new HashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static Set<String> without(Set<String> set, String name) {
        if (!set.contains(name)) {
            return set;
        }
        Set<String> result = new HashSet<>(set);
        result.remove(name);
        return result;
    }
}
