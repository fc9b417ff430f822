package org.pyrust.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Module;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Span;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.UnaryOp;

/**
 * Recursive-descent parser for PyRust: Python 3's grammar restricted to the language, with
 * precedence climbing for binary operators. Constructs outside the language are recognized far
 * enough to be reported as {@code '<construct>' is not supported} where they start.
 *
 * <p>Errors are thrown in the order CPython finds them: first the parse errors (in token order),
 * then, once the whole program has parsed, the scoping errors of CPython's symbol table and the
 * errors of its compiler ({@link SemanticChecker}).
 */
public final class Parser {

    /**
     * Nesting of expressions (parentheses, calls, unary operators, {@code not}, {@code **}) beyond
     * which the parser reports an error rather than risk the Java stack, here and in whoever walks
     * the tree. CPython limits brackets to 200 (the lexer does too) and goes somewhat deeper with
     * prefix operators; programs that nest that deeply are not worth a crash.
     */
    private static final int MAX_DEPTH = 500;

    /** The tokens, ending with EOF (an array: cheaper than a List before the JIT warms up). */
    private final Token[] tokens;
    private int pos;
    /** The last token consumed that is not layout (NEWLINE, INDENT, DEDENT): where spans end. */
    private Token lastReal;
    /** The brackets currently open in the parse, innermost first: for mismatch messages. */
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    private int depth;
    /** Whether the program has a {@code global} statement, the only reason to track name uses. */
    private boolean sawGlobal;
    /** The ERROR token of a bracket the program never closes, or null. */
    private final Token unclosed;
    /** The offset of the last token that is neither layout nor ERROR. */
    private final int lastRealOffset;

    public Parser(List<Token> tokens) {
        Token[] array = tokens.toArray(new Token[0]);
        if (array.length == 0 || array[array.length - 1].kind() != TokenKind.EOF) {
            // Only a hand-made list can lack the EOF the parser relies on.
            Span end = array.length == 0 ? new Span(0, 0, 1, 1) : array[array.length - 1].span();
            array = Arrays.copyOf(array, array.length + 1);
            array[array.length - 1] = new Token(TokenKind.EOF, "", new Span(end.offset() + end.length(), 0, end.line(), end.column()), null);
        }
        this.tokens = array;
        // The lexer puts the error for an unclosed bracket after the last real token.
        Token found = null;
        int last = 0;
        for (int i = array.length - 1; i >= 0; i--) {
            Token t = array[i];
            TokenKind k = t.kind();
            if (k == TokenKind.ERROR) {
                found = found == null && Lexer.isUnclosedBracket(t) ? t : found;
            } else if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.EOF) {
                last = t.span().offset();
                break;
            }
        }
        this.unclosed = found;
        this.lastRealOffset = last;
    }

    /** Tokenizes all of {@code source}, then parses it. */
    public static Module parse(String source) {
        return new Parser(Lexer.tokenize(source)).parseModule();
    }

    /** @throws SyntaxError of kind ParseError for the first parse error */
    public Module parseModule() {
        List<Stmt> body = new ArrayList<>();
        try {
            while (peek().kind() != TokenKind.EOF) {
                statement(body);
            }
        } catch (StackOverflowError e) {
            // The nesting limits keep the recursion to a few hundred frames, but how big a frame is
            // depends on the JIT; a thread with a small stack still gets a parse error, not a crash.
            throw errorAt(peek(), "expression too deeply nested");
        }
        Module module = new Module(List.copyOf(body));
        SemanticChecker.check(module, sawGlobal);
        return module;
    }

    // ---------------------------------------------------------------------------------------------
    // Token access

    private Token peek() {
        return tokens[pos];
    }

    private Token peek(int ahead) {
        return tokens[Math.min(pos + ahead, tokens.length - 1)];
    }

    private boolean at(TokenKind kind) {
        return tokens[pos].kind() == kind;
    }

    private Token advance() {
        Token t = tokens[pos];
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, EOF -> {
            }
            default -> lastReal = t;
        }
        return t;
    }

    /** The span from {@code first} to the last token consumed. */
    private Span spanFrom(Token first) {
        return lastReal == null ? first.span() : first.span().to(lastReal.span());
    }

    // ---------------------------------------------------------------------------------------------
    // Errors

    private SyntaxError error(Span at, String message) {
        // Everything after a bracket that is never closed is inside it. CPython blames the bracket for an
        // error on a later line than the bracket, or when the parser has run out of tokens.
        if (unclosed != null && at.offset() > unclosed.span().offset()
                && (at.line() > unclosed.span().line() || at.offset() >= lastRealOffset)) {
            return new SyntaxError(SyntaxError.Kind.ParseError, (String) unclosed.value(), unclosed.span());
        }
        return new SyntaxError(SyntaxError.Kind.ParseError, message, at);
    }

    /** An error at {@code t}, unless {@code t} is an ERROR token: then the lexer's message. */
    private SyntaxError errorAt(Token t, String message) {
        if (t.kind() == TokenKind.ERROR) {
            return error(t.span(), (String) t.value());
        }
        return error(t.span(), message);
    }

    /** An unexpected token: a closing bracket gets CPython's bracket messages, others {@code message}. */
    private SyntaxError unexpected(Token t, String message) {
        if (t.kind().isClosingBracket()) {
            Token open = openBrackets.peek();
            if (open == null) {
                return errorAt(t, "unmatched '" + t.text() + "'");
            }
            if (!closes(open, t)) {
                return errorAt(t, "closing parenthesis '" + t.text() + "' does not match opening parenthesis '"
                        + open.text() + "'" + (open.span().line() != t.span().line() ? " on line " + open.span().line() : ""));
            }
        }
        return errorAt(t, message);
    }

    private static boolean closes(Token open, Token close) {
        return switch (open.kind()) {
            case LPAR -> close.kind() == TokenKind.RPAR;
            case LSQB -> close.kind() == TokenKind.RSQB;
            default -> close.kind() == TokenKind.RBRACE;
        };
    }

    private static String notSupported(String construct) {
        return "'" + construct + "' is not supported";
    }

    private SyntaxError expectedExpression(Token t) {
        return errorAt(t, "Expected expression");
    }

    private void expectColon() {
        Token t = peek();
        if (t.kind() == TokenKind.COLON) {
            advance();
            return;
        }
        if (t.kind() == TokenKind.EQUAL) {
            throw errorAt(t, "invalid syntax. Maybe you meant '==' instead of '='?");
        }
        throw unexpected(t, "expected ':'");
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw errorAt(at, "expression too deeply nested");
        }
    }

    private void exit() {
        depth--;
    }

    // ---------------------------------------------------------------------------------------------
    // Statements

    /** One statement (a compound one, or a line of simple ones) appended to {@code body}. */
    private void statement(List<Stmt> body) {
        Token t = peek();
        switch (t.kind()) {
            case DEF -> body.add(functionDef());
            case IF -> body.add(ifStatement());
            case WHILE -> body.add(whileStatement());
            case FOR -> body.add(forStatement());
            case AT -> throw errorAt(t, notSupported("decorator"));
            default -> simpleStatements(body);
        }
    }

    /** Simple statements separated by ';' (a trailing one allowed), ended by NEWLINE. */
    private void simpleStatements(List<Stmt> body) {
        while (true) {
            body.add(simpleStatement());
            Token t = peek();
            if (t.kind() == TokenKind.SEMI) {
                advance();
                if (at(TokenKind.NEWLINE)) {
                    advance();
                    return;
                }
            } else if (t.kind() == TokenKind.NEWLINE) {
                advance();
                return;
            } else if (t.kind() == TokenKind.EOF) {
                return; // only from a hand-made token list: the lexer always ends a line
            } else {
                throw unexpected(t, "invalid syntax");
            }
        }
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case PASS:
                advance();
                return new Stmt.Pass(t.span());
            case BREAK:
                advance();
                return new Stmt.Break(t.span());
            case CONTINUE:
                advance();
                return new Stmt.Continue(t.span());
            case RETURN:
                return returnStatement();
            case GLOBAL:
                return globalStatement();
            case CLASS, IMPORT, FROM, TRY, WITH, ASYNC, DEL, ASSERT, RAISE, NONLOCAL:
                throw errorAt(t, notSupported(t.kind().text));
            case DEF, IF, WHILE, FOR, ELSE, ELIF, EXCEPT, FINALLY:
                // A compound statement cannot follow ':' or ';' on the same line.
                throw errorAt(t, "invalid syntax");
            case INDENT:
                throw errorAt(t, "unexpected indent");
            case DEDENT:
                throw errorAt(t, "unexpected unindent");
            default:
                return expressionStatement();
        }
    }

    private Stmt returnStatement() {
        Token keyword = advance();
        Expr value = null;
        if (!at(TokenKind.NEWLINE) && !at(TokenKind.SEMI) && !at(TokenKind.EOF)) {
            value = expressionNoTuple();
        }
        return new Stmt.Return(spanFrom(keyword), value);
    }

    private Stmt globalStatement() {
        Token keyword = advance();
        sawGlobal = true;
        List<String> names = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.NAME) {
                throw unexpected(t, "invalid syntax");
            }
            advance();
            names.add((String) t.value());
            if (!at(TokenKind.COMMA)) {
                break;
            }
            advance();
        }
        return new Stmt.Global(spanFrom(keyword), List.copyOf(names));
    }

    /** An expression statement, an assignment or an augmented assignment. */
    private Stmt expressionStatement() {
        Token first = peek();
        Expr e = expression();
        Token t = peek();
        switch (t.kind()) {
            case EQUAL -> {
                Expr.Name target = assignTarget(e);
                advance();
                Expr value = expressionNoTuple();
                if (at(TokenKind.EQUAL)) {
                    throw errorAt(first, notSupported("chained assignment"));
                }
                return new Stmt.Assign(spanFrom(first), List.of(target), value);
            }
            case PLUSEQUAL, MINUSEQUAL, STAREQUAL, SLASHEQUAL, DOUBLESLASHEQUAL, PERCENTEQUAL, DOUBLESTAREQUAL -> {
                if (!(e instanceof Expr.Name target)) {
                    throw error(e.span(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
                }
                advance();
                Expr value = expressionNoTuple();
                return new Stmt.AugAssign(spanFrom(first), target, augmentedOp(t.kind()), value);
            }
            case AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL ->
                throw errorAt(t, notSupported(t.kind().text));
            case COMMA -> throw errorAt(first, notSupported("tuple"));
            case COLON -> {
                if (e instanceof Expr.Name) {
                    throw errorAt(first, notSupported("annotated assignment"));
                }
                throw errorAt(t, "invalid syntax");
            }
            case NEWLINE, SEMI, EOF -> {
                return new Stmt.ExprStmt(spanFrom(first), e);
            }
            default -> {
                // `match x:` is a statement CPython knows and PyRust does not.
                if (e instanceof Expr.Name name && name.id().equals("match") && first.kind() == TokenKind.NAME
                        && startsExpression(t)) {
                    throw errorAt(first, notSupported("match"));
                }
                throw unexpected(t, "invalid syntax");
            }
        }
    }

    private static BinaryOp augmentedOp(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> BinaryOp.ADD;
            case MINUSEQUAL -> BinaryOp.SUB;
            case STAREQUAL -> BinaryOp.MUL;
            case SLASHEQUAL -> BinaryOp.DIV;
            case DOUBLESLASHEQUAL -> BinaryOp.FLOOR_DIV;
            case PERCENTEQUAL -> BinaryOp.MOD;
            default -> BinaryOp.POW;
        };
    }

    /** The target of {@code =} must be a plain name; otherwise CPython's messages. */
    private Expr.Name assignTarget(Expr e) {
        if (e instanceof Expr.Name name) {
            return name;
        }
        String what = describe(e);
        if (e instanceof Expr.NoneLiteral || e instanceof Expr.BoolLiteral || e instanceof Expr.Compare
                || e instanceof Expr.Logical || (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT)) {
            throw error(e.span(), "cannot assign to " + what);
        }
        throw error(e.span(), "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
    }

    /** How CPython names an expression in assignment errors. */
    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Name n -> "name";
            case Expr.NoneLiteral n -> "None";
            case Expr.BoolLiteral b -> b.value() ? "True" : "False";
            case Expr.IntLiteral i -> "literal";
            case Expr.StrLiteral s -> "literal";
            case Expr.Call c -> "function call";
            case Expr.Compare c -> "comparison";
            default -> "expression";
        };
    }

    // Compound statements ---------------------------------------------------------------------------

    private Stmt functionDef() {
        Token keyword = advance();
        Token name = peek();
        if (name.kind() != TokenKind.NAME) {
            throw unexpected(name, "invalid syntax");
        }
        advance();
        Token open = peek();
        if (open.kind() != TokenKind.LPAR) {
            throw unexpected(open, "expected '('");
        }
        advance();
        openBrackets.push(open);
        List<Param> params = new ArrayList<>();
        while (!at(TokenKind.RPAR)) {
            Token t = peek();
            switch (t.kind()) {
                case NAME -> {
                    advance();
                    params.add(new Param(t.span(), (String) t.value(), null, null));
                }
                case STAR -> throw errorAt(t, notSupported(peek(1).kind() == TokenKind.NAME ? "*args" : "keyword-only parameters"));
                case DOUBLESTAR -> throw errorAt(t, notSupported("**kwargs"));
                case SLASH -> throw errorAt(t, notSupported("positional-only parameters"));
                default -> throw unexpected(t, "invalid syntax");
            }
            Token after = peek();
            switch (after.kind()) {
                case COMMA -> advance();
                case RPAR -> {
                }
                case EQUAL -> throw errorAt(after, notSupported("default arguments"));
                case COLON -> throw errorAt(after, notSupported("annotations"));
                case NAME -> throw errorAt(after, "invalid syntax. Perhaps you forgot a comma?");
                default -> throw unexpected(after, "invalid syntax");
            }
        }
        advance();
        openBrackets.pop();
        if (at(TokenKind.RARROW)) {
            throw errorAt(peek(), notSupported("return annotation"));
        }
        expectColon();
        List<Stmt> body = block("function definition", keyword);
        return new Stmt.FunctionDef(spanFrom(keyword), (String) name.value(), name.span(), Parameters.positional(spanFrom(open), List.copyOf(params)), body, List.of(), null);
    }

    /** {@code if} or {@code elif} (an elif is an If inside the orElse of the previous one). */
    private Stmt ifStatement() {
        Token keyword = advance();
        Expr condition = expressionNoTuple();
        expectColon();
        List<Stmt> then = block("'" + keyword.kind().text + "' statement", keyword);
        List<Stmt> orElse = List.of();
        if (at(TokenKind.ELIF)) {
            orElse = List.of(ifStatement());
        } else if (at(TokenKind.ELSE)) {
            Token elseKeyword = advance();
            expectColon();
            orElse = block("'else' statement", elseKeyword);
        }
        return new Stmt.If(spanFrom(keyword), condition, then, orElse);
    }

    private Stmt whileStatement() {
        Token keyword = advance();
        Expr condition = expressionNoTuple();
        expectColon();
        List<Stmt> body = block("'while' statement", keyword);
        if (at(TokenKind.ELSE)) {
            throw errorAt(peek(), notSupported("while...else"));
        }
        return new Stmt.While(spanFrom(keyword), condition, body, List.of());
    }

    /** {@code for NAME in range(args): block}; the argument count is the runtime's to check. */
    private Stmt forStatement() {
        Token keyword = advance();
        Token targetStart = peek();
        Expr target = binary(BITWISE); // no comparisons: they would swallow the 'in'
        if (at(TokenKind.COMMA)) {
            throw errorAt(targetStart, notSupported("tuple"));
        }
        if (!(target instanceof Expr.Name name)) {
            throw error(target.span(), "cannot assign to " + describe(target));
        }
        if (!at(TokenKind.IN)) {
            throw unexpected(peek(), "expected 'in'");
        }
        advance();
        Token iterStart = peek();
        Expr iter = expressionNoTuple();
        if (!(iter instanceof Expr.Call call && call.callee() instanceof Expr.Name callee && callee.id().equals("range"))) {
            throw errorAt(iterStart, notSupported("for over anything but range()"));
        }
        expectColon();
        List<Stmt> body = block("'for' statement", keyword);
        if (at(TokenKind.ELSE)) {
            throw errorAt(peek(), notSupported("for...else"));
        }
        return new Stmt.For(spanFrom(keyword), name, iter, body, List.of());
    }

    /**
     * The body after ':': an indented block on the following lines, or simple statements on the same
     * line. {@code what} and {@code header} word CPython's message for a missing block.
     */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return List.copyOf(body);
        }
        Token newline = advance();
        Token t = peek();
        if (t.kind() != TokenKind.INDENT) {
            // At the end of the program, CPython points at the end of the header line.
            throw errorAt(t.kind() == TokenKind.EOF ? newline : t,
                    "expected an indented block after " + what + " on line " + header.span().line());
        }
        advance();
        // Nesting is bounded by the lexer's limit of 100 indentation levels.
        while (!at(TokenKind.DEDENT) && !at(TokenKind.EOF)) {
            statement(body);
        }
        advance();
        return List.copyOf(body);
    }

    // ---------------------------------------------------------------------------------------------
    // Expressions, loosest binding first

    /** Whether {@code t} can start an expression (for "missing comma" style messages). */
    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, INT, FLOAT, IMAGINARY, STRING, TRUE, FALSE, NONE, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
                 NOT, LAMBDA, AWAIT, YIELD -> true;
            default -> false;
        };
    }

    /** An expression where a tuple could follow in Python ({@code return 1, 2}, {@code x = 1, 2}). */
    private Expr expressionNoTuple() {
        Token first = peek();
        Expr e = expression();
        if (at(TokenKind.COMMA)) {
            throw errorAt(first, notSupported("tuple"));
        }
        return e;
    }

    /** A full expression (Python's {@code expression} rule, without its unsupported forms). */
    private Expr expression() {
        return binary(OR);
    }

    // Binary operators by precedence climbing. Levels, loosest first: or, and, not (a prefix),
    // comparisons (chained into one node), the unsupported bitwise and shift operators, + -, * / // %.
    // Unary + - and ** bind tighter and are handled by operand().
    //
    // Nesting depth matters: JIT-compiled frames are large, and a normal thread must survive the
    // deepest program the lexer lets through (200 nested brackets). So one level of brackets costs
    // three frames (binary, operand, atom or call), unary prefixes none, and `not` or `**` one each.
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int BITWISE = 5;
    private static final int SUM = 6;
    private static final int TERM = 7;

    /** The level of a binary operator, or -1 if {@code t} is not one. */
    private int infixLevel(Token t) {
        return switch (t.kind()) {
            case OR -> OR;
            case AND -> AND;
            case LESS, LESSEQUAL, GREATER, GREATEREQUAL, EQEQUAL, NOTEQUAL, IS, IN -> COMPARISON;
            case NOT -> peek(1).kind() == TokenKind.IN ? COMPARISON : -1; // 'not in'
            case AMPER, VBAR, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT -> BITWISE;
            case PLUS, MINUS -> SUM;
            case STAR, SLASH, DOUBLESLASH, PERCENT -> TERM;
            default -> -1;
        };
    }

    /**
     * An expression whose binary operators all bind at least as tightly as {@code minLevel}. At the
     * loosest level it is a whole expression, and what may not follow one is reported here.
     */
    private Expr binary(int minLevel) {
        Token first = peek();
        Expr left;
        if (first.kind() == TokenKind.NOT && minLevel <= NOT) {
            advance();
            enter(first);
            Expr operand = binary(NOT);
            exit();
            left = new Expr.Unary(spanFrom(first), UnaryOp.NOT, operand);
        } else {
            left = operand();
        }
        while (true) {
            Token t = peek();
            int level = infixLevel(t);
            if (level < minLevel) {
                if (minLevel == OR) {
                    if (t.kind() == TokenKind.IF) {
                        throw errorAt(first, notSupported("conditional expression"));
                    }
                    if (t.kind() == TokenKind.COLONEQUAL) {
                        throw errorAt(t, notSupported("walrus"));
                    }
                }
                return left;
            }
            switch (level) {
                case OR, AND -> {
                    advance();
                    Expr right = binary(level + 1);
                    left = new Expr.Logical(spanFrom(first), level == AND, left, right);
                }
                case COMPARISON -> left = comparisonChain(first, left);
                case BITWISE -> throw errorAt(t, notSupported(t.kind().text));
                default -> {
                    advance();
                    Expr right = binary(level + 1);
                    left = new Expr.Binary(spanFrom(first), binaryOp(t.kind()), left, right);
                }
            }
        }
    }

    private static BinaryOp binaryOp(TokenKind kind) {
        return switch (kind) {
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case DOUBLESLASH -> BinaryOp.FLOOR_DIV;
            default -> BinaryOp.MOD;
        };
    }

    /** {@code a < b <= c}: one Compare node for the whole chain. */
    private Expr comparisonChain(Token first, Expr left) {
        List<CompareOp> ops = new ArrayList<>();
        List<Expr> operands = new ArrayList<>();
        operands.add(left);
        while (true) {
            Token t = peek();
            CompareOp op = switch (t.kind()) {
                case LESS -> CompareOp.LT;
                case LESSEQUAL -> CompareOp.LE;
                case GREATER -> CompareOp.GT;
                case GREATEREQUAL -> CompareOp.GE;
                case EQEQUAL -> CompareOp.EQ;
                case NOTEQUAL -> CompareOp.NE;
                case IS -> peek(1).kind() == TokenKind.NOT ? CompareOp.IS_NOT : CompareOp.IS;
                case IN -> throw errorAt(t, notSupported("in"));
                case NOT -> {
                    if (peek(1).kind() == TokenKind.IN) {
                        throw errorAt(t, notSupported("not in"));
                    }
                    yield null;
                }
                default -> null;
            };
            if (op == null) {
                return new Expr.Compare(spanFrom(first), List.copyOf(ops), List.copyOf(operands));
            }
            advance();
            if (op == CompareOp.IS_NOT) {
                advance();
            }
            ops.add(op);
            operands.add(binary(COMPARISON + 1));
        }
    }

    /**
     * The operand of a binary operator: unary {@code + -} prefixes, an atom with its calls, and an
     * optional {@code ** operand}. {@code **} binds tighter than a prefix on its left ({@code -2 ** 2}
     * is {@code -(2 ** 2)}) and is right-associative, its right operand may carry a sign ({@code 2 ** -1}).
     */
    private Expr operand() {
        int signs = 0;
        while (true) {
            Token t = peek();
            if (t.kind() == TokenKind.TILDE) {
                throw errorAt(t, notSupported("~"));
            }
            if (t.kind() != TokenKind.MINUS && t.kind() != TokenKind.PLUS) {
                break;
            }
            advance();
            enter(t);
            signs++;
        }
        int firstSign = pos - signs;
        Token first = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case LPAR -> {
                    e = call(first, e);
                    continue;
                }
                case DOT -> throw errorAt(t, notSupported("attribute"));
                case LSQB -> throw errorAt(t, notSupported("subscript"));
                default -> {
                }
            }
            break;
        }
        Token power = peek();
        if (power.kind() == TokenKind.DOUBLESTAR) {
            advance();
            enter(power);
            Expr exponent = operand();
            exit();
            e = new Expr.Binary(spanFrom(first), BinaryOp.POW, e, exponent);
        }
        // The prefixes apply innermost last: - + x is -(+x).
        for (int i = firstSign + signs - 1; i >= firstSign; i--) {
            Token sign = tokens[i];
            e = new Expr.Unary(spanFrom(sign), sign.kind() == TokenKind.MINUS ? UnaryOp.NEG : UnaryOp.POS, e);
            exit();
        }
        return e;
    }

    private Expr call(Token first, Expr callee) {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        List<Expr> args = new ArrayList<>();
        while (!at(TokenKind.RPAR)) {
            Token t = peek();
            switch (t.kind()) {
                case STAR -> throw errorAt(t, notSupported("*args"));
                case DOUBLESTAR -> throw errorAt(t, notSupported("**kwargs"));
                case NAME -> {
                    if (peek(1).kind() == TokenKind.EQUAL) {
                        throw errorAt(t, notSupported("keyword arguments"));
                    }
                }
                default -> {
                }
            }
            Expr arg = binary(OR);
            Token after = peek();
            switch (after.kind()) {
                case COMMA -> advance();
                case RPAR -> {
                }
                case EQUAL -> throw errorAt(t, "expression cannot contain assignment, perhaps you meant \"==\"?");
                case FOR -> throw errorAt(t, notSupported("generator expression"));
                default -> throw unexpected(after,
                        startsExpression(after) ? "invalid syntax. Perhaps you forgot a comma?" : "invalid syntax");
            }
            args.add(arg);
        }
        advance();
        openBrackets.pop();
        exit();
        return new Expr.Call(spanFrom(first), callee, List.copyOf(args), List.of());
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                advance();
                return new Expr.Name(t.span(), (String) t.value());
            case INT:
                advance();
                return new Expr.IntLiteral(t.span(), (Long) t.value());
            case STRING:
                return strings();
            case TRUE:
                advance();
                return new Expr.BoolLiteral(t.span(), true);
            case FALSE:
                advance();
                return new Expr.BoolLiteral(t.span(), false);
            case NONE:
                advance();
                return new Expr.NoneLiteral(t.span());
            case LPAR: {
                // ( expr ): the expression itself; its span excludes the parentheses, as in CPython.
                advance();
                enter(t);
                openBrackets.push(t);
                if (at(TokenKind.RPAR)) {
                    throw errorAt(t, notSupported("tuple"));
                }
                Expr e = binary(OR);
                Token close = peek();
                switch (close.kind()) {
                    case RPAR -> advance();
                    case COMMA -> throw errorAt(t, notSupported("tuple"));
                    case FOR -> throw errorAt(t, notSupported("generator expression"));
                    default -> throw unexpected(close,
                            startsExpression(close) ? "invalid syntax. Perhaps you forgot a comma?" : "expected ')'");
                }
                openBrackets.pop();
                exit();
                return e;
            }
            case LSQB:
                throw errorAt(t, notSupported("list"));
            case LBRACE:
                throw errorAt(t, notSupported(isDictDisplay() ? "dict" : "set"));
            case FLOAT:
                throw errorAt(t, notSupported("float"));
            case IMAGINARY:
                throw errorAt(t, notSupported("complex"));
            case LAMBDA, YIELD, AWAIT:
                throw errorAt(t, notSupported(t.kind().text));
            case DOT:
                if (peek(1).kind() == TokenKind.DOT && peek(2).kind() == TokenKind.DOT) {
                    throw errorAt(t, notSupported("Ellipsis"));
                }
                throw expectedExpression(t);
            default:
                // A missing operand; but a closing bracket that does not match gets CPython's message.
                if (t.kind().isClosingBracket() && !openBrackets.isEmpty() && !closes(openBrackets.peek(), t)) {
                    throw unexpected(t, "Expected expression");
                }
                throw expectedExpression(t);
        }
    }

    /** Adjacent string literals concatenate; bytes and f-strings are not supported. */
    private Expr strings() {
        Token first = peek();
        StringBuilder value = new StringBuilder();
        while (at(TokenKind.STRING)) {
            Token t = peek();
            if (t.isBytes()) {
                throw errorAt(t, notSupported("bytes"));
            }
            if (t.isFString()) {
                throw errorAt(t, notSupported("f-string"));
            }
            advance();
            value.append((String) t.value());
        }
        return new Expr.StrLiteral(spanFrom(first), value.toString());
    }

    /** At '{': a dict if empty or if a ':' or '**' stands directly inside the braces, else a set. */
    private boolean isDictDisplay() {
        int level = 0;
        for (int i = pos; i < tokens.length; i++) {
            TokenKind k = tokens[i].kind();
            if (k.isOpeningBracket()) {
                level++;
            } else if (k.isClosingBracket()) {
                level--;
                if (level == 0) {
                    return i == pos + 1;
                }
            } else if (level == 1 && (k == TokenKind.COLON || k == TokenKind.DOUBLESTAR)) {
                return true;
            } else if (k == TokenKind.EOF || k == TokenKind.ERROR) {
                return false;
            }
        }
        return false;
    }
}
