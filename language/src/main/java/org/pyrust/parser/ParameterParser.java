package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.Expr;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;

/**
 * Parameter lists of {@code def} (with annotations) and {@code lambda} (without): positional-only
 * before {@code /}, ordinary ones, {@code *args} or a bare {@code *}, keyword-only ones, {@code **kwargs};
 * defaults, with CPython's messages for the orders it refuses.
 */
abstract class ParameterParser extends DisplayParser {

    ParameterParser(List<Token> tokens) {
        super(tokens);
    }

    @Override
    Expr lambda() {
        Token keyword = advance();
        enter(keyword);
        Parameters parameters = parameters(keyword, TokenKind.COLON, false);
        if (!at(TokenKind.COLON)) {
            throw unexpected(peek(), "expected ':'");
        }
        advance();
        Expr body = expression();
        exit();
        return new Expr.Lambda(spanFrom(keyword), parameters, body);
    }

    /**
     * The parameters up to (not including) {@code end}: ')' of a def or ':' of a lambda.
     *
     * @param start the token the span starts at ('(' or {@code lambda})
     */
    Parameters parameters(Token start, TokenKind end, boolean annotations) {
        List<Param> positional = new ArrayList<>();
        List<Param> keywordOnly = new ArrayList<>();
        int positionalOnly = 0;
        Param varArgs = null;
        Param kwArgs = null;
        boolean slash = false;
        boolean star = false;
        boolean sawDefault = false;
        while (!at(end)) {
            Token t = peek();
            switch (t.kind()) {
                case SLASH -> {
                    if (slash) {
                        throw errorAt(t, "/ may appear only once");
                    }
                    if (star) {
                        throw errorAt(t, "/ must be ahead of *");
                    }
                    if (positional.isEmpty()) {
                        throw errorAt(t, "at least one argument must precede /");
                    }
                    advance();
                    slash = true;
                    positionalOnly = positional.size();
                }
                case STAR -> {
                    if (star) {
                        throw errorAt(t, "* argument may appear only once");
                    }
                    advance();
                    star = true;
                    if (at(TokenKind.NAME)) {
                        varArgs = param(t, annotations, false);
                    } else if (at(end) || (at(TokenKind.COMMA) && (peek(1).kind() == end || peek(1).kind() == TokenKind.DOUBLESTAR))) {
                        throw errorAt(t, "named arguments must follow bare *");
                    }
                }
                case DOUBLESTAR -> {
                    advance();
                    if (!at(TokenKind.NAME)) {
                        throw unexpected(peek(), "invalid syntax");
                    }
                    kwArgs = param(t, annotations, false);
                    if (at(TokenKind.EQUAL)) {
                        throw errorAt(peek(), "var-keyword argument cannot have default value");
                    }
                    if (at(TokenKind.COMMA)) {
                        advance();
                    }
                    if (!at(end)) {
                        throw errorAt(peek(), "arguments cannot follow var-keyword argument");
                    }
                    continue;
                }
                case NAME -> {
                    Param p = param(t, annotations, true);
                    if (star) {
                        keywordOnly.add(p);
                    } else {
                        if (p.defaultValue() != null) {
                            sawDefault = true;
                        } else if (sawDefault) {
                            throw error(p.span(), "non-default argument follows default argument");
                        }
                        positional.add(p);
                    }
                }
                default -> throw unexpected(t, "invalid syntax");
            }
            Token after = peek();
            if (after.kind() == TokenKind.COMMA) {
                advance();
            } else if (after.kind() != end) {
                if (after.kind() == TokenKind.EQUAL && varArgs != null && t.kind() == TokenKind.STAR) {
                    throw errorAt(after, "var-positional argument cannot have default value");
                }
                throw unexpected(after, after.kind() == TokenKind.NAME ? "invalid syntax. Perhaps you forgot a comma?" : "invalid syntax");
            }
        }
        return new Parameters(spanFrom(start), List.copyOf(positional), positionalOnly, varArgs, List.copyOf(keywordOnly), kwArgs);
    }

    /** {@code [*|**]name[: annotation][= default]}; the span starts at {@code first}. */
    private Param param(Token first, boolean annotations, boolean defaults) {
        Token name = advance();
        Expr annotation = null;
        if (annotations && at(TokenKind.COLON)) {
            advance();
            annotation = expression();
        }
        Expr defaultValue = null;
        if (defaults && at(TokenKind.EQUAL)) {
            advance();
            defaultValue = expression();
        }
        return new Param(spanFrom(first), (String) name.value(), defaultValue, annotation);
    }
}
