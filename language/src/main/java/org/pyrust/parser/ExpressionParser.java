package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.CompareOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.UnaryOp;

/** Expressions, loosest binding first. */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(List<Token> tokens) {
        super(tokens);
    }


    /** Whether {@code t} can start an expression (for "missing comma" style messages). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, INT, FLOAT, IMAGINARY, STRING, TRUE, FALSE, NONE, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
                 NOT, LAMBDA, AWAIT, YIELD -> true;
            default -> false;
        };
    }

    /** An expression where a tuple could follow in Python ({@code return 1, 2}, {@code x = 1, 2}). */
    Expr expressionNoTuple() {
        Token first = peek();
        Expr e = expression();
        if (at(TokenKind.COMMA)) {
            throw errorAt(first, notSupported("tuple"));
        }
        return e;
    }

    /** A full expression (Python's {@code expression} rule, without its unsupported forms). */
    Expr expression() {
        return binary(OR);
    }

    // Binary operators by precedence climbing. Levels, loosest first: or, and, not (a prefix),
    // comparisons (chained into one node), the unsupported bitwise and shift operators, + -, * / // %.
    // Unary + - and ** bind tighter and are handled by operand().
    //
    // Nesting depth matters: JIT-compiled frames are large, and a normal thread must survive the
    // deepest program the lexer lets through (200 nested brackets). So one level of brackets costs
    // three frames (binary, operand, atom or call), unary prefixes none, and `not` or `**` one each.
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARISON = 4;
    static final int BITWISE = 5;
    static final int SUM = 6;
    static final int TERM = 7;

    /** The level of a binary operator, or -1 if {@code t} is not one. */
    int infixLevel(Token t) {
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

    static BinaryOp binaryOp(TokenKind kind) {
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
    Expr comparisonChain(Token first, Expr left) {
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
    Expr operand() {
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

    Expr call(Token first, Expr callee) {
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

    Expr atom() {
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
    Expr strings() {
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
    boolean isDictDisplay() {
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
