package org.pyrust.translator;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    private Set<String> block(List<Stmt> statements, Set<String> after, Jumps jumps) {
        Set<String> live = after;
        for (int i = statements.size() - 1; i >= 0; i--) {
            live = statement(statements.get(i), live, jumps);
        }
        return live;
    }

    /** The variables live before {@code statement}, given those live after it. */
    private Set<String> statement(Stmt statement, Set<String> after, Jumps jumps) {
        return switch (statement) {
            case Stmt.ExprStmt s -> union(after, uses(s.expr()));
            case Stmt.Assign s -> union(without(after, ((Expr.Name) s.targets().get(0)).id()), uses(s.value()));
            case Stmt.AugAssign s -> union(with(after, ((Expr.Name) s.target()).id()), uses(s.value()));
            case Stmt.FunctionDef s -> without(after, s.name());
            case Stmt.Return s -> s.value() == null ? Set.of() : uses(s.value());
            case Stmt.If s -> union(uses(s.condition()), union(block(s.then(), after, jumps), block(s.orElse(), after, jumps)));
            case Stmt.While s -> loop(s, s.body(), null,
                            head -> union(uses(s.condition()), union(after, block(s.body(), head, new Jumps(after, head)))));
            case Stmt.For s -> {
                String target = ((Expr.Name) s.target()).id();
                Set<String> head = loop(s, s.body(), target,
                                h -> union(after, without(block(s.body(), h, new Jumps(after, h)), target)));
                Set<String> live = head;
                for (Expr argument : ((Expr.Call) s.iterable()).args()) {
                    live = union(live, uses(argument));
                }
                yield live;
            }
            case Stmt.Break s -> jumps.atBreak();
            case Stmt.Continue s -> jumps.atContinue();
            case Stmt.Pass s -> after;
            case Stmt.Global s -> after;
            default -> throw new IllegalStateException("not in the language yet: " + statement);
        };
    }

    /** Finds what is live at a loop's head and records the loop's dead variables; returns the live set. */
    private Set<String> loop(Stmt loop, List<Stmt> body, String target, UnaryOperator<Set<String>> liveAtHead) {
        Set<String> head = Set.of();
        while (true) {
            Set<String> next = liveAtHead.apply(head);
            if (next.equals(head)) {
                break;
            }
            head = next;
        }
        Set<String> dead = new HashSet<>();
        assigned(body, dead);
        if (target != null) {
            dead.add(target);
        }
        dead.retainAll(locals);
        dead.removeAll(head);
        deadAtHead.put(loop, dead);
        return head;
    }

    private static void assigned(List<Stmt> statements, Set<String> names) {
        for (Stmt statement : statements) {
            switch (statement) {
                case Stmt.Assign s -> names.add(((Expr.Name) s.targets().get(0)).id());
                case Stmt.AugAssign s -> names.add(((Expr.Name) s.target()).id());
                case Stmt.FunctionDef s -> names.add(s.name());
                case Stmt.If s -> {
                    assigned(s.then(), names);
                    assigned(s.orElse(), names);
                }
                case Stmt.While s -> assigned(s.body(), names);
                case Stmt.For s -> {
                    names.add(((Expr.Name) s.target()).id());
                    assigned(s.body(), names);
                }
                default -> {
                }
            }
        }
    }

    private static Set<String> uses(Expr expression) {
        Set<String> names = new HashSet<>();
        collectUses(expression, names);
        return names;
    }

    private static void collectUses(Expr expression, Set<String> names) {
        switch (expression) {
            case Expr.Name e -> names.add(e.id());
            case Expr.Unary e -> collectUses(e.operand(), names);
            case Expr.Binary e -> {
                collectUses(e.left(), names);
                collectUses(e.right(), names);
            }
            case Expr.Compare e -> e.operands().forEach(operand -> collectUses(operand, names));
            case Expr.Logical e -> {
                collectUses(e.left(), names);
                collectUses(e.right(), names);
            }
            case Expr.Call e -> {
                collectUses(e.callee(), names);
                e.args().forEach(argument -> collectUses(argument, names));
            }
            case Expr.IntLiteral e -> {
            }
            case Expr.StrLiteral e -> {
            }
            case Expr.BoolLiteral e -> {
            }
            case Expr.NoneLiteral e -> {
            }
            default -> throw new IllegalStateException("not in the language yet: " + expression);
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

    private static Set<String> with(Set<String> set, String name) {
        return set.contains(name) ? set : union(set, Set.of(name));
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
