package org.pyrust.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyrust.ast.BinaryOp;
import org.pyrust.ast.Expr;
import org.pyrust.ast.Param;
import org.pyrust.ast.Parameters;
import org.pyrust.ast.Stmt;
import org.pyrust.ast.UnaryOp;

/** Statements: simple ones, then compound ones. */
abstract class StatementParser extends ExpressionParser {

    StatementParser(List<Token> tokens) {
        super(tokens);
    }


    /** One statement (a compound one, or a line of simple ones) appended to {@code body}. */
    void statement(List<Stmt> body) {
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
    void simpleStatements(List<Stmt> body) {
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

    Stmt simpleStatement() {
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

    Stmt returnStatement() {
        Token keyword = advance();
        Expr value = null;
        if (!at(TokenKind.NEWLINE) && !at(TokenKind.SEMI) && !at(TokenKind.EOF)) {
            value = expressionNoTuple();
        }
        return new Stmt.Return(spanFrom(keyword), value);
    }

    Stmt globalStatement() {
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
    Stmt expressionStatement() {
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

    static BinaryOp augmentedOp(TokenKind kind) {
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
    Expr.Name assignTarget(Expr e) {
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
    static String describe(Expr e) {
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

    Stmt functionDef() {
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
    Stmt ifStatement() {
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

    Stmt whileStatement() {
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
    Stmt forStatement() {
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
