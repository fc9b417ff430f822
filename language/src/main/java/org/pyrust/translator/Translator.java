package org.pyrust.translator;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.Alias;
import org.pyrust.ast.Expr;
import org.pyrust.ast.ExceptHandler;
import org.pyrust.ast.Module;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.builtins.Builtins;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.call.CallNode;
import org.pyrust.nodes.container.DelItemStatementNode;
import org.pyrust.nodes.container.DictLiteralNode;
import org.pyrust.nodes.literal.ConstantNode;
import org.pyrust.runtime.Values;
import org.pyrust.nodes.container.SetItemStatementNode;
import org.pyrust.nodes.container.SubscriptNodeGen;
import org.pyrust.nodes.container.UnpackNode;
import org.pyrust.nodes.control.BlockNode;
import org.pyrust.nodes.control.ForIterNode;
import org.pyrust.nodes.control.ForRangeNode;
import org.pyrust.nodes.control.IfNode;
import org.pyrust.nodes.control.JumpNode;
import org.pyrust.nodes.control.PassNode;
import org.pyrust.nodes.control.RangeNode;
import org.pyrust.nodes.control.ReturnNode;
import org.pyrust.nodes.control.WhileNode;
import org.pyrust.nodes.exception.AssertNode;
import org.pyrust.nodes.exception.RaiseNode;
import org.pyrust.nodes.exception.ReadHandledExceptionNode;
import org.pyrust.nodes.exception.TryExceptNode;
import org.pyrust.nodes.exception.TryFinallyNode;
import org.pyrust.nodes.function.ModuleBodyNode;
import org.pyrust.nodes.global.DeleteGlobalNode;
import org.pyrust.nodes.local.DeleteLocalNode;
import org.pyrust.nodes.local.ReadLongSlotNode;
import org.pyrust.nodes.local.ReadTempNode;
import org.pyrust.nodes.local.WriteTempNode;
import org.pyrust.nodes.logic.ConditionNode;
import org.pyrust.nodes.object.GetAttributeNodeGen;
import org.pyrust.nodes.object.SetAttributeNode;
import org.pyrust.runtime.GlobalNames;
import org.pyrust.runtime.PyRustContext;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Stage 3 of the pipeline: turns the plain AST into Truffle nodes. Every local variable is resolved here,
 * once, to a frame slot index ({@link Scope} says which names are local); globals are looked up by name
 * at run time in the context's globals; each {@code def}, {@code lambda} and comprehension becomes its own
 * root node and call target. This class translates the statements; {@link ExpressionTranslator} the
 * expressions.
 *
 * <p>The language hands in what the nodes need of it ({@code PyRustLanguage.translator}): its instance,
 * the reference to the current context, its builtins and its numbering of global names.
 */
public final class Translator extends ExpressionTranslator {

    public Translator(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, Builtins builtins, GlobalNames globalNames,
                    Source source) {
        super(language, contextReference, builtins, globalNames, source);
    }

    /** Translates a whole program into the root node of its module code. */
    public PyRustRootNode translateModule(Module module, boolean timeExecution) {
        scopes = ScopeAnalyzer.analyze(module);
        current = new FrameLayout(scopes.moduleScope());
        List<Stmt> body = module.body();
        stringAnnotations = body.stream().anyMatch(s -> s instanceof Stmt.ImportFrom i && isFutureAnnotations(i));
        ExpressionNode result = null;
        List<Stmt> statements = body;
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            statements = body.subList(0, body.size() - 1);
            result = expression(last.expr());
            result.addStatementTag();
        }
        List<StatementNode> prologue = new ArrayList<>();
        // The main program's __name__ (only when the program names it, so that other programs' globals stay as they are).
        if (source.getCharacters().toString().contains("__name__")) {
            prologue.add(write("__name__", new ConstantNode(Values.string("__main__"))));
        }
        if (body.stream().anyMatch(s -> s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name)) {
            prologue.add(write("__annotations__", new DictLiteralNode(new ExpressionNode[0], new ExpressionNode[0])));
        }
        BlockNode main = block(statements);
        if (!prologue.isEmpty()) {
            prologue.add(main);
            main = new BlockNode(prologue.toArray(new StatementNode[0]));
        }
        ModuleBodyNode moduleBody = new ModuleBodyNode(main, result);
        SourceSection section = source.createSection(0, source.getLength());
        moduleBody.setSourceSection(0, source.getLength());
        return new PyRustRootNode(language, contextReference, current.frame.build(), moduleBody, PyRustRootNode.MODULE_NAME, section, timeExecution);
    }

    // ---- statements

    @Override
    BlockNode block(List<Stmt> statements) {
        List<StatementNode> nodes = new ArrayList<>(statements.size());
        for (Stmt statement : statements) {
            StatementNode node = statement(statement);
            if (node != null) {
                node.addStatementTag();
                nodes.add(node);
            }
        }
        return new BlockNode(nodes.toArray(new StatementNode[0]));
    }

    private BlockNode optionalBlock(List<Stmt> statements) {
        return statements.isEmpty() ? null : block(statements);
    }

    /** The node of one statement, or null for statements that do nothing at run time. */
    private StatementNode statement(Stmt statement) {
        StatementNode node = switch (statement) {
            case Stmt.ExprStmt s -> expression(s.expr());
            case Stmt.Assign s -> assignment(s);
            case Stmt.AugAssign s -> augmented(s);
            case Stmt.AnnAssign s -> annotated(s);
            case Stmt.FunctionDef def -> write(def.name(), decorated(def));
            case Stmt.Return s -> new ReturnNode(optional(s.value()), current.returnSlot);
            case Stmt.If s -> new IfNode(new ConditionNode(expression(s.condition())), block(s.then()), optionalBlock(s.orElse()));
            case Stmt.While s -> {
                ConditionNode condition = new ConditionNode(expression(s.condition()));
                BlockNode body = block(s.body());
                if (s.orElse().isEmpty()) {
                    yield new WhileNode(condition, body, current.deadSlots(s));
                }
                yield new WhileNode(condition, body, current.deadSlots(s), block(s.orElse()), current.hiddenSlot(FrameSlotKind.Boolean));
            }
            case Stmt.For s -> forLoop(s);
            case Stmt.Break s -> JumpNode.breakLoop();
            case Stmt.Continue s -> JumpNode.continueLoop();
            case Stmt.Pass s -> new PassNode();
            case Stmt.Global s -> null;
            case Stmt.Nonlocal s -> null;
            case Stmt.Delete s -> {
                List<StatementNode> deletions = new ArrayList<>();
                for (Expr target : s.targets()) {
                    delete(target, deletions);
                }
                yield deletions.size() == 1 ? deletions.get(0) : new BlockNode(deletions.toArray(new StatementNode[0]));
            }
            case Stmt.Assert s -> new AssertNode(new ConditionNode(expression(s.test())), optional(s.message()));
            case Stmt.Raise s -> new RaiseNode(optional(s.exception()), optional(s.cause()), current.handledSlot);
            case Stmt.Try s -> tryStatement(s);
            case Stmt.ImportFrom s when isFutureAnnotations(s) -> null;
            default -> throw constructs.notSupported(statement);
        };
        if (node != null && !node.hasSource()) {
            at(node, statement.span());
        }
        return node;
    }

    private static boolean isFutureAnnotations(Stmt.ImportFrom s) {
        return "__future__".equals(s.module()) && s.level() == 0 && s.names().stream().map(Alias::name).allMatch("annotations"::equals);
    }

    /**
     * {@code target: annotation [= value]}: a module-level name's annotation goes into {@code __annotations__};
     * elsewhere annotations are not evaluated, as in CPython.
     */
    private StatementNode annotated(Stmt.AnnAssign s) {
        StatementNode assignment = s.value() == null ? null : assign(s.target(), expression(s.value()));
        if (!current.scope.isModule() || !(s.target() instanceof Expr.Name name)) {
            return assignment;
        }
        StatementNode record = new SetItemStatementNode(read("__annotations__", s.span(), false), new ConstantNode(Values.string(name.id())), annotation(s.annotation()));
        return assignment == null ? record : new BlockNode(new StatementNode[]{assignment, record});
    }

    /** {@code t = v}, or {@code t1 = t2 = v}: the value once, then each target from left to right. */
    private StatementNode assignment(Stmt.Assign s) {
        if (s.targets().size() == 1) {
            return assign(s.targets().get(0), expression(s.value()));
        }
        int slot = current.hiddenSlot(FrameSlotKind.Object);
        List<StatementNode> steps = new ArrayList<>();
        steps.add(new WriteTempNode(slot, expression(s.value())));
        for (Expr target : s.targets()) {
            steps.add(assign(target, new ReadTempNode(slot)));
        }
        return new BlockNode(steps.toArray(new StatementNode[0]));
    }

    @Override
    StatementNode assign(Expr target, ExpressionNode value) {
        StatementNode node = switch (target) {
            case Expr.Name name -> write(name.id(), value);
            case Expr.Subscript sub -> new SetItemStatementNode(expression(sub.value()), expression(sub.index()), value);
            case Expr.Attribute attribute -> new SetAttributeNode(expression(attribute.value()), attribute.name(), value);
            case Expr.TupleExpr tuple -> unpack(tuple.elements(), value);
            case Expr.ListExpr list -> unpack(list.elements(), value);
            default -> throw constructs.notSupported(target);
        };
        return at(node, target.span());
    }

    /** {@code a, *b, c = value}: each element to a hidden slot, then each target from its slot. */
    private StatementNode unpack(List<Expr> elements, ExpressionNode value) {
        int[] slots = new int[elements.size()];
        StatementNode[] targets = new StatementNode[slots.length];
        int star = -1;
        for (int i = 0; i < slots.length; i++) {
            slots[i] = current.hiddenSlot(FrameSlotKind.Object);
            Expr element = elements.get(i);
            if (element instanceof Expr.Starred starred) {
                star = i;
                element = starred.value();
            }
            targets[i] = assign(element, new ReadTempNode(slots[i]));
        }
        return new UnpackNode(value, star, slots, targets);
    }

    /**
     * {@code target op= value}. A subscript's container and index are evaluated once, into hidden slots,
     * then read for the get and the set. A failing operation is reported at the target.
     */
    private StatementNode augmented(Stmt.AugAssign s) {
        if (s.op() == org.pyrust.ast.BinaryOp.MATMUL) {
            throw constructs.notSupported(s);
        }
        if (s.target() instanceof Expr.Name name) {
            ExpressionNode operation = binary(s.op(), read(name.id(), name.span(), false), expression(s.value()), true);
            at(operation, s.target().span());
            return write(name.id(), operation);
        }
        if (s.target() instanceof Expr.Attribute attribute) {
            int receiver = current.hiddenSlot(FrameSlotKind.Object);
            ExpressionNode get = at(GetAttributeNodeGen.create(attribute.name(), new ReadTempNode(receiver)), attribute.span());
            ExpressionNode operation = at(binary(s.op(), get, expression(s.value()), true), attribute.span());
            return new BlockNode(new StatementNode[]{new WriteTempNode(receiver, expression(attribute.value())),
                            at(new SetAttributeNode(new ReadTempNode(receiver), attribute.name(), operation), attribute.span())});
        }
        if (!(s.target() instanceof Expr.Subscript sub)) {
            throw constructs.notSupported(s);
        }
        int container = current.hiddenSlot(FrameSlotKind.Object);
        int index = current.hiddenSlot(FrameSlotKind.Object);
        ExpressionNode get = at(SubscriptNodeGen.create(new ReadTempNode(container), new ReadTempNode(index)), sub.span());
        ExpressionNode operation = at(binary(s.op(), get, expression(s.value()), true), sub.span());
        StatementNode[] steps = {
                        new WriteTempNode(container, expression(sub.value())),
                        new WriteTempNode(index, expression(sub.index())),
                        at(new SetItemStatementNode(new ReadTempNode(container), new ReadTempNode(index), operation), sub.span())};
        return new BlockNode(steps);
    }

    private void delete(Expr target, List<StatementNode> deletions) {
        switch (target) {
            case Expr.Name name -> deletions.add(at(switch (current.scope.kind(name.id())) {
                case LOCAL -> new DeleteLocalNode(current.slots.get(name.id()), name.id(), true);
                case GLOBAL -> new DeleteGlobalNode(name.id(), globalNames.indexOf(name.id()), true);
                default -> throw constructs.notSupported(target);
            }, name.span()));
            case Expr.Subscript sub -> deletions.add(at(new DelItemStatementNode(expression(sub.value()), expression(sub.index())), sub.span()));
            case Expr.TupleExpr tuple -> tuple.elements().forEach(e -> delete(e, deletions));
            case Expr.ListExpr list -> list.elements().forEach(e -> delete(e, deletions));
            default -> throw constructs.notSupported(target);
        }
    }

    /** {@code try}: handlers and {@code else} inside, {@code finally} around them. */
    private StatementNode tryStatement(Stmt.Try s) {
        StatementNode node = block(s.body());
        if (!s.handlers().isEmpty()) {
            int handledSlot = current.hiddenSlot(FrameSlotKind.Object);
            int n = s.handlers().size();
            ExpressionNode[] types = new ExpressionNode[n];
            StatementNode[] binds = new StatementNode[n];
            StatementNode[] unbinds = new StatementNode[n];
            StatementNode[] bodies = new StatementNode[n];
            int outerHandled = current.handledSlot;
            for (int i = 0; i < n; i++) {
                ExceptHandler handler = s.handlers().get(i);
                types[i] = optional(handler.type());
                binds[i] = handler.name() == null ? null : at(write(handler.name(), new ReadHandledExceptionNode(handledSlot)), handler.span());
                // As in Python, the name is unbound when the handler ends (a captured one stays bound).
                unbinds[i] = handler.name() == null ? null : switch (current.scope.kind(handler.name())) {
                    case LOCAL -> new DeleteLocalNode(current.slots.get(handler.name()), handler.name(), false);
                    case GLOBAL -> new DeleteGlobalNode(handler.name(), globalNames.indexOf(handler.name()), false);
                    default -> null;
                };
                current.handledSlot = handledSlot;
                try {
                    bodies[i] = block(handler.body());
                } finally {
                    current.handledSlot = outerHandled;
                }
            }
            node = new TryExceptNode(node, types, binds, unbinds, bodies, optionalBlock(s.orElse()), handledSlot, outerHandled);
        }
        if (!s.finalBody().isEmpty()) {
            int outerHandled = current.handledSlot;
            int handledSlot = current.hiddenSlot(FrameSlotKind.Object);
            current.handledSlot = handledSlot;
            StatementNode finalBody;
            try {
                finalBody = block(s.finalBody());
            } finally {
                current.handledSlot = outerHandled;
            }
            node = new TryFinallyNode(node, finalBody, handledSlot, outerHandled);
        }
        return node;
    }

    /** {@code for}: over {@code range(...)} a counting loop without a range object, else over any iterable. */
    private StatementNode forLoop(Stmt.For loop) {
        if (loop.target() instanceof Expr.Name target && Constructs.isRange(loop.iterable()) && loop.orElse().isEmpty()) {
            return forRange(loop, target, (Expr.Call) loop.iterable());
        }
        ExpressionNode iterable = expression(loop.iterable());
        int iteratorSlot = current.hiddenSlot(FrameSlotKind.Object);
        int itemSlot = current.hiddenSlot(FrameSlotKind.Object);
        StatementNode assignTarget = assign(loop.target(), new ReadTempNode(itemSlot));
        BlockNode body = block(loop.body());
        return new ForIterNode(iterable, iteratorSlot, itemSlot, assignTarget, body, optionalBlock(loop.orElse()), current.deadSlots(loop));
    }

    private StatementNode forRange(Stmt.For loop, Expr.Name target, Expr.Call call) {
        ExpressionNode[] arguments = expressions(call.args());
        int counter = current.hiddenSlot(FrameSlotKind.Long);
        int stop = current.hiddenSlot(FrameSlotKind.Long);
        int step = current.hiddenSlot(FrameSlotKind.Long);
        int value = current.hiddenSlot(FrameSlotKind.Long);
        RangeNode range = at(new RangeNode(arguments, counter, stop, step), call.callee().span());
        StatementNode assignTarget = at(write(target.id(), new ReadLongSlotNode(value)), target.span());
        return new ForRangeNode(range, counter, stop, step, value, assignTarget, block(loop.body()), current.deadSlots(loop));
    }

    /** A {@code def} with its decorators applied, innermost first: {@code @a @b def f} is {@code a(b(f))}. */
    private ExpressionNode decorated(Stmt.FunctionDef def) {
        List<ExpressionNode> decorators = new ArrayList<>();
        for (Expr decorator : def.decorators()) {
            decorators.add(expression(decorator));
        }
        ExpressionNode function = makeFunction(def, def.name(), def.parameters(), def.span(), def.body(), () -> block(def.body()));
        for (int i = decorators.size() - 1; i >= 0; i--) {
            Span span = def.decorators().get(i).span();
            function = at(new CallNode(decorators.get(i), new ExpressionNode[]{function}), span);
        }
        return function;
    }
}
