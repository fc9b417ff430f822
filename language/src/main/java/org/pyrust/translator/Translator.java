package org.pyrust.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.builtins.Builtins;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.arithmetic.AddNodeGen;
import org.pyrust.nodes.arithmetic.DivNodeGen;
import org.pyrust.nodes.arithmetic.FloorDivNodeGen;
import org.pyrust.nodes.arithmetic.ModNodeGen;
import org.pyrust.nodes.arithmetic.MulNodeGen;
import org.pyrust.nodes.arithmetic.NegNodeGen;
import org.pyrust.nodes.arithmetic.PosNodeGen;
import org.pyrust.nodes.arithmetic.PowNodeGen;
import org.pyrust.nodes.arithmetic.SubNodeGen;
import org.pyrust.nodes.call.CallNode;
import org.pyrust.nodes.comparison.EqualNodeGen;
import org.pyrust.nodes.comparison.IsNodeGen;
import org.pyrust.nodes.comparison.OrderNodeGen;
import org.pyrust.nodes.control.BlockNode;
import org.pyrust.nodes.control.ForRangeNode;
import org.pyrust.nodes.control.IfNode;
import org.pyrust.nodes.control.JumpNode;
import org.pyrust.nodes.control.PassNode;
import org.pyrust.nodes.control.RangeNode;
import org.pyrust.nodes.control.ReturnNode;
import org.pyrust.nodes.control.WhileNode;
import org.pyrust.nodes.function.FunctionBodyNode;
import org.pyrust.nodes.function.MakeFunctionNode;
import org.pyrust.nodes.function.ModuleBodyNode;
import org.pyrust.nodes.global.ReadGlobalNode;
import org.pyrust.nodes.global.WriteGlobalNodeGen;
import org.pyrust.nodes.literal.BooleanLiteralNode;
import org.pyrust.nodes.literal.ConstantNode;
import org.pyrust.nodes.literal.LongLiteralNode;
import org.pyrust.nodes.local.CellAccess;
import org.pyrust.nodes.local.NewCellNode;
import org.pyrust.nodes.local.ReadArgumentNode;
import org.pyrust.nodes.local.ReadCellNode;
import org.pyrust.nodes.local.ReadLocalNodeGen;
import org.pyrust.nodes.local.ReadLongSlotNode;
import org.pyrust.nodes.local.ReadTempNode;
import org.pyrust.nodes.local.WriteCellNode;
import org.pyrust.nodes.local.WriteLocalNodeGen;
import org.pyrust.nodes.local.WriteTempNode;
import org.pyrust.nodes.logic.ConditionNode;
import org.pyrust.nodes.logic.NotNode;
import org.pyrust.nodes.logic.ShortCircuitNode;
import org.pyrust.runtime.GlobalNames;
import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Stage 3 of the pipeline: turns the plain AST into Truffle nodes. Every local variable is resolved here,
 * once, to a frame slot index ({@link Scope} says which names are local); globals are looked up by name
 * at run time in the context's globals; each {@code def} becomes its own root node and call target.
 *
 * <p>The language hands in what the nodes need of it ({@code PyRustLanguage.translator}): its instance,
 * the reference to the current context, its builtins and its numbering of global names.
 */
public final class Translator {

    private final TruffleLanguage<PyRustContext> language;
    private final ContextReference<PyRustContext> contextReference;
    private final Source source;
    private final Builtins builtins;
    private final GlobalNames globalNames;
    private ScopeAnalyzer scopes;
    /** Names and positions of the constructs the runtime does not run yet. */
    private final Constructs constructs;

    /** Per function being translated: its scope and the frame slots handed out so far. */
    private static final class Function {
        final Scope scope;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        /** Where {@code return} leaves its value; functions only (a module has no return). */
        int returnSlot = -1;
        /** The locals each loop clears at the end of an iteration ({@link LoopLiveness}); functions only. */
        Map<Stmt, Set<String>> deadAtLoopHead = Map.of();

        Function(Scope scope) {
            this.scope = scope;
            int contextSlot = frame.addSlot(FrameSlotKind.Object, null, null);
            assert contextSlot == PyRustRootNode.CONTEXT_SLOT;
            for (String local : scope.locals()) {
                slots.put(local, frame.addSlot(FrameSlotKind.Illegal, local, null));
            }
        }

        int hiddenSlot(FrameSlotKind kind) {
            return frame.addSlot(kind, null, null);
        }

        /** The slots of the locals dead at the head of {@code loop}. */
        int[] deadSlots(Stmt loop) {
            return deadAtLoopHead.getOrDefault(loop, Set.of()).stream().mapToInt(slots::get).sorted().toArray();
        }
    }

    private Function current;

    public Translator(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, Builtins builtins, GlobalNames globalNames,
                    Source source) {
        this.language = language;
        this.contextReference = contextReference;
        this.builtins = builtins;
        this.globalNames = globalNames;
        this.source = source;
        this.constructs = new Constructs(source.getCharacters());
    }

    /** Translates a whole program into the root node of its module code. */
    public PyRustRootNode translateModule(Module module, boolean timeExecution) {
        scopes = ScopeAnalyzer.analyze(module);
        constructs.setModule(module);
        current = new Function(scopes.moduleScope());
        List<Stmt> body = module.body();
        ExpressionNode result = null;
        List<Stmt> statements = body;
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            statements = body.subList(0, body.size() - 1);
            result = expression(last.expr());
            result.addStatementTag();
        }
        ModuleBodyNode moduleBody = new ModuleBodyNode(block(statements), result);
        SourceSection section = source.createSection(0, source.getLength());
        moduleBody.setSourceSection(0, source.getLength());
        return new PyRustRootNode(language, contextReference, current.frame.build(), moduleBody, PyRustRootNode.MODULE_NAME, section, timeExecution);
    }

    // ---- statements

    private BlockNode block(List<Stmt> statements) {
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

    /** The node of one statement, or null for statements that do nothing at run time. */
    private StatementNode statement(Stmt statement) {
        StatementNode node = switch (statement) {
            case Stmt.ExprStmt s -> expression(s.expr());
            case Stmt.Assign s -> {
                if (s.targets().size() != 1 || !(s.targets().get(0) instanceof Expr.Name target)) {
                    throw constructs.notSupported(s);
                }
                yield write(target.id(), expression(s.value()));
            }
            case Stmt.AugAssign s -> {
                if (!(s.target() instanceof Expr.Name) || !Constructs.isArithmetic(s.op())) {
                    throw constructs.notSupported(s);
                }
                ExpressionNode target = read(((Expr.Name) s.target()).id(), s.target().span(), false);
                ExpressionNode operation = binary(s.op(), target, expression(s.value()));
                // A failing augmented assignment is reported at its target.
                at(operation, s.target().span());
                yield write(((Expr.Name) s.target()).id(), operation);
            }
            case Stmt.FunctionDef def -> {
                if (!runsToday(def)) {
                    throw constructs.notSupported(def);
                }
                yield write(def.name(), function(def));
            }
            case Stmt.Return s -> new ReturnNode(s.value() == null ? null : expression(s.value()), current.returnSlot);
            case Stmt.If s -> new IfNode(new ConditionNode(expression(s.condition())), block(s.then()), s.orElse().isEmpty() ? null : block(s.orElse()));
            case Stmt.While s -> {
                ConditionNode condition = new ConditionNode(expression(s.condition()));
                BlockNode body = block(s.body());
                if (!s.orElse().isEmpty()) {
                    throw constructs.notSupported(s);
                }
                yield new WhileNode(condition, body, current.deadSlots(s));
            }
            case Stmt.For s -> forRange(s);
            case Stmt.Break s -> JumpNode.breakLoop();
            case Stmt.Continue s -> JumpNode.continueLoop();
            case Stmt.Pass s -> new PassNode();
            case Stmt.Global s -> null;
            default -> throw constructs.notSupported(statement);
        };
        if (node != null && !node.hasSource()) {
            at(node, statement.span());
        }
        return node;
    }

    /** Whether a {@code def} has only what the runtime runs today: positional parameters, no decorators or annotations. */
    private static boolean runsToday(Stmt.FunctionDef def) {
        return def.decorators().isEmpty() && def.returns() == null && def.parameters().isSimple() && def.parameters().positionalOnly() == 0
                        && def.parameters().positional().stream().allMatch(p -> p.annotation() == null);
    }

    /** {@code for <name> in range(...)}, the only {@code for} the runtime runs today. */
    private StatementNode forRange(Stmt.For loop) {
        if (!(loop.target() instanceof Expr.Name) || !Constructs.isRange(loop.iterable())) {
            throw constructs.notSupported(loop);
        }
        Expr.Call call = (Expr.Call) loop.iterable();
        Expr.Name target = (Expr.Name) loop.target();
        ExpressionNode[] arguments = expressions(call.args());
        int counter = current.hiddenSlot(FrameSlotKind.Long);
        int stop = current.hiddenSlot(FrameSlotKind.Long);
        int step = current.hiddenSlot(FrameSlotKind.Long);
        int value = current.hiddenSlot(FrameSlotKind.Long);
        RangeNode range = at(new RangeNode(arguments, counter, stop, step), call.callee().span());
        StatementNode assignTarget = at(write(target.id(), new ReadLongSlotNode(value)), target.span());
        BlockNode body = block(loop.body());
        if (!loop.orElse().isEmpty()) {
            throw constructs.notSupported(loop);
        }
        return new ForRangeNode(range, counter, stop, step, value, assignTarget, body, current.deadSlots(loop));
    }

    /** A {@code def}: translates the body into its own root node; the statement creates a function object. */
    private ExpressionNode function(Stmt.FunctionDef def) {
        Scope scope = scopes.scopeOf(def);
        Function outer = current;
        current = new Function(scope);
        Set<String> frameLocals = scope.locals().stream().filter(local -> scope.kind(local) == Scope.Kind.LOCAL).collect(Collectors.toSet());
        current.deadAtLoopHead = LoopLiveness.analyze(def.body(), frameLocals);
        current.returnSlot = current.hiddenSlot(FrameSlotKind.Object);
        try {
            List<StatementNode> prologue = new ArrayList<>();
            List<String> parameters = scope.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                String parameter = parameters.get(i);
                ExpressionNode argument = new ReadArgumentNode(i);
                if (scope.kind(parameter) == Scope.Kind.CELL) {
                    argument = new NewCellNode(argument);
                }
                prologue.add(WriteLocalNodeGen.create(current.slots.get(parameter), argument));
            }
            for (String local : scope.locals()) {
                if (scope.kind(local) == Scope.Kind.CELL && !parameters.contains(local)) {
                    prologue.add(WriteLocalNodeGen.create(current.slots.get(local), new NewCellNode(null)));
                }
            }
            FunctionBodyNode body = new FunctionBodyNode(new BlockNode(prologue.toArray(new StatementNode[0])), block(def.body()), current.returnSlot);
            at(body, def.span());
            SourceSection section = source.createSection(def.span().offset(), def.span().length());
            PyRustRootNode root = new PyRustRootNode(language, contextReference, current.frame.build(), body, def.name(), section, false);

            List<String> free = scope.freeVariables();
            CellAccess[] captured = new CellAccess[free.size()];
            for (int i = 0; i < captured.length; i++) {
                captured[i] = outer.scope.kind(free.get(i)) == Scope.Kind.FREE
                                ? CellAccess.free(outer.scope.freeIndex(free.get(i)))
                                : CellAccess.slot(outer.slots.get(free.get(i)));
            }
            return new MakeFunctionNode(def.name(), root.getCallTarget(), parameters.size(), captured);
        } finally {
            current = outer;
        }
    }

    private StatementNode write(String name, ExpressionNode value) {
        return switch (current.scope.kind(name)) {
            case LOCAL -> WriteLocalNodeGen.create(current.slots.get(name), value);
            case CELL -> new WriteCellNode(CellAccess.slot(current.slots.get(name)), value);
            // Assigning makes a name local, so a free name is never assigned.
            case FREE -> throw new IllegalStateException("assignment to free variable " + name);
            case GLOBAL -> WriteGlobalNodeGen.create(globalNames.indexOf(name), value);
        };
    }

    // ---- expressions

    private ExpressionNode[] expressions(List<Expr> expressions) {
        ExpressionNode[] nodes = new ExpressionNode[expressions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(expressions.get(i));
        }
        return nodes;
    }

    private ExpressionNode expression(Expr expression) {
        ExpressionNode node = switch (expression) {
            case Expr.IntLiteral e -> new LongLiteralNode(e.value());
            case Expr.StrLiteral e -> new ConstantNode(Values.string(e.value()));
            case Expr.BoolLiteral e -> new BooleanLiteralNode(e.value());
            case Expr.NoneLiteral e -> new ConstantNode(PyRustNone.INSTANCE);
            case Expr.Name e -> read(e.id(), e.span(), false);
            case Expr.Unary e -> switch (e.op()) {
                case NEG -> NegNodeGen.create(expression(e.operand()));
                case POS -> PosNodeGen.create(expression(e.operand()));
                case NOT -> new NotNode(expression(e.operand()));
                default -> throw constructs.notSupported(e);
            };
            case Expr.Binary e -> {
                ExpressionNode left = expression(e.left());
                if (!Constructs.isArithmetic(e.op())) {
                    throw constructs.notSupported(e);
                }
                yield binary(e.op(), left, expression(e.right()));
            }
            case Expr.Compare e -> comparison(e);
            case Expr.Logical e -> new ShortCircuitNode(e.isAnd(), expression(e.left()), expression(e.right()));
            case Expr.Call e -> {
                ExpressionNode callee = e.callee() instanceof Expr.Name name ? read(name.id(), name.span(), true) : expression(e.callee());
                ExpressionNode[] arguments = new ExpressionNode[e.args().size()];
                for (int i = 0; i < arguments.length; i++) {
                    Expr argument = e.args().get(i);
                    if (argument instanceof Expr.Starred) {
                        throw constructs.notSupported(e);
                    }
                    arguments[i] = expression(argument);
                }
                if (!e.keywords().isEmpty()) {
                    throw constructs.notSupported(e);
                }
                yield new CallNode(callee, arguments);
            }
            default -> throw constructs.notSupported(expression);
        };
        if (!node.hasSource()) {
            at(node, expression.span());
        }
        return node;
    }

    private ExpressionNode read(String name, Span span, boolean callee) {
        ExpressionNode node = switch (current.scope.kind(name)) {
            case LOCAL -> ReadLocalNodeGen.create(current.slots.get(name), name);
            case CELL -> new ReadCellNode(CellAccess.slot(current.slots.get(name)), name);
            case FREE -> new ReadCellNode(CellAccess.free(current.scope.freeIndex(name)), name);
            case GLOBAL -> new ReadGlobalNode(name, globalNames.indexOf(name), builtins.lookup(name), callee);
        };
        return at(node, span);
    }

    private static ExpressionNode binary(BinaryOp op, ExpressionNode left, ExpressionNode right) {
        return switch (op) {
            case ADD -> AddNodeGen.create(left, right);
            case SUB -> SubNodeGen.create(left, right);
            case MUL -> MulNodeGen.create(left, right);
            case DIV -> DivNodeGen.create(left, right);
            case FLOOR_DIV -> FloorDivNodeGen.create(left, right);
            case MOD -> ModNodeGen.create(left, right);
            case POW -> PowNodeGen.create(left, right);
            default -> throw new IllegalStateException("operator " + op.symbol);
        };
    }

    /**
     * {@code a < b}, or a chain {@code a < b < c}, which means {@code a < b and b < c} with {@code b}
     * evaluated once: the inner operands pass through hidden slots.
     */
    private ExpressionNode comparison(Expr.Compare compare) {
        List<Expr> operands = compare.operands();
        ExpressionNode chain = null;
        ExpressionNode left = expression(operands.get(0));
        for (int i = 0; i < compare.ops().size(); i++) {
            CompareOp op = compare.ops().get(i);
            if (op == CompareOp.IN || op == CompareOp.NOT_IN) {
                throw constructs.notSupported(compare);
            }
            Expr rightExpr = operands.get(i + 1);
            ExpressionNode right = expression(rightExpr);
            ExpressionNode nextLeft = null;
            if (i + 1 < compare.ops().size()) {
                int temp = current.hiddenSlot(FrameSlotKind.Object);
                right = at(new WriteTempNode(temp, right), rightExpr.span());
                nextLeft = at(new ReadTempNode(temp), rightExpr.span());
            }
            Span leftSpan = operands.get(i).span();
            ExpressionNode test = at(compareOp(compare.ops().get(i), left, right), leftSpan.to(rightExpr.span()));
            chain = chain == null ? test : at(new ShortCircuitNode(true, chain, test), compare.span());
            left = nextLeft;
        }
        return chain;
    }

    private static ExpressionNode compareOp(CompareOp op, ExpressionNode left, ExpressionNode right) {
        return switch (op) {
            case LT -> OrderNodeGen.create(Ordering.LT, left, right);
            case LE -> OrderNodeGen.create(Ordering.LE, left, right);
            case GT -> OrderNodeGen.create(Ordering.GT, left, right);
            case GE -> OrderNodeGen.create(Ordering.GE, left, right);
            case EQ -> EqualNodeGen.create(false, left, right);
            case NE -> EqualNodeGen.create(true, left, right);
            case IS -> IsNodeGen.create(false, left, right);
            case IS_NOT -> IsNodeGen.create(true, left, right);
            default -> throw new IllegalStateException("operator " + op.symbol);
        };
    }

    private static <T extends StatementNode> T at(T node, Span span) {
        node.setSourceSection(span.offset(), span.length());
        return node;
    }
}
