package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyrust.ast.ExceptHandler;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.WithItem;

/** Compound statements and blocks: decorators, def, class, if, while, for, try, with. */
abstract class StatementParser extends SimpleStatementParser {

    StatementParser(List<Token> tokens) {
        super(tokens);
    }

    /** One statement (a compound one, or a line of simple ones) appended to {@code body}. */
    void statement(List<Stmt> body) {
        Token t = peek();
        switch (t.kind()) {
            case DEF -> body.add(functionDef(t, List.of()));
            case CLASS -> body.add(classDef(t, List.of()));
            case AT -> body.add(decorated());
            case IF -> body.add(ifStatement());
            case WHILE -> body.add(whileStatement());
            case FOR -> body.add(forStatement());
            case TRY -> body.add(tryStatement());
            case WITH -> body.add(withStatement());
            case ASYNC -> throw errorAt(t, notSupported("async"));
            default -> simpleStatements(body);
        }
    }

    /** {@code @expr NEWLINE} lines, then a def or class whose span starts at the first '@'. */
    private Stmt decorated() {
        Token first = peek();
        List<Expr> decorators = new ArrayList<>();
        while (at(TokenKind.AT)) {
            advance();
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw unexpected(peek(), "invalid syntax");
            }
            advance();
        }
        Token t = peek();
        return switch (t.kind()) {
            case DEF -> functionDef(first, List.copyOf(decorators));
            case CLASS -> classDef(first, List.copyOf(decorators));
            case ASYNC -> throw errorAt(t, notSupported("async"));
            default -> throw unexpected(t, "invalid syntax");
        };
    }

    private Stmt functionDef(Token first, List<Expr> decorators) {
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
        Parameters parameters = parameters(open, TokenKind.RPAR, true);
        advance();
        openBrackets.pop();
        Expr returns = null;
        if (at(TokenKind.RARROW)) {
            advance();
            returns = expression();
        }
        expectColon();
        List<Stmt> body = block("function definition", keyword);
        return new Stmt.FunctionDef(spanFrom(first), (String) name.value(), name.span(), parameters, body, decorators, returns);
    }

    private Stmt classDef(Token first, List<Expr> decorators) {
        Token keyword = advance();
        Token name = peek();
        if (name.kind() != TokenKind.NAME) {
            throw unexpected(name, "invalid syntax");
        }
        advance();
        Arguments bases = new Arguments(List.of(), List.of());
        if (at(TokenKind.LPAR)) {
            bases = arguments();
        }
        expectColon();
        List<Stmt> body = block("class definition", keyword);
        return new Stmt.ClassDef(spanFrom(first), (String) name.value(), name.span(), bases.args(), bases.keywords(), body, decorators);
    }

    /** {@code if} or {@code elif} (an elif is an If inside the orElse of the previous one). */
    private Stmt ifStatement() {
        Token keyword = advance();
        Expr condition = namedExpression();
        expectColon();
        List<Stmt> then = block("'" + keyword.kind().text + "' statement", keyword);
        List<Stmt> orElse = List.of();
        if (at(TokenKind.ELIF)) {
            orElse = List.of(ifStatement());
        } else if (at(TokenKind.ELSE)) {
            orElse = elseBlock();
        }
        return new Stmt.If(spanFrom(keyword), condition, then, orElse);
    }

    private List<Stmt> elseBlock() {
        Token elseKeyword = advance();
        expectColon();
        return block("'else' statement", elseKeyword);
    }

    private Stmt whileStatement() {
        Token keyword = advance();
        Expr condition = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", keyword);
        List<Stmt> orElse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.While(spanFrom(keyword), condition, body, orElse);
    }

    /** {@code for targets in iterable: block [else: block]}. */
    private Stmt forStatement() {
        Token keyword = advance();
        Expr target = targetList();
        if (!at(TokenKind.IN)) {
            throw unexpected(peek(), "expected 'in'");
        }
        advance();
        Expr iterable = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", keyword);
        List<Stmt> orElse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.For(spanFrom(keyword), target, iterable, body, orElse);
    }

    private Stmt tryStatement() {
        Token keyword = advance();
        expectColon();
        List<Stmt> body = block("'try' statement", keyword);
        List<ExceptHandler> handlers = new ArrayList<>();
        Token bareExcept = null;
        while (at(TokenKind.EXCEPT)) {
            Token except = advance();
            if (bareExcept != null) {
                throw errorAt(bareExcept, "default 'except:' must be last");
            }
            if (at(TokenKind.STAR)) {
                throw errorAt(peek(), notSupported("except*"));
            }
            Expr type = null;
            String name = null;
            if (!at(TokenKind.COLON)) {
                Token typeStart = peek();
                type = expression();
                if (at(TokenKind.COMMA)) {
                    throw error(type.span(), "multiple exception types must be parenthesized");
                }
                if (at(TokenKind.AS)) {
                    advance();
                    Token n = peek();
                    if (n.kind() != TokenKind.NAME) {
                        throw unexpected(n, "invalid syntax");
                    }
                    advance();
                    name = (String) n.value();
                }
            } else {
                bareExcept = except;
            }
            expectColon();
            List<Stmt> handlerBody = block("'except' statement", except);
            handlers.add(new ExceptHandler(spanFrom(except), type, name, handlerBody));
        }
        List<Stmt> orElse = List.of();
        if (at(TokenKind.ELSE)) {
            if (handlers.isEmpty()) {
                throw errorAt(peek(), "expected 'except' or 'finally' block");
            }
            orElse = elseBlock();
        }
        List<Stmt> finalBody = List.of();
        if (at(TokenKind.FINALLY)) {
            Token fin = advance();
            expectColon();
            finalBody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(spanFrom(keyword), body, List.copyOf(handlers), orElse, finalBody);
    }

    /** {@code with item [as target], ...:} with or without parentheses around the items. */
    private Stmt withStatement() {
        Token keyword = advance();
        List<WithItem> items = new ArrayList<>();
        if (at(TokenKind.LPAR) && parenthesizedItems()) {
            Token open = advance();
            openBrackets.push(open);
            while (!at(TokenKind.RPAR)) {
                items.add(withItem());
                if (!at(TokenKind.COMMA)) {
                    break;
                }
                advance();
            }
            if (!at(TokenKind.RPAR)) {
                throw unexpected(peek(), "invalid syntax");
            }
            advance();
            openBrackets.pop();
        } else {
            while (true) {
                items.add(withItem());
                if (!at(TokenKind.COMMA)) {
                    break;
                }
                advance();
            }
        }
        expectColon();
        List<Stmt> body = block("'with' statement", keyword);
        return new Stmt.With(spanFrom(keyword), List.copyOf(items), body);
    }

    /** At '(' after {@code with}: whether the matching ')' is directly followed by ':' (3.9+'s item list). */
    private boolean parenthesizedItems() {
        int level = 0;
        for (int k = pos; k < tokens.length; k++) {
            TokenKind kind = tokens[k].kind();
            if (kind.isOpeningBracket()) {
                level++;
            } else if (kind.isClosingBracket()) {
                level--;
                if (level == 0) {
                    return k + 1 < tokens.length && tokens[k + 1].kind() == TokenKind.COLON;
                }
            } else if (kind == TokenKind.EOF || kind == TokenKind.ERROR || kind == TokenKind.NEWLINE) {
                return false;
            }
        }
        return false;
    }

    private WithItem withItem() {
        Token first = peek();
        Expr context = expression();
        Expr target = null;
        if (at(TokenKind.AS)) {
            advance();
            target = targetElementForWith();
        }
        return new WithItem(spanFrom(first), context, target);
    }

    private Expr targetElementForWith() {
        Expr target = binary(BIT_OR);
        Targets.check(this, target, Targets.Context.ASSIGN);
        return target;
    }

    /**
     * The body after ':': an indented block on the following lines, or simple statements on the same
     * line. {@code what} and {@code header} word CPython's message for a missing block.
     */
    List<Stmt> block(String what, Token header) {
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
}
