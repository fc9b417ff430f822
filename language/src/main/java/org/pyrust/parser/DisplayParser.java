package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.ComprehensionClause;
import org.pyrust.ast.ComprehensionKind;
import org.pyrust.ast.DictItem;
import org.pyrust.ast.Expr;

/**
 * Atoms: names, literals, adjacent strings (f-strings among them), parenthesized forms and tuples,
 * list, set and dict displays, comprehensions and generator expressions, {@code yield}.
 */
abstract class DisplayParser extends ExpressionParser {

    DisplayParser(List<Token> tokens) {
        super(tokens);
    }

    @Override
    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                advance();
                return new Expr.Name(t.span(), (String) t.value());
            case INT:
                advance();
                return new Expr.IntLiteral(t.span(), (Long) t.value());
            case FLOAT:
                advance();
                return new Expr.FloatLiteral(t.span(), Double.parseDouble(t.text().replace("_", "")));
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
            case LPAR:
                return parenthesized();
            case LSQB:
                return list();
            case LBRACE:
                return braces();
            case IMAGINARY:
                throw errorAt(t, notSupported("complex"));
            case AWAIT:
                throw errorAt(t, notSupported("await"));
            case YIELD:
                // Only where the grammar allows it unparenthesized; elsewhere CPython says "invalid syntax".
                throw errorAt(t, "invalid syntax");
            case LAMBDA:
                throw errorAt(t, "invalid syntax"); // a lambda is not an operand: `1 + lambda: 2`
            case DOT:
                if (isEllipsis()) {
                    advance();
                    advance();
                    advance();
                    return new Expr.EllipsisLiteral(spanFrom(t));
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

    /** {@code yield}, {@code yield value(s)} or {@code yield from value}, at the keyword. */
    Expr yieldExpression() {
        Token keyword = advance();
        if (at(TokenKind.FROM)) {
            advance();
            Expr value = expression();
            return new Expr.YieldFrom(spanFrom(keyword), value);
        }
        if (!startsElement(peek())) {
            return new Expr.Yield(keyword.span(), null);
        }
        Expr value = starExpressions();
        return new Expr.Yield(spanFrom(keyword), value);
    }

    /**
     * {@code ( expr )}: the expression itself, its span excluding the parentheses as in CPython; or a
     * tuple (its span including them), {@code ()}, a generator expression or {@code (yield)}.
     */
    private Expr parenthesized() {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        Expr result;
        if (at(TokenKind.RPAR)) {
            result = null;
        } else if (at(TokenKind.YIELD)) {
            result = yieldExpression();
        } else {
            Token first = peek();
            Expr e = starNamedExpression();
            if (atFor()) {
                if (e instanceof Expr.Starred) {
                    throw error(e.span(), "iterable unpacking cannot be used in comprehension");
                }
                result = comprehension(open, ComprehensionKind.GENERATOR, e, null);
            } else if (at(TokenKind.COMMA)) {
                List<Expr> elements = new ArrayList<>();
                elements.add(e);
                while (at(TokenKind.COMMA)) {
                    advance();
                    if (at(TokenKind.RPAR)) {
                        break;
                    }
                    elements.add(starNamedExpression());
                }
                expectClose(TokenKind.RPAR, "')'");
                return new Expr.TupleExpr(spanFrom(open), List.copyOf(elements));
            } else {
                result = e;
                if (first.kind() == TokenKind.STAR && at(TokenKind.RPAR)) {
                    throw error(e.span(), "cannot use starred expression here");
                }
            }
        }
        expectClose(TokenKind.RPAR, "')'");
        return result == null ? new Expr.TupleExpr(spanFrom(open), List.of()) : result;
    }

    /** The closing bracket of a display, or CPython's message; pops the bracket and the nesting depth. */
    private void expectClose(TokenKind kind, String quoted) {
        Token close = peek();
        if (close.kind() != kind) {
            throw unexpected(close, startsExpression(close) ? "invalid syntax. Perhaps you forgot a comma?" : "expected " + quoted);
        }
        advance();
        openBrackets.pop();
        exit();
    }

    private Expr list() {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        if (at(TokenKind.RSQB)) {
            expectClose(TokenKind.RSQB, "']'");
            return new Expr.ListExpr(spanFrom(open), List.of());
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            if (first instanceof Expr.Starred) {
                throw error(first.span(), "iterable unpacking cannot be used in comprehension");
            }
            Expr.Comprehension c = comprehension(open, ComprehensionKind.LIST, first, null);
            expectClose(TokenKind.RSQB, "']'");
            return new Expr.Comprehension(spanFrom(open), c.kind(), c.element(), null, c.clauses());
        }
        List<Expr> elements = elements(first, TokenKind.RSQB);
        expectClose(TokenKind.RSQB, "']'");
        return new Expr.ListExpr(spanFrom(open), elements);
    }

    /** The rest of a comma list after its first element, up to (not including) {@code close}. */
    private List<Expr> elements(Expr first, TokenKind close) {
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (at(TokenKind.COMMA)) {
            advance();
            if (at(close)) {
                break;
            }
            elements.add(starNamedExpression());
        }
        return List.copyOf(elements);
    }

    /** {@code {}} and dicts, sets and their comprehensions. */
    private Expr braces() {
        Token open = advance();
        enter(open);
        openBrackets.push(open);
        if (at(TokenKind.RBRACE)) {
            expectClose(TokenKind.RBRACE, "'}'");
            return new Expr.DictExpr(spanFrom(open), List.of());
        }
        if (at(TokenKind.DOUBLESTAR)) {
            return dict(open, null);
        }
        Expr first = starNamedExpression();
        if (at(TokenKind.COLON) && !(first instanceof Expr.Starred)) {
            return dict(open, first);
        }
        if (atFor()) {
            if (first instanceof Expr.Starred) {
                throw error(first.span(), "iterable unpacking cannot be used in comprehension");
            }
            Expr.Comprehension c = comprehension(open, ComprehensionKind.SET, first, null);
            expectClose(TokenKind.RBRACE, "'}'");
            return new Expr.Comprehension(spanFrom(open), c.kind(), c.element(), null, c.clauses());
        }
        List<Expr> elements = elements(first, TokenKind.RBRACE);
        expectClose(TokenKind.RBRACE, "'}'");
        return new Expr.SetExpr(spanFrom(open), elements);
    }

    /** A dict display or comprehension; {@code firstKey} is null when it starts with {@code **}. */
    private Expr dict(Token open, Expr firstKey) {
        List<DictItem> items = new ArrayList<>();
        if (firstKey != null) {
            advance(); // ':'
            Expr value = expression();
            if (atFor()) {
                Expr.Comprehension c = comprehension(open, ComprehensionKind.DICT, firstKey, value);
                expectClose(TokenKind.RBRACE, "'}'");
                return new Expr.Comprehension(spanFrom(open), c.kind(), c.element(), c.value(), c.clauses());
            }
            items.add(new DictItem(firstKey.span().to(value.span()), firstKey, value));
        } else {
            items.add(doubleStarItem());
        }
        while (at(TokenKind.COMMA)) {
            advance();
            if (at(TokenKind.RBRACE)) {
                break;
            }
            if (at(TokenKind.DOUBLESTAR)) {
                items.add(doubleStarItem());
                continue;
            }
            Token keyStart = peek();
            Expr key = expression();
            if (!at(TokenKind.COLON)) {
                throw unexpected(peek(), "':' expected after dictionary key");
            }
            advance();
            Expr value = expression();
            items.add(new DictItem(spanFrom(keyStart), key, value));
        }
        if (atFor()) {
            throw errorAt(peek(), "invalid syntax");
        }
        expectClose(TokenKind.RBRACE, "'}'");
        return new Expr.DictExpr(spanFrom(open), List.copyOf(items));
    }

    private DictItem doubleStarItem() {
        Token star = advance();
        Expr value = binary(BIT_OR);
        return new DictItem(spanFrom(star), null, value);
    }

    /**
     * The {@code for target in iterable if condition} clauses after an element; the span starts at
     * {@code first} (the opening bracket, or the element of an argument generator expression).
     */
    @Override
    Expr.Comprehension comprehension(Token first, ComprehensionKind kind, Expr element, Expr value) {
        List<ComprehensionClause> clauses = new ArrayList<>();
        while (atFor()) {
            Token keyword = advance();
            if (keyword.kind() == TokenKind.ASYNC) {
                throw errorAt(keyword, notSupported("async"));
            }
            Expr target = targetList();
            if (!at(TokenKind.IN)) {
                throw unexpected(peek(), "invalid syntax");
            }
            advance();
            Expr iterable = disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (at(TokenKind.IF)) {
                advance();
                conditions.add(disjunction());
            }
            clauses.add(new ComprehensionClause(spanFrom(keyword), target, iterable, List.copyOf(conditions)));
        }
        return new Expr.Comprehension(spanFrom(first), kind, element, value, List.copyOf(clauses));
    }

    /**
     * The target of a {@code for} (statement or clause): targets separated by commas, without comparisons
     * (they would swallow the {@code in}); checked as an assignment target.
     */
    Expr targetList() {
        Token first = peek();
        Expr e = targetElement();
        if (at(TokenKind.COMMA)) {
            List<Expr> elements = new ArrayList<>();
            elements.add(e);
            while (at(TokenKind.COMMA)) {
                advance();
                if (at(TokenKind.IN) || !startsElement(peek())) {
                    break;
                }
                elements.add(targetElement());
            }
            e = new Expr.TupleExpr(spanFrom(first), List.copyOf(elements));
        }
        Targets.check(this, e, Targets.Context.FOR);
        return e;
    }

    private Expr targetElement() {
        Token t = peek();
        if (t.kind() == TokenKind.STAR) {
            advance();
            Expr value = binary(BIT_OR);
            return new Expr.Starred(spanFrom(t), value);
        }
        return binary(BIT_OR);
    }

    /** Adjacent string literals concatenate; with an f-string among them they make one FString. */
    private Expr strings() {
        Token first = peek();
        List<Token> parts = new ArrayList<>();
        boolean anyF = false;
        while (at(TokenKind.STRING)) {
            Token t = peek();
            if (t.isBytes()) {
                throw errorAt(t, notSupported("bytes"));
            }
            anyF |= t.isFString();
            parts.add(advance());
        }
        if (!anyF) {
            StringBuilder value = new StringBuilder();
            for (Token t : parts) {
                value.append((String) t.value());
            }
            return new Expr.StrLiteral(spanFrom(first), value.toString());
        }
        return FStringParser.concatenate(parts, spanFrom(first));
    }
}
