package org.pyrust.translator;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.ComprehensionClause;
import org.pyrust.ast.DictItem;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Keyword;
import org.pyrust.ast.Node;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.builtins.Builtins;
import org.pyrust.nodes.ExpressionNode;
import org.pyrust.nodes.PyRustRootNode;
import org.pyrust.nodes.StatementNode;
import org.pyrust.nodes.arithmetic.AddNodeGen;
import org.pyrust.nodes.arithmetic.BitwiseNode;
import org.pyrust.nodes.arithmetic.BitwiseNodeGen;
import org.pyrust.nodes.arithmetic.DivNodeGen;
import org.pyrust.nodes.arithmetic.FloorDivNodeGen;
import org.pyrust.nodes.arithmetic.InvertNodeGen;
import org.pyrust.nodes.arithmetic.ModNodeGen;
import org.pyrust.nodes.arithmetic.MulNodeGen;
import org.pyrust.nodes.arithmetic.NegNodeGen;
import org.pyrust.nodes.arithmetic.PosNodeGen;
import org.pyrust.nodes.arithmetic.PowNodeGen;
import org.pyrust.nodes.arithmetic.ShiftNodeGen;
import org.pyrust.nodes.arithmetic.SubNodeGen;
import org.pyrust.nodes.call.CallNode;
import org.pyrust.nodes.comparison.EqualNodeGen;
import org.pyrust.nodes.comparison.InNodeGen;
import org.pyrust.nodes.comparison.IsNodeGen;
import org.pyrust.nodes.comparison.OrderNodeGen;
import org.pyrust.nodes.container.ComprehensionAppendNode;
import org.pyrust.nodes.container.GenExprRootNode;
import org.pyrust.nodes.container.GenExprStartNode;
import org.pyrust.nodes.container.GenExprStepNode;
import org.pyrust.nodes.container.DictLiteralNode;
import org.pyrust.nodes.container.SequenceLiteralNode;
import org.pyrust.nodes.container.SliceNode;
import org.pyrust.nodes.container.SubscriptNodeGen;
import org.pyrust.nodes.control.BlockNode;
import org.pyrust.nodes.control.ForIterNode;
import org.pyrust.nodes.control.IfNode;
import org.pyrust.nodes.control.ReturnNode;
import org.pyrust.nodes.function.FunctionBodyNode;
import org.pyrust.nodes.function.MakeFunctionNode;
import org.pyrust.nodes.global.ReadGlobalNode;
import org.pyrust.nodes.global.WriteGlobalNodeGen;
import org.pyrust.nodes.literal.BooleanLiteralNode;
import org.pyrust.nodes.literal.ConstantNode;
import org.pyrust.nodes.literal.DoubleLiteralNode;
import org.pyrust.nodes.literal.FormattedStringNode;
import org.pyrust.nodes.literal.LongLiteralNode;
import org.pyrust.nodes.local.CellAccess;
import org.pyrust.nodes.local.NewCellNode;
import org.pyrust.nodes.local.ReadArgumentNode;
import org.pyrust.nodes.local.ReadCellNode;
import org.pyrust.nodes.local.ReadLocalNodeGen;
import org.pyrust.nodes.local.ReadTempNode;
import org.pyrust.nodes.local.SequenceNode;
import org.pyrust.nodes.local.WriteCellNode;
import org.pyrust.nodes.local.WriteLocalNodeGen;
import org.pyrust.nodes.local.WriteTempNode;
import org.pyrust.nodes.logic.ConditionNode;
import org.pyrust.nodes.logic.ConditionalNode;
import org.pyrust.nodes.logic.NotNode;
import org.pyrust.nodes.logic.ShortCircuitNode;
import org.pyrust.nodes.object.GetAttributeNodeGen;
import org.pyrust.runtime.GlobalNames;
import org.pyrust.runtime.Ordering;
import org.pyrust.runtime.PyRustContext;
import org.pyrust.runtime.PyRustFunction;
import org.pyrust.runtime.PyRustNone;
import org.pyrust.runtime.Signature;
import org.pyrust.runtime.Values;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The expression half of the translator, and what both halves share: the function being translated,
 * reads and writes of names by their {@link Scope} kind, and the making of function objects for
 * {@code def}, {@code lambda} and comprehensions. {@link Translator} adds the statements.
 */
abstract class ExpressionTranslator {

    final TruffleLanguage<PyRustContext> language;
    final ContextReference<PyRustContext> contextReference;
    final Source source;
    final Builtins builtins;
    final GlobalNames globalNames;
    /** Names and positions of the constructs the runtime does not run yet. */
    final Constructs constructs;
    ScopeAnalyzer scopes;
    FrameLayout current;

    ExpressionTranslator(TruffleLanguage<PyRustContext> language, ContextReference<PyRustContext> contextReference, Builtins builtins, GlobalNames globalNames,
                    Source source) {
        this.language = language;
        this.contextReference = contextReference;
        this.builtins = builtins;
        this.globalNames = globalNames;
        this.source = source;
        this.constructs = new Constructs(source.getCharacters());
    }

    abstract BlockNode block(List<Stmt> statements);

    /** The assignment of {@code value} to an assignment target (a name, subscript or tuple of targets). */
    abstract StatementNode assign(Expr target, ExpressionNode value);

    // ---- names

    ExpressionNode read(String name, Span span, boolean callee) {
        ExpressionNode node = switch (current.scope.kind(name)) {
            case LOCAL -> ReadLocalNodeGen.create(current.slots.get(name), name);
            case CELL -> new ReadCellNode(CellAccess.slot(current.slots.get(name)), name);
            case FREE -> new ReadCellNode(CellAccess.free(current.scope.freeIndex(name)), name);
            case GLOBAL -> new ReadGlobalNode(name, globalNames.indexOf(name), builtins.lookup(name), callee);
        };
        return at(node, span);
    }

    StatementNode write(String name, ExpressionNode value) {
        return switch (current.scope.kind(name)) {
            case LOCAL -> WriteLocalNodeGen.create(current.slots.get(name), value);
            case CELL -> new WriteCellNode(CellAccess.slot(current.slots.get(name)), value);
            // A nonlocal name (or a comprehension's walrus target) lives in the owner's cell.
            case FREE -> new WriteCellNode(CellAccess.free(current.scope.freeIndex(name)), value);
            case GLOBAL -> WriteGlobalNodeGen.create(globalNames.indexOf(name), value);
        };
    }

    // ---- expressions

    ExpressionNode[] expressions(List<Expr> expressions) {
        ExpressionNode[] nodes = new ExpressionNode[expressions.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(expressions.get(i));
        }
        return nodes;
    }

    ExpressionNode optional(Expr expression) {
        return expression == null ? null : expression(expression);
    }

    ExpressionNode expression(Expr expression) {
        ExpressionNode node = switch (expression) {
            case Expr.IntLiteral e -> new LongLiteralNode(e.value());
            case Expr.FloatLiteral e -> new DoubleLiteralNode(e.value());
            case Expr.StrLiteral e -> new ConstantNode(Values.string(e.value()));
            case Expr.BoolLiteral e -> new BooleanLiteralNode(e.value());
            case Expr.NoneLiteral e -> new ConstantNode(PyRustNone.INSTANCE);
            case Expr.EllipsisLiteral e -> new ConstantNode(org.pyrust.runtime.PyEllipsis.INSTANCE);
            case Expr.Name e -> read(e.id(), e.span(), false);
            case Expr.Unary e -> switch (e.op()) {
                case NEG -> NegNodeGen.create(expression(e.operand()));
                case POS -> PosNodeGen.create(expression(e.operand()));
                case NOT -> new NotNode(expression(e.operand()));
                case INVERT -> InvertNodeGen.create(expression(e.operand()));
            };
            case Expr.Binary e -> {
                if (e.op() == BinaryOp.MATMUL) {
                    throw constructs.notSupported(e);
                }
                yield binary(e.op(), expression(e.left()), expression(e.right()));
            }
            case Expr.Compare e -> comparison(e);
            case Expr.Logical e -> new ShortCircuitNode(e.isAnd(), expression(e.left()), expression(e.right()));
            case Expr.Conditional e -> new ConditionalNode(new ConditionNode(expression(e.test())), expression(e.body()), expression(e.orElse()));
            case Expr.Call e -> call(e);
            case Expr.Attribute e -> GetAttributeNodeGen.create(e.name(), expression(e.value()));
            case Expr.Subscript e -> SubscriptNodeGen.create(expression(e.value()), expression(e.index()));
            case Expr.Slice e -> new SliceNode(optional(e.lower()), optional(e.upper()), optional(e.step()));
            case Expr.TupleExpr e -> display(SequenceLiteralNode.Kind.TUPLE, e.elements());
            case Expr.ListExpr e -> display(SequenceLiteralNode.Kind.LIST, e.elements());
            case Expr.SetExpr e -> display(SequenceLiteralNode.Kind.SET, constantSetOrder(e.elements()));
            case Expr.DictExpr e -> dict(e);
            case Expr.Comprehension e -> comprehension(e);
            case Expr.Lambda e -> makeFunction(e, "<lambda>", e.parameters(), e.span(), List.of(), () -> new ReturnNode(expression(e.body()), current.returnSlot));
            case Expr.FString e -> fstring(e);
            case Expr.NamedExpr e -> {
                int slot = current.hiddenSlot(FrameSlotKind.Object);
                StatementNode store = at(write(e.target().id(), new WriteTempNode(slot, expression(e.value()))), e.target().span());
                yield new SequenceNode(store, new ReadTempNode(slot));
            }
            default -> throw constructs.notSupported(expression);
        };
        if (!node.hasSource()) {
            at(node, expression.span());
        }
        return node;
    }

    static ExpressionNode binary(BinaryOp op, ExpressionNode left, ExpressionNode right) {
        return binary(op, left, right, false);
    }

    /** {@code inPlace}: the operator of an augmented assignment, which changes a list or set on the left. */
    static ExpressionNode binary(BinaryOp op, ExpressionNode left, ExpressionNode right, boolean inPlace) {
        return switch (op) {
            case ADD -> AddNodeGen.create(inPlace, left, right);
            case SUB -> SubNodeGen.create(inPlace, left, right);
            case MUL -> MulNodeGen.create(inPlace, left, right);
            case DIV -> DivNodeGen.create(left, right);
            case FLOOR_DIV -> FloorDivNodeGen.create(left, right);
            case MOD -> ModNodeGen.create(left, right);
            case POW -> PowNodeGen.create(left, right);
            case LSHIFT -> ShiftNodeGen.create(true, left, right);
            case RSHIFT -> ShiftNodeGen.create(false, left, right);
            case BIT_AND -> BitwiseNodeGen.create(BitwiseNode.Op.AND, inPlace, left, right);
            case BIT_OR -> BitwiseNodeGen.create(BitwiseNode.Op.OR, inPlace, left, right);
            case BIT_XOR -> BitwiseNodeGen.create(BitwiseNode.Op.XOR, inPlace, left, right);
            case MATMUL -> throw new IllegalStateException("@ is rejected before");
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
            case IN -> InNodeGen.create(false, left, right);
            case NOT_IN -> InNodeGen.create(true, left, right);
        };
    }

    /** A call: the callee, positional arguments ({@code *xs} spliced in), then keywords ({@code **d} expanded). */
    private ExpressionNode call(Expr.Call e) {
        ExpressionNode callee = e.callee() instanceof Expr.Name name ? read(name.id(), name.span(), true) : expression(e.callee());
        ExpressionNode[] arguments = new ExpressionNode[e.args().size()];
        boolean[] starred = null;
        for (int i = 0; i < arguments.length; i++) {
            Expr argument = e.args().get(i);
            if (argument instanceof Expr.Starred star) {
                if (starred == null) {
                    starred = new boolean[arguments.length];
                }
                starred[i] = true;
                arguments[i] = expression(star.value());
            } else {
                arguments[i] = expression(argument);
            }
        }
        if (starred == null && e.keywords().isEmpty()) {
            return new CallNode(callee, arguments);
        }
        String[] names = new String[e.keywords().size()];
        ExpressionNode[] values = new ExpressionNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Keyword keyword = e.keywords().get(k);
            names[k] = keyword.name();
            values[k] = expression(keyword.value());
        }
        return new CallNode(callee, arguments, starred, names, values);
    }

    private ExpressionNode display(SequenceLiteralNode.Kind kind, List<Expr> elements) {
        ExpressionNode[] nodes = new ExpressionNode[elements.size()];
        boolean[] starred = null;
        for (int i = 0; i < nodes.length; i++) {
            if (elements.get(i) instanceof Expr.Starred star) {
                if (starred == null) {
                    starred = new boolean[nodes.length];
                }
                starred[i] = true;
                nodes[i] = expression(star.value());
            } else {
                nodes[i] = expression(elements.get(i));
            }
        }
        return new SequenceLiteralNode(kind, nodes, starred);
    }

    /** The elements of a set display, in the order of the first equal display of constants (see FrameLayout). */
    private List<Expr> constantSetOrder(List<Expr> elements) {
        if (elements.size() < 3) {
            return elements;
        }
        java.util.Set<Object> key = new java.util.HashSet<>();
        for (Expr element : elements) {
            switch (element) {
                case Expr.IntLiteral i -> key.add(i.value());
                case Expr.StrLiteral s -> key.add(s.value());
                case Expr.FloatLiteral f -> key.add(f.value());
                default -> {
                    return elements;
                }
            }
        }
        return current.constantSets.computeIfAbsent(key, k -> elements);
    }

    private ExpressionNode dict(Expr.DictExpr e) {
        ExpressionNode[] keys = new ExpressionNode[e.items().size()];
        ExpressionNode[] values = new ExpressionNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            DictItem item = e.items().get(i);
            keys[i] = optional(item.key());
            values[i] = expression(item.value());
        }
        return new DictLiteralNode(keys, values);
    }

    private ExpressionNode fstring(Expr.FString e) {
        List<Expr> parts = e.parts();
        ExpressionNode[] nodes = new ExpressionNode[parts.size()];
        boolean[] fields = new boolean[nodes.length];
        char[] conversions = new char[nodes.length];
        ExpressionNode[] specs = new ExpressionNode[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (parts.get(i) instanceof Expr.FormattedValue field) {
                fields[i] = true;
                conversions[i] = field.conversion();
                nodes[i] = expression(field.value());
                specs[i] = field.formatSpec() == null ? null : fstring(field.formatSpec());
            } else {
                nodes[i] = expression(parts.get(i));
            }
        }
        return at(new FormattedStringNode(nodes, fields, conversions, specs), e.span());
    }

    /**
     * A comprehension runs in its own scope, as a function called at once with its first iterable (which
     * the enclosing scope evaluates): nested {@code for} loops and {@code if}s around one append. A
     * generator expression's function returns a generator instead, whose steps run the same clauses one
     * element at a time ({@link #generatorBody}).
     */
    private ExpressionNode comprehension(Expr.Comprehension c) {
        ExpressionNode firstIterable = expression(c.clauses().get(0).iterable());
        String name = switch (c.kind()) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        boolean generator = c.kind() == org.pyrust.ast.ComprehensionKind.GENERATOR;
        ExpressionNode function = makeFunction(c, name, Parameters.positional(c.span(), List.of(new Param(c.span(), ".0", null, null))), c.span(), List.of(),
                        () -> generator ? generatorBody(c) : comprehensionBody(c));
        return at(new CallNode(function, new ExpressionNode[]{firstIterable}), c.span());
    }

    /**
     * A generator expression's function body: per {@code for} clause an iterator slot, an item slot, the
     * target's assignment and the clause's conditions, walked by a {@link GenExprStepNode} in a call
     * target of its own, on this function's frame, which the generator keeps.
     */
    private StatementNode generatorBody(Expr.Comprehension c) {
        int levels = c.clauses().size();
        int[] iteratorSlots = new int[levels];
        int[] itemSlots = new int[levels];
        ExpressionNode[] iterables = new ExpressionNode[levels];
        StatementNode[] targets = new StatementNode[levels];
        List<ConditionNode> conditions = new ArrayList<>();
        List<Integer> conditionLevels = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            ComprehensionClause clause = c.clauses().get(level);
            iteratorSlots[level] = current.hiddenSlot(FrameSlotKind.Object);
            itemSlots[level] = current.hiddenSlot(FrameSlotKind.Object);
            // The first iterable arrives as the argument; the later ones are evaluated in this scope.
            iterables[level] = level == 0 ? null : at(expression(clause.iterable()), clause.iterable().span());
            targets[level] = at(assign(clause.target(), new ReadTempNode(itemSlots[level])), clause.span());
            for (Expr condition : clause.conditions()) {
                conditions.add(new ConditionNode(expression(condition)));
                conditionLevels.add(level);
            }
        }
        ExpressionNode element = expression(c.element());
        GenExprStepNode step = new GenExprStepNode(iteratorSlots, itemSlots, iterables, targets, conditions.toArray(new ConditionNode[0]),
                        conditionLevels.stream().mapToInt(Integer::intValue).toArray(), element);
        SourceSection section = source.createSection(c.span().offset(), c.span().length());
        RootCallTarget stepTarget = new GenExprRootNode(language, step, section).getCallTarget();
        return at(new ReturnNode(at(new GenExprStartNode(new ReadArgumentNode(0), iteratorSlots, stepTarget), c.span()), current.returnSlot), c.span());
    }

    private StatementNode comprehensionBody(Expr.Comprehension c) {
        int resultSlot = current.hiddenSlot(FrameSlotKind.Object);
        ExpressionNode empty = switch (c.kind()) {
            case LIST -> new SequenceLiteralNode(SequenceLiteralNode.Kind.LIST, new ExpressionNode[0], null);
            case SET -> new SequenceLiteralNode(SequenceLiteralNode.Kind.SET, new ExpressionNode[0], null);
            case DICT -> new DictLiteralNode(new ExpressionNode[0], new ExpressionNode[0]);
            case GENERATOR -> throw new IllegalStateException("a generator expression builds no result (generatorBody)");
        };
        StatementNode loops = clause(c, 0, resultSlot);
        StatementNode[] statements = {new WriteTempNode(resultSlot, empty), loops, new ReturnNode(new ReadTempNode(resultSlot), current.returnSlot)};
        return new BlockNode(statements);
    }

    private StatementNode clause(Expr.Comprehension c, int index, int resultSlot) {
        if (index == c.clauses().size()) {
            // A statement for the tools and the context's statement limit: a runaway comprehension stops as a loop does.
            StatementNode append = at(new ComprehensionAppendNode(resultSlot, expression(c.element()), optional(c.value())), c.element().span());
            append.addStatementTag();
            return append;
        }
        ComprehensionClause clause = c.clauses().get(index);
        // The first iterable arrives as the argument; the later ones are evaluated in this scope.
        ExpressionNode iterable = index == 0 ? new ReadArgumentNode(0) : expression(clause.iterable());
        int iteratorSlot = current.hiddenSlot(FrameSlotKind.Object);
        int itemSlot = current.hiddenSlot(FrameSlotKind.Object);
        StatementNode target = assign(clause.target(), new ReadTempNode(itemSlot));
        StatementNode inner = clause(c, index + 1, resultSlot);
        for (int i = clause.conditions().size() - 1; i >= 0; i--) {
            inner = new IfNode(new ConditionNode(expression(clause.conditions().get(i))), inner, null);
        }
        return at(new ForIterNode(iterable, iteratorSlot, itemSlot, target, inner, null, new int[0]), clause.span());
    }

    /** A {@code def}'s docstring, its {@code __doc__}: the body's first statement when that is a string literal. */
    private static String docstring(Node owner) {
        if (owner instanceof Stmt.FunctionDef def && !def.body().isEmpty() && def.body().get(0) instanceof Stmt.ExprStmt statement
                        && statement.expr() instanceof Expr.StrLiteral literal) {
            return literal.value();
        }
        return null;
    }

    /**
     * A function object's maker: the body becomes its own root node; defaults are evaluated here, in the
     * enclosing scope, each time the maker runs. {@code body} is translated inside the new function.
     */
    ExpressionNode makeFunction(Node owner, String name, Parameters parameters, Span span, List<Stmt> liveness, java.util.function.Supplier<StatementNode> body) {
        List<Param> positional = parameters.positional();
        int firstDefault = positional.size();
        while (firstDefault > 0 && positional.get(firstDefault - 1).defaultValue() != null) {
            firstDefault--;
        }
        ExpressionNode[] defaults = new ExpressionNode[positional.size() - firstDefault];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expression(positional.get(firstDefault + i).defaultValue());
        }
        ExpressionNode[] keywordDefaults = null;
        if (parameters.keywordOnly().stream().anyMatch(p -> p.defaultValue() != null)) {
            keywordDefaults = new ExpressionNode[parameters.keywordOnly().size()];
            for (int i = 0; i < keywordDefaults.length; i++) {
                keywordDefaults[i] = optional(parameters.keywordOnly().get(i).defaultValue());
            }
        }
        ExpressionNode annotations = annotations(parameters, owner instanceof Stmt.FunctionDef def ? def.returns() : null);
        Scope scope = scopes.scopeOf(owner);
        FrameLayout outer = current;
        current = new FrameLayout(scope);
        String qualname = outer.nestedPrefix + name;
        // As CPython's compiler: a function's locals are its children's <locals>, a comprehension's are not.
        current.nestedPrefix = qualname + (owner instanceof Expr.Comprehension ? "." : ".<locals>.");
        java.util.Set<String> frameLocals = scope.locals().stream().filter(local -> scope.kind(local) == Scope.Kind.LOCAL).collect(java.util.stream.Collectors.toSet());
        current.deadAtLoopHead = LoopLiveness.analyze(liveness, frameLocals);
        current.returnSlot = current.hiddenSlot(FrameSlotKind.Object);
        try {
            List<StatementNode> prologue = new ArrayList<>();
            List<String> names = scope.parameters();
            for (int i = 0; i < names.size(); i++) {
                String parameter = names.get(i);
                ExpressionNode argument = new ReadArgumentNode(i);
                if (scope.kind(parameter) == Scope.Kind.CELL) {
                    argument = new NewCellNode(argument);
                }
                prologue.add(WriteLocalNodeGen.create(current.slots.get(parameter), argument));
            }
            for (String local : scope.locals()) {
                if (scope.kind(local) == Scope.Kind.CELL && !names.contains(local)) {
                    prologue.add(WriteLocalNodeGen.create(current.slots.get(local), new NewCellNode(null)));
                }
            }
            FunctionBodyNode functionBody = new FunctionBodyNode(new BlockNode(prologue.toArray(new StatementNode[0])), body.get(), current.returnSlot);
            at(functionBody, span);
            SourceSection section = source.createSection(span.offset(), span.length());
            PyRustRootNode root = new PyRustRootNode(language, contextReference, current.frame.build(), functionBody, name, section, false);

            List<String> free = scope.freeVariables();
            CellAccess[] captured = new CellAccess[free.size()];
            for (int i = 0; i < captured.length; i++) {
                captured[i] = outer.scope.kind(free.get(i)) == Scope.Kind.FREE
                                ? CellAccess.free(outer.scope.freeIndex(free.get(i)))
                                : CellAccess.slot(outer.slots.get(free.get(i)));
            }
            Signature signature = new Signature(name, positional.stream().map(Param::name).toArray(String[]::new), parameters.positionalOnly(),
                            parameters.varArgs() != null, parameters.keywordOnly().stream().map(Param::name).toArray(String[]::new), parameters.kwArgs() != null);
            boolean fixed = parameters.varArgs() == null && parameters.kwArgs() == null && parameters.keywordOnly().isEmpty();
            int arity = fixed ? positional.size() : PyRustFunction.NEEDS_BINDING;
            return new MakeFunctionNode(name, root.getCallTarget(), arity, captured, signature, defaults, keywordDefaults, annotations, docstring(owner), qualname);
        } finally {
            current = outer;
        }
    }

    /** Whether the module said {@code from __future__ import annotations}: annotations are then kept as text. */
    boolean stringAnnotations;

    /** An annotation's value: evaluated where it stands, or its source text under the __future__ import. */
    ExpressionNode annotation(Expr annotation) {
        if (stringAnnotations) {
            Span s = annotation.span();
            return new ConstantNode(Values.string(source.getCharacters().subSequence(s.offset(), s.offset() + s.length()).toString()));
        }
        return expression(annotation);
    }

    /** The {@code __annotations__} dict of a function, or null when nothing in it is annotated. */
    private ExpressionNode annotations(Parameters parameters, Expr returns) {
        List<ExpressionNode> keys = new ArrayList<>();
        List<ExpressionNode> values = new ArrayList<>();
        for (Param p : parameters.all()) {
            if (p.annotation() != null) {
                keys.add(new ConstantNode(Values.string(p.name())));
                values.add(annotation(p.annotation()));
            }
        }
        if (returns != null) {
            keys.add(new ConstantNode(Values.string("return")));
            values.add(annotation(returns));
        }
        return keys.isEmpty() ? null : new DictLiteralNode(keys.toArray(new ExpressionNode[0]), values.toArray(new ExpressionNode[0]));
    }

    static <T extends StatementNode> T at(T node, Span span) {
        node.setSourceSection(span.offset(), span.length());
        return node;
    }
}
