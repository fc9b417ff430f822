package org.pyrust.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.ComprehensionKind;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Keyword;
import org.pyrust.ast.UnaryOp;

/**
 * Expressions, loosest binding first: starred and comma lists, {@code :=}, {@code lambda}, conditional
 * expressions, then the binary operators by precedence climbing, unary prefixes, {@code **}, and the
 * primaries (calls, attributes, subscripts). Atoms (literals, displays, comprehensions, strings) are
 * {@link DisplayParser}'s.
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(List<Token> tokens) {
        super(tokens);
    }

    /** An atom: a name, literal, string, parenthesized form or display. */
    abstract Expr atom();

    /** {@code lambda params: body}, at the keyword. */
    abstract Expr lambda();

    /** {@code for ... in ... if ...} clauses after {@code element}, up to what closes the comprehension. */
    abstract Expr.Comprehension comprehension(Token first, ComprehensionKind kind, Expr element, Expr value);

    /** Whether {@code t} can start an expression (for "missing comma" style messages). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, INT, FLOAT, IMAGINARY, STRING, TRUE, FALSE, NONE, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
                 NOT, LAMBDA, AWAIT, YIELD -> true;
            default -> false;
        };
    }

    /** Whether {@code t} can start an element of a comma list ({@code *x} included). */
    boolean startsElement(Token t) {
        return startsExpression(t) || t.kind() == TokenKind.STAR || isEllipsis();
    }

    /** At the start of a comprehension clause ({@code async for} included, to be reported as not supported). */
    boolean atFor() {
        return at(TokenKind.FOR) || (at(TokenKind.ASYNC) && peek(1).kind() == TokenKind.FOR);
    }

    boolean isEllipsis() {
        return at(TokenKind.DOT) && peek(1).kind() == TokenKind.DOT && peek(2).kind() == TokenKind.DOT;
    }

    // ---------------------------------------------------------------------------------------------
    // Comma lists and starred expressions

    /**
     * Python's {@code star_expressions}: one expression, or several separated by commas (a trailing comma
     * allowed), which make a tuple without parentheses whose span starts at its first element.
     */
    Expr starExpressions() {
        Token first = peek();
        Expr e = starExpression();
        if (!at(TokenKind.COMMA)) {
            if (e instanceof Expr.Starred) {
                // `y = *x` (CPython: "can't use starred expression here"); the original system's tests
                // pin the missing-operand message.
                throw expectedExpression(first);
            }
            return e;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(e);
        while (at(TokenKind.COMMA)) {
            advance();
            if (!startsElement(peek())) {
                break;
            }
            elements.add(starExpression());
        }
        return new Expr.TupleExpr(spanFrom(first), List.copyOf(elements));
    }

    /** {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        Token t = peek();
        if (t.kind() == TokenKind.STAR) {
            advance();
            enter(t);
            Expr value = binary(BIT_OR);
            exit();
            return new Expr.Starred(spanFrom(t), value);
        }
        return expression();
    }

    /** {@code *bitwise_or} or a named expression (display and subscript elements). */
    Expr starNamedExpression() {
        Token t = peek();
        if (t.kind() == TokenKind.STAR) {
            return starExpression();
        }
        return namedExpression();
    }

    /** {@code NAME := expression}, or an expression (conditions, arguments, elements). */
    Expr namedExpression() {
        Token first = peek();
        if (first.kind() == TokenKind.NAME && peek(1).kind() == TokenKind.COLONEQUAL) {
            advance();
            advance();
            enter(first);
            Expr value = expression();
            exit();
            return new Expr.NamedExpr(spanFrom(first), new Expr.Name(first.span(), (String) first.value()), value);
        }
        Expr e = expression();
        if (at(TokenKind.COLONEQUAL)) {
            throw error(e.span(), "cannot use assignment expressions with " + describe(e));
        }
        return e;
    }

    /** A full expression: a lambda, or a disjunction with an optional {@code if ... else ...}. */
    Expr expression() {
        Token first = peek();
        if (first.kind() == TokenKind.LAMBDA) {
            return lambda();
        }
        Expr body = binary(OR);
        if (!at(TokenKind.IF)) {
            return body;
        }
        advance();
        enter(first);
        Expr test = binary(OR);
        if (!at(TokenKind.ELSE)) {
            throw unexpected(peek(), "expected 'else' after 'if' expression");
        }
        advance();
        Expr orElse = expression();
        exit();
        return new Expr.Conditional(spanFrom(first), test, body, orElse);
    }

    /** A disjunction: an expression without a conditional or lambda (comprehension iterables, conditions). */
    Expr disjunction() {
        return binary(OR);
    }

    // Binary operators by precedence climbing. Levels, loosest first: or, and, not (a prefix),
    // comparisons (chained into one node), | ^ & (shifts) + - and * / // % @. Unary + - ~ and ** bind
    // tighter and are handled by operand().
    //
    // Nesting depth matters: JIT-compiled frames are large, and a normal thread must survive the
    // deepest program the lexer lets through (200 nested brackets). So one level of brackets costs
    // three frames (binary, operand, atom or call), unary prefixes none, and `not` or `**` one each.
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARISON = 4;
    static final int BIT_OR = 5;
    static final int BIT_XOR = 6;
    static final int BIT_AND = 7;
    static final int SHIFT = 8;
    static final int SUM = 9;
    static final int TERM = 10;

    /** The level of a binary operator, or -1 if {@code t} is not one. */
    int infixLevel(Token t) {
        return switch (t.kind()) {
            case OR -> OR;
            case AND -> AND;
            case LESS, LESSEQUAL, GREATER, GREATEREQUAL, EQEQUAL, NOTEQUAL, IS, IN -> COMPARISON;
            case NOT -> peek(1).kind() == TokenKind.IN ? COMPARISON : -1; // 'not in'
            case VBAR -> BIT_OR;
            case CIRCUMFLEX -> BIT_XOR;
            case AMPER -> BIT_AND;
            case LEFTSHIFT, RIGHTSHIFT -> SHIFT;
            case PLUS, MINUS -> SUM;
            case STAR, SLASH, DOUBLESLASH, PERCENT -> TERM;
            default -> -1;
        };
    }

    /** An expression whose binary operators all bind at least as tightly as {@code minLevel}. */
    Expr binary(int minLevel) {
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
                return left;
            }
            switch (level) {
                case OR, AND -> {
                    advance();
                    Expr right = binary(level + 1);
                    left = new Expr.Logical(spanFrom(first), level == AND, left, right);
                }
                case COMPARISON -> left = comparisonChain(first, left);
                default -> {
                    advance();
                    Expr right = binary(level + 1);
                    left = new Expr.Binary(spanFrom(first), binaryOp(t.kind()), left, right);
                }
            }
        }
    }

    static BinaryOp binaryOp(TokenKind kind) {
        return switch (kind) {
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case DOUBLESLASH -> BinaryOp.FLOOR_DIV;
            case PERCENT -> BinaryOp.MOD;
            case VBAR -> BinaryOp.BIT_OR;
            case CIRCUMFLEX -> BinaryOp.BIT_XOR;
            case AMPER -> BinaryOp.BIT_AND;
            case LEFTSHIFT -> BinaryOp.LSHIFT;
            default -> BinaryOp.RSHIFT;
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
                case IN -> CompareOp.IN;
                case NOT -> peek(1).kind() == TokenKind.IN ? CompareOp.NOT_IN : null;
                default -> null;
            };
            if (op == null) {
                return new Expr.Compare(spanFrom(first), List.copyOf(ops), List.copyOf(operands));
            }
            advance();
            if (op == CompareOp.IS_NOT || op == CompareOp.NOT_IN) {
                advance();
            }
            ops.add(op);
            operands.add(binary(COMPARISON + 1));
        }
    }

    /**
     * The operand of a binary operator: unary {@code + - ~} prefixes, a primary, and an optional
     * {@code ** operand}. {@code **} binds tighter than a prefix on its left ({@code -2 ** 2} is
     * {@code -(2 ** 2)}) and is right-associative; its right operand may carry a sign ({@code 2 ** -1}).
     */
    Expr operand() {
        int signs = 0;
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.MINUS && t.kind() != TokenKind.PLUS && t.kind() != TokenKind.TILDE) {
                break;
            }
            advance();
            enter(t);
            signs++;
        }
        int firstSign = pos - signs;
        Token first = peek();
        if (first.kind() == TokenKind.AWAIT) {
            throw errorAt(first, notSupported("await"));
        }
        Expr e = primary(first, atom());
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
            UnaryOp op = switch (sign.kind()) {
                case MINUS -> UnaryOp.NEG;
                case PLUS -> UnaryOp.POS;
                default -> UnaryOp.INVERT;
            };
            e = new Expr.Unary(spanFrom(sign), op, e);
            exit();
        }
        return e;
    }

    /** Calls, attributes and subscripts after an atom, left to right. */
    Expr primary(Token first, Expr atom) {
        Expr e = atom;
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case LPAR -> e = call(first, e);
                case DOT -> {
                    advance();
                    Token name = peek();
                    if (name.kind() != TokenKind.NAME) {
                        throw unexpected(name, "invalid syntax");
                    }
                    advance();
                    e = new Expr.Attribute(spanFrom(first), e, (String) name.value(), name.span());
                }
                case LSQB -> e = subscript(first, e);
                default -> {
                    return e;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Calls

    /** The arguments of a call or of a class's bases. */
    record Arguments(List<Expr> args, List<Keyword> keywords) {
    }

    private Expr call(Token first, Expr callee) {
        Arguments a = arguments();
        return new Expr.Call(spanFrom(first), callee, a.args(), a.keywords());
    }

    /**
     * {@code (args)} at the '(': positional arguments and {@code *xs}, then keywords and {@code **m}
     * (CPython's order rules), or a generator expression as the sole argument.
     */
    Arguments arguments() {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!at(TokenKind.RPAR)) {
            Token t = peek();
            switch (t.kind()) {
                case STAR -> {
                    if (sawDoubleStar) {
                        throw errorAt(t, "iterable argument unpacking follows keyword argument unpacking");
                    }
                    advance();
                    Expr value = expression();
                    args.add(new Expr.Starred(spanFrom(t), value));
                }
                case DOUBLESTAR -> {
                    advance();
                    Expr value = expression();
                    keywords.add(new Keyword(spanFrom(t), null, value));
                    sawDoubleStar = true;
                }
                default -> {
                    if ((t.kind() == TokenKind.TRUE || t.kind() == TokenKind.FALSE || t.kind() == TokenKind.NONE)
                            && peek(1).kind() == TokenKind.EQUAL) {
                        throw errorAt(t, "cannot assign to " + t.kind().text);
                    }
                    if (t.kind() == TokenKind.NAME && peek(1).kind() == TokenKind.EQUAL) {
                        advance();
                        advance();
                        Expr value = expression();
                        String name = (String) t.value();
                        if (!names.add(name)) {
                            throw errorAt(t, "keyword argument repeated: " + name);
                        }
                        keywords.add(new Keyword(spanFrom(t), name, value));
                        sawKeyword = true;
                    } else {
                        Expr arg = namedExpression();
                        Token after = peek();
                        if (atFor()) {
                            arg = comprehension(t, ComprehensionKind.GENERATOR, arg, null);
                            if (!args.isEmpty() || !keywords.isEmpty() || !at(TokenKind.RPAR) && !(at(TokenKind.COMMA) && peek(1).kind() == TokenKind.RPAR)) {
                                throw error(arg.span(), "Generator expression must be parenthesized");
                            }
                        } else if (after.kind() == TokenKind.EQUAL) {
                            throw errorAt(t, "expression cannot contain assignment, perhaps you meant \"==\"?");
                        }
                        if (sawDoubleStar) {
                            throw error(arg.span(), "positional argument follows keyword argument unpacking");
                        }
                        if (sawKeyword) {
                            throw error(arg.span(), "positional argument follows keyword argument");
                        }
                        args.add(arg);
                    }
                }
            }
            Token after = peek();
            switch (after.kind()) {
                case COMMA -> advance();
                case RPAR -> {
                }
                case FOR, ASYNC -> throw errorAt(t, "Generator expression must be parenthesized");
                default -> throw unexpected(after,
                        startsExpression(after) ? "invalid syntax. Perhaps you forgot a comma?" : "invalid syntax");
            }
        }
        advance();
        openBrackets.pop();
        exit();
        return new Arguments(List.copyOf(args), List.copyOf(keywords));
    }

    // ---------------------------------------------------------------------------------------------
    // Subscripts

    /** {@code value[slices]}; several slices make a tuple index. */
    private Expr subscript(Token first, Expr value) {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        Token indexStart = peek();
        Expr index = slice();
        if (at(TokenKind.COMMA)) {
            List<Expr> elements = new ArrayList<>();
            elements.add(index);
            while (at(TokenKind.COMMA)) {
                advance();
                if (at(TokenKind.RSQB)) {
                    break;
                }
                elements.add(slice());
            }
            index = new Expr.TupleExpr(spanFrom(indexStart), List.copyOf(elements));
        }
        Token close = peek();
        if (close.kind() != TokenKind.RSQB) {
            throw unexpected(close, startsExpression(close) ? "invalid syntax. Perhaps you forgot a comma?" : "expected ']'");
        }
        advance();
        openBrackets.pop();
        exit();
        return new Expr.Subscript(spanFrom(first), value, index);
    }

    /** {@code [lower]:[upper][:[step]]}, or an index ({@code *x} allowed, as in 3.11). */
    private Expr slice() {
        Token first = peek();
        Expr lower = null;
        if (first.kind() != TokenKind.COLON) {
            lower = starNamedExpression();
            if (!at(TokenKind.COLON)) {
                return lower;
            }
        }
        advance(); // ':'
        Expr upper = null;
        Expr step = null;
        if (!at(TokenKind.COLON) && !at(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
            upper = expression();
        }
        if (at(TokenKind.COLON)) {
            advance();
            if (!at(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
                step = expression();
            }
        }
        return new Expr.Slice(spanFrom(first), lower, upper, step);
    }

    /** How CPython names an expression in assignment and deletion errors. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Name n -> "name";
            case Expr.NoneLiteral n -> "None";
            case Expr.BoolLiteral b -> b.value() ? "True" : "False";
            case Expr.EllipsisLiteral x -> "ellipsis";
            case Expr.IntLiteral i -> "literal";
            case Expr.FloatLiteral i -> "literal";
            case Expr.StrLiteral s -> "literal";
            case Expr.FString s -> "f-string expression";
            case Expr.Call c -> "function call";
            case Expr.Compare c -> "comparison";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.TupleExpr t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.SetExpr s -> "set display";
            case Expr.DictExpr d -> "dict literal";
            case Expr.Lambda l -> "lambda";
            case Expr.Conditional c -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Comprehension c -> switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
            default -> "expression";
        };
    }
}
